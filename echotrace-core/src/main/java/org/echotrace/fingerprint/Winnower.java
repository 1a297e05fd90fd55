package org.echotrace.fingerprint;

import org.echotrace.internal.Check;

/**
 * Winnowing (Schleimer, Wilkerson and Aiken, SIGMOD 2003): from every window of {@code window} consecutive shingle
 * hashes keep the minimum (the rightmost on ties). Guarantee: two texts sharing a run of at least window + k - 1 words
 * share at least one fingerprint. With window 8 and k = 5 that is any shared run of 12 words, while only ~2/9 of the
 * shingles are kept, which keeps the rare-shingle index at ~130 entries per 600-word article. Thread-safe: no state.
 */
public final class Winnower {
  public static final int DEFAULT_WINDOW = 8;
  private final int window;

  public Winnower(int window) {
    this.window = Check.positive(window, "window");
  }

  public Winnower() {
    this(DEFAULT_WINDOW);
  }

  /** The selected fingerprints, in text order, without consecutive repeats. */
  public long[] fingerprints(long[] shingles) {
    int n = shingles.length;
    if (n == 0) return new long[0];
    if (n <= window) return new long[] {min(shingles, 0, n)};
    long[] out = new long[n];
    int count = 0;
    int lastPos = -1;
    for (int start = 0; start + window <= n; start++) {
      int pos = start;
      for (int i = start + 1; i < start + window; i++) if (shingles[i] <= shingles[pos]) pos = i;
      if (pos != lastPos) {
        out[count++] = shingles[pos];
        lastPos = pos;
      }
    }
    return java.util.Arrays.copyOf(out, count);
  }

  private static long min(long[] a, int from, int to) {
    long m = a[from];
    for (int i = from + 1; i < to; i++) m = Math.min(m, a[i]);
    return m;
  }
}
