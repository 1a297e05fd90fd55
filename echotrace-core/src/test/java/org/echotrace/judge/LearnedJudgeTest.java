package org.echotrace.judge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.echotrace.model.RelationKind;
import org.junit.jupiter.api.Test;

class LearnedJudgeTest {
  private static final LearnedJudge.Thresholds T = new LearnedJudge.Thresholds(0.7, 0.4);

  private static double[] p(double verbatim, double partial, double paraphrase, double translation, double story) {
    double none = 1 - verbatim - partial - paraphrase - translation - story;
    return new double[] {verbatim, partial, paraphrase, translation, story, none};
  }

  @Test
  void aCopyIsTheLikeliestCopyClassAndTranslationOnlyAcrossLanguages() {
    assertEquals(RelationKind.PARAPHRASE, LearnedJudge.decide(p(0.1, 0.2, 0.5, 0.1, 0.05), 0.9, false, T).kind());
    assertEquals(RelationKind.PARTIAL, LearnedJudge.decide(p(0.1, 0.3, 0.1, 0.4, 0.05), 0.9, false, T).kind(),
        "translation is never said within one language");
    assertEquals(RelationKind.TRANSLATION, LearnedJudge.decide(p(0.1, 0.3, 0.3, 0.1, 0.05), 0.9, true, T).kind());
  }

  @Test
  void belowTheCopyThresholdTheEventModelDecides() {
    Judgement j = LearnedJudge.decide(p(0, 0, 0.3, 0, 0.5), 0.6, false, T);
    assertEquals(RelationKind.SAME_STORY, j.kind());
    assertEquals(0.6, j.sameEvent(), 1e-9);
    assertNull(LearnedJudge.decide(p(0, 0, 0.3, 0, 0.5), 0.3, false, T).kind(),
        "the kind model's copy probability does not count as an event");
  }

  @Test
  void aPairBetweenTheSiblingAndTheCopyThresholdCarriesTheKindItWouldHaveAsACopy() {
    LearnedJudge.Thresholds t = new LearnedJudge.Thresholds(0.7, 0.4, 0.2, 0.85);
    Judgement j = LearnedJudge.decide(p(0, 0.05, 0.25, 0, 0.5), 0.6, false, t);
    assertEquals(RelationKind.SAME_STORY, j.kind(), "not a copy on its own");
    assertEquals(RelationKind.PARAPHRASE, j.sibling());
    assertEquals(0.85, j.support(), 1e-9);
    assertEquals(RelationKind.TRANSLATION, LearnedJudge.decide(p(0, 0.05, 0.25, 0, 0.5), 0.6, true, t).sibling());
    assertNull(LearnedJudge.decide(p(0, 0.05, 0.1, 0, 0.5), 0.6, false, t).sibling(), "below the sibling threshold");
    assertNull(LearnedJudge.decide(p(0, 0.05, 0.25, 0, 0.5), 0.6, false, T).sibling(), "siblings not read");
    assertNull(LearnedJudge.decide(p(0.5, 0.1, 0.25, 0, 0.1), 0.6, false, t).sibling(), "a copy on its own");
    assertThrows(IllegalArgumentException.class, () -> new LearnedJudge.Thresholds(0.7, 0.4, 0.8, 0.9));
  }

  @Test
  void acrossLanguagesAnyPairMayBeASiblingWhereSiblingsAreRead() {
    LearnedJudge.Thresholds t = new LearnedJudge.Thresholds(0.7, 0.4, 0.2, 0.85);
    assertEquals(RelationKind.TRANSLATION, LearnedJudge.decide(p(0, 0, 0, 0.02, 0.5), 0.6, true, t).sibling(),
        "two languages: the pair's own probability says little");
    assertNull(LearnedJudge.decide(p(0, 0, 0.02, 0, 0.5), 0.6, false, t).sibling(), "one language: below the threshold");
    assertNull(LearnedJudge.decide(p(0, 0, 0, 0.02, 0.5), 0.6, true, T).sibling(), "siblings not read");
  }

  @Test
  void sharedNamesAloneAreNoSpecificFact() {
    double[] v = new double[Feature.values().length];
    v[Feature.ANCHOR_JACCARD.ordinal()] = 0.6;
    v[Feature.RARE_ANCHORS.ordinal()] = 0.5;
    assertFalse(LearnedJudge.specific(PairFeatures.of(v)));
    v[Feature.QUOTES.ordinal()] = 0.5;
    assertTrue(LearnedJudge.specific(PairFeatures.of(v)));
    v[Feature.QUOTES.ordinal()] = 0;
    v[Feature.NUMBERED.ordinal()] = 1;
    v[Feature.NUMBERS.ordinal()] = 1;
    assertFalse(LearnedJudge.specific(PairFeatures.of(v)), "two-digit numbers in common are chance");
    v[Feature.DISTINCT_NUMBERS.ordinal()] = 0.5;
    assertTrue(LearnedJudge.specific(PairFeatures.of(v)), "one distinctive number (8.8, 1,900)");
    v[Feature.DISTINCT_NUMBERS.ordinal()] = 0;
    v[Feature.DATED.ordinal()] = 1;
    v[Feature.DATE_GAP.ordinal()] = 2 / 30.0;
    assertTrue(LearnedJudge.specific(PairFeatures.of(v)), "published two days apart");
    v[Feature.DISTINCT_NUMBERS.ordinal()] = 0.5;
    v[Feature.DATE_GAP.ordinal()] = 1;
    assertFalse(LearnedJudge.specific(PairFeatures.of(v)), "a month or more apart");
  }

  @Test
  void featuresOutsideTheUnitIntervalAreRejected() {
    double[] v = new double[Feature.values().length];
    v[Feature.WORDS.ordinal()] = 1.5;
    assertThrows(IllegalArgumentException.class, () -> PairFeatures.of(v));
    assertThrows(IllegalArgumentException.class, () -> PairFeatures.of(new double[3]));
  }

  @Test
  void theBundledJudgesLoad() {
    assertTrue(LearnedJudge.bundled(true).thresholds().copy() > 0);
    assertTrue(LearnedJudge.bundled(false).thresholds().copy() > 0);
  }
}
