package org.echotrace.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.echotrace.internal.Plural;
import org.echotrace.model.AnalysisResult;
import org.echotrace.report.GraphExport;
import org.echotrace.report.JsonReport;
import org.echotrace.report.TerminalSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.TypeConversionException;

/** {@code echotrace analyze PATH...}: the whole pipeline over files and folders. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
    header = "Finds copies, their origins, events and narratives in a pile of articles.",
    description = "Reads articles (text, HTML, JSONL, WARC, RSS/Atom), extracts the clean text and metadata, finds "
        + "verbatim and partial reuse, paraphrases, translations and independent reports of one event, each with its "
        + "evidence and likely origin, and groups articles into events and narratives. The text summary lists the "
        + "largest families, events and quote changes, ten of each; --all lists everything, --format json gives "
        + "everything with offsets.")
final class AnalyzeCommand implements Callable<Integer> {
  enum Format { text, json, jsonl }

  @Spec CommandSpec spec;

  @Mixin InputOptions input;

  @Option(names = "--format", defaultValue = "text", description = "text (for people), json or jsonl. Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the output to FILE instead of standard output "
      + "(a missing folder is created, and said so).")
  Path out;

  @Option(names = "--store", paramLabel = "DIR", description = "Analyse every article of a store built with 'echotrace "
      + "add' (instead of PATHs); the vectors the store kept are reused.")
  Path store;

  @Option(names = "--all", description = "In text format, list every family, pair, event, narrative, quote change, "
      + "framing hit, name and problem (default: the first ten of each), and the articles.")
  boolean all;

  @Option(names = "--full-text", description = "In text format, list the articles with their whole clean text "
      + "(--all alone shows the first 300 characters).")
  boolean fullText;

  @Option(names = "--graph", paramLabel = "FILE", description = "Also write the provenance graph to FILE: articles as "
      + "nodes, relations as edges from origin to copy (undirected when the origin is undecided).")
  Path graph;

  @Option(names = "--graph-format", paramLabel = "graphml|gexf", converter = GraphFormatConverter.class,
      description = "The graph's format, graphml or gexf. Default: the extension of the --graph FILE.")
  GraphExport.Format graphFormat;

  /** {@code graphml} or {@code gexf} in any case; picocli's own enum matching would want {@code GRAPHML}. */
  static final class GraphFormatConverter implements ITypeConverter<GraphExport.Format> {
    @Override
    public GraphExport.Format convert(String value) {
      try {
        return GraphExport.Format.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException("expected graphml or gexf, got '" + value + "'");
      }
    }
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    // Checked before the run, which may be long: a bad graph option must not cost the analysis.
    GraphExport.Format graphAs = null;
    if (graph != null) {
      Path name = graph.getFileName();
      graphAs = graphFormat != null ? graphFormat
          : GraphExport.Format.ofFileName(name == null ? "" : name.toString()).orElse(null);
      if (graphAs == null) {
        err.println("echotrace analyze: cannot tell the graph format from the name " + graph
            + ": name the file .graphml or .gexf, or give --graph-format graphml|gexf");
        return ExitCodes.USAGE;
      }
      if (out != null && out.toAbsolutePath().normalize().equals(graph.toAbsolutePath().normalize())) {
        err.println("echotrace analyze: --graph and --out name the same file " + graph);
        return ExitCodes.USAGE;
      }
      if (Files.isDirectory(graph)) {
        err.println("echotrace analyze: --graph " + graph + " is a folder; name the file to write");
        return ExitCodes.USAGE;
      }
    } else if (graphFormat != null) {
      err.println("echotrace analyze: --graph-format needs --graph FILE");
      return ExitCodes.USAGE;
    }
    if (out != null && Files.isDirectory(out)) {
      err.println("echotrace analyze: --out " + out + " is a folder; name the file to write");
      return ExitCodes.USAGE;
    }
    AnalysisResult result = store == null ? input.analyze("echotrace analyze", err)
        : input.analyzeStore("echotrace analyze", store, err);
    if (result == null) return ExitCodes.USAGE;
    if (!write(result, err)) return ExitCodes.INTERNAL;
    boolean graphWritten = graph == null || writeGraph(result, graphAs, err);
    String problems = InputOptions.problemsLine(result, "\"problems\" in the output");
    if (problems != null && (out != null || format != Format.text)) err.println(problems);
    err.flush();
    if (!graphWritten) return ExitCodes.INTERNAL;
    return input.exitCode(result, err);
  }

  private TerminalSummary summary() {
    return new TerminalSummary(fullText ? Integer.MAX_VALUE : all ? 300 : 0, all);
  }

  /** Writes the output; false, with the reason on stderr, when the --out file cannot be written. */
  private boolean write(AnalysisResult result, PrintWriter err) throws IOException {
    if (out == null) {
      if (format == Format.text) {
        summary().write(result, spec.commandLine().getOut());
      } else {
        OutputStream stdout = new BufferedOutputStream(System.out);
        writeTo(result, stdout);
        stdout.flush();
      }
      return true;
    }
    try {
      OutputFiles.prepare(out, err);
      try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out))) {
        writeTo(result, os);
      }
    } catch (IOException e) {
      // No documented exit code means "could not write a file": 1, as for --graph and report --out.
      err.println("echotrace analyze: cannot write " + out + ": " + OutputFiles.why(e));
      return false;
    }
    err.println("echotrace: wrote " + (format == Format.text ? "the summary" : "the " + format + " output") + " of "
        + Plural.count(result.articles().size(), "article") + " and "
        + Plural.count(result.relations().size(), "relation") + " to " + out);
    return true;
  }

  /**
   * Writes the graph beside the normal output; false, with the reason on stderr, when the file cannot be written. No
   * documented exit code means "could not write a file", so the caller returns 1, as a failing {@code --out} does.
   */
  private boolean writeGraph(AnalysisResult result, GraphExport.Format as, PrintWriter err) {
    try {
      OutputFiles.prepare(graph, err);
      try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(graph))) {
        new GraphExport().write(result, as, os);
      }
    } catch (IOException e) {
      err.println("echotrace: cannot write the graph to " + graph + ": " + OutputFiles.why(e));
      return false;
    }
    err.println("echotrace: wrote the provenance graph (" + as.extension() + ", "
        + Plural.count(result.articles().size(), "node") + ", " + Plural.count(result.relations().size(), "edge")
        + ") to " + graph);
    return true;
  }

  private void writeTo(AnalysisResult result, OutputStream os) throws IOException {
    switch (format) {
      case json -> new JsonReport().writeJson(result, os);
      case jsonl -> new JsonReport().writeJsonl(result, os);
      case text -> {
        PrintWriter w = new PrintWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8));
        summary().write(result, w);
        w.flush();
      }
    }
  }
}
