package org.echotrace.model;

import java.util.Objects;

/**
 * A term substitution between aligned passages or sentences of a copy and its origin: the origin wrote one thing, the
 * copy another ("Ukraine's government" → "the Kiev regime", "Kyiv" → "Kiev").
 *
 * @param origin the origin article id (or the relation's side a when the origin is undecided)
 * @param copy the other article id
 * @param originStart start of the origin's words
 * @param originEnd end of the origin's words
 * @param copyStart start of the copy's words
 * @param copyEnd end of the copy's words
 * @param from the origin's words
 * @param to the copy's words
 * @param entry the lexicon entry the copy's (or the origin's) words hit
 * @param category that entry's category
 */
public record FramingShift(String origin, String copy, int originStart, int originEnd, int copyStart, int copyEnd,
    String from, String to, String entry, String category) {
  public FramingShift {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(copy, "copy");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
  }
}
