package org.echotrace.cli;

import static org.echotrace.cli.AnalyzeCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.echotrace.cli.AnalyzeCommandTest.Run;
import org.echotrace.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The messages a person reads on stderr and in --help, each as issue 15 found it wrong: a silent {@code --out}, a
 * skipped count of 0 with files skipped, progress escape codes in a log, 40 lines of help for one typo, descriptions
 * cut mid-sentence, a raw URISyntaxException, an unreachable host "disallowed by robots.txt", "1 problems", folders
 * created in silence, "development" as the version.
 */
class MessagesTest {
  private static final String BODY = "The port authority said on Monday that the strike had halted all container "
      + "traffic for a third day.\nUnion leaders said talks with the operators would resume on Wednesday, but warned "
      + "that the dispute could last weeks.\n";

  @TempDir Path dir;

  private Path corpus() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("origin.txt"), "Harbour Times\n15 Apr 2025, 09:00 GMT+1\nStrike halts the port\n" + BODY);
    Files.writeString(in.resolve("copy.txt"), "Digest Hub\nApril 17, 2025\n" + BODY);
    return in;
  }

  @Test
  void outConfirmsOnStderrInOneLine() throws IOException {
    Path out = dir.resolve("result.json");
    Run r = run("analyze", corpus().toString(), "--no-rewrites", "--no-progress", "--format", "json", "--out",
        out.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals("echotrace: wrote the json output of 2 articles and 1 relation to " + out + "\n", r.err());
    assertEquals("", r.out());
  }

  @Test
  void skippedInputsAreCountedWhetherErrorOrSkippingWarning() throws IOException {
    Path in = corpus();
    Files.writeString(in.resolve("notes.md"), "# not an article\n");           // skipped: not a supported format
    Files.writeString(in.resolve("sitemap.xml"), "<?xml version=\"1.0\"?><urlset/>"); // skipped: XML but no feed
    Files.write(in.resolve("broken.txt"), new byte[] {0, 1, 2, 3});            // skipped: binary
    Files.write(in.resolve("latin1.txt"), ("Caf\u00e9 owners said the strike had halted deliveries to the port for "
        + "a third day running.\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)); // read, with a warning
    Run r = run("analyze", in.toString(), "--no-rewrites", "--no-progress", "--format", "json", "--out",
        dir.resolve("r.json").toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("echotrace: 4 input problems, 3 inputs skipped; see \"problems\" in the output"),
        r.err());
  }

  @Test
  void oneProblemIsSingular() throws IOException {
    Path in = corpus();
    Files.write(in.resolve("broken.txt"), new byte[] {0, 1, 2, 3});
    Run r = run("analyze", in.toString(), "--no-rewrites", "--no-progress", "--format", "json", "--out",
        dir.resolve("r.json").toString());
    assertTrue(r.err().contains("echotrace: 1 input problem, 1 input skipped;"), r.err());
    Run text = run("analyze", in.toString(), "--no-rewrites", "--no-progress");
    assertTrue(text.out().startsWith("echotrace: 2 articles, 1 relation (1 verbatim), 1 event with several "
        + "articles, 0 narratives, 1 problem\n"), text.out());
  }

  @Test
  void aUsageErrorIsShortAndPointsToHelp() throws IOException {
    Run r = run("analyze", "--formt", "json", corpus().toString());
    assertEquals(ExitCodes.USAGE, r.code());
    List<String> lines = r.err().lines().toList();
    assertTrue(lines.size() <= 4, r.err());
    assertTrue(lines.get(0).startsWith("echotrace analyze: Unknown option: '--formt'"), r.err());
    assertEquals("See 'echotrace analyze --help'.", lines.get(lines.size() - 1));
    assertFalse(r.err().contains("Usage:"), "no help dump");
    Run missing = run("report", "--out", dir.resolve("x.html").toString());
    assertEquals(ExitCodes.USAGE, missing.code());
    assertTrue(missing.err().startsWith("echotrace report: Missing required parameter: 'PATH'"), missing.err());
  }

  /** Every command's line in the top-level help is a whole sentence (it used to stop at "..., finds"). */
  @Test
  void topLevelHelpListsCommandsInWholeSentences() {
    Run r = run("--help");
    String help = r.out();
    String commands = help.substring(help.indexOf("Commands:"), help.indexOf("Exit codes:"));
    List<String> entries = new ArrayList<>();
    for (String line : commands.lines().skip(1).toList()) {
      if (line.isBlank()) continue;
      if (line.startsWith("  ") && !line.startsWith("     ")) entries.add(line.strip());
      else entries.set(entries.size() - 1, entries.get(entries.size() - 1) + " " + line.strip());
    }
    assertTrue(entries.size() >= 5, commands);
    for (String e : entries) assertTrue(e.endsWith("."), "cut mid-sentence: " + e);
  }

  @Test
  void fetchWithoutSchemeSuggestsOne() {
    Run r = run("fetch", "--out", dir.toString(), "--delay", "0", "127.0.0.1:8765/x");
    assertEquals(ExitCodes.NOTHING_READ, r.code(), r.err());
    assertEquals("skipped  127.0.0.1:8765/x  no scheme: did you mean http://127.0.0.1:8765/x ?\n", r.out());
    assertFalse((r.out() + r.err()).contains("URISyntaxException"), r.err());
    assertEquals("no scheme: did you mean http://localhost:8080/news ?", FetchCommand.problem("localhost:8080/news"));
    assertEquals("no scheme: did you mean http://example.com/a b ?", FetchCommand.problem("example.com/a b"));
    assertTrue(FetchCommand.problem("http://exa mple.com/").startsWith("not a valid URL (Illegal character"));
    assertEquals(null, FetchCommand.problem("https://example.com/a?b=c"));
    assertEquals(null, FetchCommand.problem("ftp://example.com/x"), "the fetcher says it is not http(s)");
  }

  @Test
  void anUnreachableHostIsNotBlamedOnRobotsTxt() throws IOException {
    int port;
    try (var s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    String url = "http://127.0.0.1:" + port + "/x";
    Run r = run("fetch", "--out", dir.toString(), "--delay", "0", url);
    assertEquals(ExitCodes.NOTHING_READ, r.code(), r.err());
    assertTrue(r.out().startsWith("failed   " + url + "  cannot reach http://127.0.0.1:" + port), r.out());
    assertFalse(r.out().contains("robots"), r.out());
  }

  @Test
  void graphIntoAMissingFolderCreatesItAndSaysSo() throws IOException {
    Path graph = dir.resolve("new/deeper/provenance.gexf");
    Run r = run("analyze", corpus().toString(), "--no-rewrites", "--no-progress", "--graph", graph.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(Files.exists(graph));
    assertTrue(r.err().contains("echotrace: created the folder " + graph.getParent().toAbsolutePath().normalize()),
        r.err());
    assertTrue(r.err().contains("echotrace: wrote the provenance graph (gexf, 2 nodes, 1 edge) to " + graph), r.err());
    Run again = run("analyze", corpus().toString(), "--no-rewrites", "--no-progress", "--graph", graph.toString());
    assertFalse(again.err().contains("created"), "said only when a folder is made: " + again.err());
    Path folderNamedLikeAGraph = Files.createDirectories(dir.resolve("folder.gexf"));
    Run folder = run("analyze", corpus().toString(), "--no-rewrites", "--graph", folderNamedLikeAGraph.toString());
    assertEquals(ExitCodes.USAGE, folder.code());
    assertTrue(folder.err().contains("is a folder"), folder.err());
  }

  @Test
  void versionIsTheBuildsVersion() throws IOException {
    Run r = run("--version");
    String pom = Files.readString(SharedData.repositoryRoot().resolve("pom.xml"));
    Matcher m = Pattern.compile("<artifactId>echotrace-parent</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
    assertTrue(m.find(), "the parent POM's version");
    assertEquals("echotrace " + m.group(1) + "\n", r.out());
    assertFalse(r.out().contains("development") || r.out().contains("${"), r.out());
  }

  @Test
  void reportTitleNamesTheCorpusAndTheReportIsConfirmedOnStderr() throws IOException {
    Path out = dir.resolve("report.html");
    Run r = run("report", corpus().toString(), "--no-rewrites", "--no-progress", "--out", out.toString());
    assertEquals(0, r.code(), r.err());
    String name = dir.getFileName() + "/in";
    assertTrue(Files.readString(out).contains("<title>echotrace report: " + name + "</title>"), name);
    assertEquals("echotrace: wrote the report on 2 articles and 1 relation to " + out + "\n", r.err());
  }

  @Test
  void corpusNamesAreTheLastTwoNamesOfEachPath() {
    assertEquals("web-dev/articles", CorpusName.of(List.of(Path.of("/x/shared/corpus/web-dev/articles"))));
    assertEquals("a/b, c/d", CorpusName.of(List.of(Path.of("/a/b"), Path.of("/c/d"), Path.of("/a/b"))));
    assertEquals("a/1, a/2, a/3 and 2 more", CorpusName.of(List.of(Path.of("/a/1"), Path.of("/a/2"), Path.of("/a/3"),
        Path.of("/a/4"), Path.of("/a/5"))));
  }

  /** --progress into a file (no terminal said by bin/echotrace) writes lines; only a terminal gets \r and ESC[K. */
  @Test
  void theProgressStyleFollowsWhetherStderrIsATerminal() {
    String before = System.getProperty("echotrace.stderr.tty");
    try {
      System.clearProperty("echotrace.stderr.tty");
      assertEquals(StderrProgress.Style.LINES, InputOptions.progressStyle());
      System.setProperty("echotrace.stderr.tty", "false");
      assertEquals(StderrProgress.Style.LINES, InputOptions.progressStyle());
      System.setProperty("echotrace.stderr.tty", "true");
      assertEquals(StderrProgress.Style.IN_PLACE, InputOptions.progressStyle());
    } finally {
      if (before == null) System.clearProperty("echotrace.stderr.tty");
      else System.setProperty("echotrace.stderr.tty", before);
    }
  }

  /** A log gets plain lines every ten seconds, never a carriage return or an escape code; a terminal gets both. */
  @Test
  void progressIsPlainLinesInALogAndInPlaceOnATerminal() {
    AtomicLong now = new AtomicLong();
    StringWriter log = new StringWriter();
    StderrProgress lines = new StderrProgress(new PrintWriter(log), StderrProgress.Style.LINES, now::get);
    for (int s = 0; s <= 35; s++) {
      now.set(s * 1_000_000_000L);
      lines.progress("extract", s, 35);
    }
    lines.finish();
    assertFalse(log.toString().contains("\r") || log.toString().contains("\033"), log.toString());
    assertEquals(List.of("echotrace: extract 2 of 35 (5%), 2 s so far", "echotrace: extract 12 of 35 (34%), 12 s so far",
        "echotrace: extract 22 of 35 (62%), 22 s so far", "echotrace: extract 32 of 35 (91%), 32 s so far"),
        log.toString().lines().toList());

    StringWriter tty = new StringWriter();
    StderrProgress inPlace = new StderrProgress(new PrintWriter(tty), StderrProgress.Style.IN_PLACE, now::get);
    now.set(now.get() + 3_000_000_000L);
    inPlace.progress("extract", 1, 2);
    inPlace.finish();
    assertTrue(tty.toString().startsWith("\rextract") && tty.toString().endsWith("\r\033[K"), tty.toString());

    StringWriter quick = new StringWriter();
    StderrProgress shortRun = new StderrProgress(new PrintWriter(quick), StderrProgress.Style.LINES, now::get);
    shortRun.progress("extract", 2, 2);
    shortRun.finish();
    assertEquals("", quick.toString(), "a run under two seconds prints nothing");
  }
}
