package org.echotrace.fingerprint;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WinnowerTest {
  /** The winnowing guarantee: any shared run of window + k - 1 words yields a shared fingerprint. */
  @Test
  void sharedRunsOfTwelveWordsAlwaysShareAFingerprint() {
    Random random = new Random(7);
    Winnower w = new Winnower();
    for (int trial = 0; trial < 500; trial++) {
      long[] shared = LshIndexTest.randomSet(random, 12);
      long[] a = concat(LshIndexTest.randomSet(random, random.nextInt(50)), shared, LshIndexTest.randomSet(random, 30));
      long[] b = concat(LshIndexTest.randomSet(random, random.nextInt(50)), shared, LshIndexTest.randomSet(random, 30));
      Set<Long> fa = new HashSet<>();
      for (long f : w.fingerprints(Shingles.of(a, 5))) fa.add(f);
      boolean common = Arrays.stream(w.fingerprints(Shingles.of(b, 5))).anyMatch(fa::contains);
      assertTrue(common, "trial " + trial);
    }
  }

  @Test
  void densityIsAboutTwoOverWindowPlusOne() {
    long[] words = LshIndexTest.randomSet(new Random(3), 10_000);
    int n = new Winnower().fingerprints(Shingles.of(words, 5)).length;
    assertTrue(n > 1800 && n < 2700, "fingerprints of 10,000 words: " + n);
  }

  private static long[] concat(long[]... parts) {
    return Arrays.stream(parts).flatMapToLong(Arrays::stream).toArray();
  }
}
