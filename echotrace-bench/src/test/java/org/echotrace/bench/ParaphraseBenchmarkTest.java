package org.echotrace.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParaphraseBenchmarkTest {
  private static final double EPS = 1e-9;

  @Test
  void msrpHeaderWithBomIsSkipped() {
    assertNull(ParaphraseBenchmark.parseMsrpLine("\uFEFFQuality\t#1 ID\t#2 ID\t#1 String\t#2 String"));
    assertNull(ParaphraseBenchmark.parseMsrpLine("Quality\t#1 ID\t#2 ID\t#1 String\t#2 String"));
    assertNull(ParaphraseBenchmark.parseMsrpLine(""));
  }

  @Test
  void msrpLineSplitsOnTabsOnly() {
    ParaphraseBenchmark.Pair p = ParaphraseBenchmark.parseMsrpLine(
        "1\t101\t202\tThe council said \"no, never\", then left.\tThe council, saying \"never\", left.");
    assertTrue(p.paraphrase());
    assertEquals("The council said \"no, never\", then left.", p.a());
    assertEquals("The council, saying \"never\", left.", p.b());
    // an unbalanced quote does not swallow the next column
    ParaphraseBenchmark.Pair q = ParaphraseBenchmark.parseMsrpLine("0\t1\t2\tHe said \"maybe.\tShe did not.");
    assertFalse(q.paraphrase());
    assertEquals("He said \"maybe.", q.a());
    assertEquals("She did not.", q.b());
    // a BOM before a data line (a file cut without its header) is dropped too
    assertTrue(ParaphraseBenchmark.parseMsrpLine("\uFEFF1\t1\t2\tA b.\tA c.").paraphrase());
  }

  @Test
  void malformedMsrpLinesFailLoudly() {
    assertThrows(IllegalArgumentException.class, () -> ParaphraseBenchmark.parseMsrpLine("1\t2\tonly three"));
    assertThrows(IllegalArgumentException.class, () -> ParaphraseBenchmark.parseMsrpLine("x\t1\t2\ta\tb"));
  }

  @Test
  void sampleKeepsTheBalanceOfALabelSortedFile() {
    List<Integer> labels = IntStream.range(0, 100).map(i -> i < 50 ? 1 : 0).boxed().toList();
    List<Integer> s = ParaphraseBenchmark.sample(labels, 10);
    assertEquals(10, s.size());
    assertEquals(5, s.stream().mapToInt(Integer::intValue).sum());
    assertEquals(labels, ParaphraseBenchmark.sample(labels, 1000));
  }

  @Test
  void confusionAndBestThreshold() {
    boolean[] gold = {true, true, false, true, false, false};
    double[] cos = {0.9, 0.8, 0.75, 0.6, 0.5, 0.4};
    boolean[] agree = {true, false, true, true, true, true};
    ParaphraseBenchmark.Scored s = new ParaphraseBenchmark.Scored(gold, cos, agree);
    ParaphraseBenchmark.Confusion c = ParaphraseBenchmark.confusion(s, 0.7, false, 0, 6, 1);
    assertEquals(new ParaphraseBenchmark.Confusion(2, 1, 1, 2), c);
    assertEquals(4 / 6.0, c.accuracy(), EPS);
    assertEquals(2 / 3.0, c.f1(), EPS);
    assertEquals(new ParaphraseBenchmark.Confusion(1, 1, 2, 2), ParaphraseBenchmark.confusion(s, 0.7, true, 0, 6, 1));
    // every pair: F1 is best at 0.6 (tp 3, fp 1: 6/7), accuracy at 0.8 or 0.6 (5/6, ties go to the higher)
    assertEquals(0.6, ParaphraseBenchmark.bestThreshold(s, 0, 1, false), EPS);
    assertEquals(0.8, ParaphraseBenchmark.bestThreshold(s, 0, 1, true), EPS);
    // even pairs only (0.9 T, 0.75 F, 0.5 F): 0.9 is perfect
    assertEquals(0.9, ParaphraseBenchmark.bestThreshold(s, 0, 2, false), EPS);
  }

  @Test
  void numbersAgreeOnlyWhenBothHaveNumbersAndTheSetsMatch() {
    assertTrue(ParaphraseBenchmark.numbersAgree("Shares fell 12 percent to 3,400.", "Down 12% at 3400."));
    assertFalse(ParaphraseBenchmark.numbersAgree("Shares fell 12 percent.", "Shares fell 15 percent."));
    assertTrue(ParaphraseBenchmark.numbersAgree("Shares fell 12 percent.", "Shares fell sharply."));
  }
}
