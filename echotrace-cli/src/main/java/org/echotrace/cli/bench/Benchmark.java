package org.echotrace.cli.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.echotrace.embed.CachingEmbedder;
import org.echotrace.embed.Embedders;
import org.echotrace.model.AnalysisResult;
import org.echotrace.model.Article;
import org.echotrace.normalize.TextNormalizer;
import org.echotrace.pipeline.Pipeline;

/**
 * Measures echotrace on one synthetic corpus: times {@code new Pipeline().analyze(docs, problems)} (generation not
 * counted) {@code runs} times, meters the heap of each run, splits the time by stage, scores the relations against
 * the planted pairs and checks how much of each planted body the extractor kept. Not thread-safe.
 */
public final class Benchmark {
  /**
   * One corpus size's measurements. {@code seconds} is the median run's wall time, {@code cpuSeconds} the process CPU
   * time of that run (all threads, GC and JIT included: less disturbed than wall time when other work shares the
   * machine), {@code loads} the 1-minute load average before and after each run; heap figures are maxima over runs.
   */
  public record Measurement(int n, double[] runSeconds, double seconds, double cpuSeconds, double[] loads,
      long peakHeap, long maxAfterGc, long sumOfPoolPeaks, long baseline, StageClock.Split split, Score score,
      Extraction extraction, Embedding embedding, int narratives) {
    public double articlesPerSecond() {
      return n / seconds;
    }
  }

  /**
   * How the extractor did on the planted bodies: share of planted body words kept, share of extra words (furniture
   * leaking into the body) and share of articles whose body came out with exactly the planted word count.
   */
  public record Extraction(double kept, double leaked, double exact) {}

  /**
   * The sentence model's share of the median run: sentences it embedded, sentences the cache answered, and the
   * thread-time spent in the model (summed over threads; compare with the run's CPU time). Null without rewrites.
   */
  public record Embedding(long embedded, long cached, double modelSeconds) {}

  private final int runs;
  private final boolean rewrites;

  /** @param rewrites run the whole pipeline (sentence model on, a cold cache every run), else identical wording only */
  public Benchmark(int runs, boolean rewrites) {
    if (runs < 1) throw new IllegalArgumentException("runs must be >= 1, got " + runs);
    this.runs = runs;
    this.rewrites = rewrites;
  }

  public Measurement measure(SyntheticCorpus corpus) {
    double[] seconds = new double[runs], cpu = new double[runs], loads = new double[2 * runs];
    StageClock.Split[] splits = new StageClock.Split[runs];
    long peak = 0, afterGc = 0, poolPeaks = 0, baseline = 0;
    AnalysisResult result = null;
    Embedding[] embedding = new Embedding[runs];
    for (int r = 0; r < runs; r++) {
      result = null;
      StageClock clock = new StageClock();
      CachingEmbedder model = rewrites ? Embedders.freshCache() : null;
      try (HeapMeter heap = HeapMeter.start()) {
        loads[2 * r] = loadAverage();
        clock.start();
        long c0 = processCpuNanos(), t0 = System.nanoTime();
        result = new Pipeline(clock, model, false).analyze(corpus.documents(), new ArrayList<>());
        long t1 = System.nanoTime();
        seconds[r] = (t1 - t0) / 1e9;
        cpu[r] = (processCpuNanos() - c0) / 1e9;
        loads[2 * r + 1] = loadAverage();
        splits[r] = clock.split(t1);
        if (model != null) embedding[r] = new Embedding(model.misses(), model.hits(), model.modelNanos() / 1e9);
        peak = Math.max(peak, heap.peakUsed());
        afterGc = Math.max(afterGc, heap.maxAfterGc());
        poolPeaks = Math.max(poolPeaks, heap.sumOfPoolPeaks());
        baseline = heap.baseline();
      }
    }
    int median = medianIndex(seconds);
    Score score = Score.of(result.relations(), corpus.planted());
    Extraction extraction = extraction(result.articles(), corpus);
    return new Measurement(corpus.size(), seconds, seconds[median], cpu[median], loads, peak, afterGc, poolPeaks,
        baseline, splits[median], score, extraction, embedding[median], result.narratives().size());
  }

  private static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return 0;
  }

  /** The 1-minute load average (other work on the machine disturbs timings), or NaN where the OS gives none. */
  private static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  private static int medianIndex(double[] values) {
    Integer[] order = new Integer[values.length];
    for (int i = 0; i < order.length; i++) order[i] = i;
    Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
    return order[(order.length - 1) / 2];
  }

  static Extraction extraction(List<Article> articles, SyntheticCorpus corpus) {
    TextNormalizer normalizer = new TextNormalizer();
    long planted = 0, kept = 0, leaked = 0;
    int exact = 0;
    for (Article a : articles) {
      int i = SyntheticCorpus.number(a.id());
      if (i < 0) continue;
      int expected = corpus.bodyWords(i), got = normalizer.tokenize(a.text()).size();
      planted += expected;
      kept += Math.min(expected, got);
      leaked += Math.max(0, got - expected);
      if (got == expected) exact++;
    }
    double total = Math.max(1, planted);
    return new Extraction(kept / total, leaked / total, (double) exact / Math.max(1, articles.size()));
  }
}
