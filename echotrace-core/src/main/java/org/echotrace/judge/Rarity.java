package org.echotrace.judge;

import org.echotrace.rewrite.Profile;

/**
 * How rare each word and anchor is in the corpus at hand: document frequencies counted into fixed tables by hash
 * (2^22 buckets each, 32 MB for both; a collision only makes two rare words look a little commoner). Two reports of
 * one event share its specific details (a figure, a small town, a name in the news that day); two articles that only
 * carry the same line share its common names (the Kremlin, Moldova). The weight of a key is the smooth inverse
 * document frequency log(1 + N / df), which stays positive and ordered however small the corpus. Immutable once
 * built; thread-safe.
 */
public final class Rarity implements java.io.Serializable {
  private static final int BITS = 22;
  private static final int MASK = (1 << BITS) - 1;
  private final int[] words = new int[1 << BITS];
  private final int[] anchors = new int[1 << BITS];
  private final int documents;

  private Rarity(int documents) {
    this.documents = documents;
  }

  public static Rarity of(Profile[] profiles) {
    Rarity r = new Rarity(profiles.length);
    for (Profile p : profiles) {
      for (int w : p.wordSet()) r.words[bucket(w)]++;
      for (long a : p.anchors()) r.anchors[bucket(a)]++;
    }
    return r;
  }

  private static int bucket(long h) {
    return (int) (h ^ h >>> 29) & MASK;
  }

  double word(int h) {
    return Math.log1p((double) documents / Math.max(1, words[bucket(h)]));
  }

  double anchor(long h) {
    return Math.log1p((double) documents / Math.max(1, anchors[bucket(h)]));
  }

  /** Cosine of the two word sets weighted by rarity (each word counted once). */
  double wordCosine(int[] a, int[] b) {
    double dot = 0, na = 0, nb = 0;
    int i = 0, j = 0;
    while (i < a.length || j < b.length) {
      if (j >= b.length || i < a.length && a[i] < b[j]) {
        double w = word(a[i++]);
        na += w * w;
      } else if (i >= a.length || b[j] < a[i]) {
        double w = word(b[j++]);
        nb += w * w;
      } else {
        double w = word(a[i]);
        dot += w * w;
        na += w * w;
        nb += w * w;
        i++;
        j++;
      }
    }
    return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
  }

  /** Shared anchors over all anchors of both, each weighted by rarity. */
  double anchorJaccard(long[] a, long[] b) {
    double shared = 0, all = 0;
    int i = 0, j = 0;
    while (i < a.length || j < b.length) {
      if (j >= b.length || i < a.length && a[i] < b[j]) {
        all += anchor(a[i++]);
      } else if (i >= a.length || b[j] < a[i]) {
        all += anchor(b[j++]);
      } else {
        double w = anchor(a[i]);
        shared += w;
        all += w;
        i++;
        j++;
      }
    }
    return all == 0 ? 0 : shared / all;
  }
}
