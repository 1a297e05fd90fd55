package org.echotrace.cli;

import static org.echotrace.cli.AnalyzeCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.echotrace.cli.AnalyzeCommandTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code echotrace fetch} against a local site, then {@code analyze} on the folder it wrote, offline. */
class FetchCommandTest {
  @TempDir Path dir;

  @Test
  void fetchThenAnalyzeOffline() throws IOException {
    Path out = dir.resolve("crawl");
    try (LocalSite site = new LocalSite()) {
      Run r = run("fetch", "--out", out.toString(), "--delay", "0", site.url("/news/strike.html"), site.url("/old"),
          site.url("/ru/strike.html"), site.url("/private/x.html"), site.url("/missing"));

      assertEquals(0, r.code(), r.err());
      String[] lines = r.out().split("\n");
      assertEquals(5, lines.length, r.out());
      assertTrue(lines[0].matches("200\\s+\\d[\\d,]* bytes  " + java.util.regex.Pattern.quote(site.url("/news/strike.html"))), lines[0]);
      assertTrue(lines[1].endsWith("→ " + site.url("/news/strike.html")), lines[1]);
      assertTrue(lines[3].startsWith("skipped  " + site.url("/private/x.html") + "  disallowed by"), lines[3]);
      assertTrue(lines[4].startsWith("404"), lines[4]);
      assertTrue(r.err().contains("4 of 5 URLs fetched"), r.err());
    }
    List<Path> warcs;
    try (Stream<Path> s = Files.list(out)) {
      warcs = s.toList();
    }
    assertEquals(1, warcs.size());
    assertTrue(warcs.get(0).getFileName().toString().endsWith(".warc.gz"));

    // the site is gone: analyze reads the stored pages, with a feed of the same site beside them
    String strike = ids0(out);
    Files.writeString(out.resolve("site.rss"), "<?xml version=\"1.0\"?>\n<rss version=\"2.0\" "
        + "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>Local Times</title>\n"
        + "<item><title>Strike halts the port</title><link>" + strike + "</link><description>Short teaser.</description>"
        + "</item>\n<item><title>Ferry</title><link>https://local.example/ferry</link>"
        + "<pubDate>Fri, 18 Apr 2025 07:00:00 +0000</pubDate><content:encoded><![CDATA[<p>The summer ferry timetable "
        + "starts on Monday, the operator said, with two extra crossings a day.</p>]]></content:encoded></item>\n"
        + "</channel></rss>\n");
    Path result = dir.resolve("result.json");
    Run a = run("analyze", out.toString(), "--format", "json", "--out", result.toString());
    assertEquals(0, a.code(), a.err());
    JsonNode root = new ObjectMapper().readTree(result.toFile());
    List<String> ids = new java.util.ArrayList<>();
    root.get("articles").forEach(n -> ids.add(n.get("id").asText()));
    assertEquals(3, ids.size(), ids.toString());
    assertTrue(ids.get(0).endsWith("/news/strike.html") && ids.get(1).endsWith("/ru/strike.html"), ids.toString());
    assertEquals("https://local.example/ferry", ids.get(2), "the feed item with its content");
    assertEquals("Local Times", root.get("articles").get(2).get("outlet").asText());
    // the teaser item's page is in the WARC: nothing to report about it
    assertTrue(!root.get("problems").toString().contains("only a summary"), root.get("problems").toString());
    // the redirect target was fetched twice (directly and through /old): the repeat is reported, the first kept
    assertTrue(root.get("problems").toString().contains("URL already read"), root.get("problems").toString());
  }

  /** The URL of the first page, as fetched (the port changes every run). */
  private static String ids0(Path out) throws IOException {
    try (Stream<Path> s = Files.list(out)) {
      Path warc = s.findFirst().orElseThrow();
      return new org.echotrace.ingest.CorpusReader(p -> {}).readAll(List.of(warc)).get(0).url();
    }
  }

  @Test
  void nothingFetched() throws IOException {
    try (LocalSite site = new LocalSite()) {
      Run r = run("fetch", "--out", dir.toString(), "--delay", "0", site.url("/private/a.html"), "ftp://127.0.0.1/x");
      assertEquals(ExitCodes.NOTHING_READ, r.code(), r.out() + r.err());
      assertTrue(r.out().contains("skipped  ftp://127.0.0.1/x  not an http(s) URL"), r.out());
    }
  }

  @Test
  void outIsRequired() {
    assertEquals(ExitCodes.USAGE, run("fetch", "http://127.0.0.1:1/").code());
  }
}
