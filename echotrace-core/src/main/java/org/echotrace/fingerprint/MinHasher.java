package org.echotrace.fingerprint;

import org.echotrace.internal.Check;
import org.echotrace.normalize.Mix;

/**
 * MinHash signatures by one-permutation hashing with optimal densification (Shrivastava, ICML 2017): each shingle is
 * hashed once and lands in one of {@code size} bins, keeping the bin's minimum; empty bins borrow from a bin chosen by
 * a per-bin hash sequence. Cost is one hash per shingle instead of {@code size} (64x cheaper than classic MinHash),
 * and the probability that two signatures agree in a bin still equals the Jaccard similarity of the shingle sets.
 *
 * <p>64 bins: the standard error of the Jaccard estimate is sqrt(J(1-J)/64) <= 0.0625, enough to rank candidates;
 * exact overlap is decided later by alignment. Thread-safe: no state.
 */
public final class MinHasher {
  public static final int DEFAULT_SIZE = 64;
  private static final long EMPTY = Long.MAX_VALUE;
  private final int size;

  public MinHasher(int size) {
    this.size = Check.positive(size, "size");
  }

  public MinHasher() {
    this(DEFAULT_SIZE);
  }

  public int size() {
    return size;
  }

  /** The signature of a set of shingle hashes; all {@link #EMPTY} when there are none. */
  public long[] signature(long[] shingles) {
    long[] bins = new long[size];
    java.util.Arrays.fill(bins, EMPTY);
    for (long s : shingles) {
      long h = Mix.mix64(s ^ 0x5DEECE66DL);
      int bin = (int) Long.remainderUnsigned(h, size);
      long value = h >>> 1; // non-negative, so that EMPTY (Long.MAX_VALUE) is larger than any value
      if (value < bins[bin]) bins[bin] = value;
    }
    if (shingles.length == 0) return bins;
    densify(bins);
    return bins;
  }

  /** Optimal densification: an empty bin i takes the value of the first non-empty bin in its own probe sequence. */
  private void densify(long[] bins) {
    long[] original = bins.clone();
    for (int i = 0; i < size; i++) {
      if (original[i] != EMPTY) continue;
      long state = Mix.mix64(i + 0x632BE59BD9B4E019L);
      for (int attempt = 1; ; attempt++) {
        state = Mix.mix64(state + attempt);
        int j = (int) Long.remainderUnsigned(state, size);
        if (original[j] != EMPTY) {
          bins[i] = original[j];
          break;
        }
      }
    }
  }

  /** The share of bins on which two signatures agree: an unbiased estimate of Jaccard similarity. */
  public static double estimate(long[] a, long[] b) {
    Check.that(a.length == b.length, "signatures differ in size: " + a.length + " vs " + b.length);
    int same = 0;
    for (int i = 0; i < a.length; i++) if (a[i] == b[i] && a[i] != EMPTY) same++;
    return (double) same / a.length;
  }
}
