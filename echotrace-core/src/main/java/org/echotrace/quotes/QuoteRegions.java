package org.echotrace.quotes;

import java.util.BitSet;
import java.util.List;

/**
 * The quoted stretches of a clean article text as the quote finder reads them ({@link QuoteMarks}: double and single
 * marks, apostrophes told apart, quotes over several paragraphs), for the stages that need to know what a text quotes
 * rather than who said it: the relation builder (reused reporting against a quotation two reports both carry) and
 * the pair profiles (the quotations two articles share), and extraction's line features (whose voice is the
 * page's, outside quotations). One detector for every stage. Thread-safe: stateless.
 */
public final class QuoteRegions {
  private QuoteRegions() {}

  /** The quoted regions as {@code {start, end}} character spans, marks included, in order. */
  public static int[][] spans(String text) {
    return spans(QuoteMarks.find(text), text);
  }

  private static int[][] spans(List<QuoteMarks.Region> regions, String text) {
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
    return mask(spans(text), text.length());
  }

  /**
   * Which characters of one line, read on its own, lie inside a quoted region: as {@link #mask}, but a quotation left
   * open runs to the line's end wherever it opened (a teaser or excerpt is often cut inside a quotation, and what
   * follows the open mark is still the quoted speaker's, not the page's, voice).
   */
  public static BitSet lineMask(String line) {
    return mask(spans(QuoteMarks.find(line, true), line), line.length());
  }

  /**
   * Whether a text holds a mark that could quote: a double mark, or a single one not inside a word ("don't"). A cheap
   * test before {@link #lineMask}: most lines hold none.
   */
  public static boolean mayQuote(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (QuoteMarks.isDouble(c)) return true;
      if (QuoteMarks.isSingle(c) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) return true;
    }
    return false;
  }

  private static BitSet mask(int[][] spans, int length) {
    BitSet quoted = new BitSet(length);
    for (int[] s : spans) quoted.set(s[0], s[1]);
    return quoted;
  }
}
