package org.echotrace.model;

/**
 * Two sentences (or runs of sentences, when one side split or merged them) aligned between articles a and b, with
 * their similarity. Offsets are character offsets into each article's clean text, start inclusive, end exclusive.
 *
 * @param similarity cosine of the sentence vectors (0..1); for anchor-only alignment across languages, the share of
 *     anchors (numbers, names) the two sentences share
 */
public record SentencePair(int aStart, int aEnd, int bStart, int bEnd, double similarity)
    implements java.io.Serializable {
  public SentencePair {
    if (aStart < 0 || aEnd < aStart) throw new IllegalArgumentException("bad a range [" + aStart + "," + aEnd + ")");
    if (bStart < 0 || bEnd < bStart) throw new IllegalArgumentException("bad b range [" + bStart + "," + bEnd + ")");
  }

  public SentencePair swapped() {
    return new SentencePair(bStart, bEnd, aStart, aEnd, similarity);
  }
}
