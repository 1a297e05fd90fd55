package org.echotrace.extract;

import java.util.List;
import java.util.Objects;
import org.echotrace.model.RawDocument;

/** A document cut into lines, with what it declares about itself: the input of line classification. */
public record Page(RawDocument doc, List<PageLine> lines, PageMetadata metadata) {
  public Page {
    Objects.requireNonNull(doc, "doc");
    lines = List.copyOf(lines);
    Objects.requireNonNull(metadata, "metadata");
  }
}
