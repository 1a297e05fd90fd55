package org.echotrace.cli.bench;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** Prints benchmark results: one table row per corpus size, and the details behind each row. Stateless. */
public final class BenchTable {
  /** One corpus size: echotrace's measurement and, when the peer ran, its result and score; else why not. */
  public record Row(int words, Benchmark.Measurement echotrace, SimTextPeer.Result peer, Score peerScore,
      String peerNote) {}

  private static final String FORMAT = "%-9s %-6s %-11s %-8s %-10s %-16s %-15s %-10s %-13s %-12s %s%n";

  private BenchTable() {}

  public static void print(List<Row> rows, PrintWriter out) {
    out.printf(Locale.ROOT, FORMAT, "N", "words", "articles/s", "seconds", "peak heap", "verbatim recall",
        "partial recall", "precision", "peer seconds", "peer recall", "speed ratio");
    for (Row r : rows) {
      Benchmark.Measurement m = r.echotrace();
      boolean peer = r.peer() != null;
      out.printf(Locale.ROOT, FORMAT, String.format(Locale.ROOT, "%,d", m.n()), r.words(),
          String.format(Locale.ROOT, "%,.0f", m.articlesPerSecond()), String.format(Locale.ROOT, "%.2f", m.seconds()),
          megabytes(m.peakHeap()), recall(m.score().verbatimRecall()), recall(m.score().partialRecall()),
          String.format(Locale.ROOT, "%.4f", m.score().precision()),
          peer ? String.format(Locale.ROOT, "%.2f", r.peer().seconds()) : "-",
          peer ? recall(r.peerScore().verbatimRecall()) : "-",
          peer ? String.format(Locale.ROOT, "%.3f", m.seconds() / r.peer().seconds()) : "-");
    }
    out.flush();
  }

  /** The details behind one row: runs, stage split, heap, kinds, extraction, peer. */
  public static void details(SyntheticCorpus c, Row row, PrintWriter out) {
    Benchmark.Measurement m = row.echotrace();
    Score s = m.score();
    StageClock.Split t = m.split();
    out.printf(Locale.ROOT, "N=%,d: seed %d; %,d originals, %,d copies, %,d copies of copies, %,d partial reuses; "
        + "planted pairs: %,d verbatim, %,d partial (+%,d incidental, sharing < %d words)%n", c.size(), c.seed(),
        c.count(SyntheticCorpus.Role.ORIGINAL), c.count(SyntheticCorpus.Role.COPY),
        c.count(SyntheticCorpus.Role.COPY_OF_COPY), c.count(SyntheticCorpus.Role.PARTIAL_REUSE), s.verbatimPlanted(),
        s.partialPlanted(), c.planted().incidental().size(), PlantedPairs.MIN_SHARED_WORDS);
    StringBuilder runs = new StringBuilder();
    for (double x : m.runSeconds()) {
      runs.append(runs.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.2f s", x));
    }
    StringBuilder loads = new StringBuilder();
    for (int i = 0; i < m.loads().length; i += 2) {
      loads.append(loads.length() == 0 ? "" : ", ")
          .append(String.format(Locale.ROOT, "%.1f→%.1f", m.loads()[i], m.loads()[i + 1]));
    }
    out.printf(Locale.ROOT, "  runs: %s (%s %.2f s = %,.0f articles/s, %.0f µs per article); load average %s%n",
        runs, m.runSeconds().length % 2 == 1 ? "median" : "lower median", m.seconds(), m.articlesPerSecond(),
        m.seconds() * 1e6 / m.n(), loads);
    out.printf(Locale.ROOT, "  CPU of that run: %.2f s (%.0f µs per article, %.2f cores busy on average)%n",
        m.cpuSeconds(), m.cpuSeconds() * 1e6 / m.n(), m.cpuSeconds() / m.seconds());
    out.printf(Locale.ROOT, "  stages (that run): extract %.2f s, candidates %.2f s (%,d pairs, %.2f per article), "
        + "align %.2f s, lead vectors %.2f s, rewrite candidates %.2f s (%,d pairs), rewrites %.2f s, clusters %.2f s%n",
        t.extract(), t.candidates(), t.candidatePairs(), (double) t.candidatePairs() / m.n(), t.align(), t.profile(),
        t.rewriteCandidates(), t.rewritePairs(), t.rewrites(), t.finish());
    if (m.embedding() != null) {
      Benchmark.Embedding em = m.embedding();
      out.printf(Locale.ROOT, "  sentence model: %,d texts embedded (%.1f per article), %,d from the cache; %.1f s of "
          + "thread time in the model = %.0f%% of the run's CPU time%n", em.embedded(), (double) em.embedded() / m.n(),
          em.cached(), em.modelSeconds(), 100 * em.modelSeconds() / Math.max(1e-9, m.cpuSeconds()));
    }
    out.printf(Locale.ROOT, "  heap: peak used %s (largest occupancy, before a GC), max after GC %s (live data), "
        + "before the run %s (the corpus); sum of pool peaks %s (over-estimate); -Xmx %s%n", megabytes(m.peakHeap()),
        megabytes(m.maxAfterGc()), megabytes(m.baseline()), megabytes(m.sumOfPoolPeaks()),
        megabytes(Runtime.getRuntime().maxMemory()));
    out.printf(Locale.ROOT, "  reported %,d relations, %,d of them planted or incidental; verbatim found %,d/%,d "
        + "(%,d labelled verbatim), partial found %,d/%,d (%,d labelled partial)%n", s.reported(), s.correct(),
        s.verbatimFound(), s.verbatimPlanted(), s.verbatimAsVerbatim(), s.partialFound(), s.partialPlanted(),
        s.partialAsPartial());
    out.printf(Locale.ROOT, "  rewrites (one word in four dropped, planted %,d): found %,d, as paraphrase %,d; "
        + "narratives %,d (none planted: chance groupings of word salad, not scored)%n", s.rewritePlanted(),
        s.rewriteFound(), s.rewriteAsParaphrase(), m.narratives());
    Benchmark.Extraction e = m.extraction();
    out.printf(Locale.ROOT, "  extraction: %.2f%% of planted body words kept, %.2f%% extra words, %.1f%% of articles "
        + "exact%n", e.kept() * 100, e.leaked() * 100, e.exact() * 100);
    if (row.peer() != null) {
      Score p = row.peerScore();
      out.printf(Locale.ROOT, "  peer sim_text: %.2f s (exit %d), %,d pairs reported; verbatim recall %s, partial "
          + "recall %s, precision %.4f; echotrace/peer time %.3f%n", row.peer().seconds(), row.peer().exitCode(),
          p.reported(), recall(p.verbatimRecall()), recall(p.partialRecall()), p.precision(),
          m.seconds() / row.peer().seconds());
    } else {
      out.printf(Locale.ROOT, "  peer: %s%n", row.peerNote());
    }
    out.flush();
  }

  static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%,d MB", Math.round(bytes / 1048576.0));
  }

  private static String recall(double x) {
    return Double.isNaN(x) ? "n/a" : String.format(Locale.ROOT, "%.4f", x);
  }
}
