package org.echotrace.pipeline;

/** Hears how far a run has got. Called from worker threads: implementations must be thread-safe. */
@FunctionalInterface
public interface ProgressListener {
  /** {@code done} of {@code total} items of {@code stage} are finished. */
  void progress(String stage, long done, long total);

  ProgressListener NONE = (stage, done, total) -> {};
}
