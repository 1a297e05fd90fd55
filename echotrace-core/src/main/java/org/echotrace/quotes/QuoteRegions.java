package org.echotrace.quotes;

import java.util.BitSet;
import java.util.List;

/**
 * The quoted stretches of a clean article text as the quote finder reads them ({@link QuoteMarks}: double and single
 * marks, apostrophes told apart, quotes over several paragraphs), for the stages that need to know what a text quotes
 * rather than who said it: the relation builder (reused reporting against a quotation two reports both carry) and
 * the pair profiles (the quotations two articles share). One detector for every stage. Thread-safe: stateless.
 */
public final class QuoteRegions {
  private QuoteRegions() {}

  /** The quoted regions as {@code {start, end}} character spans, marks included, in order. */
  public static int[][] spans(String text) {
    List<QuoteMarks.Region> regions = QuoteMarks.find(text);
    int[][] out = new int[regions.size()][];
    for (int i = 0; i < out.length; i++) {
      QuoteMarks.Region r = regions.get(i);
      // a region left open ends at its paragraph's end, which is no mark
      int end = r.close() < text.length() && QuoteMarks.isMark(text.charAt(r.close())) ? r.close() + 1 : r.close();
      out[i] = new int[] {r.open(), Math.max(r.open() + 1, end)};
    }
    return out;
  }

  /** Which characters lie inside a quoted region. */
  public static BitSet mask(String text) {
    BitSet quoted = new BitSet(text.length());
    for (int[] s : spans(text)) quoted.set(s[0], s[1]);
    return quoted;
  }
}
