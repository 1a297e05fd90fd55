package org.echotrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.echotrace.testing.SharedData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code echotrace report} end to end: the CLI writes the page, headless Chromium opens it, and the DevTools
 * protocol tells whether anything went wrong in the page: any console call, uncaught exception, error in the browser's
 * log (a CSP violation or a failed load is one) or JavaScript dialog fails the test. Skipped with a
 * message when no Chromium is installed, except on CI (see {@link HeadlessChromium}).
 */
class ReportInBrowserTest {
  private static final String SCRIPT = "<script>alert(1)</script>";
  private static final String IMG = "<img src=x onerror=alert(1)>";
  /** Time left to the page after its load event: the report has no timers, but a bug could add some. */
  private static final Duration SETTLE = Duration.ofMillis(1500);

  @TempDir static Path dir;
  private static HeadlessChromium chromium;

  /** Started by the first test that needs it, so that without Chromium each test is reported as skipped. */
  @BeforeEach
  void browser() throws IOException, InterruptedException {
    if (chromium == null) chromium = HeadlessChromium.startOrSkip(dir);
  }

  @AfterAll
  static void quit() throws InterruptedException {
    if (chromium != null) chromium.close();
  }

  private static Path report(String name, String... paths) {
    Path html = dir.resolve(name);
    String[] args = new String[paths.length + 3];
    args[0] = "report";
    System.arraycopy(paths, 0, args, 1, paths.length);
    args[paths.length + 1] = "--out";
    args[paths.length + 2] = html.toString();
    AnalyzeCommandTest.Run r = AnalyzeCommandTest.run(args);
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains(html.toString()), r.err());
    return html;
  }

  private static void assertClean(Path html) throws IOException, InterruptedException {
    HeadlessChromium.PageLog log = chromium.open(html, SETTLE);
    assertTrue(log.failures().isEmpty(), html + ": " + String.join("\n", log.failures()));
    assertEquals(0, chromium.evaluate("document.scripts.length").asInt(-1), "no script element");
    assertEquals("echotrace report", chromium.evaluate("document.title").asText());
    assertTrue(chromium.evaluate("document.querySelectorAll('svg.timeline, svg.family').length").asInt() > 0, "drawings");
  }

  @Test
  void seedsReportOpensWithoutErrors() throws IOException, InterruptedException {
    Path seeds = SharedData.require("corpus/seeds");
    Path html = report("seeds.html", seeds.toString());
    assertClean(html);
    assertEquals(10, chromium.evaluate("document.querySelectorAll('details.pair').length").asInt(),
        "one section per relation of the seeds");
    chromium.closePage();
  }

  @Test
  void hostileArticleShowsAsTextAndRunsNothing() throws IOException, InterruptedException {
    Path hostile = Files.createDirectories(dir.resolve("hostile"));
    String body = "Residents said the water " + SCRIPT + " had turned brown overnight after the storm hit the valley.\n"
        + "Council engineers " + IMG + " told reporters that repairs to the treatment plant would take a week.\n"
        + "Schools in the district will stay closed until the supply is declared safe again, the council said.\n";
    Files.writeString(hostile.resolve("origin.txt"), IMG + " Gazette\n15 Apr 2025, 09:00 GMT+1\n" + SCRIPT + "\n" + body);
    Files.writeString(hostile.resolve("copy.txt"), "Digest Hub\nApril 17, 2025\n" + body
        + "This article was originally published by " + IMG + " Gazette.\n");
    Path examples = SharedData.repositoryRoot().resolve("examples/corpus");
    Path html = report("examples.html", examples.toString(), hostile.toString());
    assertClean(html);
    // innerText holds only what is rendered: open every collapsed pair first.
    String text = chromium.evaluate("document.querySelectorAll('details').forEach(d => d.open = true), "
        + "document.body.innerText").asText();
    assertTrue(text.contains(SCRIPT), "the script tag shows as text");
    assertTrue(text.contains(IMG), "the img tag shows as text");
    assertEquals(0, chromium.evaluate("document.images.length").asInt(-1), "no img element");
    JsonNode handlers = chromium.evaluate("[...document.querySelectorAll('*')].filter(e => [...e.attributes]"
        + ".some(a => a.name.startsWith('on'))).length");
    assertEquals(0, handlers.asInt(-1), "no element with an event handler attribute");
    chromium.closePage();
  }

  /** The detector itself: a page that logs, throws, violates its CSP and opens a dialog is caught on every count. */
  @Test
  void aMisbehavingPageIsCaught() throws IOException, InterruptedException {
    Path bad = dir.resolve("bad.html");
    Files.writeString(bad, "<!DOCTYPE html><html><head><meta http-equiv=\"Content-Security-Policy\" "
        + "content=\"default-src 'none'; script-src 'unsafe-inline'\"><title>bad</title></head><body>"
        + "<img src=\"https://example.invalid/x.png\">"
        + "<script>console.error('logged'); alert('dialog'); setTimeout(() => { throw new Error('late'); }, 200);</script>"
        + "</body></html>");
    HeadlessChromium.PageLog log = chromium.open(bad, SETTLE);
    chromium.closePage();
    assertTrue(log.console().stream().anyMatch(c -> c.contains("logged")), log.toString());
    assertTrue(log.dialogs().stream().anyMatch(d -> d.contains("dialog")), log.toString());
    assertTrue(log.exceptions().stream().anyMatch(e -> e.contains("late")), log.toString());
    assertTrue(log.logErrors().stream().anyMatch(e -> e.contains("Content Security Policy")), log.toString());
  }
}
