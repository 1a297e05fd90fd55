package org.echotrace.model;

import java.util.List;

/**
 * A group of connected articles.
 *
 * @param id stable id, {@code s1}, {@code s2}, ... in order of the first article id
 * @param articles member ids, sorted
 */
public record Story(String id, List<String> articles) {
  public Story {
    articles = List.copyOf(articles);
  }
}
