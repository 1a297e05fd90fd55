package org.echotrace.cli.bench;

import java.util.HashMap;
import java.util.Map;
import org.echotrace.pipeline.ProgressListener;

/**
 * Times the pipeline's stages from its progress events: "extract" ticks every 1,000 articles, "candidates" fires once
 * with the number of candidate pairs, "align" ticks every 1,000 pairs. A stage ends at its last event, so extract
 * includes the corpus line count that precedes it; with rewrites on, "profile" (lead vectors), "rewrite candidates"
 * (neighbours and anchors) and "rewrites" (sentence alignment) follow, and "finish" is clustering events and
 * narratives.
 * Thread-safe: events arrive from worker threads.
 */
public final class StageClock implements ProgressListener {
  /** Seconds per stage, and the number of candidate pairs. */
  public record Split(double extract, double candidates, double align, double profile, double rewriteCandidates,
      double rewrites, double finish, long candidatePairs, long rewritePairs) {}

  private final Map<String, Long> last = new HashMap<>();
  private long start;
  private long candidatePairs, rewritePairs;

  /** Call right before the run. */
  public synchronized void start() {
    last.clear();
    candidatePairs = 0;
    rewritePairs = 0;
    start = System.nanoTime();
  }

  @Override
  public synchronized void progress(String stage, long done, long total) {
    last.put(stage, System.nanoTime());
    if ("candidates".equals(stage)) candidatePairs = total;
    if ("rewrite candidates".equals(stage)) rewritePairs = total;
  }

  /** The split of a run that ended at {@code end} ({@link System#nanoTime()}). */
  public synchronized Split split(long end) {
    long extract = last.getOrDefault("extract", start);
    long candidates = last.getOrDefault("candidates", extract);
    long align = last.getOrDefault("align", candidates);
    long profile = last.getOrDefault("profile", align);
    long rewriteCandidates = last.getOrDefault("rewrite candidates", profile);
    long rewrites = last.getOrDefault("rewrites", rewriteCandidates);
    return new Split(seconds(extract - start), seconds(candidates - extract), seconds(align - candidates),
        seconds(profile - align), seconds(rewriteCandidates - profile), seconds(rewrites - rewriteCandidates),
        seconds(end - rewrites), candidatePairs, rewritePairs);
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }
}
