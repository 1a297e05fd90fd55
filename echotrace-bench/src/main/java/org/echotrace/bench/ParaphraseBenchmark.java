package org.echotrace.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.echotrace.embed.CachingEmbedder;
import org.echotrace.embed.Embedders;
import org.echotrace.embed.SentenceEmbedder;
import org.echotrace.normalize.Anchors;
import org.echotrace.rewrite.SentenceComparer;

/**
 * Scores echotrace's sentence-level "says the same thing" rule on labelled paraphrase pairs: MSRP train (news, 4,076
 * pairs) and PAN train (rewritten plagiarism, 10,000 pairs), both read at run time from ../shared/datasets and never
 * copied. Each sentence is embedded by the bundled quantized all-MiniLM-L6-v2 ({@link Embedders#bundled()}); a pair is
 * called a paraphrase when its cosine is at least {@link SentenceComparer#STRONG}. Reported beside it: the all-positive
 * baseline, a variant that also requires the two sentences' numbers to agree, and the threshold that maximises F1 (and
 * accuracy) on a development half together with its score on the other, held-out half.
 *
 * <p>The halves interleave (dev = pairs 0, 2, 4, ...; held out = 1, 3, 5, ...) rather than cut the file in two: PAN's
 * file is sorted by label (5,000 positives, then 5,000 negatives), so its first half holds no negative. For the same
 * reason {@code --limit N} keeps N evenly spaced pairs, not the first N.
 *
 * <p>Usage: {@code bin/echotrace-bench paraphrase [DATASETS_DIR] [--limit N] [--only msrp|pan] [--threads N]}, where
 * DATASETS_DIR holds {@code msrp/} and {@code pan-paraphrase/} (default ../shared/datasets).
 */
public final class ParaphraseBenchmark {
  /** One labelled pair. */
  record Pair(boolean paraphrase, String a, String b) {}

  /** Confusion counts of one rule on some pairs. */
  record Confusion(int tp, int fp, int fn, int tn) {
    int pairs() {
      return tp + fp + fn + tn;
    }

    double accuracy() {
      return pairs() == 0 ? 0 : (double) (tp + tn) / pairs();
    }

    double precision() {
      return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    double recall() {
      return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    double f1() {
      double p = precision(), r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /** What the model says about each pair: its cosine, and whether the numbers of the two sentences agree. */
  record Scored(boolean[] gold, double[] cosine, boolean[] numbersAgree) {
    int size() {
      return gold.length;
    }
  }

  /** One printed row. */
  record Row(String dataset, String rule, double threshold, Confusion c) {}

  private static final Anchors ANCHORS = new Anchors();

  public static void main(String[] args) throws IOException {
    Path data = Path.of(args.length > 0 && !args[0].startsWith("--") ? args[0] : "../shared/datasets");
    int limit = option(args, "--limit").map(Integer::parseInt).orElse(Integer.MAX_VALUE);
    int threads = option(args, "--threads").map(Integer::parseInt).orElse(2);
    String only = option(args, "--only").orElse("");
    Path msrp = data.resolve("msrp").resolve("msr_paraphrase_train.txt");
    Path pan = data.resolve("pan-paraphrase");
    boolean runMsrp = !only.equals("pan"), runPan = !only.equals("msrp");
    List<String> missing = new ArrayList<>();
    if (runMsrp && !Files.isRegularFile(msrp)) missing.add(msrp.toString());
    Path panLabels = pan.resolve("pan-train.labels");
    if (runPan && !Files.isRegularFile(panLabels)) missing.add(panLabels.toString());
    if (!missing.isEmpty()) {
      System.err.println("paraphrase: no data at " + String.join(", ", missing)
          + ": pass the folder holding msrp/ and pan-paraphrase/ (../shared/datasets); it is read, never copied");
      System.exit(2);
    }
    long t0 = System.nanoTime();
    CachingEmbedder embedder = Embedders.bundled();
    embedder.embed("The model is opened before the clock starts.");
    System.out.printf(Locale.ROOT, "model %s opened in %.1f s; %d embedding threads%n", embedder.name(),
        (System.nanoTime() - t0) / 1e9, threads);
    List<Row> rows = new ArrayList<>();
    if (runMsrp) rows.addAll(evaluate("msrp", sample(readMsrp(msrp), limit), embedder, threads));
    if (runPan) rows.addAll(evaluate("pan", sample(readPan(pan), limit), embedder, threads));
    print(System.out, rows);
  }

  // ---------------------------------------------------------------------------------------------------- reading

  /** One MSRP line ({@code Quality, #1 ID, #2 ID, #1 String, #2 String}), or null for the header or a blank line. */
  static Pair parseMsrpLine(String line) {
    if (line.startsWith("\uFEFF")) line = line.substring(1);
    if (line.isBlank() || line.startsWith("Quality")) return null;
    // tabs only: sentences hold quotes and commas, and a CSV reader would swallow a line at an unbalanced quote
    String[] cols = line.split("\t", -1);
    if (cols.length != 5) throw new IllegalArgumentException("MSRP line with " + cols.length + " columns: " + line);
    String q = cols[0].strip();
    if (!q.equals("0") && !q.equals("1")) throw new IllegalArgumentException("MSRP quality is not 0 or 1: " + line);
    return new Pair(q.equals("1"), cols[3].strip(), cols[4].strip());
  }

  static List<Pair> readMsrp(Path file) throws IOException {
    List<Pair> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line; (line = r.readLine()) != null; ) {
        Pair p = parseMsrpLine(line);
        if (p != null) out.add(p);
      }
    }
    return out;
  }

  /** PAN: line i of {@code pan-train_s1.txt}, {@code pan-train_s2.txt} and {@code pan-train.labels} is one pair. */
  static List<Pair> readPan(Path dir) throws IOException {
    List<Pair> out = new ArrayList<>();
    try (BufferedReader s1 = Files.newBufferedReader(dir.resolve("pan-train_s1.txt"), StandardCharsets.UTF_8);
        BufferedReader s2 = Files.newBufferedReader(dir.resolve("pan-train_s2.txt"), StandardCharsets.UTF_8);
        BufferedReader labels = Files.newBufferedReader(dir.resolve("pan-train.labels"), StandardCharsets.UTF_8)) {
      for (String l; (l = labels.readLine()) != null; ) {
        String a = s1.readLine(), b = s2.readLine();
        if (a == null || b == null) throw new IOException("PAN files are not line-aligned at pair " + (out.size() + 1));
        if (l.isBlank()) continue;
        out.add(new Pair(l.strip().equals("1"), a.strip(), b.strip()));
      }
    }
    return out;
  }

  /** At most {@code limit} evenly spaced pairs (the class balance of a label-sorted file survives). */
  static <T> List<T> sample(List<T> all, int limit) {
    if (all.size() <= limit) return all;
    List<T> out = new ArrayList<>(limit);
    for (int i = 0; i < limit; i++) out.add(all.get((int) ((long) i * all.size() / limit)));
    return out;
  }

  // ---------------------------------------------------------------------------------------------------- scoring

  private static List<Row> evaluate(String name, List<Pair> pairs, CachingEmbedder embedder, int threads) {
    int n = pairs.size();
    boolean[] gold = new boolean[n], agree = new boolean[n];
    double[] cosine = new double[n];
    long misses0 = embedder.misses(), hits0 = embedder.hits();
    long t0 = System.nanoTime();
    // vectors are dropped as soon as their cosine is known: only three numbers per pair are kept
    inPool(threads, () -> IntStream.range(0, n).parallel().forEach(i -> {
      Pair p = pairs.get(i);
      gold[i] = p.paraphrase();
      cosine[i] = SentenceEmbedder.cosine(embedder.embed(p.a()), embedder.embed(p.b()));
      agree[i] = numbersAgree(p.a(), p.b());
    }));
    double seconds = (System.nanoTime() - t0) / 1e9;
    long model = embedder.misses() - misses0, hits = embedder.hits() - hits0;
    int positives = 0;
    for (boolean g : gold) if (g) positives++;
    System.out.printf(Locale.ROOT,
        "%s: %d pairs (%.1f%% positive); %d sentences in %.1f s = %.0f sentences/s (%d embedded by the model, %d "
            + "cache hits)%n", name, n, 100.0 * positives / Math.max(1, n), 2L * n, seconds, 2L * n / seconds, model,
        hits);
    return rows(name, new Scored(gold, cosine, agree));
  }

  /** The printed rows of one dataset. */
  static List<Row> rows(String name, Scored s) {
    int n = s.size();
    List<Row> rows = new ArrayList<>();
    rows.add(new Row(name, "all positive (baseline)", Double.NaN,
        confusion(s, Double.NEGATIVE_INFINITY, false, 0, n, 1)));
    rows.add(new Row(name, "cosine >= STRONG", SentenceComparer.STRONG, confusion(s, SentenceComparer.STRONG, false, 0, n, 1)));
    rows.add(new Row(name, "cosine >= STRONG, numbers agree", SentenceComparer.STRONG,
        confusion(s, SentenceComparer.STRONG, true, 0, n, 1)));
    double bestF1 = bestThreshold(s, 0, 2, false), bestAcc = bestThreshold(s, 0, 2, true);
    rows.add(new Row(name, "dev: F1-best threshold", bestF1, confusion(s, bestF1, false, 0, n, 2)));
    rows.add(new Row(name, "held out: STRONG", SentenceComparer.STRONG, confusion(s, SentenceComparer.STRONG, false, 1, n, 2)));
    rows.add(new Row(name, "held out: dev F1-best threshold", bestF1, confusion(s, bestF1, false, 1, n, 2)));
    rows.add(new Row(name, "held out: dev accuracy-best thr.", bestAcc, confusion(s, bestAcc, false, 1, n, 2)));
    return rows;
  }

  /** Whether the numbers of two sentences agree: the same set of number anchors, when both have any. */
  static boolean numbersAgree(String a, String b) {
    Set<String> x = numbers(a), y = numbers(b);
    return x.isEmpty() || y.isEmpty() || x.equals(y);
  }

  static Set<String> numbers(String text) {
    Set<String> out = new TreeSet<>();
    for (Anchors.Anchor a : ANCHORS.of(text)) if (a.number()) out.add(a.key());
    return out;
  }

  /**
   * Counts of the rule "cosine >= threshold (and numbers agree when {@code numbers})" on pairs {@code from},
   * {@code from + step}, ... below {@code to}.
   */
  static Confusion confusion(Scored s, double threshold, boolean numbers, int from, int to, int step) {
    int tp = 0, fp = 0, fn = 0, tn = 0;
    for (int i = from; i < to; i += step) {
      boolean said = s.cosine()[i] >= threshold && (!numbers || s.numbersAgree()[i]);
      if (said && s.gold()[i]) tp++;
      else if (said) fp++;
      else if (s.gold()[i]) fn++;
      else tn++;
    }
    return new Confusion(tp, fp, fn, tn);
  }

  /**
   * The threshold (one of the cosines seen) that maximises F1, or accuracy, of "cosine >= threshold" on pairs
   * {@code from}, {@code from + step}, ...; ties go to the higher threshold.
   */
  static double bestThreshold(Scored s, int from, int step, boolean accuracy) {
    List<double[]> seen = new ArrayList<>();
    int positives = 0;
    for (int i = from; i < s.size(); i += step) {
      seen.add(new double[] {s.cosine()[i], s.gold()[i] ? 1 : 0});
      if (s.gold()[i]) positives++;
    }
    double[][] byCosine = seen.toArray(new double[0][]);
    Arrays.sort(byCosine, (x, y) -> Double.compare(y[0], x[0])); // descending
    int m = byCosine.length, tp = 0, fp = 0;
    double best = Double.NEGATIVE_INFINITY, bestThreshold = Double.POSITIVE_INFINITY;
    for (int k = 0; k < m; k++) {
      if (byCosine[k][1] == 1) tp++;
      else fp++;
      if (k + 1 < m && byCosine[k + 1][0] == byCosine[k][0]) continue; // a threshold takes all equal cosines
      int fn = positives - tp, tn = m - positives - fp;
      double value = accuracy ? (double) (tp + tn) / m : 2.0 * tp / (2.0 * tp + fp + fn);
      if (value > best) {
        best = value;
        bestThreshold = byCosine[k][0];
      }
    }
    return bestThreshold;
  }

  // ---------------------------------------------------------------------------------------------------- output

  private static void print(PrintStream out, List<Row> rows) {
    out.printf(Locale.ROOT,
        "%nSTRONG = %.2f (SentenceComparer); dev = even-numbered pairs, held out = odd-numbered pairs%n",
        SentenceComparer.STRONG);
    out.printf(Locale.ROOT, "%-6s %-34s %6s %9s %9s %9s %7s %6s%n", "data", "rule", "pairs", "threshold", "accuracy",
        "precision", "recall", "F1");
    for (Row r : rows) {
      Confusion c = r.c();
      out.printf(Locale.ROOT, "%-6s %-34s %6d %9s %9.3f %9.3f %7.3f %6.3f%n", r.dataset(), r.rule(), c.pairs(),
          Double.isNaN(r.threshold()) ? "-" : String.format(Locale.ROOT, "%.3f", r.threshold()), c.accuracy(),
          c.precision(), c.recall(), c.f1());
    }
  }

  /** Runs a parallel stream on a pool of exactly {@code threads} workers (not the machine-sized common pool). */
  private static void inPool(int threads, Runnable work) {
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      pool.submit(work).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdown();
    }
  }

  private static Optional<String> option(String[] args, String name) {
    for (int i = 0; i + 1 < args.length; i++) if (args[i].equals(name)) return Optional.of(args[i + 1]);
    return Optional.empty();
  }
}
