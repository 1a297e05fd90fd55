package org.echotrace.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.echotrace.internal.Plural;
import org.echotrace.model.AnalysisResult;
import org.echotrace.report.HtmlReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code echotrace report PATH... --out FILE}: the analysis as one self-contained HTML page. */
@Command(name = "report", mixinStandardHelpOptions = true,
    header = "Writes the analysis as one self-contained HTML page for people.",
    description = "Same inputs and options as analyze. The page shows an overview first (events with several "
        + "articles on a timeline, copy families as graphs, outlets), then every pair of related articles side by "
        + "side with the evidence marked (drawn when opened), quotes and framing when found, the articles and the "
        + "input problems. It loads nothing: open it in any browser, offline, or pass it on.")
final class ReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin InputOptions input;

  @Option(names = "--store", paramLabel = "DIR", description = "Report on every article of a store built with "
      + "'echotrace add' (instead of PATHs).")
  Path store;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "The HTML file to write (e.g. report.html).")
  Path out;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (Files.isDirectory(out)) {
      err.println("echotrace report: --out " + out + " is a folder; name the HTML file to write");
      return ExitCodes.USAGE;
    }
    AnalysisResult result = store == null ? input.analyze("echotrace report", err)
        : input.analyzeStore("echotrace report", store, err);
    if (result == null) return ExitCodes.USAGE;
    try {
      OutputFiles.prepare(out, err);
      try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
        new HtmlReport(store == null ? CorpusName.of(input.paths) : CorpusName.of(java.util.List.of(store))).write(result, w);
      }
    } catch (IOException e) {
      // No documented exit code means "could not write a file": 1, as analyze --out and --graph.
      err.println("echotrace report: cannot write " + out + ": " + OutputFiles.why(e));
      return ExitCodes.INTERNAL;
    }
    err.println("echotrace: wrote the report on " + Plural.count(result.articles().size(), "article") + " and "
        + Plural.count(result.relations().size(), "relation") + " to " + out);
    String problems = InputOptions.problemsLine(result, "\"Input problems\" in the report");
    if (problems != null) err.println(problems);
    err.flush();
    return input.exitCode(result, err);
  }
}
