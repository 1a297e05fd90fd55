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
}
