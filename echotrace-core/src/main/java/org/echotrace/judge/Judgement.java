package org.echotrace.judge;

import org.echotrace.model.RelationKind;

/**
 * The pair judge's verdict with its probabilities, calibrated on labelled pairs.
 *
 * @param kind the relation, or null when the pair is not related (as far as a pair can tell: narratives are decided
 *     by clustering)
 * @param copy probability that one article copies the other (verbatim, partial, paraphrase or translation)
 * @param sameEvent probability that both report one event (a copy, or independent reports)
 * @param probability probability of {@code kind} itself, or of "unrelated" when {@code kind} is null
 * @param sibling the kind of copy this pair is if both articles copy one common third (a <b>sibling</b> pair): set
 *     when the pair is not a copy on its own but its copy probability reaches the judge's sibling threshold; else null
 * @param support the copy probability both articles' links to that common third must reach for the sibling kind to
 *     be reported (unused when {@code sibling} is null)
 */
public record Judgement(RelationKind kind, double copy, double sameEvent, double probability, RelationKind sibling,
    double support) {
  public static final Judgement NONE = new Judgement(null, 0, 0, 1);

  /** A verdict with no sibling reading. */
  public Judgement(RelationKind kind, double copy, double sameEvent, double probability) {
    this(kind, copy, sameEvent, probability, null, 1);
  }
}
