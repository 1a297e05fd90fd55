package org.echotrace.extract;

import java.util.List;

/**
 * What a page declares about itself outside its text (HTML meta tags, JSON-LD), and the dates it states anywhere: all
 * fields nullable, lists never null. Text pages have none. {@code siteName} is what the page calls its site
 * (og:site_name, the JSON-LD publisher), never a host name. {@code declaredBody} is the article's text as the page
 * declares it for machines (JSON-LD {@code articleBody}), often whole where the visible page shows a teaser.
 */
public record PageMetadata(String title, List<DateCandidate> dates, String author, String siteName,
    String canonicalUrl, String language, List<String> sourceLinks, String declaredBody) {
  public static final PageMetadata NONE = new PageMetadata(null, List.of(), null, null, null, null, List.of(), null);

  public PageMetadata {
    dates = List.copyOf(dates);
    sourceLinks = List.copyOf(sourceLinks);
  }
}
