package org.echotrace.judge;

import org.echotrace.model.Article;

/**
 * Decides how two articles are related from their {@link PairFeatures}. Implementations are thread-safe.
 *
 * <p>The shipped judge is {@link LearnedJudge}: a model learned from labelled pairs. Benchmarks plug in judges
 * trained without the pairs they are asked about (cross-validation by story).
 */
public interface PairJudge {
  /** The verdict for a pair; {@code a} and {@code b} are the articles the features were measured on. */
  Judgement judge(Article a, Article b, PairFeatures features);
}
