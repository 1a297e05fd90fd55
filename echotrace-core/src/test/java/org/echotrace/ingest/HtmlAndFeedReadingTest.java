package org.echotrace.ingest;

import static org.echotrace.ingest.Fixtures.problem;
import static org.echotrace.model.InputProblem.Severity.ERROR;
import static org.echotrace.model.InputProblem.Severity.WARNING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.echotrace.model.InputProblem;
import org.echotrace.model.RawDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTML files (plain and gzipped), JSONL with html, RSS/Atom feeds and how feed items meet the pages of the run. */
class HtmlAndFeedReadingTest {
  private static final String TITLE = "Порт Карроу остановил работу из-за забастовки";

  @TempDir Path dir;
  private final List<InputProblem> problems = new ArrayList<>();

  private List<RawDocument> read(Path... paths) {
    return new CorpusReader(problems::add).readAll(List.of(paths));
  }

  private static RawDocument doc(List<RawDocument> docs, String id) {
    return docs.stream().filter(d -> d.id().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("no document " + id + " in " + docs.stream().map(RawDocument::id).toList()));
  }

  @Test
  void htmlFilesInEveryCharsetAndGzipped() throws IOException {
    Fixtures.copy(dir, "cp1251-declared.html", "cp1251-undeclared.html", "koi8r-declared.html", "article.html.gz");
    // gzip detected by its magic bytes, whatever the name says
    Files.copy(Fixtures.path("article.html.gz"), dir.resolve("served-compressed.htm"));

    List<RawDocument> docs = read(dir);

    assertEquals(List.of("article.html.gz", "cp1251-declared.html", "cp1251-undeclared.html", "koi8r-declared.html",
        "served-compressed.htm"), docs.stream().map(RawDocument::id).toList());
    for (RawDocument d : docs) {
      assertEquals(RawDocument.Format.HTML, d.format(), d.id());
      assertNull(d.url(), "a file's canonical link is not its declared URL");
      assertTrue(d.text().startsWith("<!DOCTYPE html>"), d.id());
    }
    for (String id : List.of("cp1251-declared.html", "cp1251-undeclared.html", "koi8r-declared.html")) {
      assertTrue(doc(docs, id).text().contains("<h1>" + TITLE + "</h1>"), id);
    }
    assertTrue(doc(docs, "served-compressed.htm").text().contains("Carrow dockworkers begin 72-hour strike"));
    // only the guess is reported
    problem(problems, "cp1251-undeclared.html", WARNING, "no charset declared and not UTF-8: decoded as windows-1251");
    assertEquals(1, problems.size(), problems.toString());
  }

  @Test
  void truncatedGzipKeepsWhatWasReadWithTheOffset() throws IOException {
    StringBuilder page = new StringBuilder("<!DOCTYPE html><html><body>\n");
    for (int i = 0; i < 4000; i++) page.append("<p>Paragraph ").append(i).append(" of a long page about the strike.</p>\n");
    Path gz = dir.resolve("long.html.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(page.toString().getBytes(StandardCharsets.UTF_8));
    }
    byte[] all = Files.readAllBytes(gz);
    Files.write(gz, java.util.Arrays.copyOf(all, all.length / 2));

    List<RawDocument> docs = read(gz);

    assertEquals(1, docs.size());
    assertTrue(docs.get(0).text().startsWith("<!DOCTYPE html>") && docs.get(0).text().length() < page.length());
    InputProblem p = problem(problems, "long.html.gz", WARNING, "gzip data truncated or corrupt at compressed offset");
    assertTrue(p.message().contains(String.format(java.util.Locale.ROOT, "%,d", all.length / 2)), p.message());
  }

  @Test
  void jsonlLinesWithHtml() throws IOException {
    Path jsonl = dir.resolve("pages.jsonl");
    Files.writeString(jsonl, String.join("\n",
        "{\"id\":\"p1\",\"html\":\"<html><body><p>Strike at the port.</p></body></html>\",\"url\":\"https://x.example/p1\","
            + "\"published\":\"2025-04-15\",\"outlet\":\"X\",\"title\":\"Strike\"}",
        "{\"id\":\"p2\",\"text\":\"Plain text wins.\",\"html\":\"<p>ignored</p>\"}",
        "{\"id\":\"p3\",\"html\":\"  \"}"));

    List<RawDocument> docs = read(jsonl);

    RawDocument p1 = doc(docs, "p1");
    assertEquals(RawDocument.Format.HTML, p1.format());
    assertEquals("<html><body><p>Strike at the port.</p></body></html>", p1.text());
    assertEquals("https://x.example/p1", p1.url());
    assertEquals("2025-04-15", p1.published());
    assertEquals("X", p1.outlet());
    assertEquals("Strike", p1.title());
    assertEquals(RawDocument.Format.TEXT, doc(docs, "p2").format());
    assertEquals(2, docs.size());
    assertEquals(3, problem(problems, "pages.jsonl", ERROR, "has no \"text\" or \"html\"").line());
  }

  @Test
  void rssItemsWithContentBecomeDocumentsWithTheirMetadata() {
    List<RawDocument> docs = read(Fixtures.path("harbour-times.rss"));

    assertEquals(List.of("https://harbour-times.example/2025/04/15/strike", "https://harbour-times.example/2025/04/17/water",
        "https://harbour-times.example/2025/04/19/annual-report"), docs.stream().map(RawDocument::id).toList());
    RawDocument strike = docs.get(0);
    assertEquals(RawDocument.Format.HTML, strike.format());
    assertEquals("https://harbour-times.example/2025/04/15/strike", strike.url());
    assertEquals("2025-04-15T08:12:00+00:00", strike.published()); // 09:12 +01:00, the same instant
    assertEquals("Carrow dockworkers begin 72-hour strike", strike.title());
    assertEquals("The Harbour Times", strike.outlet());
    assertTrue(strike.text().contains("<article>\n<p>The port authority said on Monday"), strike.text());
    assertTrue(strike.text().contains("<title>Carrow dockworkers begin 72-hour strike</title>"));
    assertTrue(strike.source().endsWith("harbour-times.rss#item1"), strike.source());
    // a description of 80+ words is the article
    assertTrue(docs.get(2).text().contains("The harbour board published its annual report on Saturday."));
    problem(problems, "harbour-times.rss", WARNING, "1 item has only a summary and no page in this run: skipped");
    assertEquals(1, problems.size(), problems.toString());
  }

  @Test
  void atomSummariesAreCountedUnlessAPageOfTheRunStandsForThem() throws IOException {
    Fixtures.copy(dir, "newspulse-summaries.atom", "harbour-times.rss", "article.html.gz");
    // a JSONL page with the URL of one summary-only entry, and a page whose canonical link is another's (http vs https)
    Files.writeString(dir.resolve("pages.jsonl"),
        "{\"id\":\"np-1\",\"html\":\"<p>Walk-out.</p>\",\"url\":\"https://newspulse.example/carrow-dockworkers-walk-out\"}\n");
    Files.writeString(dir.resolve("spill.html"), "<html><head><link rel=\"canonical\" "
        + "href=\"http://NewsPulse.example/ashwell-river-spill/\"></head><body><p>Spill.</p></body></html>");

    List<RawDocument> docs = read(dir);

    // article.html.gz declares the canonical link of the RSS's first item: the page stands for that item
    assertEquals(List.of("article.html.gz", "np-1", "spill.html", "https://harbour-times.example/2025/04/17/water",
        "https://harbour-times.example/2025/04/19/annual-report"), docs.stream().map(RawDocument::id).toList());
    problem(problems, "newspulse-summaries.atom", WARNING, "1 item has only a summary and no page in this run");
    problem(problems, "harbour-times.rss", WARNING, "1 item has only a summary");
    assertEquals(2, problems.size(), problems.toString());
  }

  @Test
  void brokenFeedsAreReportedWithTheirLine() {
    List<RawDocument> docs = read(Fixtures.path("broken.rss"), Fixtures.path("sitemap.xml"),
        Fixtures.path("harbour-times.rss"));

    assertEquals(3, docs.size(), "the good feed is still read");
    InputProblem broken = problem(problems, "broken.rss", ERROR, "malformed XML");
    assertEquals(9, broken.line(), broken.toString());
  }

  @Test
  void xmlInAFolderIsReadOnlyWhenItIsAFeed() throws IOException {
    Fixtures.copy(dir, "sitemap.xml");
    Files.copy(Fixtures.path("harbour-times.rss"), dir.resolve("feed.xml"));

    List<RawDocument> docs = read(dir);

    assertEquals(3, docs.size());
    problem(problems, "sitemap.xml", WARNING, "not an RSS or Atom feed (root element <urlset>)");
  }

  @Test
  void explicitFilesAreSniffedWhenTheirNameSaysNothing() throws IOException {
    Path html = dir.resolve("page.download");
    Files.copy(Fixtures.path("cp1251-declared.html"), html);
    Path feed = dir.resolve("feed.php");
    Files.copy(Fixtures.path("harbour-times.rss"), feed);

    List<RawDocument> docs = read(html, feed);

    assertEquals(RawDocument.Format.HTML, doc(docs, html.toString()).format());
    assertTrue(doc(docs, html.toString()).text().contains(TITLE));
    assertEquals(4, docs.size(), "one page and three feed items");
  }
}
