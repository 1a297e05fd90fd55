package org.echotrace.model;

import java.util.Locale;

/** How two articles are related. Only VERBATIM and PARTIAL are detected so far. */
public enum RelationKind {
  /** Republication: most of the shorter article's text appears in the other, page furniture aside. */
  VERBATIM,
  /** Some passages of reporting reused inside an otherwise different article. */
  PARTIAL,
  PARAPHRASE,
  TRANSLATION,
  SAME_STORY,
  SAME_NARRATIVE;

  /** The JSON name: {@code verbatim}, {@code partial}, {@code same-story}, ... */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
