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
 * @param passages aligned passages, in order of a
 */
public record Relation(String a, String b, RelationKind kind, Origin origin, double score, double coverageA,
    double coverageB, List<Passage> passages) {
  public Relation {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(origin, "origin");
    passages = List.copyOf(passages);
  }

  /** The id of the side that is not the origin, or null when undecided. */
  public String copy() {
    if (!origin.decided()) return null;
    return origin.id().equals(a) ? b : a;
  }
}
