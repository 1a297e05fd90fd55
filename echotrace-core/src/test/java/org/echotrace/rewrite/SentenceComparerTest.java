package org.echotrace.rewrite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SentenceComparerTest {
  @Test
  void sentencesWithFewerThanThreeKeysDoNotAlignOnKeys() {
    // "10." against "10 Min.": one shared key, Dice 1, and nothing said
    assertEquals(1.0, SentenceComparer.dice(new long[] {10}, new long[] {10}));
    assertEquals(0.0, SentenceComparer.keyDice(new long[] {10}, new long[] {10}));
    assertEquals(0.0, SentenceComparer.keyDice(new long[] {11, 17}, new long[] {11, 17, 40}));
    assertEquals(1.0, SentenceComparer.keyDice(new long[] {3, 5, 8}, new long[] {3, 5, 8}));
    assertEquals(2.0 * 2 / 7, SentenceComparer.keyDice(new long[] {1, 3, 5}, new long[] {3, 5, 7, 9}), 1e-12);
  }

  /** The counts through the key index give exactly the Dice of merging the two lists, for every pair of sets. */
  @Test
  void sharedKeysThroughTheIndexEqualMergingTheLists() {
    java.util.Random r = new java.util.Random(11);
    for (int round = 0; round < 50; round++) {
      long[][] xs = randomSets(r, r.nextInt(12)), ys = randomSets(r, r.nextInt(12));
      int[][] shared = SentenceComparer.sharedKeys(xs, ys);
      for (int i = 0; i < xs.length; i++) {
        for (int j = 0; j < ys.length; j++) {
          assertEquals(org.echotrace.internal.SortedArrays.shared(xs[i], ys[j]), shared[i][j]);
          assertEquals(SentenceComparer.keyDice(xs[i], ys[j]), SentenceComparer.keyDice(xs[i], ys[j], shared[i][j]));
        }
      }
    }
  }

  private static long[][] randomSets(java.util.Random r, int n) {
    long[][] out = new long[n][];
    for (int i = 0; i < n; i++) {
      long[] keys = new long[r.nextInt(15)];
      for (int k = 0; k < keys.length; k++) keys[k] = r.nextInt(40) - 5; // a small range, so that sets share keys
      out[i] = org.echotrace.internal.SortedArrays.sortedDistinct(keys);
    }
    return out;
  }
}
