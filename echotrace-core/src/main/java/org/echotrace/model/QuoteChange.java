package org.echotrace.model;

import java.util.Locale;

/** How a quote in a copy compares with its counterpart in the origin article. */
public enum QuoteChange {
  /** The same words (case, punctuation and quotation marks aside) and the same speaker. */
  IDENTICAL,
  /** A contiguous part of the origin's quote (or the origin's quote is a part of it), nothing reworded. */
  TRIMMED,
  /** Different words inside quotation marks for what is recognisably the same statement. */
  REWORDED,
  /** The same words attributed to another speaker. */
  SPEAKER_CHANGED,
  /** A quote in the copy with no counterpart in the origin. */
  ADDED,
  /** A quote of the origin with no counterpart in the copy. */
  DROPPED;

  /** The JSON name: {@code identical}, {@code speaker-changed}, ... */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
