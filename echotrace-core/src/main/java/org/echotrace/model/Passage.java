package org.echotrace.model;

/**
 * An aligned passage: a stretch of text in article a and its counterpart in article b. Offsets are character offsets
 * into each article's clean {@code text}, start inclusive, end exclusive.
 *
 * @param aStart start in a
 * @param aEnd end in a
 * @param bStart start in b
 * @param bEnd end in b
 * @param words number of words aligned exactly inside the passage
 */
public record Passage(int aStart, int aEnd, int bStart, int bEnd, int words) implements java.io.Serializable {
  public Passage {
    if (aStart < 0 || aEnd < aStart) throw new IllegalArgumentException("bad a range [" + aStart + "," + aEnd + ")");
    if (bStart < 0 || bEnd < bStart) throw new IllegalArgumentException("bad b range [" + bStart + "," + bEnd + ")");
    if (words < 0) throw new IllegalArgumentException("words must be >= 0, got " + words);
  }

  /** The same passage seen from the other article. */
  public Passage swapped() {
    return new Passage(bStart, bEnd, aStart, aEnd, words);
  }
}
