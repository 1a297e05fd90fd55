package org.echotrace.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.echotrace.embed.CachingEmbedder;
import org.echotrace.embed.Embedders;
import org.echotrace.embed.OnnxSentenceEmbedder;
import org.echotrace.embed.SentenceEmbedder;
import org.echotrace.framing.Lexicon;
import org.echotrace.pipeline.Pipeline;
import org.echotrace.pipeline.ProgressListener;
import picocli.CommandLine.Option;

/**
 * How to analyse (a picocli mixin of every command that runs the pipeline, the Spark job's too): the sentence model
 * and rewrites, the framing lexicon, and progress on stderr. No inputs: {@link InputOptions} adds the paths.
 */
public final class AnalysisOptions {
  @Option(names = "--progress", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Show progress on stderr once a run lasts two seconds (default: on): a line rewritten in place on "
          + "a terminal, a plain line every ten seconds otherwise. --no-progress prints none.")
  boolean progress;

  @Option(names = "--rewrites", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Look for paraphrases, translations, same-story reports and narratives with the sentence model "
          + "(default: on). --no-rewrites finds only reuse of identical wording, several times faster.")
  boolean rewrites;

  @Option(names = "--model", paramLabel = "DIR", description = "A sentence-transformer exported to ONNX (DIR/model.onnx "
      + "and DIR/tokenizer.json) instead of the bundled English all-MiniLM-L6-v2, e.g. a multilingual model.")
  Path model;

  @Option(names = "--multilingual", description = "The --model maps languages into one space (e.g. "
      + "paraphrase-multilingual-MiniLM-L12-v2): align translations on sentence vectors, not only on names and numbers.")
  boolean multilingual;

  @Option(names = "--lexicon", paramLabel = "FILE", description = "A framing lexicon (JSON, the bundled one's format) "
      + "that extends the bundled one; an entry with the id of a bundled entry replaces it.")
  Path lexicon;

  private StderrProgress bar;
  private SentenceEmbedder embedder;

  /**
   * Checks the options and loads the model: the pipeline they describe, with progress on {@code err}; null, with
   * the reason on {@code err}, when the options do not fit together or the model cannot be loaded.
   */
  public Pipeline pipeline(String command, PrintWriter err) {
    if (multilingual && model == null) {
      err.println(command + ": --multilingual describes a --model DIR; the bundled model is English only");
      return null;
    }
    if (model != null && !rewrites) {
      err.println(command + ": --model is used only for rewrites; drop --no-rewrites or --model");
      return null;
    }
    Lexicon words = Lexicon.bundled();
    if (lexicon != null) {
      try {
        words = Lexicon.load(lexicon);
      } catch (java.io.IOException | IllegalArgumentException e) {
        err.println(command + ": cannot read the lexicon: " + e.getMessage());
        return null;
      }
    }
    embedder = null;
    if (rewrites) {
      try {
        embedder = model == null ? Embedders.bundled()
            : new CachingEmbedder(OnnxSentenceEmbedder.fromDirectory(model), 200_000);
      } catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
        err.println(command + ": cannot load the model: " + e.getMessage());
        return null;
      }
    }
    bar = progress ? new StderrProgress(err, InputOptions.progressStyle()) : null;
    ProgressListener listener = bar == null ? ProgressListener.NONE : bar;
    return new Pipeline(listener, embedder, multilingual, words);
  }

  /** Whether progress goes to stderr. */
  public boolean progress() {
    return progress;
  }

  /** Where the last {@link #pipeline} reports progress (for a job's own stages), or NONE. */
  public ProgressListener listener() {
    return bar == null ? ProgressListener.NONE : bar;
  }

  /** Whether rewrites are looked for with the sentence model. */
  public boolean rewrites() {
    return rewrites;
  }

  /** The --model folder, or null for the bundled model. */
  public Path model() {
    return model;
  }

  /** Whether the --model maps languages into one space. */
  public boolean multilingual() {
    return multilingual;
  }

  /** The sentence model of the last {@link #pipeline}, or null without rewrites. */
  SentenceEmbedder embedder() {
    return embedder;
  }

  /** Ends the progress line of the last {@link #pipeline}. */
  public void finishProgress() {
    if (bar != null) bar.finish();
  }
}
