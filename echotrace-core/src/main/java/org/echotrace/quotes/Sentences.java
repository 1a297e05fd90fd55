package org.echotrace.quotes;

import java.util.ArrayList;
import java.util.List;
import org.echotrace.extract.SentenceSplitter;

/**
 * Sentence ranges of a clean text for the quote finder: the one sentence splitter ({@link SentenceSplitter}) run per
 * paragraph with the quoted regions kept whole, so a sentence never ends inside a quotation, only just inside its
 * closing mark ({@code …war.”}); and not there when the attribution follows ({@code “…?” Trump told the station}).
 * Paragraph ends always end a sentence, except inside a multi-paragraph quote.
 */
final class Sentences {
  private static final SentenceSplitter SPLITTER = new SentenceSplitter();

  private Sentences() {}

  static List<int[]> split(String text, int[] regionAt) {
    List<int[]> out = new ArrayList<>();
    for (int[] para : QuoteMarks.paragraphs(text)) {
      int limit = para[1];
      SentenceSplitter.Veto attributed =
          (stop, end) -> regionAt[stop] >= 0 && attributionTail(text, end, limit, regionAt);
      for (int[] s : SPLITTER.split(text, para[0], para[1], regionAt, attributed)) {
        // a multi-paragraph quote keeps going: merge with the paragraphs it spans
        if (s[0] == para[0] && !out.isEmpty() && s[0] > 0 && regionAt[s[0]] >= 0
            && regionAt[s[0] - 1] == regionAt[s[0]]) {
          int[] last = out.remove(out.size() - 1);
          out.add(new int[] {last[0], s[1]});
        } else {
          out.add(s);
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
