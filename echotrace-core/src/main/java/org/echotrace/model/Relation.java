package org.echotrace.model;

import java.util.List;
import java.util.Objects;

/**
 * Two articles that share reporting, with the evidence.
 *
 * @param a one article's id (the lexicographically smaller)
 * @param b the other's id
 * @param kind verbatim, partial, ...
 * @param origin which side is the likely origin, and why
 * @param score share of the shorter article's words that are reused (0..1)
 * @param coverageA share of a's words inside aligned passages
 * @param coverageB share of b's words inside aligned passages
 * @param passages aligned passages of identical wording, in order of a
 * @param sentences aligned sentences of reworded or translated copies and same-story reports, in order of a; empty
 *     for verbatim and partial reuse, whose passages say more
 * @param probability how likely the pair judge, learned from labelled pairs, holds this kind to be right (0..1), or
 *     NaN when the relation was not judged pair by pair (same-narrative links come from clustering)
 */
public record Relation(String a, String b, RelationKind kind, Origin origin, double score, double coverageA,
    double coverageB, List<Passage> passages, List<SentencePair> sentences, double probability)
    implements java.io.Serializable {
  public Relation {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(origin, "origin");
    passages = List.copyOf(passages);
    sentences = List.copyOf(sentences);
  }

  /** A relation not judged pair by pair: its probability is unknown. */
  public Relation(String a, String b, RelationKind kind, Origin origin, double score, double coverageA,
      double coverageB, List<Passage> passages, List<SentencePair> sentences) {
    this(a, b, kind, origin, score, coverageA, coverageB, passages, sentences, Double.NaN);
  }

  /** This relation with another origin. */
  public Relation withOrigin(Origin o) {
    return new Relation(a, b, kind, o, score, coverageA, coverageB, passages, sentences, probability);
  }

  /** A relation found from identical wording alone: no aligned sentences. */
  public Relation(String a, String b, RelationKind kind, Origin origin, double score, double coverageA,
      double coverageB, List<Passage> passages) {
    this(a, b, kind, origin, score, coverageA, coverageB, passages, List.of());
  }

  /** True for the kinds that copy an article (verbatim, partial, paraphrase, translation), which have an origin. */
  public boolean isCopy() {
    return kind.isCopy();
  }

  /** The id of the side that is not the origin, or null when undecided. */
  public String copy() {
    if (!origin.decided()) return null;
    return origin.id().equals(a) ? b : a;
  }
}
