package org.echotrace.judge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.echotrace.model.Origin;
import org.echotrace.model.OriginConfidence;
import org.echotrace.model.Passage;
import org.echotrace.model.Relation;
import org.echotrace.model.RelationKind;
import org.echotrace.model.SentencePair;
import org.junit.jupiter.api.Test;

/** Two rewrites of one source: {@link PairStage#judged} reports them when both copy the same stretch of it. */
class SiblingTest {
  private static final long[] PAIRS = {0, 1, 2};
  private static final Origin UNDECIDED = Origin.undecided("a date is missing");

  /** A copy of {@code x} ("x" sorts after "a" and "b", so it is side b) aligned on x's characters from..to. */
  private static Relation copyOfX(String copy, int from, int to) {
    return new Relation(copy, "x", RelationKind.PARAPHRASE, UNDECIDED, 0.8, 0.8, 0.8, List.of(),
        List.of(new SentencePair(0, 100, from, (from + to) / 2, 0.9), new SentencePair(101, 200, (from + to) / 2 + 1, to, 0.8)), 0.9);
  }

  private static PairStage.Verdict copy(Relation r, double p) {
    return new PairStage.Verdict(r, p, p, null, 1);
  }

  /** a-b: same-story on its own, a paraphrase if both copy one third at 0.85 or more. */
  private static PairStage.Verdict sibling(double copy) {
    Relation story = new Relation("a", "b", RelationKind.SAME_STORY, UNDECIDED, 0.3, 0.3, 0.3, List.of(), List.of(), 0.6);
    Relation asCopy = new Relation("a", "b", RelationKind.PARAPHRASE, UNDECIDED, 0.3, 0.3, 0.3, List.of(), List.of(), copy);
    return new PairStage.Verdict(story, 0.6, copy, asCopy, 0.85);
  }

  @Test
  void twoCopiesOfTheSameStretchOfOneSourceAreSiblings() {
    PairStage.Judged j = PairStage.judged(PAIRS, new PairStage.Verdict[] {
        sibling(0.3), copy(copyOfX("a", 0, 500), 0.95), copy(copyOfX("b", 50, 520), 0.9)});
    Relation ab = j.relations().get(0);
    assertEquals(List.of("a", "b"), List.of(ab.a(), ab.b()));
    assertEquals(RelationKind.PARAPHRASE, ab.kind(), "promoted from same-story");
    assertEquals(OriginConfidence.UNDECIDED, ab.origin().confidence());
    assertEquals("x", ab.origin().via(), "the common source is named");
    assertTrue(ab.origin().reasons().stream().anyMatch(r -> r.contains("both copy the same stretch of x")), ab.origin().reasons().toString());
    assertEquals(3, j.relations().size());
    assertEquals(0.6, j.sameEvent()[0], 1e-9, "the event probability is the pair's own");
  }

  @Test
  void copiesOfDifferentStretchesOfOneSourceAreNot() {
    PairStage.Judged j = PairStage.judged(PAIRS, new PairStage.Verdict[] {
        sibling(0.3), copy(copyOfX("a", 0, 400), 0.95), copy(copyOfX("b", 300, 900), 0.9)});
    assertEquals(RelationKind.SAME_STORY, j.relations().get(0).kind(), "100 of 600 characters in common: other material");
    assertEquals(0.25, PairStage.sameStretch(copyOfX("a", 0, 400), copyOfX("b", 300, 700), "x"), 0.01);
  }

  @Test
  void aWeakLinkToTheThirdIsNoSupport() {
    PairStage.Judged j = PairStage.judged(PAIRS, new PairStage.Verdict[] {
        sibling(0.3), copy(copyOfX("a", 0, 500), 0.95), copy(copyOfX("b", 0, 500), 0.8)});
    assertEquals(RelationKind.SAME_STORY, j.relations().get(0).kind());
  }

  @Test
  void withoutASiblingReadingNothingChanges() {
    Relation story = new Relation("a", "b", RelationKind.SAME_STORY, UNDECIDED, 0.3, 0.3, 0.3, List.of(), List.of(), 0.6);
    PairStage.Judged j = PairStage.judged(PAIRS, new PairStage.Verdict[] {
        new PairStage.Verdict(story, 0.6, 0.3, null, 0.85), copy(copyOfX("a", 0, 500), 0.95),
        copy(copyOfX("b", 0, 500), 0.95)});
    assertEquals(RelationKind.SAME_STORY, j.relations().get(0).kind());
    assertNull(j.relations().get(0).origin().via());
  }

  @Test
  void aDecidedDirectionIsKeptAndNamesNoCommonSource() {
    Relation asCopy = new Relation("a", "b", RelationKind.VERBATIM,
        new Origin("a", OriginConfidence.CERTAIN, List.of("published two days before b")), 1, 1, 1,
        List.of(new Passage(0, 100, 0, 100, 20)), List.of(), 0.4);
    PairStage.Judged j = PairStage.judged(PAIRS, new PairStage.Verdict[] {
        new PairStage.Verdict(null, 0.4, 0.4, asCopy, 0.85), copy(copyOfX("a", 0, 500), 0.95),
        copy(copyOfX("b", 0, 500), 0.95)});
    Relation ab = j.relations().get(0);
    assertEquals("a", ab.origin().id());
    assertNull(ab.origin().via());
    assertEquals(2, ab.origin().reasons().size());
  }
}
