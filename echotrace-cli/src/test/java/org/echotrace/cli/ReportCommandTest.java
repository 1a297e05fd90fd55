package org.echotrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code echotrace report} through the front door: options shared with analyze, the file, exit codes. */
class ReportCommandTest {
  @TempDir Path dir;

  private Path corpus() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    String body = "The port authority said on Monday that the strike had halted all container traffic for a third day.\n"
        + "Union leaders said talks with the operators would resume on Wednesday, but warned that the dispute could last weeks.\n";
    Files.writeString(in.resolve("origin.txt"), "Harbour Times\n15 Apr 2025, 09:00 GMT+1\nStrike halts the port\n" + body);
    Files.writeString(in.resolve("copy.txt"), "Digest Hub\nApril 17, 2025\n" + body);
    Files.write(in.resolve("broken.txt"), new byte[] {0, 1, 2, 3});
    return in;
  }

  @Test
  void writesTheReportAndSaysWhere() throws IOException {
    Path out = dir.resolve("out/report.html");
    AnalyzeCommandTest.Run r = AnalyzeCommandTest.run("report", corpus().toString(), "--no-rewrites", "--out", out.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("wrote the report on 2 articles and 1 relation to " + out), r.err());
    String html = Files.readString(out);
    assertTrue(html.startsWith("<!DOCTYPE html>"), html.substring(0, 40));
    assertTrue(html.contains("<span class=\"kind k-verbatim\">verbatim</span>"), "the copy is shown");
    assertTrue(html.contains("broken.txt"), "the problem is listed");
    assertTrue(r.err().contains("input problem"), r.err());
  }

  @Test
  void strictCountsSkippedInputsAsWithAnalyze() throws IOException {
    Path out = dir.resolve("report.html");
    AnalyzeCommandTest.Run r = AnalyzeCommandTest.run("report", corpus().toString(), "--no-rewrites", "--strict",
        "--out", out.toString());
    assertEquals(ExitCodes.SKIPPED_INPUTS, r.code(), r.err());
    assertTrue(Files.exists(out), "written anyway");
  }

  @Test
  void outIsRequiredAndMustNotBeAFolder() throws IOException {
    assertEquals(ExitCodes.USAGE, AnalyzeCommandTest.run("report", corpus().toString()).code());
    AnalyzeCommandTest.Run r = AnalyzeCommandTest.run("report", corpus().toString(), "--out", dir.toString());
    assertEquals(ExitCodes.USAGE, r.code());
    assertTrue(r.err().contains("is a folder"), r.err());
  }

  @Test
  void modelOptionsAreCheckedAsForAnalyze() throws IOException {
    AnalyzeCommandTest.Run r = AnalyzeCommandTest.run("report", corpus().toString(), "--no-rewrites", "--model",
        dir.toString(), "--out", dir.resolve("r.html").toString());
    assertEquals(ExitCodes.USAGE, r.code());
    assertTrue(r.err().contains("echotrace report: --model"), r.err());
    assertFalse(Files.exists(dir.resolve("r.html")));
  }

  @Test
  void nothingReadIsExitCode3() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    AnalyzeCommandTest.Run r = AnalyzeCommandTest.run("report", empty.toString(), "--no-rewrites", "--out",
        dir.resolve("r.html").toString());
    assertEquals(ExitCodes.NOTHING_READ, r.code(), r.err());
  }

  @Test
  void listedInTheHelp() {
    assertTrue(AnalyzeCommandTest.run("--help").out().contains("report"));
  }
}
