package org.echotrace.cli;

import static org.echotrace.cli.AnalyzeCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.echotrace.cli.AnalyzeCommandTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code echotrace extract} through the front door: files and URLs in, one article per input out. */
class ExtractCommandTest {
  private static final List<String> ARTICLE_FIELDS =
      List.of("id", "title", "published", "attribution", "outlet", "url", "language", "text", "segments");

  @TempDir Path dir;
  private final ObjectMapper json = new ObjectMapper();

  private List<JsonNode> lines(String out) throws IOException {
    List<JsonNode> nodes = new java.util.ArrayList<>();
    for (String line : out.split("\n")) if (!line.isBlank()) nodes.add(json.readTree(line));
    return nodes;
  }

  private Path files() throws IOException {
    Path html = dir.resolve("ru.html");
    Files.write(html, ("<!DOCTYPE html><html><head><meta charset=\"windows-1251\"><title>Забастовка</title></head><body>\n"
        + "<p>" + LocalSite.RUSSIAN + "</p>\n</body></html>\n").getBytes(Charset.forName("windows-1251")));
    Files.writeString(dir.resolve("plain.txt"), "Strike halts the port\n" + LocalSite.BODY + "\n");
    return html;
  }

  @Test
  void jsonlHasOneArticleLinePerInputWithThePathAsGiven() throws IOException {
    Path html = files();
    Path txt = dir.resolve("plain.txt");

    Run r = run("extract", "--format", "jsonl", html.toString(), txt.toString());

    assertEquals(0, r.code(), r.err());
    assertEquals("", r.err(), "a declared charset is no problem");
    List<JsonNode> articles = lines(r.out());
    assertEquals(List.of(html.toString(), txt.toString()), articles.stream().map(a -> a.get("id").asText()).toList());
    for (JsonNode a : articles) for (String f : ARTICLE_FIELDS) assertTrue(a.has(f), f + " in " + a);
    assertTrue(articles.get(1).get("text").asText().contains("halted all container traffic"), articles.get(1).toString());
    assertTrue(r.out().contains("забастовку"), "windows-1251 decoded, not mojibake: " + r.out());
  }

  @Test
  void textFormatShowsEachArticle() throws IOException {
    files();
    Run r = run("extract", dir.resolve("plain.txt").toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("== " + dir.resolve("plain.txt")), r.out());
    assertTrue(r.out().contains("halted all container traffic"), r.out());
  }

  @Test
  void jsonHoldsArticlesAndProblems() throws IOException {
    files();
    Path missing = dir.resolve("missing.html");
    Run r = run("extract", "--format", "json", dir.resolve("plain.txt").toString(), missing.toString());
    assertEquals(0, r.code(), r.err());
    JsonNode root = json.readTree(r.out());
    assertEquals(1, root.get("articles").size());
    assertEquals(missing.toString(), root.get("problems").get(0).get("path").asText());
    assertTrue(r.err().contains(missing + ": error: no such file or folder"), r.err());
  }

  @Test
  void urlsAreFetchedAndKeepTheirIdAsGiven() throws IOException {
    try (LocalSite site = new LocalSite()) {
      String old = site.url("/old"), ru = site.url("/ru/strike.html");
      Run r = run("extract", "--format", "jsonl", "--delay", "0", old, ru, site.url("/private/x.html"),
          site.url("/logo.png"));

      assertEquals(0, r.code(), r.err());
      List<JsonNode> articles = lines(r.out());
      assertEquals(List.of(old, ru), articles.stream().map(a -> a.get("id").asText()).toList());
      assertEquals(site.url("/news/strike.html"), articles.get(0).get("url").asText(), "the URL after redirects");
      assertTrue(articles.get(1).toString().contains("забастовку"), articles.get(1).toString());
      assertTrue(r.err().contains("/private/x.html: error: skipped: disallowed by"), r.err());
      assertTrue(r.err().contains("/logo.png: error: skipped: not an HTML page (Content-Type image/png)"), r.err());
    }
  }

  @Test
  void exitCodes() throws IOException {
    files();
    assertEquals(ExitCodes.NOTHING_READ, run("extract", dir.resolve("nothing-here.html").toString()).code());
    assertEquals(ExitCodes.USAGE, run("extract", "--format", "xml", dir.resolve("plain.txt").toString()).code());
    assertEquals(ExitCodes.USAGE, run("extract").code());
    assertEquals(ExitCodes.SKIPPED_INPUTS,
        run("extract", "--strict", dir.resolve("plain.txt").toString(), dir.resolve("nothing-here.html").toString()).code());
  }
}
