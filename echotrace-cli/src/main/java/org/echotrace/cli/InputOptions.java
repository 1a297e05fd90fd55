package org.echotrace.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.echotrace.embed.CachingEmbedder;
import org.echotrace.embed.Embedders;
import org.echotrace.embed.OnnxSentenceEmbedder;
import org.echotrace.embed.SentenceEmbedder;
import org.echotrace.model.AnalysisResult;
import org.echotrace.internal.Plural;
import org.echotrace.model.InputProblem;
import org.echotrace.framing.Lexicon;
import org.echotrace.pipeline.Pipeline;
import org.echotrace.pipeline.ProgressListener;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What to read and how to analyse it, shared by {@code analyze}, {@code report} and {@code add} (a picocli mixin):
 * the paths and {@code --strict}, and the {@link AnalysisOptions}.
 */
final class InputOptions {
  @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files or folders (walked recursively).")
  List<Path> paths = List.of();

  @Option(names = "--strict", description = "Exit with code 4 when any input was skipped.")
  boolean strict;

  @Mixin AnalysisOptions analysis;

  /**
   * Checks the options, loads the model and runs the pipeline. Returns null, with the reason on {@code err} prefixed
   * by {@code command} ("echotrace analyze"), when the options do not fit together or the model cannot be loaded:
   * the caller then exits with {@link ExitCodes#USAGE}.
   */
  AnalysisResult analyze(String command, PrintWriter err) {
    if (paths.isEmpty()) {
      missingPath(command, err);
      return null;
    }
    Pipeline pipeline = pipeline(command, err);
    if (pipeline == null) return null;
    AnalysisResult result = pipeline.run(paths);
    finishProgress();
    return result;
  }

  /**
   * The analysis of every article of a store (its newest captures), or null, with the reason on {@code err}, when
   * PATHs were given too, the options do not fit or the store cannot be opened.
   */
  AnalysisResult analyzeStore(String command, Path store, PrintWriter err) {
    if (!paths.isEmpty()) {
      err.println(command + ": give PATHs or --store DIR, not both (to add PATHs to a store: echotrace add)");
      return null;
    }
    Pipeline pipeline = pipeline(command, err);
    if (pipeline == null) return null;
    try (org.echotrace.store.Store s = org.echotrace.store.Store.openReadOnly(store, embedder())) {
      AnalysisResult result = s.analyze(pipeline);
      finishProgress();
      return result;
    } catch (java.io.IOException e) {
      finishProgress();
      err.println(command + ": " + e.getMessage());
      return null;
    }
  }

  /** The usage error of a command run without a PATH, worded as picocli words a missing parameter. */
  static void missingPath(String command, PrintWriter err) {
    err.println(command + ": Missing required parameter: 'PATH' (a file or folder to read)");
    err.println("See '" + command + " --help'.");
  }

  /** The pipeline the options describe; see {@link AnalysisOptions#pipeline}. */
  Pipeline pipeline(String command, PrintWriter err) {
    return analysis.pipeline(command, err);
  }

  SentenceEmbedder embedder() {
    return analysis.embedder();
  }

  void finishProgress() {
    analysis.finishProgress();
  }

  /**
   * In place on a terminal, plain lines anywhere else. bin/echotrace says whether stderr is a terminal
   * ({@code -Dechotrace.stderr.tty}); the JVM alone cannot tell (System.console() asks about stdout too), so without
   * the property progress is written as lines, which a terminal shows well enough and a file keeps clean.
   */
  static StderrProgress.Style progressStyle() {
    return Boolean.getBoolean("echotrace.stderr.tty") ? StderrProgress.Style.IN_PLACE : StderrProgress.Style.LINES;
  }

  /**
   * How many inputs (files, or records of a JSONL file) the run skipped: every error, and the warnings that say
   * "skipped:" (a file of another type inside a folder, an XML file that is no feed: skipped, but not a fault).
   */
  static long skipped(AnalysisResult result) {
    return result.problems().stream().filter(InputOptions::skipsInput).count();
  }

  static boolean skipsInput(InputProblem p) {
    return p.severity() == InputProblem.Severity.ERROR || p.message().startsWith("skipped:");
  }

  /** "3 input problems, 2 inputs skipped; see ..." for stderr, or null when there was no problem. */
  static String problemsLine(AnalysisResult result, String where) {
    if (result.problems().isEmpty()) return null;
    return "echotrace: " + Plural.count(result.problems().size(), "input problem") + ", "
        + Plural.count(skipped(result), "input") + " skipped; see " + where;
  }

  /** The exit code of a run whose output was written: nothing read, skipped inputs under --strict, or OK. */
  int exitCode(AnalysisResult result, PrintWriter err) {
    if (result.articles().isEmpty()) {
      err.println("echotrace: no article could be read from " + (paths.isEmpty() ? "the store" : CorpusName.of(paths)));
      return ExitCodes.NOTHING_READ;
    }
    return strict && skipped(result) > 0 ? ExitCodes.SKIPPED_INPUTS : ExitCodes.OK;
  }
}
