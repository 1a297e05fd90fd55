package org.echotrace.rewrite;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.echotrace.embed.SentenceEmbedder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class NeighbourFinderTest {
  private static final int N = 5000, DIM = 32, PLANTED = 200;
  private static final double MIN = 0.9;
  private static float[][] vectors;
  private static Set<Long> planted;

  static float[] randomUnit(Random r, int dim) {
    float[] v = new float[dim];
    for (int d = 0; d < dim; d++) v[d] = (float) r.nextGaussian();
    return SentenceEmbedder.normalize(v);
  }

  static float[] perturbed(Random r, float[] v, double sigma) {
    float[] p = new float[v.length];
    for (int d = 0; d < v.length; d++) p[d] = (float) (v[d] + sigma * r.nextGaussian());
    return SentenceEmbedder.normalize(p);
  }

  static long pack(int a, int b) {
    return (long) Math.min(a, b) << 32 | Math.max(a, b);
  }

  @BeforeAll
  static void plant() {
    Random r = new Random(42);
    vectors = new float[N][];
    for (int i = 0; i < N; i++) vectors[i] = randomUnit(r, DIM);
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < N; i++) order.add(i);
    Collections.shuffle(order, r);
    planted = new HashSet<>();
    for (int p = 0; p < PLANTED; p++) {
      int original = order.get(2 * p), copy = order.get(2 * p + 1);
      vectors[copy] = perturbed(r, vectors[original], 0.04);
      double cos = SentenceEmbedder.cosine(vectors[original], vectors[copy]);
      assertTrue(cos >= 0.91, "a near duplicate: " + cos);
      planted.add(pack(original, copy));
    }
  }

  private static void assertPacked(long[] pairs, float[][] v) {
    for (int i = 0; i < pairs.length; i++) {
      int a = (int) (pairs[i] >>> 32), b = (int) pairs[i];
      assertTrue(a >= 0 && a < b && b < v.length, "a < b: " + a + "," + b);
      assertTrue(v[a] != null && v[b] != null, "no pair with a null vector");
      assertTrue(SentenceEmbedder.cosine(v[a], v[b]) >= MIN - 1e-4, "cosine at least min");
      if (i > 0) assertTrue(pairs[i - 1] < pairs[i], "sorted and distinct");
    }
  }

  private static int recall(long[] pairs) {
    int found = 0;
    Set<Long> all = new HashSet<>();
    for (long p : pairs) all.add(p);
    for (long p : planted) if (all.contains(p)) found++;
    return found;
  }

  @Test
  void exactFindsEveryPlantedPair() {
    long[] pairs = new NeighbourFinder(5, MIN).exact(vectors);
    assertPacked(pairs, vectors);
    assertTrue(recall(pairs) >= 0.99 * PLANTED, "recall " + recall(pairs));
    // Random unit vectors in 32 dimensions are nowhere near 0.9: the planted pairs are all there is.
    Set<Long> found = new HashSet<>();
    for (long p : pairs) found.add(p);
    assertEquals(planted, found);
  }

  @Test
  void approximateFindsThePlantedPairs() {
    long[] pairs = new NeighbourFinder(5, MIN).approximate(vectors);
    assertPacked(pairs, vectors);
    assertTrue(recall(pairs) >= 0.99 * PLANTED, "recall " + recall(pairs));
  }

  @Test
  void approximateGivesTheSameNeighboursEveryRun() {
    // every vector's five nearest, however far: where an approximate graph differs, these differ
    NeighbourFinder finder = new NeighbourFinder(5, -1);
    long[] first = finder.approximate(vectors);
    for (int run = 0; run < 3; run++) assertArrayEquals(first, finder.approximate(vectors), "run " + run);
  }

  @Test
  void pairsChoosesExactForSmallSets() {
    float[][] small = new float[300][];
    System.arraycopy(vectors, 0, small, 0, small.length);
    NeighbourFinder finder = new NeighbourFinder(5, MIN);
    assertArrayEquals(finder.exact(small), finder.pairs(small));
  }

  @Test
  void nullVectorsGetNoNeighbours() {
    Random r = new Random(3);
    float[][] v = new float[60][];
    for (int i = 0; i < v.length; i++) v[i] = randomUnit(r, DIM);
    v[10] = perturbed(r, v[0], 0.02); // planted 0-10
    v[20] = perturbed(r, v[5], 0.02); // planted 5-20, then 5 is dropped
    v[30] = perturbed(r, v[7], 0.02); // planted 7-30, then 30 is dropped
    v[5] = null;
    v[30] = null;
    v[59] = null;
    NeighbourFinder finder = new NeighbourFinder(3, MIN);
    long[] expected = {pack(0, 10)};
    long[] exact = finder.exact(v);
    assertArrayEquals(expected, exact);
    long[] approximate = finder.approximate(v);
    assertPacked(approximate, v);
    assertArrayEquals(expected, approximate);
    assertArrayEquals(new long[0], finder.exact(new float[][] {null, null}));
    assertArrayEquals(new long[0], finder.approximate(new float[][] {null, v[0]}));
  }

  @Test
  void kLimitsNeighboursPerVector() {
    // One hub and eight near copies: with k = 2 each vector keeps at most two neighbours of its own.
    Random r = new Random(5);
    float[] hub = randomUnit(r, DIM);
    float[][] v = new float[9][];
    v[0] = hub;
    for (int i = 1; i < v.length; i++) v[i] = perturbed(r, hub, 0.01);
    long[] pairs = new NeighbourFinder(2, MIN).exact(v);
    assertPacked(pairs, v);
    assertTrue(pairs.length <= 2 * v.length, "at most k pairs contributed per vector");
    assertTrue(pairs.length < v.length * (v.length - 1) / 2, "not all pairs");
    long[] all = new NeighbourFinder(8, MIN).exact(v);
    assertEquals(v.length * (v.length - 1) / 2, all.length, "k = n - 1 finds every pair");
  }
}
