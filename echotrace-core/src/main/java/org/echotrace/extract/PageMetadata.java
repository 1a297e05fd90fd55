package org.echotrace.extract;

import java.util.List;
import org.echotrace.model.Published;

/**
 * What a page declares about itself outside its text (HTML meta tags, JSON-LD): all fields nullable, lists never
 * null. Text pages have none. Each found value keeps where it came from in {@code published.source()}.
 */
public record PageMetadata(String title, Published published, Published modified, String author, String siteName,
    String canonicalUrl, String language, List<String> sourceLinks) {
  public static final PageMetadata NONE = new PageMetadata(null, null, null, null, null, null, null, List.of());

  public PageMetadata {
    sourceLinks = List.copyOf(sourceLinks);
  }
}
