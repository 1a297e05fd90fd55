package org.echotrace.rewrite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.echotrace.embed.SentenceEmbedder;
import org.echotrace.rewrite.SentenceAligner.Group;
import org.junit.jupiter.api.Test;

class SentenceAlignerTest {
  private static final double FLOOR = 0.3;
  private static final double EPS = 1e-9;

  /** Cosine of one side's vector (or the normalised sum of two) with the other side's, as the class documents. */
  static SentenceAligner.Similarity vectors(float[][] a, float[][] b) {
    return (aFrom, aTo, bFrom, bTo) -> SentenceEmbedder.cosine(sum(a, aFrom, aTo), sum(b, bFrom, bTo));
  }

  private static float[] sum(float[][] v, int from, int to) {
    float[] s = new float[v[from].length];
    for (int i = from; i < to; i++) for (int d = 0; d < s.length; d++) s[d] += v[i][d];
    return SentenceEmbedder.normalize(s);
  }

  private static float[] unit(int dim, int axis) {
    float[] v = new float[dim];
    v[axis] = 1;
    return v;
  }

  private static float[] add(float[] x, float[] y) {
    float[] s = new float[x.length];
    for (int d = 0; d < s.length; d++) s[d] = x[d] + y[d];
    return SentenceEmbedder.normalize(s);
  }

  /** The alignment's score as the class defines it: (similarity - floor) * sentences / 2 per group. */
  static double score(List<Group> groups, double floor) {
    double s = 0;
    for (Group g : groups) s += (g.similarity() - floor) * ((g.aTo() - g.aFrom()) + (g.bTo() - g.bFrom())) / 2.0;
    return s;
  }

  static void assertWellFormed(List<Group> groups, int n, int m, double floor, SentenceAligner.Similarity sim) {
    int lastA = 0, lastB = 0;
    for (Group g : groups) {
      int la = g.aTo() - g.aFrom(), lb = g.bTo() - g.bFrom();
      assertTrue(la >= 1 && lb >= 1 && la + lb <= 3, "group is 1-1, 1-2 or 2-1: " + g);
      assertTrue(g.aFrom() >= lastA && g.bFrom() >= lastB, "monotone on both sides: " + groups);
      assertTrue(g.aTo() <= n && g.bTo() <= m, "in range: " + g);
      assertTrue(g.similarity() >= floor, "never below the floor: " + g);
      assertEquals(sim.of(g.aFrom(), g.aTo(), g.bFrom(), g.bTo()), g.similarity(), EPS, "reports its similarity");
      lastA = g.aTo();
      lastB = g.bTo();
    }
  }

  @Test
  void identicalSentencesAlignOneToOne() {
    int n = 8;
    float[][] a = new float[n][], b = new float[n][];
    for (int i = 0; i < n; i++) {
      a[i] = unit(n, i);
      b[i] = unit(n, i);
    }
    List<Group> groups = new SentenceAligner(FLOOR).align(n, n, vectors(a, b));
    assertEquals(n, groups.size());
    for (int i = 0; i < n; i++) {
      assertEquals(new Group(i, i + 1, i, i + 1, 1.0), groups.get(i));
    }
  }

  @Test
  void identityMatrixAlignsIToI() {
    int n = 6;
    SentenceAligner.Similarity sim = (af, at, bf, bt) -> at - af == 1 && bt - bf == 1 && af == bf ? 1.0 : 0.0;
    List<Group> groups = new SentenceAligner(FLOOR).align(n, n, sim);
    assertEquals(n, groups.size());
    for (int i = 0; i < n; i++) assertEquals(new Group(i, i + 1, i, i + 1, 1.0), groups.get(i));
  }

  @Test
  void aSentenceSplitInTwoOnTheOtherSideIsOneToTwo() {
    // a: [x0, x1+x2 (one long sentence), x3, x4]; b: [x0, x1, x2, x3, x4] (the rewrite split the second sentence).
    int dim = 5;
    float[][] a = {unit(dim, 0), add(unit(dim, 1), unit(dim, 2)), unit(dim, 3), unit(dim, 4)};
    float[][] b = {unit(dim, 0), unit(dim, 1), unit(dim, 2), unit(dim, 3), unit(dim, 4)};
    SentenceAligner.Similarity sim = vectors(a, b);
    assertTrue(sim.of(1, 2, 1, 3) > sim.of(1, 2, 1, 2) + 0.2, "the merged similarity is clearly higher");
    List<Group> groups = new SentenceAligner(FLOOR).align(a.length, b.length, sim);
    assertWellFormed(groups, a.length, b.length, FLOOR, sim);
    assertEquals(4, groups.size(), groups.toString());
    assertEquals(new Group(0, 1, 0, 1, 1.0), groups.get(0));
    Group split = groups.get(1);
    assertEquals(List.of(1, 2, 1, 3), List.of(split.aFrom(), split.aTo(), split.bFrom(), split.bTo()));
    assertEquals(1.0, split.similarity(), 1e-6);
    assertEquals(new Group(2, 3, 3, 4, 1.0), groups.get(2));
    assertEquals(new Group(3, 4, 4, 5, 1.0), groups.get(3));

    // The mirror case: a sentence of b split in two on a's side gives a 2-1 group.
    List<Group> mirrored = new SentenceAligner(FLOOR).align(b.length, a.length, vectors(b, a));
    Group merged = mirrored.get(1);
    assertEquals(List.of(1, 3, 1, 2), List.of(merged.aFrom(), merged.aTo(), merged.bFrom(), merged.bTo()));
  }

  @Test
  void noMergeWhenTheSecondHalfIsUnrelated() {
    // b[1] matches a[1] exactly; b[2] is unrelated, so merging it only dilutes the match.
    int dim = 6;
    float[][] a = {unit(dim, 0), unit(dim, 1), unit(dim, 3)};
    float[][] b = {unit(dim, 0), unit(dim, 1), unit(dim, 5), unit(dim, 3)};
    List<Group> groups = new SentenceAligner(FLOOR).align(a.length, b.length, vectors(a, b));
    assertEquals(List.of(new Group(0, 1, 0, 1, 1.0), new Group(1, 2, 1, 2, 1.0), new Group(2, 3, 3, 4, 1.0)), groups);
  }

  @Test
  void belowFloorPairsAreNeverAligned() {
    SentenceAligner aligner = new SentenceAligner(0.5);
    assertTrue(aligner.align(4, 5, (af, at, bf, bt) -> 0.49).isEmpty());
    // One pair above the floor among many just below it: only that pair is matched.
    SentenceAligner.Similarity sim = (af, at, bf, bt) -> af == 2 && at == 3 && bf == 1 && bt == 2 ? 0.8 : 0.4999;
    List<Group> groups = aligner.align(4, 3, sim);
    assertEquals(List.of(new Group(2, 3, 1, 2, 0.8)), groups);
    // Empty sides.
    assertTrue(aligner.align(0, 3, sim).isEmpty());
    assertTrue(aligner.align(3, 0, sim).isEmpty());
    assertTrue(aligner.align(0, 0, sim).isEmpty());
  }

  @Test
  void randomMatricesAlignMonotonicallyAndBeatEveryOneToOneMatching() {
    Random r = new Random(20250415L);
    for (int trial = 0; trial < 2000; trial++) {
      int n = 1 + r.nextInt(6), m = 1 + r.nextInt(6);
      double[][] s = new double[n][m];
      for (double[] row : s) for (int j = 0; j < m; j++) row[j] = r.nextDouble();
      double floor = 0.2 + 0.5 * r.nextDouble();
      // Merges disabled: merged similarities are 0, below any floor.
      SentenceAligner.Similarity oneToOne = (af, at, bf, bt) -> at - af == 1 && bt - bf == 1 ? s[af][bf] : 0;
      List<Group> groups = new SentenceAligner(floor).align(n, m, oneToOne);
      assertWellFormed(groups, n, m, floor, oneToOne);
      double best = bruteForce(s, floor, 0, 0);
      assertEquals(best, score(groups, floor), 1e-9, "trial " + trial + ": optimal among monotone 1-1 matchings");

      // Merges enabled with random merged similarities: still monotone, and never worse than the best 1-1 matching.
      double[][][] merged = new double[2][n][m];
      for (double[][] side : merged) for (double[] row : side) for (int j = 0; j < m; j++) row[j] = r.nextDouble();
      SentenceAligner.Similarity withMerges = (af, at, bf, bt) -> {
        if (at - af == 1 && bt - bf == 1) return s[af][bf];
        return at - af == 2 ? merged[0][af][bf] : merged[1][af][bf];
      };
      List<Group> g2 = new SentenceAligner(floor).align(n, m, withMerges);
      assertWellFormed(g2, n, m, floor, withMerges);
      assertTrue(score(g2, floor) >= best - 1e-9, "trial " + trial + ": " + g2);
    }
  }

  @Test
  void largerRandomMatricesStayMonotone() {
    Random r = new Random(7);
    for (int trial = 0; trial < 200; trial++) {
      int n = 1 + r.nextInt(40), m = 1 + r.nextInt(40);
      double[][][] t = new double[3][n][m];
      for (double[][] side : t) for (double[] row : side) for (int j = 0; j < m; j++) row[j] = r.nextDouble();
      SentenceAligner.Similarity sim = (af, at, bf, bt) -> t[(at - af) + 2 * (bt - bf) - 3][af][bf];
      double floor = r.nextDouble();
      List<Group> groups = new SentenceAligner(floor).align(n, m, sim);
      assertWellFormed(groups, n, m, floor, sim);
    }
  }

  /** Exhaustive search over monotone 1-1 matchings: each a-sentence from i on is skipped or matched after j. */
  private static double bruteForce(double[][] s, double floor, int i, int j) {
    if (i == s.length) return 0;
    double best = bruteForce(s, floor, i + 1, j);
    for (int k = j; k < s[i].length; k++) {
      if (s[i][k] >= floor) best = Math.max(best, s[i][k] - floor + bruteForce(s, floor, i + 1, k + 1));
    }
    return best;
  }
}
