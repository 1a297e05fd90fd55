package org.echotrace.model;

import java.util.Locale;

/** What a line of a scraped text page is. */
public enum LineKind {
  /** The article itself: its standfirst and paragraphs. */
  BODY,
  /** Metadata about the article: title, date line, byline, outlet name, agency credit. */
  META,
  /** Page furniture: teasers, appeals, captions, related links, buttons. */
  BOILERPLATE;

  /** The name used in JSON output: {@code body}, {@code meta} or {@code boilerplate}. */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
