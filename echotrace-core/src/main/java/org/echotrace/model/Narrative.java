package org.echotrace.model;

import java.util.List;

/**
 * Events linked over time by carrying the same line (e.g. "the Kremlin opposes European troops in Ukraine" from
 * February to August).
 *
 * @param id stable id, {@code n1}, {@code n2}, ...
 * @param label a few characteristic words
 * @param stories ids of the member event clusters, in order of first appearance
 * @param articles member article ids, sorted
 */
public record Narrative(String id, String label, List<String> stories, List<String> articles) {
  public Narrative {
    stories = List.copyOf(stories);
    articles = List.copyOf(articles);
  }
}
