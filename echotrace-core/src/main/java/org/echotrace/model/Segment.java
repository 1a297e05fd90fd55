package org.echotrace.model;

import java.util.Objects;

/**
 * One non-empty input line and what it is.
 *
 * @param line 1-based line number in the input
 * @param kind body, meta or boilerplate
 * @param label why: e.g. {@code title}, {@code date}, {@code teaser}, {@code newsletter}, {@code paragraph}
 */
public record Segment(int line, LineKind kind, String label) implements java.io.Serializable {
  public Segment {
    if (line < 1) throw new IllegalArgumentException("line must be >= 1, got " + line);
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(label, "label");
  }
}
