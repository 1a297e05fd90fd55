package org.echotrace.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.echotrace.internal.KeyCounts;
import org.junit.jupiter.api.Test;

class CorpusLineFrequencyTest {
  /** Pages of distinct sorted keys drawn from a small range, so that many keys repeat across pages. */
  private static List<long[]> pages(Random random, int count) {
    List<long[]> out = new ArrayList<>();
    for (int p = 0; p < count; p++) {
      long[] keys = random.longs(1 + random.nextInt(30), -500, 500).distinct().sorted().toArray();
      out.add(keys);
    }
    return out;
  }

  @Test
  void partsAddedUpAndCutByKeyGiveTheCountsOfTheWhole() {
    Random random = new Random(11);
    List<long[]> all = pages(random, 300);
    KeyCounts whole = KeyCounts.of(all);
    // three slices, each cut into four parts by key; each part added up across slices, as the Spark job does
    int parts = 4;
    List<KeyCounts> summed = new ArrayList<>();
    KeyCounts[][] cut = new KeyCounts[3][];
    for (int s = 0; s < 3; s++) cut[s] = KeyCounts.of(all.subList(s * 100, s * 100 + 100)).split(parts);
    for (int p = 0; p < parts; p++) summed.add(cut[0][p].plus(cut[1][p]).plus(cut[2][p]));
    KeyCounts joined = KeyCounts.join(summed);
    assertArrayEquals(whole.keys(), joined.keys());
    assertArrayEquals(whole.counts(), joined.counts());

    CorpusLineFrequency fromParts = CorpusLineFrequency.ofCounts(joined);
    CorpusLineFrequency fromPages = CorpusLineFrequency.ofKeys(all);
    for (long key = -520; key < 520; key++) {
      long k = key;
      int expected = (int) all.stream().filter(page -> Arrays.binarySearch(page, k) >= 0).count();
      assertEquals(Math.max(1, expected), fromPages.documentsWith(key), "key " + key);
      assertEquals(Math.max(1, expected), fromParts.documentsWith(key), "key " + key);
    }
  }

  @Test
  void onlyRepeatedKeysAreKept() {
    KeyCounts c = KeyCounts.of(List.of(new long[] {1, 2, 3}, new long[] {2, 3}, new long[] {3}));
    assertArrayEquals(new long[] {2, 3}, c.atLeast(2).keys());
    assertArrayEquals(new int[] {2, 3}, c.atLeast(2).counts());
    assertEquals(0, KeyCounts.join(List.of()).keys().length);
  }
}
