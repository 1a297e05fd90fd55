/**
 * Judge: candidate pairs in, relations out. {@link org.echotrace.judge.PairStage} profiles the articles, proposes
 * candidate pairs (sub-quadratic: shared fingerprints, nearest leads, rare anchors, best partners in other languages),
 * measures each pair three ways (identical passages, sentences aligned on vectors, sentences aligned on
 * language-independent keys) into {@link org.echotrace.judge.PairFeatures}, asks a
 * {@link org.echotrace.judge.PairJudge} and orients copies. The shipped judge, {@link org.echotrace.judge.LearnedJudge},
 * reads two models learned from labelled pairs ({@link org.echotrace.judge.JudgeTrainer}; the command that learns them
 * and measures them by cross-validation by story is {@code bin/echotrace-bench provenance}).
 *
 * <pre>{@code
 * PairStage stage = new PairStage(embedder, false, LearnedJudge.bundled(true));
 * PairStage.Judged judged = stage.relate(articles, profiles, candidates, lexicalPairs, lexical, done -> {});
 * }</pre>
 *
 * <p>Thread-safe: every class here is immutable or keeps per-run state only.
 */
package org.echotrace.judge;
