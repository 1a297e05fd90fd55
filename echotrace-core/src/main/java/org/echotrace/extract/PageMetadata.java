package org.echotrace.extract;

import java.util.List;

/**
 * What a page declares about itself outside its text (HTML meta tags, JSON-LD), and the dates it states anywhere: all
 * fields nullable, lists never null. Text pages have none. {@code siteName} is what the page calls its site
 * (og:site_name, the JSON-LD publisher), never a host name.
 */
public record PageMetadata(String title, List<DateCandidate> dates, String author, String siteName,
    String canonicalUrl, String language, List<String> sourceLinks) {
  public static final PageMetadata NONE = new PageMetadata(null, List.of(), null, null, null, null, List.of());

  public PageMetadata {
    dates = List.copyOf(dates);
    sourceLinks = List.copyOf(sourceLinks);
  }
}
