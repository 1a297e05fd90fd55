package org.echotrace.fingerprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Duels the LSH candidates against brute-force Jaccard over every pair (STYLE 23). */
class LshIndexTest {
  private static final long SEED = 20250415L;

  @Test
  void lshFindsWhatBruteForceJaccardFinds() {
    Random random = new Random(SEED);
    List<long[]> sets = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      if (i > 0 && random.nextInt(4) == 0) sets.add(mutate(sets.get(random.nextInt(i)), random, 0.05 + 0.25 * random.nextDouble()));
      else sets.add(randomSet(random, 400));
    }
    MinHasher minHasher = new MinHasher();
    LshIndex lsh = new LshIndex();
    for (int i = 0; i < sets.size(); i++) lsh.add(i, minHasher.signature(sets.get(i)));
    Set<Long> candidates = new HashSet<>();
    for (long p : lsh.candidates()) candidates.add(p);

    int high = 0, highFound = 0, falsePositives = 0;
    for (int a = 0; a < sets.size(); a++) {
      for (int b = a + 1; b < sets.size(); b++) {
        double j = jaccard(sets.get(a), sets.get(b));
        boolean found = candidates.contains((long) a << 32 | b);
        if (j >= 0.7) {
          high++;
          if (found) highFound++;
        } else if (j < 0.2 && found) {
          falsePositives++;
        }
      }
    }
    assertTrue(high > 40, "the test corpus must hold similar pairs, seed " + SEED);
    assertTrue(highFound >= 0.98 * high, "LSH recall of pairs with J >= 0.7: " + highFound + "/" + high + ", seed " + SEED);
    assertEquals(0, falsePositives, "pairs with J < 0.2 proposed, seed " + SEED);
  }

  @Test
  void minHashEstimatesJaccard() {
    Random random = new Random(SEED);
    long[] a = randomSet(random, 2000);
    long[] b = mutate(a, random, 0.3);
    MinHasher m = new MinHasher(256);
    double estimate = MinHasher.estimate(m.signature(a), m.signature(b));
    assertEquals(jaccard(a, b), estimate, 0.1);
  }

  @Test
  void sCurveMatchesTheDocumentedNumbers() {
    LshIndex lsh = new LshIndex();
    assertTrue(lsh.probability(0.9) > 0.9999);
    assertTrue(lsh.probability(0.7) > 0.98);
    assertTrue(lsh.probability(0.05) < 1e-4);
  }

  static long[] randomSet(Random random, int n) {
    long[] s = new long[n];
    for (int i = 0; i < n; i++) s[i] = random.nextLong();
    return s;
  }

  /** Replaces a share of the elements with fresh ones. */
  static long[] mutate(long[] base, Random random, double share) {
    long[] s = base.clone();
    for (int i = 0; i < s.length; i++) if (random.nextDouble() < share) s[i] = random.nextLong();
    return s;
  }

  static double jaccard(long[] a, long[] b) {
    Set<Long> x = new HashSet<>(), y = new HashSet<>();
    Arrays.stream(a).forEach(x::add);
    Arrays.stream(b).forEach(y::add);
    int inter = 0;
    for (long v : x) if (y.contains(v)) inter++;
    return (double) inter / (x.size() + y.size() - inter);
  }
}
