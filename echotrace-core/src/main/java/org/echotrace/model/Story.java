package org.echotrace.model;

import java.util.List;

/**
 * An event cluster: articles about one event (copies of one article and independent reports of the same event).
 *
 * @param id stable id, {@code s1}, {@code s2}, ... in order of the first article id
 * @param articles member ids, sorted
 * @param firstSeen the earliest publication date among members (ISO), or null when none is dated
 * @param lastSeen the latest, or null
 * @param label a few of the cluster's most characteristic words, or null when not computed
 * @param outlets outlets in order of first appearance (undated members last)
 */
public record Story(String id, List<String> articles, String firstSeen, String lastSeen, String label,
    List<String> outlets) {
  public Story {
    articles = List.copyOf(articles);
    outlets = List.copyOf(outlets);
  }

  /** A bare group, without timeline or label. */
  public Story(String id, List<String> articles) {
    this(id, articles, null, null, null, List.of());
  }
}
