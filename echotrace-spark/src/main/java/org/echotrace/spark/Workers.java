package org.echotrace.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.echotrace.embed.SentenceEmbedder;
import org.echotrace.judge.LearnedJudge;
import org.echotrace.judge.PairStage;
import java.util.List;
import org.echotrace.framing.Lexicon;
import org.echotrace.pipeline.Pipeline;
import org.echotrace.profile.ArticleProfiler;

/**
 * What each executor JVM builds once and shares between its tasks (Spark ships functions, not objects): the core's
 * pipeline for reading, extracting and fingerprinting, and, per model setting, the pair stage that measures identical
 * wording, profiles articles and judges pairs with the bundled judge. All are thread-safe; the model is loaded once
 * per JVM.
 */
final class Workers {
  private Workers() {}

  private static final class Holder {
    static final Pipeline PIPELINE = Pipeline.lexicalOnly(org.echotrace.pipeline.ProgressListener.NONE);
  }

  private static final Map<Rewrites, PairStage> STAGES = new ConcurrentHashMap<>();

  static Pipeline pipeline() {
    return Holder.PIPELINE;
  }

  private static final Map<List<Lexicon.Entry>, ArticleProfiler> PROFILERS = new ConcurrentHashMap<>();

  /**
   * The article profiler for the driver's lexicon, built on first use in this JVM. Profiles are counted ones: the
   * driver's pair stage completes those a pair reaches, the executors' ({@link #stage}) profile in full themselves.
   */
  static ArticleProfiler profiler(List<Lexicon.Entry> lexicon) {
    return PROFILERS.computeIfAbsent(lexicon, l -> new ArticleProfiler(Lexicon.of(l), false));
  }

  /** The pair stage for these settings, built on first use in this JVM. */
  static PairStage stage(Rewrites rewrites) {
    return STAGES.computeIfAbsent(rewrites, r -> {
      SentenceEmbedder embedder = r.embedder();
      return new PairStage(embedder, r.multilingual(), LearnedJudge.bundled(embedder != null));
    });
  }
}
