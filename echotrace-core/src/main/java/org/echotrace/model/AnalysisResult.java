package org.echotrace.model;

import java.util.List;

/** Everything one run found: the JSON contract's four lists. */
public record AnalysisResult(List<Article> articles, List<Relation> relations, List<Story> stories,
    List<InputProblem> problems) {
  public AnalysisResult {
    articles = List.copyOf(articles);
    relations = List.copyOf(relations);
    stories = List.copyOf(stories);
    problems = List.copyOf(problems);
  }
}
