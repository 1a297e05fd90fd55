package org.echotrace.model;

import java.util.Objects;

/**
 * A loaded term or naming choice from the framing lexicon found in an article's clean text.
 *
 * @param article the article id
 * @param entry the lexicon entry's id ("kiev-regime")
 * @param category the entry's category ("delegitimising-name", "loaded-language", "name-calling", "euphemism",
 *     "naming-choice", ...)
 * @param text the words as they appear in the text
 * @param start start offset in the clean text
 * @param end end offset
 */
public record FramingHit(String article, String entry, String category, String text, int start, int end)
    implements java.io.Serializable {
  public FramingHit {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start) throw new IllegalArgumentException("bad range [" + start + "," + end + ")");
  }
}
