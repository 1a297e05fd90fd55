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
 */
public record Judgement(RelationKind kind, double copy, double sameEvent, double probability) {
  public static final Judgement NONE = new Judgement(null, 0, 0, 1);
}
