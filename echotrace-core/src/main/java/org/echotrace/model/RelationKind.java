package org.echotrace.model;

import java.util.Locale;

/** How two articles are related. */
public enum RelationKind {
  /** Republication: most of the shorter article's text appears in the other, page furniture aside. */
  VERBATIM,
  /** Some passages of reporting reused inside an otherwise different article. */
  PARTIAL,
  /** The same article reworded: facts, numbers, names and quotes in about the same order, or a condensed version. */
  PARAPHRASE,
  /** The same article in another language. */
  TRANSLATION,
  /** Independent reports of one event: same event, people, numbers and date; different wording and structure. */
  SAME_STORY,
  /** Articles carrying the same line over different events. */
  SAME_NARRATIVE;

  /** Verbatim, partial, paraphrase and translation copy an article; the other kinds are independent reports. */
  public boolean isCopy() {
    return this == VERBATIM || this == PARTIAL || this == PARAPHRASE || this == TRANSLATION;
  }

  /** The JSON name: {@code verbatim}, {@code partial}, {@code same-story}, ... */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
