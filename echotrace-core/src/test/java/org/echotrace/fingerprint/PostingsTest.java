package org.echotrace.fingerprint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.echotrace.internal.KeyCounts;
import org.junit.jupiter.api.Test;

/**
 * Cut into slices, split by key into parts, merged and grouped part by part, postings give exactly the pairs one
 * {@link PairCounter} gives over all of them (the Spark job's band join relies on it). Duels against the counter on
 * random postings whose keys use all 40 compared bits, documents added out of order and repeated.
 */
class PostingsTest {
  private static final long SEED = 20261207L;

  @Test
  void slicesAndPartsGiveThePairsOfOneCounter() {
    Random random = new Random(SEED);
    int docs = 2_000;
    long[] vocabulary = new long[3_000];
    for (int i = 0; i < vocabulary.length; i++) vocabulary[i] = random.nextLong(); // upper bits set half the time
    PairCounter one = new PairCounter();
    int slices = 7, parts = 5, maxGroup = 6;
    Postings.Builder[] builders = new Postings.Builder[slices];
    for (int s = 0; s < slices; s++) builders[s] = new Postings.Builder();
    for (int d = docs - 1; d >= 0; d--) { // any order
      long[] keys = new long[20];
      for (int k = 0; k < keys.length; k++) keys[k] = vocabulary[(int) Math.abs(random.nextGaussian() * 400) % vocabulary.length];
      long[] distinct = keys.clone();
      Arrays.sort(distinct);
      for (int k = 0; k < distinct.length; k++) if (k == 0 || distinct[k] != distinct[k - 1]) one.add(distinct[k], d);
      for (long k : keys) builders[d % slices].add(k, d); // repeats too: a key twice in one document counts once
    }
    Postings[] merged = new Postings[parts];
    Arrays.fill(merged, Postings.empty());
    for (Postings.Builder b : builders) {
      Postings[] cut = b.build().split(parts);
      for (int p = 0; p < parts; p++) merged[p] = merged[p].plus(cut[p]);
    }
    PairCounter.Counts expected = one.pairs(maxGroup);
    KeyCounts counted = KeyCounts.of(List.of());
    for (Postings p : merged) counted = counted.plus(KeyCounts.of(List.of(p.pairs(maxGroup))));
    assertTrue(expected.size() > 1_000, "the test needs many pairs, seed " + SEED);
    assertArrayEquals(expected.pairs(), counted.keys(), "seed " + SEED);
    assertArrayEquals(expected.counts(), counted.counts(), "seed " + SEED);
  }

  @Test
  void postingsAreSortedByKeyAsUnsignedFortyBitNumbers() {
    Postings p = new Postings.Builder().add(-1L, 3).add(1L, 2).add(0xFF_FFFF_FFFFL, 1).add(1L, 2).build();
    assertArrayEquals(new long[] {1L, 0xFF_FFFF_FFFFL, 0xFF_FFFF_FFFFL}, p.keys());
    assertArrayEquals(new int[] {2, 1, 3}, p.docs());
  }

  @Test
  void countsAddUpAcrossPartsAndKeepThoseSeenOftenEnough() {
    KeyCounts a = KeyCounts.of(List.of(new long[] {5, 3, 5, 9}));
    KeyCounts b = KeyCounts.of(List.of(new long[] {3, 7})).times(2);
    KeyCounts sum = a.plus(b);
    assertArrayEquals(new long[] {3, 5, 7, 9}, sum.keys());
    assertArrayEquals(new int[] {3, 2, 2, 1}, sum.counts());
    assertArrayEquals(new long[] {3, 5, 7}, sum.atLeast(2).keys());
    List<Long> back = new ArrayList<>();
    KeyCounts joined = KeyCounts.of(List.of());
    for (KeyCounts part : sum.split(3)) {
      for (int i = 1; i < part.keys().length; i++) assertTrue(part.keys()[i - 1] < part.keys()[i], "sorted within a part");
      joined = joined.plus(part);
      for (long x : part.keys()) back.add(x);
    }
    assertEquals(4, back.size());
    assertArrayEquals(sum.keys(), joined.keys());
    assertArrayEquals(sum.counts(), joined.counts());
  }
}
