package org.echotrace.fingerprint;

import org.echotrace.internal.Check;
import org.echotrace.normalize.Mix;

/**
 * Locality-sensitive hashing over MinHash signatures by banding: the signature is cut into {@code bands} bands of
 * {@code rows} values, and two documents become candidates when any band matches whole. The chance of that is
 * 1 - (1 - J^rows)^bands for Jaccard similarity J.
 *
 * <p>We use 16 bands of 4 rows (the 64 bins of {@link MinHasher}): the S-curve's midpoint is (1/16)^(1/4) = 0.5;
 * a republication with different furniture (J ≈ 0.9 on body shingles) is caught with probability 0.99999, a copy with
 * a few edited words (J ≈ 0.7) with 0.988, and unrelated news (J < 0.05) almost never (6 in a million). Partial reuse
 * has low whole-document Jaccard; the winnowed-fingerprint index finds it instead.
 */
public final class LshIndex {
  public static final int DEFAULT_BANDS = 16;
  public static final int DEFAULT_ROWS = 4;
  /** A band bucket holding more documents than this is a flood of identical texts: its pairs come from other bands. */
  private static final int MAX_BUCKET = 1000;

  private final int bands;
  private final int rows;
  private final PairCounter counter = new PairCounter();

  public LshIndex(int bands, int rows) {
    this.bands = Check.positive(bands, "bands");
    this.rows = Check.positive(rows, "rows");
  }

  public LshIndex() {
    this(DEFAULT_BANDS, DEFAULT_ROWS);
  }

  public void add(int doc, long[] signature) {
    if (signature.length < bands * rows) {
      throw new IllegalArgumentException(
          "signature of " + signature.length + " values is too short for " + bands + " bands of " + rows + " rows");
    }
    for (long h : bandKeys(signature)) counter.add(h, doc);
  }

  /** The key of each band of a signature: two documents are candidates when they share one. */
  public long[] bandKeys(long[] signature) {
    long[] keys = new long[bands];
    for (int b = 0; b < bands; b++) {
      long h = b;
      for (int r = 0; r < rows; r++) h = Mix.mix64(h * 31 + signature[b * rows + r]);
      keys[b] = h;
    }
    return keys;
  }

  /** A band bucket holding more documents than this yields no pairs. */
  public static int maxBucket() {
    return MAX_BUCKET;
  }

  /** Candidate pairs (packed {@code a << 32 | b}, a < b), sorted. */
  public long[] candidates() {
    return counter.pairs(MAX_BUCKET).pairs();
  }

  /** Probability that a pair with Jaccard similarity j becomes a candidate. */
  public double probability(double j) {
    return 1 - Math.pow(1 - Math.pow(j, rows), bands);
  }
}
