package org.echotrace.spark;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.ml.feature.HashingTF;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;
import org.echotrace.cli.bench.PlantedPairs;
import org.echotrace.cli.bench.Score;
import org.echotrace.cli.bench.SimTextPeer;
import org.echotrace.cli.bench.SyntheticCorpus;
import org.echotrace.fingerprint.LshIndex;
import org.echotrace.model.AnalysisResult;
import org.echotrace.model.RawDocument;
import org.echotrace.model.RelationKind;
import org.echotrace.pipeline.Pipeline;
import org.echotrace.pipeline.ProgressListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bin/echotrace-spark bench}: the Spark job and the one-machine pipeline beside Spark MLlib's {@link MinHashLSH}
 * on the same synthetic
 * corpus (the one {@code echotrace bench} plants copies, partial reuse and rewrites in), written once as JSONL, at
 * the Jaccard threshold echotrace's own LSH is tuned to. Prints one table: time, articles per second, recall of the
 * planted verbatim copies and partial reuse, and precision. Nothing is timed in tests; results go to
 * docs/BENCHMARKS.md with the command.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "The Spark job (identical wording, every other stage on) beside Spark MLlib MinHashLSH on the same "
        + "synthetic files: time, recall of planted copies, precision.")
final class SparkBench implements Callable<Integer> {
  @Mixin EchotraceSpark.SparkOptions sparkOptions;

  @Option(names = "--n", split = ",", defaultValue = "10000", paramLabel = "N[,N...]",
      description = "Corpus sizes (default: ${DEFAULT-VALUE}).")
  List<Integer> sizes;

  @Option(names = "--words", defaultValue = "300", description = "Mean words per article (default: ${DEFAULT-VALUE}).")
  int words;

  @Option(names = "--seed", defaultValue = "20250314", description = "Corpus seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--work", paramLabel = "DIR", description = "Where the corpus files go (default: a temporary folder, "
      + "deleted after).")
  Path work;

  @Option(names = "--peer", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Run MinHashLSH beside the job (default: on).")
  boolean peer;

  @Option(names = "--peer-max-n", defaultValue = "100000", description = "Largest corpus MinHashLSH is run on "
      + "(default: ${DEFAULT-VALUE}).")
  int peerMaxN;

  @Option(names = "--one-machine", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Also run the one-machine pipeline (echotrace analyze --no-rewrites) on the same file, in this JVM "
          + "(default: on).")
  boolean oneMachine;

  @Option(names = "--sim-text", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Also run sim_text (apt-get install similarity-tester) on the same articles as text files, when "
          + "it is installed (default: on).")
  boolean simText;

  @Option(names = "--sim-text-max-n", defaultValue = "10000", description = "Largest corpus sim_text is run on "
      + "(default: ${DEFAULT-VALUE}; it took 136-241 s for 10,000 articles).")
  int simTextMaxN;

  @Option(names = "--tables", defaultValue = "5", description = "MinHashLSH hash tables (OR-amplification; default: "
      + "${DEFAULT-VALUE}: a pair at the threshold is a candidate with probability 1 - 0.5^5 = 0.97).")
  int tables;

  /** One system's run on one corpus. */
  record Run(String system, int n, double seconds, Score score) {}

  @Override
  public Integer call() throws Exception {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    // echotrace's LSH (16 bands of 4 rows) makes a pair a candidate with probability 1/2 at Jaccard 0.5: the peer is
    // asked for the pairs at or above that similarity
    double jaccard = Math.pow(1.0 / LshIndex.DEFAULT_BANDS, 1.0 / LshIndex.DEFAULT_ROWS);
    Path dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("echotrace-spark-bench");
    List<Run> runs = new ArrayList<>();
    try (SparkSession session = sparkOptions.session("echotrace bench")) {
      JavaSparkContext sc = JavaSparkContext.fromSparkContext(session.sparkContext());
      for (int n : sizes) {
        Path file = dir.resolve(String.format(Locale.ROOT, "corpus-%d-%d.jsonl", n, words));
        // only the planted pairs are kept while the job runs: the texts are in the file
        SyntheticCorpus corpus = SyntheticCorpus.generate(n, words, seed);
        writeJsonl(corpus.documents(), file);
        PlantedPairs planted = corpus.planted();
        System.err.printf("bench: %d articles written to %s (%,d bytes)%n", n, file, Files.size(file));
        java.util.Optional<SimTextPeer> simTextPeer = simText && n <= simTextMaxN ? SimTextPeer.find()
            : java.util.Optional.empty();
        Path texts = dir.resolve(String.format(Locale.ROOT, "texts-%d-%d", n, words));
        if (simTextPeer.isPresent()) SimTextPeer.write(corpus.documents(), texts);
        corpus = null; // only the planted pairs are kept while the systems run: the texts are in the files
        long started = System.nanoTime(), t0 = started;
        ProgressListener stages = (stage, done, total) -> {
          if (done == total) {
            System.err.printf(Locale.ROOT, "bench: %7.1f s  %s %d%n", (System.nanoTime() - started) / 1e9, stage, total);
          }
        };
        AnalysisResult result = new SparkPipeline(sc, Pipeline.lexicalOnly(stages), Rewrites.OFF, stages,
            sparkOptions.partitions).run(List.of(file.toString()));
        double seconds = (System.nanoTime() - t0) / 1e9;
        runs.add(new Run("echotrace job", n, seconds, Score.of(result.relations(), planted)));
        System.err.printf("bench: echotrace job, %d articles: %.1f s%n", n, seconds);
        if (oneMachine) {
          t0 = System.nanoTime();
          AnalysisResult alone = Pipeline.lexicalOnly(ProgressListener.NONE).run(List.of(file));
          seconds = (System.nanoTime() - t0) / 1e9;
          runs.add(new Run("echotrace, one machine", n, seconds, Score.of(alone.relations(), planted)));
          System.err.printf("bench: echotrace on one machine, %d articles: %.1f s%n", n, seconds);
        }
        if (simTextPeer.isPresent()) {
          SimTextPeer.Result r = simTextPeer.get().run(texts, dir);
          if (r.exitCode() != 0) System.err.printf("bench: sim_text exited with %d: %s%n", r.exitCode(), r.stderr());
          runs.add(new Run("sim_text", n, r.seconds(), Score.of(r.pairs(), planted)));
          System.err.printf("bench: sim_text, %d articles: %.1f s%n", n, r.seconds());
          if (work == null) deleteTree(texts);
        } else if (simText && n <= simTextMaxN) {
          System.err.println("bench: sim_text is not installed (apt-get install similarity-tester): not run");
        }
        if (peer && n <= peerMaxN) {
          t0 = System.nanoTime();
          Map<Long, RelationKind> pairs = minHash(session, file, jaccard);
          seconds = (System.nanoTime() - t0) / 1e9;
          runs.add(new Run("MinHashLSH", n, seconds, Score.of(pairs, planted)));
          System.err.printf("bench: MinHashLSH, %d articles: %.1f s%n", n, seconds);
        }
        if (work == null) Files.deleteIfExists(file);
      }
    } finally {
      if (work == null) Files.deleteIfExists(dir);
    }
    print(runs, jaccard, out);
    return 0;
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) return;
    try (java.util.stream.Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
  }

  private static void writeJsonl(List<RawDocument> docs, Path file) throws IOException {
    JsonFactory f = new JsonFactory();
    try (OutputStream o = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      for (RawDocument d : docs) {
        try (JsonGenerator g = f.createGenerator(o)) {
          g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
          g.writeStartObject();
          g.writeStringField("id", d.id());
          g.writeStringField("text", d.text());
          g.writeEndObject();
        }
        o.write('\n');
      }
    }
  }

  /**
   * MLlib's near-duplicate join: each text as the set of its word 5-grams (echotrace's shingle length), hashed into
   * 2^22 binary features, {@code tables} MinHash tables, then {@code approxSimilarityJoin} at Jaccard distance
   * 1 - {@code jaccard}.
   */
  private Map<Long, RelationKind> minHash(SparkSession session, Path file, double jaccard) {
    session.udf().register("shingles", (UDF1<String, scala.collection.immutable.Seq<String>>) SparkBench::shingles,
        DataTypes.createArrayType(DataTypes.StringType));
    Dataset<Row> docs = session.read().json(file.toString()).selectExpr("id", "shingles(text) AS shingles")
        .filter("size(shingles) > 0");
    Dataset<Row> features = new HashingTF().setInputCol("shingles").setOutputCol("features").setBinary(true)
        .setNumFeatures(1 << 22).transform(docs).select("id", "features").cache();
    MinHashLSHModel model = new MinHashLSH().setNumHashTables(tables).setInputCol("features").setOutputCol("hashes")
        .setSeed(seed).fit(features);
    List<Row> pairs = model.approxSimilarityJoin(features, features, 1 - jaccard, "distance")
        .selectExpr("datasetA.id AS a", "datasetB.id AS b").filter("a < b").collectAsList();
    features.unpersist();
    Map<Long, RelationKind> out = new HashMap<>();
    for (Row r : pairs) {
      int a = SyntheticCorpus.number(r.getString(0)), b = SyntheticCorpus.number(r.getString(1));
      if (a >= 0 && b >= 0) out.put(PlantedPairs.key(a, b), null);
    }
    return out;
  }

  private static scala.collection.immutable.Seq<String> shingles(String text) {
    String[] w = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
    List<String> words = new ArrayList<>(w.length);
    for (String x : w) if (!x.isEmpty()) words.add(x);
    List<String> out = new ArrayList<>(Math.max(0, words.size() - 4));
    for (int i = 0; i + 5 <= words.size(); i++) out.add(String.join(" ", words.subList(i, i + 5)));
    return scala.jdk.javaapi.CollectionConverters.asScala(out).toList();
  }

  private static void print(List<Run> runs, double jaccard, PrintWriter out) {
    out.printf(Locale.ROOT, "%nechotrace (Spark local job, one machine) vs sim_text and MinHashLSH (pairs at Jaccard "
        + ">= %.2f), %d cores available%n",
        jaccard, Runtime.getRuntime().availableProcessors());
    out.println("| system | articles | seconds | articles/s | verbatim recall | partial recall | precision "
        + "| vs MinHashLSH | vs sim_text |");
    out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    Map<Integer, Double> peerSeconds = new HashMap<>(), simTextSeconds = new HashMap<>();
    for (Run r : runs) if (r.system().equals("MinHashLSH")) peerSeconds.put(r.n(), r.seconds());
    for (Run r : runs) if (r.system().equals("sim_text")) simTextSeconds.put(r.n(), r.seconds());
    for (Run r : runs) {
      boolean ours = r.system().startsWith("echotrace");
      out.printf(Locale.ROOT, "| %s | %,d | %.1f | %,.0f | %.3f | %.3f | %.3f | %s | %s |%n", r.system(), r.n(), r.seconds(),
          r.n() / r.seconds(), r.score().verbatimRecall(), r.score().partialRecall(), r.score().precision(),
          ours ? ratio(peerSeconds.get(r.n()), r.seconds()) : "", ours ? ratio(simTextSeconds.get(r.n()), r.seconds()) : "");
    }
  }

  private static String ratio(Double peer, double ours) {
    return peer == null ? "" : String.format(Locale.ROOT, "%.1fx", peer / ours);
  }
}
