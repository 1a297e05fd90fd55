package org.echotrace.rewrite;

import org.echotrace.model.Article;
import org.echotrace.model.Published;
import org.echotrace.model.RelationKind;

/**
 * Decides what an {@link Evidence} means. Written by hand: this is echotrace's own relation logic. The numbers were
 * set on development data only (the five seeds and examples/corpus), and checked against MSRP for the sentence
 * similarity (docs/BENCHMARKS.md):
 * <ul>
 *   <li><b>translation</b> (two languages, compared on anchors): at least {@link #MIN_ANCHORS} shared numbers and
 *       names, at least {@link #ANCHOR_ORDER} of the shorter anchor sequence matched in order, and at least
 *       {@link #TRANSLATION_COVERAGE} of the shorter article in anchor-aligned sentences. A translation keeps every
 *       number and name in order; two reports of one event in two languages share some anchors in a different order.
 *   <li><b>paraphrase</b>: at least {@link #COVERAGE} of the shorter article's words in aligned sentences and
 *       {@link #STRONG_COVERAGE} in strongly similar ones, a mean similarity of at least {@link #SIMILARITY}, the order kept ({@link #ORDER}), and at least
 *       {@link #MIN_STRONG} strongly similar sentences. A summary qualifies: its side is covered, the long side is
 *       not.
 *   <li><b>same-story</b>: at least {@link #MIN_STRONG_STORY} strongly similar sentences and
 *       {@link #MIN_ANCHORS_STORY} shared anchors (the same facts told twice), with dates at most
 *       {@link #STORY_DAYS} days apart when both are known. Topic alone (the same people, other facts) is not
 *       enough: that is a narrative, decided by clustering.
 * </ul>
 * Thread-safe: no state.
 */
public final class RewriteJudge {
  /** A sentence pair this similar says the same thing (MiniLM: near-duplicates ~0.95, close paraphrases 0.75+). */
  public static final double STRONG = 0.72;
  static final double COVERAGE = 0.6;
  /**
   * The shorter article's words in strongly similar sentences: a rewrite restates nearly every sentence closely
   * (0.70–1.00 on the development pairs), two independent reports of one event restate some facts loosely
   * (0.10–0.59).
   */
  static final double STRONG_COVERAGE = 0.65;
  /** Development paraphrases: 0.81–0.87; independent reports of one event: 0.71–0.77. */
  static final double SIMILARITY = 0.78;
  static final double ORDER = 0.8;
  static final int MIN_STRONG = 3;
  static final int MIN_ANCHORS = 5;
  static final double ANCHOR_ORDER = 0.5;
  static final double TRANSLATION_COVERAGE = 0.4;
  static final int MIN_STRONG_STORY = 2;
  static final int MIN_ANCHORS_STORY = 3;
  static final long STORY_DAYS = 3;

  /** The kind, or null when the pair is not related this way. */
  public RelationKind decide(Evidence e, Article a, Article b, boolean differentLanguages) {
    double shorter = shorterCoverage(e, a, b);
    if (e.crossLingual()) {
      return e.sharedAnchors() >= MIN_ANCHORS && e.anchorOrder() >= ANCHOR_ORDER && shorter >= TRANSLATION_COVERAGE
          ? RelationKind.TRANSLATION : null;
    }
    double strongShorter = a.text().length() <= b.text().length() ? e.strongA() : e.strongB();
    if (shorter >= COVERAGE && strongShorter >= STRONG_COVERAGE && e.similarity() >= SIMILARITY && e.order() >= ORDER
        && e.strong() >= MIN_STRONG) {
      return differentLanguages ? RelationKind.TRANSLATION : RelationKind.PARAPHRASE;
    }
    if (e.strong() >= MIN_STRONG_STORY && e.sharedAnchors() >= MIN_ANCHORS_STORY && withinDays(a, b, STORY_DAYS)) {
      return RelationKind.SAME_STORY;
    }
    return null;
  }

  /** Coverage of the article with fewer words. */
  static double shorterCoverage(Evidence e, Article a, Article b) {
    return a.text().length() <= b.text().length() ? e.coverageA() : e.coverageB();
  }

  /** True when either date is unknown or they are at most {@code days} apart. */
  static boolean withinDays(Article a, Article b, long days) {
    Published x = a.published(), y = b.published();
    if (x == null || y == null) return true;
    return Math.abs(x.date().toEpochDay() - y.date().toEpochDay()) <= days;
  }
}
