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
      Map<Long, Double> w = randomGraph(r, n);
      assertArrayEquals(naive(n, w, 0.5), AverageLinkage.cluster(n, w, 0.5), "seed 2026 round " + round + " " + w);
    }
  }

  /** About 40% of the pairs of {@code n} items, with weights on a grid of 1/64 (ties happen). */
  private static Map<Long, Double> randomGraph(Random r, int n) {
    Map<Long, Double> w = new HashMap<>();
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) if (r.nextDouble() < 0.4) w.put(pair(i, j), Math.round(r.nextDouble() * 64) / 64.0);
    }
    return w;
  }

  private static int[] naive(int n, Map<Long, Double> w, double threshold) {
    return naive(n, w, threshold, 2, 1);
  }

  private static int[] naive(int n, Map<Long, Double> w, double threshold, double observed, double share) {
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
          int na = 0, nb = 0, judged = 0;
          for (int i = 0; i < n; i++) if (root[i] == a) na++;
          for (int j = 0; j < n; j++) if (root[j] == b) nb++;
          for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) {
            if (root[i] == a && root[j] == b) {
              sum += w.getOrDefault(pair(i, j), 0.0);
              if (w.getOrDefault(pair(i, j), 0.0) > 0) judged++;
            }
          }
          double mean = sum / (na * nb);
          boolean merges = mean >= threshold || judged >= share * na * nb && sum / judged >= observed;
          if (merges && mean > best) {
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

  @Test
  void groupsWhosePairsWereOnlyPartlyJudgedMergeOnTheJudgedOnes() {
    // two groups of three, strongly linked inside; of the nine cross pairs, two were judged, both at 0.9
    Map<Long, Double> w = new HashMap<>();
    for (int g = 0; g < 6; g += 3) {
      for (int i = g; i < g + 3; i++) for (int j = i + 1; j < g + 3; j++) w.put(pair(i, j), 0.9);
    }
    w.put(pair(0, 3), 0.9);
    w.put(pair(1, 4), 0.9);
    int[] allPairs = AverageLinkage.cluster(6, w, 0.35, null, null, Long.MAX_VALUE, 2, 1);
    assertNotEquals(allPairs[0], allPairs[3], "mean over all nine cross pairs 0.2: apart");
    int[] judged = AverageLinkage.cluster(6, w, 0.35, null, null, Long.MAX_VALUE, 0.6, 0.15);
    assertEquals(judged[0], judged[3], "0.9 over the two judged, 2 of 9 judged: one group");
    int[] tooFew = AverageLinkage.cluster(6, w, 0.35, null, null, Long.MAX_VALUE, 0.6, 0.25);
    assertNotEquals(tooFew[0], tooFew[3], "2 of 9 is under a quarter");
    w.put(pair(1, 4), 0.2);
    int[] weak = AverageLinkage.cluster(6, w, 0.35, null, null, Long.MAX_VALUE, 0.6, 0.15);
    assertNotEquals(weak[0], weak[3], "mean 0.55 over the judged pairs: apart");
  }

  @Test
  void withTheJudgedPairsRuleAgreesWithTheNaiveAlgorithm() {
    Random r = new Random(2027);
    for (int round = 0; round < 200; round++) {
      int n = 2 + r.nextInt(12);
      Map<Long, Double> w = randomGraph(r, n);
      assertArrayEquals(naive(n, w, 0.5, 0.6, 0.15),
          AverageLinkage.cluster(n, w, 0.5, null, null, Long.MAX_VALUE, 0.6, 0.15), "seed 2027 round " + round + " " + w);
    }
  }
}
