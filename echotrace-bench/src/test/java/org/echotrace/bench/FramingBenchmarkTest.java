package org.echotrace.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FramingBenchmarkTest {
  @Test
  void spanOverlapScoresByHand() {
    // gold: target [10,20), target [30,40), other technique [50,60)
    List<int[]> gold = List.of(new int[] {10, 20, 1, 1}, new int[] {30, 40, 1, 2}, new int[] {50, 60, 0, 0});
    // hits: inside the first, touching the first's end (no overlap), on the other technique, on nothing
    List<int[]> hits = List.of(new int[] {12, 15}, new int[] {20, 25}, new int[] {55, 58}, new int[] {70, 75});
    FramingBenchmark.Counts c = FramingBenchmark.score(hits, gold);
    assertEquals(new FramingBenchmark.Counts(4, 1, 2, 2, 1), c);
    assertEquals(0.25, c.precision(), 1e-12);
    assertEquals(0.5, c.recall(), 1e-12);
    assertEquals(2 * 0.25 * 0.5 / 0.75, c.f1(), 1e-12);
  }

  @Test
  void splitIsFixedByTheId() {
    int lookedAt = 0;
    for (int i = 0; i < 1000; i++) if (FramingBenchmark.lookedAt(Integer.toString(111111111 + i))) lookedAt++;
    assertEquals(lookedAt, countAgain(), "deterministic");
    assertEquals(true, lookedAt > 400 && lookedAt < 600, "about half: " + lookedAt);
  }

  private static int countAgain() {
    int n = 0;
    for (int i = 0; i < 1000; i++) if (FramingBenchmark.lookedAt(Integer.toString(111111111 + i))) n++;
    return n;
  }

  @Test
  void codePointOffsetsBecomeCharOffsets() {
    String text = "a\uD83D\uDE00b c"; // a, emoji (2 chars), b, space, c
    assertEquals(3, FramingBenchmark.charOffset(text, 2));
    assertEquals(text.length(), FramingBenchmark.charOffset(text, 99));
  }
}
