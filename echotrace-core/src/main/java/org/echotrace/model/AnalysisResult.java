package org.echotrace.model;

import java.util.List;

/**
 * Everything one run found: the JSON contract's lists.
 *
 * @param quotes direct quotes and scare-quoted terms of every article, in article order then text order
 * @param quoteVariants quotes of copies matched to (or missing from) their origin's quotes
 * @param entities people, places and organisations with naming variants merged
 * @param framing framing-lexicon hits per article
 * @param framingShifts term substitutions between aligned text of copies and origins
 */
public record AnalysisResult(List<Article> articles, List<Relation> relations, List<Story> stories,
    List<Narrative> narratives, List<InputProblem> problems, List<Quote> quotes, List<QuoteVariant> quoteVariants,
    List<Entity> entities, List<FramingHit> framing, List<FramingShift> framingShifts) {
  public AnalysisResult {
    articles = List.copyOf(articles);
    relations = List.copyOf(relations);
    stories = List.copyOf(stories);
    narratives = List.copyOf(narratives);
    problems = List.copyOf(problems);
    quotes = List.copyOf(quotes);
    quoteVariants = List.copyOf(quoteVariants);
    entities = List.copyOf(entities);
    framing = List.copyOf(framing);
    framingShifts = List.copyOf(framingShifts);
  }

  /** A result without quotes, entities or framing. */
  public AnalysisResult(List<Article> articles, List<Relation> relations, List<Story> stories,
      List<Narrative> narratives, List<InputProblem> problems) {
    this(articles, relations, stories, narratives, problems, List.of(), List.of(), List.of(), List.of(), List.of());
  }

  /** A result without narratives (reuse detection only). */
  public AnalysisResult(List<Article> articles, List<Relation> relations, List<Story> stories,
      List<InputProblem> problems) {
    this(articles, relations, stories, List.of(), problems);
  }
}
