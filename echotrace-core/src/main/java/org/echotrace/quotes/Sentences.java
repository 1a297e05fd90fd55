package org.echotrace.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Sentence ranges of a clean text that never cut a quoted region: a full stop, question or exclamation mark outside
 * quotes, or one just inside a closing mark ({@code …war.”}), ends a sentence when whitespace and a capital, a digit or
 * an opening mark follow and the word before it is no abbreviation (Mr., U.S., St., an initial). Paragraph ends always
 * end a sentence, except inside a multi-paragraph quote.
 */
final class Sentences {
  private Sentences() {}

  static List<int[]> split(String text, int[] regionAt) {
    List<int[]> out = new ArrayList<>();
    for (int[] para : QuoteMarks.paragraphs(text)) {
      int start = para[0];
      for (int i = para[0]; i < para[1]; i++) {
        char c = text.charAt(i);
        int after;
        if (regionAt[i] < 0 && (c == '.' || c == '!' || c == '?') && !abbreviation(text, i)) {
          after = i + 1;
          while (after < para[1] && (text.charAt(after) == ')' || text.charAt(after) == ']')) after++;
        } else if (regionAt[i] >= 0 && QuoteMarks.isMark(c) && i > 0 && ".!?".indexOf(text.charAt(i - 1)) >= 0
            && (i + 1 >= text.length() || regionAt[i + 1] != regionAt[i])) {
          after = i + 1;
        } else {
          continue;
        }
        if (after < para[1] && startsSentence(text, after, para[1], regionAt)
            && !(regionAt[i] >= 0 && attributionTail(text, after, para[1], regionAt))) {
          out.add(new int[] {start, after});
          start = after;
          while (start < para[1] && Words.space(text.charAt(start))) start++;
          i = start - 1;
        }
      }
      if (start < para[1]) {
        // a multi-paragraph quote keeps going: merge with the paragraphs it spans
        if (!out.isEmpty() && start > 0 && regionAt[start] >= 0 && regionAt[start - 1] == regionAt[start]) {
          int[] last = out.remove(out.size() - 1);
          out.add(new int[] {last[0], para[1]});
        } else {
          out.add(new int[] {start, para[1]});
        }
      }
    }
    return out;
  }

  /** “…?” Trump told the station: a speech verb within the next six words keeps the quote in its sentence. */
  private static boolean attributionTail(String text, int at, int limit, int[] regionAt) {
    List<Words.Token> next = Words.tokens(text, at, Math.min(limit, at + 80), regionAt);
    for (int k = 0; k < next.size() && k < 6; k++) {
      Words.Token t = next.get(k);
      if (!t.word() && !t.is(",")) return false;
      if (t.word() && (Words.CUES.contains(t.lower()) && !QuoteFinderCues.WEAK.contains(t.lower())
          || t.is("according"))) {
        // "“….” He added that …" opens a new sentence of indirect speech
        return !(k + 1 < next.size() && next.get(k + 1).is("that"));
      }
    }
    return false;
  }

  private static boolean startsSentence(String text, int at, int limit, int[] regionAt) {
    if (!Words.space(text.charAt(at))) return false;
    int j = at;
    while (j < limit && Words.space(text.charAt(j))) j++;
    if (j >= limit) return false;
    char n = text.charAt(j);
    return Character.isUpperCase(n) || Character.isDigit(n) || (QuoteMarks.isMark(n) && regionAt[j] >= 0);
  }

  /** The word before the full stop at i is an abbreviation or an initial. */
  private static boolean abbreviation(String text, int i) {
    if (text.charAt(i) != '.') return false;
    int s = i;
    while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) s--;
    String word = text.substring(s, i);
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) return true;
    return Words.ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT));
  }

  /** The sentence holding {@code offset} (the first whose end lies beyond it; else the last): a binary search. */
  static int[] containing(List<int[]> sentences, int offset) {
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (offset < sentences.get(mid)[1]) hi = mid;
      else lo = mid + 1;
    }
    return sentences.get(lo);
  }
}
