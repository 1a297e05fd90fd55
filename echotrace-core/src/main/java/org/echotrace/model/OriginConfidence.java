package org.echotrace.model;

import java.util.Locale;

/**
 * How sure a stated origin is. echotrace never presents a guess as a fact: every origin says which of these it is.
 */
public enum OriginConfidence {
  /** The evidence rules out the other direction: publication windows that do not overlap, for instance. */
  CERTAIN,
  /** Two or more signals agree (containment and a credit, a date and machine-rewrite phrasing), none is decisive. */
  LIKELY,
  /** The evidence does not tell which side came first, or no side is named. */
  UNDECIDED;

  /** The JSON name: {@code certain}, {@code likely}, {@code undecided}. */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
