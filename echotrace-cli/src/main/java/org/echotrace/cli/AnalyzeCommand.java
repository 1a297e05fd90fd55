package org.echotrace.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
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
    description = {"Reads articles (text, HTML, JSONL, WARC, RSS/Atom), extracts the clean text and metadata, finds",
        "verbatim and partial reuse, paraphrases, translations and independent reports of one event, each with its",
        "evidence and likely origin, and groups articles into events and narratives."})
final class AnalyzeCommand implements Callable<Integer> {
  enum Format { text, json, jsonl }

  @Spec CommandSpec spec;

  @Mixin InputOptions input;

  @Option(names = "--format", defaultValue = "text", description = "text (for people), json or jsonl. Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the output to FILE instead of standard output.")
  Path out;

  @Option(names = "--full-text", description = "In text format, print each article's whole clean text (default: the first 300 characters).")
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
    } else if (graphFormat != null) {
      err.println("echotrace analyze: --graph-format needs --graph FILE");
      return ExitCodes.USAGE;
    }
    AnalysisResult result = input.analyze("echotrace analyze", err);
    if (result == null) return ExitCodes.USAGE;
    write(result);
    boolean graphWritten = graph == null || writeGraph(result, graphAs, err);
    if (!result.problems().isEmpty() && (out != null || format != Format.text)) {
      err.printf("echotrace: %d input problem(s), %d input(s) skipped; see \"problems\" in the output%n",
          result.problems().size(), InputOptions.skipped(result));
    }
    if (!graphWritten) return ExitCodes.INTERNAL;
    return input.exitCode(result, err);
  }

  private void write(AnalysisResult result) throws IOException {
    if (out == null) {
      if (format == Format.text) {
        PrintWriter w = spec.commandLine().getOut();
        new TerminalSummary(fullText ? Integer.MAX_VALUE : 300).write(result, w);
      } else {
        OutputStream stdout = new BufferedOutputStream(System.out);
        writeTo(result, stdout);
        stdout.flush();
      }
      return;
    }
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) Files.createDirectories(parent);
    try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out))) {
      writeTo(result, os);
    }
  }

  /**
   * Writes the graph beside the normal output; false, with the reason on stderr, when the file cannot be written. No
   * documented exit code means "could not write a file", so the caller returns 1, as a failing {@code --out} does.
   */
  private boolean writeGraph(AnalysisResult result, GraphExport.Format as, PrintWriter err) {
    try {
      Path parent = graph.toAbsolutePath().getParent();
      if (parent != null) Files.createDirectories(parent);
      try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(graph))) {
        new GraphExport().write(result, as, os);
      }
      return true;
    } catch (IOException e) {
      err.println("echotrace: cannot write the graph to " + graph + ": " + why(e));
      return false;
    }
  }

  /** The reason in words; a file system exception's message is often the bare path. */
  private static String why(IOException e) {
    if (e instanceof AccessDeniedException) return "permission denied";
    if (e instanceof NoSuchFileException) return "no such file or folder";
    if (e instanceof FileAlreadyExistsException f) return f.getFile() + " exists and is not a folder";
    if (e instanceof FileSystemException f && f.getReason() != null) return f.getReason();
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }

  private void writeTo(AnalysisResult result, OutputStream os) throws IOException {
    switch (format) {
      case json -> new JsonReport().writeJson(result, os);
      case jsonl -> new JsonReport().writeJsonl(result, os);
      case text -> {
        PrintWriter w = new PrintWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8));
        new TerminalSummary(fullText ? Integer.MAX_VALUE : 300).write(result, w);
        w.flush();
      }
    }
  }
}
