package org.echotrace.fingerprint;

import java.io.Serializable;
import java.util.Arrays;

/**
 * (key, document) postings sorted by key, then document, without repeats: the piece of {@link PairCounter}'s work that
 * can be cut by key and done in parts on several machines (the Spark job's band join). A slice of documents builds its
 * postings, {@link #split}s them by key, and each part's postings from every slice are {@link #plus merged} in one place,
 * where {@link #pairs} reads the documents of each key. Keys are compared as {@link PairCounter#key} compares them, and
 * a key's group yields pairs under the same rule as {@link PairCounter#pairs}, so the parts together give exactly the
 * pairs one counter gives. Document numbers are not limited to {@link PairCounter#MAX_DOCUMENTS}.
 *
 * <p>Hand-written: the parallel arrays (8 + 4 bytes a posting) are what makes a shuffle of millions of postings cheap;
 * a collection of boxed pairs costs ten times the memory and a serialised object per posting.
 */
public record Postings(long[] keys, int[] docs) implements Serializable {
  private static final Postings EMPTY = new Postings(new long[0], new int[0]);

  public Postings {
    if (keys.length != docs.length) throw new IllegalArgumentException(keys.length + " keys, " + docs.length + " docs");
  }

  public static Postings empty() {
    return EMPTY;
  }

  public int size() {
    return keys.length;
  }

  /** Collects postings in any order; {@link #build} sorts them. */
  public static final class Builder {
    /** The sort packs a posting's place in the builder into 24 bits beside the 40-bit key. */
    private static final int CHUNK = 1 << 24;
    private long[] keys = new long[1024];
    private int[] docs = new int[1024];
    private int size;
    private Postings done = EMPTY;

    public Builder add(long key, int doc) {
      if (doc < 0) throw new IllegalArgumentException("negative document number: " + doc);
      if (size == keys.length) {
        keys = Arrays.copyOf(keys, size * 2);
        docs = Arrays.copyOf(docs, size * 2);
      }
      keys[size] = PairCounter.key(key);
      docs[size++] = doc;
      if (size == CHUNK) flush();
      return this;
    }

    private void flush() {
      long[] packed = new long[size];
      // the sign bit flipped, so that a signed sort orders the 40-bit keys as unsigned numbers
      for (int i = 0; i < size; i++) packed[i] = (keys[i] << 24 | i) ^ Long.MIN_VALUE;
      Arrays.sort(packed);
      for (int i = 0; i < size; i++) packed[i] ^= Long.MIN_VALUE;
      long[] k = new long[size];
      int[] d = new int[size];
      int n = 0;
      int i = 0;
      while (i < size) {
        long key = packed[i] >>> 24;
        int j = i + 1;
        while (j < size && packed[j] >>> 24 == key) j++;
        int from = n;
        for (int x = i; x < j; x++) d[n++] = docs[(int) (packed[x] & 0xFFFFFF)];
        if (j - i > 1) { // one key's documents, sorted and without repeats
          Arrays.sort(d, from, n);
          int m = from + 1;
          for (int x = from + 1; x < n; x++) if (d[x] != d[m - 1]) d[m++] = d[x];
          n = m;
        }
        Arrays.fill(k, from, n, key);
        i = j;
      }
      done = done.plus(new Postings(Arrays.copyOf(k, n), Arrays.copyOf(d, n)));
      size = 0;
    }

    /** The postings added so far, sorted by key, then document, each once. */
    public Postings build() {
      if (size > 0) flush();
      return done;
    }
  }

  /** Both sets of postings in one, sorted, a posting in both kept once. */
  public Postings plus(Postings other) {
    if (other.size() == 0) return this;
    if (size() == 0) return other;
    long[] k = new long[size() + other.size()];
    int[] d = new int[k.length];
    int i = 0, j = 0, n = 0;
    while (i < size() && j < other.size()) {
      int c = compare(keys[i], docs[i], other.keys[j], other.docs[j]);
      if (c <= 0) {
        k[n] = keys[i];
        d[n++] = docs[i++];
        if (c == 0) j++;
      } else {
        k[n] = other.keys[j];
        d[n++] = other.docs[j++];
      }
    }
    for (; i < size(); i++, n++) {
      k[n] = keys[i];
      d[n] = docs[i];
    }
    for (; j < other.size(); j++, n++) {
      k[n] = other.keys[j];
      d[n] = other.docs[j];
    }
    return n == k.length ? new Postings(k, d) : new Postings(Arrays.copyOf(k, n), Arrays.copyOf(d, n));
  }

  private static int compare(long keyA, int docA, long keyB, int docB) {
    int c = Long.compare(keyA, keyB);
    return c != 0 ? c : Integer.compare(docA, docB);
  }

  /** The postings cut into {@code parts} by key ({@code key mod parts}), each part still sorted. */
  public Postings[] split(int parts) {
    org.echotrace.internal.SortedArrays.Cut cut = org.echotrace.internal.SortedArrays.cut(keys, docs, parts);
    Postings[] out = new Postings[parts];
    for (int p = 0; p < parts; p++) out[p] = new Postings(cut.keys()[p], cut.values()[p]);
    return out;
  }

  /**
   * Every pair of documents (packed {@code a << 32 | b}, a < b) of each key held by 2 to {@code maxGroup} documents, as
   * {@link PairCounter#pairs} forms them; a pair is listed once per key it shares, in no particular order.
   */
  public long[] pairs(int maxGroup) {
    long[] out = new long[16];
    int n = 0;
    int i = 0;
    while (i < keys.length) {
      int j = i + 1;
      while (j < keys.length && keys[j] == keys[i]) j++;
      int group = j - i; // documents are distinct within a key
      if (group >= 2 && group <= maxGroup) {
        long needed = (long) n + (long) group * (group - 1) / 2;
        if (needed > out.length) out = Arrays.copyOf(out, (int) Math.max(out.length * 2L, needed));
        for (int x = i; x < j; x++) {
          for (int y = x + 1; y < j; y++) out[n++] = (long) docs[x] << 32 | docs[y];
        }
      }
      i = j;
    }
    return Arrays.copyOf(out, n);
  }
}
