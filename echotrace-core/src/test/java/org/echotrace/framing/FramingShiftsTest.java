package org.echotrace.framing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.echotrace.model.Article;
import org.echotrace.model.FramingShift;
import org.echotrace.model.Origin;
import org.echotrace.model.Passage;
import org.echotrace.model.Relation;
import org.echotrace.model.RelationKind;
import org.echotrace.model.SentencePair;
import org.junit.jupiter.api.Test;

class FramingShiftsTest {
  private static final FramingScanner SCANNER = new FramingScanner();

  private static Article article(String id, String text) {
    return Article.builder(id, text).outlet(id + ".example").language("en").build();
  }

  /** A paraphrase relation whose only aligned sentence pair is the two whole texts. */
  private static Relation paraphrase(Article a, Article b, String origin) {
    return new Relation(a.id(), b.id(), RelationKind.PARAPHRASE,
        origin == null ? Origin.undecided("no dates") : new Origin(origin, List.of("earlier")), 0.8, 1, 1, List.of(),
        List.of(new SentencePair(0, a.text().length(), 0, b.text().length(), 0.8)));
  }

  private static String show(FramingShift s) {
    return s.from() + " → " + s.to() + " [" + s.entry() + "/" + s.category() + "]";
  }

  @Test
  void theOriginsRegimeBecomesTheCopysGovernment() {
    Article origin = article("a", "NATO members declare their intention to keep supporting Ukraine and the Kiev regime "
        + "in its desire to continue the war, he added.");
    Article copy = article("b", "NATO members have made clear their intention to keep backing Ukraine’s government and "
        + "its efforts to carry on the war, he added.");
    List<FramingShift> shifts = FramingShifts.find(List.of(origin, copy), List.of(paraphrase(origin, copy, "a")), SCANNER);
    FramingShift regime = shifts.stream().filter(s -> s.entry().equals("kiev-regime")).findFirst().orElseThrow();
    assertEquals("Kiev regime → government [kiev-regime/delegitimising-name]", show(regime));
    assertEquals(List.of("a", "b", 72, 83, 71, 81), List.of(regime.origin(), regime.copy(), regime.originStart(),
        regime.originEnd(), regime.copyStart(), regime.copyEnd()));
    assertEquals("Kiev regime", origin.text().substring(regime.originStart(), regime.originEnd()));
    assertEquals("government", copy.text().substring(regime.copyStart(), regime.copyEnd()));
  }

  @Test
  void spellingChangeIsReportedOnceUnderTheCopysEntry() {
    Article origin = article("o", "The EU will continue military aid to Kyiv this year.");
    Article copy = article("c", "The EU will continue military aid to Kiev this year.");
    Relation r = new Relation("c", "o", RelationKind.VERBATIM, new Origin("o", List.of("earlier")), 0.9, 0.9, 0.9,
        List.of(new Passage(0, 36, 0, 36, 7), new Passage(42, 52, 42, 52, 2)));
    List<FramingShift> shifts = FramingShifts.find(List.of(origin, copy), List.of(r), SCANNER);
    assertEquals(1, shifts.size(), shifts.toString());
    FramingShift s = shifts.get(0);
    assertEquals("Kyiv → Kiev [kiev-spelling/naming-choice]", show(s));
    assertEquals(List.of("o", "c", 37, 41, 37, 41), List.of(s.origin(), s.copy(), s.originStart(), s.originEnd(),
        s.copyStart(), s.copyEnd()));
  }

  @Test
  void aDroppedDistancingWordIsAShiftToNothing() {
    Article origin = article("a", "Chiefs discussed sending a so-called \"reassurance\" force to Ukraine.");
    Article copy = article("b", "Chiefs discussed deploying a “reassurance” force to Ukraine.");
    List<FramingShift> shifts = FramingShifts.find(List.of(origin, copy), List.of(paraphrase(origin, copy, "a")), SCANNER);
    assertEquals(1, shifts.size(), shifts.toString());
    FramingShift s = shifts.get(0);
    assertEquals("so-called →  [so-called/distancing]", show(s));
    assertEquals(List.of(27, 36, 28, 28), List.of(s.originStart(), s.originEnd(), s.copyStart(), s.copyEnd()));
  }

  @Test
  void originIsSideAWhenUndecidedAndTheCopyMayAddTheTerm() {
    Article a = article("a", "Europe's leaders want to send troops as peacekeepers.");
    Article b = article("b", "Europe's war party wants to send troops as peacekeepers.");
    List<FramingShift> shifts = FramingShifts.find(List.of(a, b), List.of(paraphrase(a, b, null)), SCANNER);
    assertEquals(List.of("leaders → war party [war-party/name-calling]"), shifts.stream().map(FramingShiftsTest::show).toList());
    assertEquals("a", shifts.get(0).origin());
  }

  @Test
  void sameFramingOnBothSidesOrUnrelatedRelationsGiveNothing() {
    Article a = article("a", "The Kiev regime refuses to negotiate, Peskov said on Tuesday.");
    Article b = article("b", "Peskov said the Kiev regime refuses any talks.");
    assertEquals(List.of(), FramingShifts.find(List.of(a, b), List.of(paraphrase(a, b, "a")), SCANNER));
    Relation sameStory = new Relation("a", "b", RelationKind.SAME_STORY, Origin.undecided("not a copy"), 0.5, 1, 1,
        List.of(), List.of(new SentencePair(0, a.text().length(), 0, b.text().length(), 0.6)));
    Article c = article("b", "Peskov said Kyiv refuses any talks.");
    assertEquals(List.of(), FramingShifts.find(List.of(a, c), List.of(sameStory), SCANNER));
  }

  @Test
  void givenHitsAreUsedAsIs() {
    Article origin = article("o", "Aid to Kyiv continues.");
    Article copy = article("c", "Aid to Kiev continues.");
    Relation r = paraphrase(copy, origin, "o");
    List<FramingShift> shifts = FramingShifts.find(List.of(origin, copy), List.of(r),
        List.of(SCANNER.scan(origin).get(0), SCANNER.scan(copy).get(0)));
    assertEquals(List.of("Kyiv → Kiev [kiev-spelling/naming-choice]"), shifts.stream().map(FramingShiftsTest::show).toList());
    assertTrue(FramingShifts.find(List.of(origin, copy), List.of(r), List.of()).isEmpty(), "no hits, no shifts");
  }

  @Test
  void translationsAreNotComparedWordByWord() {
    Article en = article("en", "Aid to Kyiv continues.");
    Article de = Article.builder("de", "Hilfe für das Kiewer Regime geht weiter.").language("de").build();
    Relation r = new Relation("de", "en", RelationKind.TRANSLATION, new Origin("en", List.of("earlier")), 0.7, 1, 1,
        List.of(), List.of(new SentencePair(0, de.text().length(), 0, en.text().length(), 0.7)));
    assertEquals(List.of(), FramingShifts.find(List.of(en, de), List.of(r), SCANNER));
  }

  /** Random texts over a small vocabulary and random aligned regions: no exception, offsets name their words. */
  @Test
  void randomRegionsGiveConsistentShifts() {
    List<String> vocabulary = List.of("the", "and", "Kiev", "Kyiv", "regime", "government", "so-called", "force",
        "supposedly", "aid", "war", "party", ",", ".", "Ukraine’s", "thugs", "leaders");
    long seed = 5L;
    java.util.Random random = new java.util.Random(seed);
    int shifts = 0;
    for (int round = 0; round < 200; round++) {
      Article a = article("a", randomText(random, vocabulary)), b = article("b", randomText(random, vocabulary));
      List<SentencePair> pairs = new java.util.ArrayList<>();
      for (int k = 0; k < 3; k++) {
        int as = random.nextInt(a.text().length() + 1), ae = as + random.nextInt(a.text().length() - as + 1);
        int bs = random.nextInt(b.text().length() + 1), be = bs + random.nextInt(b.text().length() - bs + 1);
        pairs.add(new SentencePair(as, ae, bs, be, 0.7));
      }
      Relation r = new Relation("a", "b", RelationKind.PARAPHRASE, new Origin(random.nextBoolean() ? "a" : "b",
          List.of()), 0.7, 1, 1, List.of(new Passage(0, a.text().length() / 2, 0, b.text().length() / 2, 1)), pairs);
      for (FramingShift s : FramingShifts.find(List.of(a, b), List.of(r), SCANNER)) {
        Article o = s.origin().equals("a") ? a : b, c = o == a ? b : a;
        assertEquals(s.from(), o.text().substring(s.originStart(), s.originEnd()), "seed " + seed + " " + s);
        assertEquals(s.to(), c.text().substring(s.copyStart(), s.copyEnd()), "seed " + seed + " " + s);
        assertTrue(!s.from().equals(s.to()), "seed " + seed + " " + s);
        shifts++;
      }
    }
    assertTrue(shifts > 20, "the random regions do exercise the code: " + shifts + " shifts");
  }

  private static String randomText(java.util.Random random, List<String> vocabulary) {
    StringBuilder b = new StringBuilder();
    int n = random.nextInt(40);
    for (int i = 0; i < n; i++) b.append(vocabulary.get(random.nextInt(vocabulary.size()))).append(' ');
    return b.toString();
  }
}
