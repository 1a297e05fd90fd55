package org.echotrace.spark;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.echotrace.model.AnalysisResult;
import org.echotrace.pipeline.Pipeline;
import org.echotrace.pipeline.ProgressListener;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bin/echotrace-spark}: the echotrace analysis as a Spark job, and its benchmark. A thin shell: it parses
 * options, starts Spark (or joins the one {@code spark-submit} started) and calls {@link SparkPipeline}.
 */
@Command(name = "echotrace-spark", mixinStandardHelpOptions = true, version = "echotrace-spark 0.1.0",
    subcommands = {EchotraceSpark.Analyze.class, SparkBench.class},
    description = "The echotrace analysis on Apache Spark: the same results as 'echotrace analyze', for corpora "
        + "beyond one machine.")
public final class EchotraceSpark implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  static int run(String... args) {
    return new CommandLine(new EchotraceSpark()).execute(args);
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(System.err);
    return 2;
  }

  /** Options every Spark command shares: where Spark runs. */
  static final class SparkOptions {
    @Option(names = "--master", paramLabel = "URL", description = "Spark master (default: local[*] when not started "
        + "by spark-submit, which sets it).")
    String master;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
        description = "Slices the documents are cut into (default: 4 per core of the cluster).")
    int partitions;

    /** Joins the session spark-submit configured, or starts a local one; loopback only when local. */
    SparkSession session(String app) {
      SparkConf conf = new SparkConf().setAppName(app);
      if (master != null) conf.setMaster(master);
      else if (!conf.contains("spark.master")) conf.setMaster("local[*]");
      if (conf.get("spark.master").startsWith("local")) {
        conf.setIfMissing("spark.driver.host", "127.0.0.1");
        conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        conf.setIfMissing("spark.ui.enabled", "false");
      }
      conf.setIfMissing("spark.sql.shuffle.partitions", "8");
      SparkSession session = SparkSession.builder().config(conf).getOrCreate();
      session.sparkContext().setLogLevel("WARN");
      return session;
    }
  }

  @Command(name = "analyze", mixinStandardHelpOptions = true,
      description = "Analyse text, HTML, JSONL, WARC and feed files (local paths or any Hadoop URI: hdfs://, s3a://) "
          + "and write the result: one JSON document as 'echotrace analyze --format json' writes it, or a folder of "
          + "tables (articles/, relations/, stories/, ...) as JSON lines or Parquet.")
  static final class Analyze implements Callable<Integer> {
    @CommandLine.Mixin SparkOptions sparkOptions;

    @Option(names = "--format", defaultValue = "json", description = "json (one document, on the driver), jsonl or "
        + "parquet (a folder of tables written by the executors). Default: ${DEFAULT-VALUE}.")
    SparkOutput.Format format;

    @Option(names = "--out", required = true, paramLabel = "PATH", description = "The JSON file, or the folder of "
        + "tables (a Hadoop URI for jsonl/parquet; it must not exist yet).")
    String out;

    @CommandLine.Mixin org.echotrace.cli.AnalysisOptions analysis;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or folders (local or Hadoop URIs).")
    List<String> inputs;

    @Override
    public Integer call() throws Exception {
      PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
      Pipeline driver = analysis.pipeline("echotrace-spark analyze", err);
      if (driver == null) return 2;
      Path model = analysis.model();
      Rewrites settings = new Rewrites(analysis.rewrites(), model == null ? null : model.toAbsolutePath().toString(),
          analysis.multilingual());
      ProgressListener progress = analysis.listener();
      long start = System.nanoTime();
      try (SparkSession session = sparkOptions.session("echotrace analyze")) {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(session.sparkContext());
        AnalysisResult result = new SparkPipeline(sc, driver, settings, progress, sparkOptions.partitions).run(inputs);
        new SparkOutput(session).write(result, format, out);
        analysis.finishProgress();
        if (analysis.progress()) {
          err.printf("echotrace-spark: %d articles, %d relations, %d events in %.1f s -> %s%n",
              result.articles().size(), result.relations().size(), result.stories().size(),
              (System.nanoTime() - start) / 1e9, out);
        }
        long errors = result.problems().stream()
            .filter(p -> p.severity() == org.echotrace.model.InputProblem.Severity.ERROR).count();
        if (errors > 0) err.println("echotrace-spark: " + errors + " inputs skipped (see \"problems\")");
      }
      return 0;
    }
  }

}
