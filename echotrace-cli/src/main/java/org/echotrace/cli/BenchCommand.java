package org.echotrace.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;
import org.echotrace.cli.bench.BenchTable;
import org.echotrace.cli.bench.Benchmark;
import org.echotrace.cli.bench.Score;
import org.echotrace.cli.bench.SimTextPeer;
import org.echotrace.cli.bench.SyntheticCorpus;
import org.echotrace.cli.bench.Vocabulary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code echotrace bench}: generates synthetic corpora with planted copies and partial reuse, times the pipeline on
 * them, scores it against the planted pairs and runs the peer (sim_text) on the same files. Results and the commands
 * that produced them are recorded in docs/BENCHMARKS.md.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    header = "Times the whole pipeline on generated corpora with planted copies.",
    description = "Generates N synthetic articles with planted verbatim copies, copies of copies and partial reuse, "
        + "times the analysis (generation not counted), and prints articles/s, peak heap, recall and precision of the "
        + "planted pairs, and the same for the peer sim_text (similarity-tester) on the same files.")
final class BenchCommand implements Callable<Integer> {
  private static final List<Integer> DEFAULT_SIZES = List.of(10_000, 100_000);

  @Spec CommandSpec spec;

  @Option(names = "--n", paramLabel = "N", split = ",",
      description = "Corpus sizes, repeatable or comma-separated (default: 10000 and 100000).")
  List<Integer> sizes;

  @Option(names = "--words", defaultValue = "600",
      description = "Mean body words per article. Default: ${DEFAULT-VALUE}.")
  int words;

  @Option(names = "--seed", defaultValue = "20250314",
      description = "Random seed of the generator. Default: ${DEFAULT-VALUE}.")
  long seed;

  @Option(names = "--runs", defaultValue = "1",
      description = "Time the analysis this many times per size and report the median. Default: ${DEFAULT-VALUE}.")
  int runs;

  @Option(names = "--warmup", defaultValue = "2000",
      description = {"Analyse a corpus of this many articles first, untimed, to warm up the JIT (0: none).",
          "Default: ${DEFAULT-VALUE}."})
  int warmup;

  @Option(names = "--rewrites", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Time the whole pipeline with the sentence model (default); --no-rewrites times reuse of identical "
          + "wording only.")
  boolean rewrites;

  @Option(names = "--vocabulary", defaultValue = "english", paramLabel = "english|pseudo",
      converter = VocabularyConverter.class,
      description = {"Content words of the synthetic articles: English words from the model's vocabulary (default), or",
          "pronounceable pseudo-words (the sentence model sees all pseudo-word text as alike)."})
  Vocabulary.Source vocabulary;

  static final class VocabularyConverter implements picocli.CommandLine.ITypeConverter<Vocabulary.Source> {
    @Override
    public Vocabulary.Source convert(String value) {
      return Vocabulary.Source.valueOf(value.toUpperCase(Locale.ROOT));
    }
  }

  @Option(names = "--peer", negatable = true,
      description = "Run sim_text on the same corpus (default: when /usr/bin/sim_text exists).")
  Boolean peer;

  @Option(names = "--peer-max-n", defaultValue = "10000",
      description = "Run the peer only for N up to this (it is quadratic-ish). Default: ${DEFAULT-VALUE}.")
  int peerMaxN;

  @Option(names = "--work", paramLabel = "DIR",
      description = {"Where to write the corpus files for the peer, kept afterwards",
          "(default: a temporary folder, deleted)."})
  Path work;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
    List<Integer> ns = new ArrayList<>(new TreeSet<>(sizes == null || sizes.isEmpty() ? DEFAULT_SIZES : sizes));
    if (ns.get(0) < 1 || ns.get(ns.size() - 1) > SyntheticCorpus.MAX_ARTICLES || words < 50 || runs < 1) {
      err.printf("echotrace bench: N must be in [1, %,d], --words >= 50, --runs >= 1%n", SyntheticCorpus.MAX_ARTICLES);
      return ExitCodes.USAGE;
    }
    Optional<SimTextPeer> simText = Boolean.FALSE.equals(peer) ? Optional.empty() : SimTextPeer.find();
    if (Boolean.TRUE.equals(peer) && simText.isEmpty()) err.println("echotrace bench: sim_text not found");
    out.printf(Locale.ROOT, "echotrace bench: %d processors, common pool parallelism %d, -Xmx %s, Java %s (%s); "
        + "seed %d%n",
        Runtime.getRuntime().availableProcessors(), ForkJoinPool.getCommonPoolParallelism(),
        megabytes(Runtime.getRuntime().maxMemory()), System.getProperty("java.version"),
        System.getProperty("java.vm.name"), seed);
    if (simText.isEmpty() && peer == null) out.println("peer skipped: apt-get install similarity-tester");
    if (warmup > 0) warmUp(err);
    out.println("vocabulary: " + vocabulary.name().toLowerCase(Locale.ROOT));
    out.println(rewrites ? "mode: whole pipeline with rewrites (sentence model on, cold sentence cache every run)"
        : "mode: identical wording only (--no-rewrites)");
    Benchmark benchmark = new Benchmark(runs, rewrites);
    List<BenchTable.Row> rows = new ArrayList<>();
    for (int n : ns) {
      err.printf(Locale.ROOT, "generating %,d articles...%n", n);
      long t0 = System.nanoTime();
      SyntheticCorpus corpus = SyntheticCorpus.generate(n, words, seed, vocabulary);
      err.printf(Locale.ROOT, "generated in %.1f s; analysing...%n", (System.nanoTime() - t0) / 1e9);
      Benchmark.Measurement m = benchmark.measure(corpus);
      BenchTable.Row row = simText.isPresent() && n <= peerMaxN
          ? runPeer(simText.get(), corpus, m, err)
          : new BenchTable.Row(words, m, null, null, peerNote());
      rows.add(row);
      BenchTable.details(corpus, row, out);
    }
    out.println();
    BenchTable.print(rows, out);
    return ExitCodes.OK;
  }

  private String peerNote() {
    if (Boolean.FALSE.equals(peer)) return "not run (--no-peer)";
    if (SimTextPeer.find().isEmpty()) return "skipped: apt-get install similarity-tester";
    return String.format(Locale.ROOT, "not run: N > --peer-max-n %,d (sim_text is quadratic-ish)", peerMaxN);
  }

  private void warmUp(PrintWriter err) {
    err.printf(Locale.ROOT, "warming up on %,d articles...%n", warmup);
    new Benchmark(1, rewrites).measure(SyntheticCorpus.generate(warmup, words, seed + 1, vocabulary));
  }

  private BenchTable.Row runPeer(SimTextPeer simText, SyntheticCorpus corpus, Benchmark.Measurement m, PrintWriter err)
      throws IOException, InterruptedException {
    boolean temporary = work == null;
    Path root = temporary ? Files.createTempDirectory("echotrace-bench") : work;
    Path dir = root.resolve(String.format(Locale.ROOT, "n%d-w%d-s%d", corpus.size(), words, seed));
    try {
      SimTextPeer.write(corpus.documents(), dir);
      err.printf(Locale.ROOT, "running %s ...%n", String.join(" ", simText.command(dir)));
      SimTextPeer.Result r = simText.run(dir, root);
      if (r.exitCode() != 0) err.printf("sim_text exited with %d: %s%n", r.exitCode(), r.stderr().strip());
      return new BenchTable.Row(words, m, r, Score.of(r.pairs(), corpus.planted()), null);
    } finally {
      if (temporary) deleteTree(root);
    }
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) Files.deleteIfExists(p);
    }
  }

  private static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%,d MB", Math.round(bytes / 1048576.0));
  }
}
