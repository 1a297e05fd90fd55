package org.echotrace.spark;

import org.echotrace.judge.PairStage;
import org.echotrace.pipeline.Pipeline;

/**
 * What each executor JVM builds once and shares between its tasks (Spark ships functions, not objects): the core's
 * pipeline for reading, extracting and fingerprinting, and the pair stage that measures identical wording. Both are
 * thread-safe; neither loads the sentence model.
 */
final class Workers {
  private Workers() {}

  private static final class Holder {
    static final Pipeline PIPELINE = Pipeline.lexicalOnly(org.echotrace.pipeline.ProgressListener.NONE);
    /** Measures identical wording only: it never judges, so its judge refuses to. */
    static final PairStage WORDING = new PairStage(null, false, (a, b, f) -> {
      throw new IllegalStateException("this pair stage only measures identical wording");
    });
  }

  static Pipeline pipeline() {
    return Holder.PIPELINE;
  }

  static PairStage wording() {
    return Holder.WORDING;
  }
}
