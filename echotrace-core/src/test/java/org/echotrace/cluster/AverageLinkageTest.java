package org.echotrace.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AverageLinkageTest {
  private static long pair(int a, int b) {
    return (long) Math.min(a, b) << 32 | Math.max(a, b);
  }

  @Test
  void aChainOfSinglePairsDoesNotCloseIntoOneCluster() {
    // single linkage would put 0..5 in one cluster; average linkage stops when most cross pairs are missing
    Map<Long, Double> w = new HashMap<>();
    for (int i = 0; i < 5; i++) w.put(pair(i, i + 1), 0.9);
    int[] c = AverageLinkage.cluster(6, w, 0.5);
    assertNotEquals(c[0], c[5]);
    assertEquals(c[0], c[1]);
  }

  @Test
  void aDenseGroupJoinsWhateverItsOrder() {
    Map<Long, Double> w = new HashMap<>();
    for (int i = 0; i < 4; i++) for (int j = i + 1; j < 4; j++) w.put(pair(i, j), 0.8);
    w.put(pair(3, 4), 0.6); // one link from 4 to the group: mean 0.15 < 0.5
    int[] c = AverageLinkage.cluster(5, w, 0.5);
    assertArrayEquals(new int[] {0, 0, 0, 0, 4}, c);
  }

  /** Duel against the naive algorithm: recompute every cluster pair's mean at each step. */
  @Test
  void agreesWithTheNaiveAlgorithmOnRandomGraphs() {
    Random r = new Random(2026);
    for (int round = 0; round < 200; round++) {
      int n = 2 + r.nextInt(12);
      Map<Long, Double> w = new HashMap<>();
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) if (r.nextDouble() < 0.4) w.put(pair(i, j), Math.round(r.nextDouble() * 64) / 64.0);
      }
      assertArrayEquals(naive(n, w, 0.5), AverageLinkage.cluster(n, w, 0.5), "seed 2026 round " + round + " " + w);
    }
  }

  private static int[] naive(int n, Map<Long, Double> w, double threshold) {
    int[] root = new int[n];
    for (int i = 0; i < n; i++) root[i] = i;
    while (true) {
      double best = -1;
      int ba = -1, bb = -1;
      for (int a = 0; a < n; a++) {
        if (root[a] != a) continue;
        for (int b = a + 1; b < n; b++) {
          if (root[b] != b) continue;
          double sum = 0;
          int na = 0, nb = 0;
          for (int i = 0; i < n; i++) if (root[i] == a) na++;
          for (int j = 0; j < n; j++) if (root[j] == b) nb++;
          for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) {
            if (root[i] == a && root[j] == b) sum += w.getOrDefault(pair(i, j), 0.0);
          }
          double mean = sum / (na * nb);
          if (mean >= threshold && mean > best) {
            best = mean;
            ba = a;
            bb = b;
          }
        }
      }
      if (ba < 0) return root;
      for (int i = 0; i < n; i++) if (root[i] == bb) root[i] = ba;
    }
  }

  @Test
  void itemsDatedFurtherApartThanTheGapNeverJoinEvenThroughUndatedOnes() {
    // 0 (day 0) - 1 (undated) - 2 (day 400): strongly linked in a chain
    Map<Long, Double> w = new java.util.HashMap<>();
    w.put(0L << 32 | 1, 0.9);
    w.put(1L << 32 | 2, 0.9);
    w.put(0L << 32 | 2, 0.9);
    long[] day = {0, AverageLinkage.UNDATED, 400};
    int[] free = AverageLinkage.cluster(3, w, 0.4);
    assertEquals(free[0], free[2], "without days: one cluster");
    int[] spanned = AverageLinkage.cluster(3, w, 0.4, day, day, 30);
    assertNotEquals(spanned[0], spanned[2], "a year apart: never one cluster");
    assertEquals(spanned[0], spanned[1], "the undated item joins the first it is linked to");
    long[] close = {0, AverageLinkage.UNDATED, 20};
    int[] near = AverageLinkage.cluster(3, w, 0.4, close, close, 30);
    assertEquals(near[0], near[2], "twenty days apart: may be one event");
    // an item that covers days 0 to 400 (a family of copies) is near both ends
    int[] family = AverageLinkage.cluster(3, w, 0.4, new long[] {0, 0, 400}, new long[] {0, 400, 400}, 30);
    assertEquals(family[0], family[2], "a family spanning the year links both");
  }
}
