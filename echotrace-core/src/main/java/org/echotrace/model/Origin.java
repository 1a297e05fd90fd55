package org.echotrace.model;

import java.util.List;
import java.util.Objects;

/**
 * Which article of a pair is the origin, how sure that is, and why.
 *
 * @param id the origin's id, or null when undecided
 * @param confidence {@link OriginConfidence#CERTAIN} only when the evidence rules out the other direction;
 *     always {@link OriginConfidence#UNDECIDED} when {@code id} is null
 * @param reasons the evidence in words ("published 2025-04-15, 5 days earlier", "b credits Harbour Times")
 * @param externalOrigin an outlet outside the corpus that the copy credits as its source ("Reuters"), or null
 * @param via for two copies of one common source: that source's id when it is in the corpus, else the outlet both
 *     credit, else {@code "unknown common source"}; null when one side copies the other directly
 */
public record Origin(String id, OriginConfidence confidence, List<String> reasons, String externalOrigin, String via)
    implements java.io.Serializable {
  public Origin {
    Objects.requireNonNull(confidence, "confidence");
    reasons = List.copyOf(reasons);
    if (id == null && confidence != OriginConfidence.UNDECIDED) {
      throw new IllegalArgumentException("an origin without an id is undecided, got " + confidence);
    }
    if (id != null && confidence == OriginConfidence.UNDECIDED) {
      throw new IllegalArgumentException("an undecided origin names no id, got " + id);
    }
  }

  /** A decided origin of the given confidence, with no external source or common source. */
  public Origin(String id, OriginConfidence confidence, List<String> reasons) {
    this(id, confidence, reasons, null, null);
  }

  /** A likely origin ({@code id} set) or an undecided one ({@code id} null). */
  public Origin(String id, List<String> reasons) {
    this(id, id == null ? OriginConfidence.UNDECIDED : OriginConfidence.LIKELY, reasons, null, null);
  }

  public static Origin undecided(String why) {
    return new Origin(null, OriginConfidence.UNDECIDED, List.of(Objects.requireNonNull(why)), null, null);
  }

  public boolean decided() {
    return id != null;
  }

  /**
   * The qualifiers after the reasons, for people: {@code "external origin: Reuters; via 012"}, or empty.
   */
  public String qualifiers() {
    StringBuilder out = new StringBuilder();
    if (externalOrigin != null) out.append("external origin: ").append(externalOrigin);
    if (via != null) out.append(out.length() > 0 ? "; " : "").append("via ").append(via);
    return out.toString();
  }

  /** Confidence, reasons and qualifiers in one line: {@code "likely: published 2025-04-15, before b; via Reuters"}. */
  public String explained() {
    StringBuilder out = new StringBuilder(confidence.jsonName()).append(": ").append(String.join("; ", reasons));
    String q = qualifiers();
    if (!q.isEmpty()) out.append("; ").append(q);
    return out.toString();
  }

  /** This origin with its external source named (the outlet the copy credits, not in the corpus). */
  public Origin withExternalOrigin(String outlet) {
    return new Origin(id, confidence, reasons, outlet, via);
  }

  /** This origin with the common source of two sibling copies named. */
  public Origin withVia(String source) {
    return new Origin(id, confidence, reasons, externalOrigin, source);
  }
}
