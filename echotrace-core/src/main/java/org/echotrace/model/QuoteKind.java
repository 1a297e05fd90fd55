package org.echotrace.model;

import java.util.Locale;

/** What a quoted span is. */
public enum QuoteKind {
  /** Reported speech: words put in someone's mouth (full sentence or a partial quote inside a sentence). */
  QUOTE,
  /** Scare quotes around a term (so-called "reassurance" force): a naming choice, not speech. */
  TERM;

  /** The JSON name: {@code quote} or {@code term}. */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
