package org.echotrace.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.echotrace.model.Quote;
import org.echotrace.model.QuoteKind;
import org.junit.jupiter.api.Test;

class QuoteBenchmarkTest {
  private static final double EPS = 1e-9;
  //                                 0         1         2         3         4         5         6
  //                                 0123456789012345678901234567890123456789012345678901234567890123
  private static final String TEXT = "“We won,” he said. “It was close.” She said it was “a farce” too.";

  private static List<String> ann() {
    return List.of(
        "T1\tSource 10 12\the",
        "T2\tCue 13 17\tsaid",
        "T3\tContent 0 9;19 34\t“We won,” “It was close.”",
        "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1",
        "T4\tSource 35 38\tShe",
        "T5\tCue 39 43\tsaid",
        "T6\tContent 44 60\tit was “a farce”",
        "E2\tAttribution:T5 Content:T6 Cue:T5 Source:T4");
  }

  @Test
  void goldKeepsOnlyContentThatOpensWithAMark() {
    QuoteBenchmark.Gold gold = QuoteBenchmark.gold("d", TEXT, ann());
    assertEquals(1, gold.quotes().size());
    assertEquals(5, gold.quotes().get(0).content().cardinality(), "We won It was close");
    assertEquals(1, gold.quotes().get(0).source().cardinality());
    assertTrue(gold.otherContent().get(44), "indirect speech kept aside");
  }

  @Test
  void quotesSharingAMentionAreOneAttribution() {
    List<Quote> quotes = List.of(
        new Quote("d", "We won,", 1, 8, QuoteKind.QUOTE, "X", "he", 10, 12, "said"),
        new Quote("d", "It was close.", 20, 33, QuoteKind.QUOTE, "X", "he", 10, 12, "said"),
        new Quote("d", "a farce", 52, 59, QuoteKind.QUOTE, "Y", "She", 35, 38, "said"),
        Quote.unattributed("d", "x", 0, 1, QuoteKind.TERM));
    List<QuoteBenchmark.Unit> units = QuoteBenchmark.predicted("d", TEXT, quotes);
    assertEquals(2, units.size(), "terms are left out");
    assertEquals(5, units.get(0).content().cardinality());
  }

  @Test
  void strictLenientAndIgnoredPartialQuotes() {
    QuoteBenchmark.Gold gold = QuoteBenchmark.gold("d", TEXT, ann());
    List<Quote> quotes = List.of(
        new Quote("d", "We won,", 1, 8, QuoteKind.QUOTE, "X", "he", 10, 12, "said"),
        new Quote("d", "a farce", 52, 59, QuoteKind.QUOTE, "Y", "She", 35, 38, "said"));
    QuoteBenchmark.DocScore s = QuoteBenchmark.score(gold, QuoteBenchmark.predicted("d", TEXT, quotes),
        new ArrayList<>());
    // "We won" covers 2 of the gold's 5 tokens: below half, so no match either way
    assertEquals(0, s.contentLenient().tp());
    assertEquals(1, s.contentLenient().predicted(), "the partial quote inside indirect speech is not counted");
    assertEquals(1, s.ignored());
    assertEquals(1, s.contentLenient().gold());
  }

  @Test
  void lenientIsHalfOfTheLargerSpan() {
    BitSet a = new BitSet(), b = new BitSet();
    a.set(0, 4);
    b.set(2, 4);
    assertTrue(QuoteBenchmark.lenient(a, b), "2 shared of 4");
    b.clear(2);
    assertFalse(QuoteBenchmark.lenient(a, b), "1 shared of 4");
    QuoteBenchmark.Counts c = new QuoteBenchmark.Counts(3, 4, 6);
    assertEquals(0.75, c.precision(), EPS);
    assertEquals(0.5, c.recall(), EPS);
    assertEquals(0.6, c.f1(), EPS);
  }
}
