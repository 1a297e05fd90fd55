package org.echotrace.fingerprint;

import java.util.Arrays;

/**
 * Finds pairs of documents that share keys, by sorting instead of hashing: every (key, document) posting is packed
 * into one {@code long} (key in the upper 40 bits, document in the lower 24), the array is sorted, and each run of
 * equal keys yields its document pairs. Packed longs use 8 bytes a posting where a {@code HashMap<Long, List>} uses
 * ~60; at 100,000 articles x 130 fingerprints that is ~100 MB instead of ~800 MB.
 *
 * <p>40-bit keys: at 13 million postings the expected number of chance collisions between distinct keys is
 * n^2 / 2^41, about 80 — harmless, since a pair needs several shared keys and alignment checks it anyway. Keys
 * shared by more than {@code maxGroup} documents are common phrases or site furniture and are skipped.
 * Not thread-safe: fill it from one thread.
 */
public final class PairCounter {
  /** 24 bits of document number. */
  public static final int MAX_DOCUMENTS = 1 << 24;
  private long[] postings = new long[1024];
  private int size;

  public void add(long key, int doc) {
    if (doc < 0 || doc >= MAX_DOCUMENTS) throw new IllegalArgumentException("document number out of range: " + doc);
    if (size == postings.length) postings = Arrays.copyOf(postings, size * 2);
    postings[size++] = key(key) << 24 | doc;
  }

  /**
   * The part of a key that is compared (40 bits): a job that groups postings elsewhere (a cluster's shuffle) groups
   * by this to find exactly the pairs this counter finds.
   */
  public static long key(long key) {
    return key & 0xFFFFFFFFFFL;
  }

  public int size() {
    return size;
  }

  /**
   * Pairs (a < b, packed as {@code a << 32 | b}) with how many distinct keys they share, sorted by pair. Returned as two
   * parallel arrays in a {@link Counts}.
   */
  public Counts pairs(int maxGroup) {
    long[] sorted = Arrays.copyOf(postings, size);
    Arrays.parallelSort(sorted);
    long[] pairs = new long[1024];
    int count = 0;
    int i = 0;
    while (i < sorted.length) {
      long key = sorted[i] >>> 24;
      int j = i;
      while (j < sorted.length && sorted[j] >>> 24 == key) j++;
      int[] docs = distinctDocs(sorted, i, j);
      if (docs.length >= 2 && docs.length <= maxGroup) {
        int needed = docs.length * (docs.length - 1) / 2;
        if (count + needed > pairs.length) pairs = Arrays.copyOf(pairs, Math.max(pairs.length * 2, count + needed));
        for (int x = 0; x < docs.length; x++) {
          for (int y = x + 1; y < docs.length; y++) pairs[count++] = (long) docs[x] << 32 | docs[y];
        }
      }
      i = j;
    }
    Arrays.parallelSort(pairs, 0, count);
    return Counts.runLength(pairs, count);
  }

  private static int[] distinctDocs(long[] sorted, int from, int to) {
    int[] docs = new int[to - from];
    int n = 0;
    for (int k = from; k < to; k++) {
      int d = (int) (sorted[k] & 0xFFFFFF);
      if (n == 0 || docs[n - 1] != d) docs[n++] = d;
    }
    return n == docs.length ? docs : Arrays.copyOf(docs, n);
  }

  /** Distinct pairs and how often each occurred. */
  public record Counts(long[] pairs, int[] counts) {
    static Counts runLength(long[] sortedPairs, int n) {
      long[] p = new long[n];
      int[] c = new int[n];
      int m = 0;
      for (int i = 0; i < n; i++) {
        if (m > 0 && p[m - 1] == sortedPairs[i]) c[m - 1]++;
        else {
          p[m] = sortedPairs[i];
          c[m++] = 1;
        }
      }
      return new Counts(Arrays.copyOf(p, m), Arrays.copyOf(c, m));
    }

    public int size() {
      return pairs.length;
    }

    public static int first(long pair) {
      return (int) (pair >>> 32);
    }

    public static int second(long pair) {
      return (int) pair;
    }
  }
}
