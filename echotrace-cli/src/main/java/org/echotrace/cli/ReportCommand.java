package org.echotrace.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.echotrace.model.AnalysisResult;
import org.echotrace.report.HtmlReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code echotrace report PATH... --out FILE}: the analysis as one self-contained HTML page. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = {"Writes the analysis as one self-contained HTML page for people.",
        "Same inputs and options as analyze. The page shows events on a timeline, copy",
        "families as graphs, every pair of related articles side by side with the",
        "evidence marked, quotes and framing when found, and the input problems. It loads",
        "nothing and runs no script: open it in any browser, offline, or pass it on."})
final class ReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin InputOptions input;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "The HTML file to write (e.g. report.html).")
  Path out;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (Files.isDirectory(out)) {
      err.println("echotrace report: --out " + out + " is a folder; name the HTML file to write");
      return ExitCodes.USAGE;
    }
    AnalysisResult result = input.analyze("echotrace report", err);
    if (result == null) return ExitCodes.USAGE;
    try {
      Path parent = out.toAbsolutePath().getParent();
      if (parent != null) Files.createDirectories(parent);
      try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
        new HtmlReport().write(result, w);
      }
    } catch (IOException e) {
      // No documented exit code means "could not write a file": 1, as analyze --out and --graph.
      err.println("echotrace report: cannot write " + out + ": " + why(e));
      return ExitCodes.INTERNAL;
    }
    spec.commandLine().getOut().printf("echotrace: wrote the report on %d articles and %d relations to %s%n",
        result.articles().size(), result.relations().size(), out);
    spec.commandLine().getOut().flush();
    if (!result.problems().isEmpty()) {
      err.printf("echotrace: %d input problem(s), %d input(s) skipped; see \"Input problems\" in the report%n",
          result.problems().size(), InputOptions.skipped(result));
    }
    return input.exitCode(result, err);
  }

  private static String why(IOException e) {
    if (e instanceof AccessDeniedException) return "permission denied";
    if (e instanceof NoSuchFileException) return "no such file or folder";
    if (e instanceof FileSystemException f && f.getReason() != null) return f.getReason();
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }
}
