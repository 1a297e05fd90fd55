package org.echotrace.model;

import java.util.List;

/** Everything one run found: the JSON contract's lists. */
public record AnalysisResult(List<Article> articles, List<Relation> relations, List<Story> stories,
    List<Narrative> narratives, List<InputProblem> problems) {
  public AnalysisResult {
    articles = List.copyOf(articles);
    relations = List.copyOf(relations);
    stories = List.copyOf(stories);
    narratives = List.copyOf(narratives);
    problems = List.copyOf(problems);
  }

  /** A result without narratives (reuse detection only). */
  public AnalysisResult(List<Article> articles, List<Relation> relations, List<Story> stories,
      List<InputProblem> problems) {
    this(articles, relations, stories, List.of(), problems);
  }
}
