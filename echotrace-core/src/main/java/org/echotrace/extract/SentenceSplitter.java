package org.echotrace.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one sentence splitter: every stage that needs sentences (extraction's line features, pair profiles, quote
 * finding and matching, search) cuts them here, with one rule and one abbreviation list
 * ({@code abbreviations.tsv}). Splits sentences glued together by careless scraping ("said on Tuesday.Peskov made",
 * "promote war.”He added") too. Written by hand: ICU's BreakIterator does not split glued sentences, breaks after
 * abbreviations such as "St." in "St. Petersburg" and cannot be told to keep quoted spans whole. Thread-safe: no
 * state.
 */
public final class SentenceSplitter {
  /** Abbreviations after which a full stop does not end a sentence (lower case, without the stop). */
  private static final Set<String> ABBREVIATIONS = abbreviations();

  /**
   * A boundary the caller refuses, e.g. a quotation followed by its attribution ("“We will win.” Peskov said.").
   * {@code stop} is the sentence-ending mark, {@code end} the offset after it and any closing marks.
   */
  @FunctionalInterface
  public interface Veto {
    boolean refuses(int stop, int end);
  }

  /** Sentence spans as {@code int[]{start, end}}, trimmed, in order. */
  public List<int[]> split(String text) {
    return split(text, 0, text.length(), null, null);
  }

  /**
   * Sentence spans of {@code text[from, to)} as {@code int[]{start, end}}, trimmed, in order. When {@code regionAt} is
   * given, {@code regionAt[i] >= 0} marks character i as inside span {@code regionAt[i]} (a quotation, marks
   * included) that is kept whole: a sentence ends inside it only at its last character ({@code …war.”}). A boundary
   * the {@code veto} refuses is not one.
   */
  public List<int[]> split(String text, int from, int to, int[] regionAt, Veto veto) {
    List<int[]> spans = new ArrayList<>();
    int start = skipSpace(text, from, to);
    for (int i = start; i < to; i++) {
      char c = text.charAt(i);
      if (c != '.' && c != '!' && c != '?' && c != '…') continue;
      int end = i + 1;
      while (end < to && (isTerminal(text.charAt(end)) || isClosing(text.charAt(end)))) end++;
      if (regionAt != null && regionAt[i] >= 0) {
        // a stop inside a kept span: take in the span's closing marks; still inside means mid-quotation
        int r = regionAt[i];
        while (end < to && regionAt[end] == r && !Character.isWhitespace(text.charAt(end))
            && !Character.isLetterOrDigit(text.charAt(end))) end++;
      }
      if (regionAt != null && end < to && regionAt[end - 1] >= 0 && regionAt[end] == regionAt[end - 1]) continue;
      if (!isBoundary(text, i, end, to)) continue;
      if (veto != null && veto.refuses(i, end)) continue;
      addSpan(spans, text, start, end);
      start = skipSpace(text, end, to);
      i = start - 1;
    }
    if (start < to) addSpan(spans, text, start, to);
    return spans;
  }

  /** Sentences as strings. */
  public List<String> sentences(String text) {
    List<String> out = new ArrayList<>();
    for (int[] s : split(text)) out.add(text.substring(s[0], s[1]));
    return out;
  }

  /**
   * Inserts the missing space where sentences were glued ("Tuesday.Peskov" becomes "Tuesday. Peskov"); text without
   * glued sentences comes back unchanged.
   */
  public String repairGlued(String text) {
    StringBuilder out = null;
    int copied = 0;
    for (int[] s : split(text)) {
      if (s[0] > 0 && !Character.isWhitespace(text.charAt(s[0] - 1))) {
        if (out == null) out = new StringBuilder(text.length() + 16);
        out.append(text, copied, s[0]).append(' ');
        copied = s[0];
      }
    }
    if (out == null) return text;
    return out.append(text, copied, text.length()).toString();
  }

  /**
   * Whether a word written with a final full stop keeps it as part of the word: a listed abbreviation, an initial
   * ("J."), or a short dotted form ("U.S.", "a.m.", "z.B."). {@code word} is without its final stop.
   */
  public static boolean isAbbreviation(String word) {
    if (word.isEmpty()) return false;
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) return true; // an initial: "J. Smith"
    String w = word.toLowerCase(Locale.ROOT);
    if (ABBREVIATIONS.contains(w)) return true;
    return w.indexOf('.') > 0 && w.length() <= 6;
  }

  private static boolean isBoundary(String text, int stop, int end, int to) {
    if (end >= to) return true;
    char next = text.charAt(end);
    boolean glued = !Character.isWhitespace(next);
    int k = glued ? end : skipSpace(text, end, to);
    if (k >= to) return true;
    int f = isOpening(text.charAt(k)) && k + 1 < to ? k + 1 : k;
    char first = text.charAt(f);
    if (text.charAt(stop) == '.' && isAbbreviationBefore(text, stop)) return false;
    if (glued) {
      // "Tuesday.Peskov", "war.”He", "Kiev.“There": a lower-case letter, digit or closing quote before the stop, and a
      // capitalised word after it. "U.S.President" (capital before the stop), "3.5" and "RT.com" are not boundaries.
      char before = stop == 0 ? ' ' : text.charAt(stop - 1);
      boolean prevOk = Character.isLowerCase(before) || isClosing(before)
          || Character.isDigit(before) && text.charAt(stop) != '.';
      return prevOk && Character.isUpperCase(first) && f + 1 < to && Character.isLowerCase(text.charAt(f + 1));
    }
    return Character.isUpperCase(first) || Character.isDigit(first) || !Character.isLetter(first);
  }

  private static boolean isAbbreviationBefore(String text, int stop) {
    int s = stop;
    while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) s--;
    return isAbbreviation(text.substring(s, stop));
  }

  private static void addSpan(List<int[]> spans, String text, int start, int end) {
    int e = end;
    while (e > start && Character.isWhitespace(text.charAt(e - 1))) e--;
    if (e > start) spans.add(new int[] {start, e});
  }

  private static int skipSpace(String text, int i, int to) {
    while (i < to && Character.isWhitespace(text.charAt(i))) i++;
    return i;
  }

  private static boolean isTerminal(char c) {
    return c == '.' || c == '!' || c == '?' || c == '…';
  }

  static boolean isClosing(char c) {
    return c == '"' || c == '\'' || c == '”' || c == '’' || c == '»' || c == ')' || c == ']';
  }

  static boolean isOpening(char c) {
    return c == '"' || c == '“' || c == '„' || c == '«' || c == '‘' || c == '(' || c == '\'';
  }

  private static Set<String> abbreviations() {
    Set<String> out = new HashSet<>();
    for (String[] row : RuleFile.rows("abbreviations.tsv", 2)) out.add(row[0]);
    return Set.copyOf(out);
  }
}
