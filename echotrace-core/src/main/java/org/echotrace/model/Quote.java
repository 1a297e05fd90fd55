package org.echotrace.model;

import java.util.Objects;

/**
 * A quoted span in one article's clean text, with who said it. Offsets index {@link Article#text()}, start inclusive,
 * end exclusive, and cover the quoted words without the quotation marks.
 *
 * @param article the article id
 * @param text the quoted words (without the marks; a multi-paragraph quote joined with single spaces)
 * @param start start offset of the quoted words
 * @param end end offset
 * @param kind speech or a scare-quoted term
 * @param speaker the canonical person (or body) the quote is attributed to ("Dmitry Peskov"), or null when unknown;
 *     always null for terms
 * @param mention the words in the text that name the speaker for this quote ("the spokesman", "he", "Peskov"), or null
 * @param mentionStart start offset of the mention, or -1
 * @param mentionEnd end offset of the mention, or -1
 * @param cue the cue verb or phrase ("said", "told reporters", "according to"), or null
 */
public record Quote(String article, String text, int start, int end, QuoteKind kind, String speaker, String mention,
    int mentionStart, int mentionEnd, String cue) implements java.io.Serializable {
  public Quote {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    if (start < 0 || end < start) throw new IllegalArgumentException("bad quote range [" + start + "," + end + ")");
    if (mentionStart > mentionEnd) throw new IllegalArgumentException("bad mention range");
  }

  /** A quote (or term) with no speaker found. */
  public static Quote unattributed(String article, String text, int start, int end, QuoteKind kind) {
    return new Quote(article, text, start, end, kind, null, null, -1, -1, null);
  }
}
