package org.echotrace.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.echotrace.embed.Embedders;
import org.echotrace.framing.Lexicon;
import org.echotrace.model.AnalysisResult;
import org.echotrace.pipeline.Pipeline;
import org.echotrace.pipeline.ProgressListener;
import org.echotrace.report.HtmlReport;
import org.echotrace.report.TerminalSummary;
import org.echotrace.testing.SharedData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Issue 15's size limits on real corpora, with the default options (rewrites on): on {@code web-dev} (164 news
 * excerpts) the summary is at most 200 lines and the report at most 500 KB; on trafilatura-eval's 884 pages at most
 * 250 lines and 1.5 MB. One analysis per corpus feeds both outputs, as the CLI's would. The 884-page run takes one to
 * two minutes, so it runs only with {@code ECHOTRACE_LONG_TESTS=true} (skipped with a message otherwise).
 */
class CorpusSizesTest {
  private static AnalysisResult analyze(Path corpus) {
    return new Pipeline(ProgressListener.NONE, Embedders.bundled(), false, Lexicon.bundled()).run(List.of(corpus));
  }

  private static void check(Path corpus, String name, int maxLines, long maxBytes) throws IOException {
    AnalysisResult r = analyze(corpus);
    StringWriter summary = new StringWriter();
    new TerminalSummary(0, false).write(r, new PrintWriter(summary));
    long lines = summary.toString().lines().count();
    StringWriter page = new StringWriter();
    new HtmlReport(name).write(r, page);
    long bytes = page.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    System.err.printf("%s: %d articles, summary %d lines, report %,d bytes%n", name, r.articles().size(), lines, bytes);
    assertTrue(lines <= maxLines, name + " summary: " + lines + " lines");
    assertTrue(bytes <= maxBytes, name + " report: " + bytes + " bytes");
    assertTrue(summary.toString().lines().allMatch(l -> l.length() <= 400), "no line runs on for a screenful");
  }

  @Test
  void webDevFitsAScreenAndHalfAMegabyte() throws IOException {
    check(SharedData.require("corpus/web-dev/articles"), "web-dev/articles", 200, 500_000);
  }

  @Test
  void webDevAsJsonlWithUrlsAndTitlesFitsToo() throws IOException {
    // The same 164 pages with their URLs, titles and outlets: more metadata per article than the text files.
    check(SharedData.require("corpus/web-dev/articles.jsonl"), "web-dev/articles.jsonl", 200, 500_000);
  }

  @Test
  void trafilaturaEvalFitsTooWhenLongTestsAreOn() throws IOException {
    if (!"true".equalsIgnoreCase(System.getenv("ECHOTRACE_LONG_TESTS"))) {
      String msg = "SKIPPED: the 884-page trafilatura-eval run takes 1-2 minutes; set ECHOTRACE_LONG_TESTS=true";
      System.err.println(msg);
      Assumptions.abort(msg);
    }
    check(SharedData.require("datasets/trafilatura-eval/eval"), "trafilatura-eval/eval", 250, 1_500_000);
  }
}
