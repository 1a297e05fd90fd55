package org.echotrace.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A document as read from the input, before extraction. Metadata given by the input (a JSONL field) wins over what
 * extraction finds in the text.
 *
 * @param id the path relative to the folder given, or the JSONL {@code id}
 * @param source where it came from (path, and line for JSONL)
 * @param text the decoded text
 * @param url declared URL, or null
 * @param published declared publication date as written, or null
 * @param outlet declared outlet, or null
 * @param title declared title, or null
 */
public record RawDocument(String id, String source, String text, String url, String published, String outlet, String title) {
  public RawDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
  }

  public static RawDocument ofText(String id, String source, String text) {
    return new RawDocument(id, source, text, null, null, null, null);
  }

  public Optional<String> declaredUrl() {
    return Optional.ofNullable(url);
  }
}
