package org.echotrace.fingerprint;

import org.echotrace.internal.Check;
import org.echotrace.normalize.Mix;

/**
 * Word k-gram ("shingle") hashes. We use k = 5: news prose shares many 3- and 4-word phrases by chance ("the
 * Kremlin said on", "in the name of"), while a shared 5-word sequence is rare outside reuse; and a single edited word
 * destroys only 5 shingles, so a copy with a few edits keeps most of them. Thread-safe: no state.
 */
public final class Shingles {
  public static final int DEFAULT_SIZE = 5;

  private Shingles() {}

  /** Hashes of every run of {@code k} consecutive words; empty when there are fewer than k words. */
  public static long[] of(long[] words, int k) {
    Check.positive(k, "k");
    int n = words.length - k + 1;
    if (n <= 0) return new long[0];
    long[] out = new long[n];
    for (int i = 0; i < n; i++) {
      long h = 0;
      for (int j = 0; j < k; j++) h = h * 0x9E3779B97F4A7C15L + words[i + j];
      out[i] = Mix.mix64(h);
    }
    return out;
  }
}
