package org.echotrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.echotrace.cli.AnalyzeCommandTest.Run;
import org.echotrace.pipeline.Pipeline;
import org.echotrace.pipeline.ProgressListener;
import org.echotrace.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code add}, {@code search} and {@code analyze --store} on the example corpus, lexical (no model), and a killed add. */
class StoreCommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path EXAMPLES = repositoryRoot().resolve("examples").resolve("corpus");

  @TempDir Path dir;

  static Path repositoryRoot() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.exists(p.resolve("mvnw"))) return p;
    }
    throw new IllegalStateException("not inside the echotrace repository");
  }

  private static Run run(String... args) {
    return AnalyzeCommandTest.run(args);
  }

  @Test
  void addSearchAndAnalyzeAStore() throws IOException {
    String store = dir.resolve("store").toString();
    Run first = run("add", "--store", store, "--no-rewrites", "--no-progress", EXAMPLES.toString());
    assertEquals(0, first.code(), first.err());
    assertTrue(first.out().contains("added 59 documents"), first.out());
    Run again = run("add", "--store", store, "--no-rewrites", "--no-progress", EXAMPLES.toString());
    assertEquals(0, again.code(), again.err());
    assertTrue(again.out().contains("added 0 documents to " + store + " (59 already there"), again.out());

    Path storeJson = dir.resolve("store.json"), onceJson = dir.resolve("once.json");
    Run analyzed = run("analyze", "--store", store, "--no-rewrites", "--no-progress", "--format", "json", "--out",
        storeJson.toString());
    assertEquals(0, analyzed.code(), analyzed.err());
    JsonNode all = JSON.readTree(storeJson.toFile());
    assertEquals(59, all.path("articles").size());
    Run once = run("analyze", "--no-rewrites", "--no-progress", "--format", "json", "--out", onceJson.toString(),
        EXAMPLES.toString());
    assertEquals(0, once.code(), once.err());
    assertEquals(relations(JSON.readTree(onceJson.toFile())), relations(all), "the store's analysis is the one-shot analysis");

    String paragraph = all.path("relations").get(0).path("a").asText();
    String text = null;
    for (JsonNode a : all.path("articles")) if (a.path("id").asText().equals(paragraph)) text = a.path("text").asText();
    String query = text.split("\n\n")[0];
    Run search = run("search", "--store", store, "--no-rewrites", "--format", "json", query);
    assertEquals(0, search.code(), search.err());
    JsonNode found = JSON.readTree(search.out());
    assertEquals(query, found.path("query").asText());
    assertTrue(found.path("total").asInt() >= 2, search.out());
    JsonNode top = found.path("results").get(0);
    for (String field : List.of("id", "title", "outlet", "url", "published", "first_seen", "score", "match", "passages", "family")) {
      assertTrue(top.has(field), field + " in " + top);
    }
    assertEquals("verbatim", top.path("match").asText());
    assertFalse(top.path("passages").isEmpty());

    Path html = dir.resolve("store.html");
    Run report = run("report", "--store", store, "--no-rewrites", "--no-progress", "--out", html.toString());
    assertEquals(0, report.code(), report.err());
    assertTrue(report.err().contains("wrote the report on 59 articles"), report.err());
    assertTrue(Files.readString(html).contains(all.path("relations").get(0).path("a").asText()));

    Run text0 = run("search", "--store", store, "--no-rewrites", query);
    assertTrue(text0.out().contains("hold this text, best first:"), text0.out());
    assertTrue(text0.out().contains("1. verbatim 100%"), text0.out());
  }

  private static Set<String> relations(JsonNode analysis) {
    Set<String> out = new TreeSet<>();
    for (JsonNode r : analysis.path("relations")) out.add(r.path("a").asText() + " " + r.path("b").asText() + " " + r.path("type").asText());
    return out;
  }

  @Test
  void mistakesAreUsageErrorsThatSayWhy() throws IOException {
    Run none = run("search", "--store", dir.resolve("none").toString(), "some words");
    assertEquals(ExitCodes.USAGE, none.code());
    assertTrue(none.err().contains("no echotrace store in"), none.err());
    Run both = run("search", "--store", dir.toString(), "--url", "https://example.org/a", "words");
    assertEquals(ExitCodes.USAGE, both.code());
    String store = dir.resolve("store").toString();
    run("add", "--store", store, "--no-rewrites", "--no-progress", EXAMPLES.resolve("harbour-times").toString());
    Run url = run("search", "--store", store, "--no-rewrites", "--url", "https://example.org/never-stored");
    assertEquals(ExitCodes.NOTHING_READ, url.code());
    assertTrue(url.err().contains("no stored article has the URL"), url.err());
    Run pathsAndStore = run("analyze", "--store", store, "--no-rewrites", EXAMPLES.toString());
    assertEquals(ExitCodes.USAGE, pathsAndStore.code());
    assertTrue(pathsAndStore.err().contains("not both"), pathsAndStore.err());
    Run nothing = run("add", "--store", store);
    assertEquals(ExitCodes.USAGE, nothing.code());
    Files.writeString(dir.resolve("file"), "x");
    Run notAStore = run("add", "--store", dir.resolve("file").toString(), "--no-rewrites", EXAMPLES.toString());
    assertEquals(ExitCodes.INTERNAL, notAStore.code());
    assertTrue(notAStore.err().contains("is a file, not a store folder"), notAStore.err());
  }

  /**
   * A real process killed with SIGKILL at several moments of an add: the store opens afterwards, and running the same
   * add again completes it to the analysis of an add that was never interrupted.
   */
  @Test
  void aKilledAddLeavesAStoreThatOpensAndTheSameAddCompletesIt() throws Exception {
    Path clean = dir.resolve("clean");
    try (Store s = Store.open(clean, null)) {
      s.add(List.of(EXAMPLES), Pipeline.lexicalOnly(ProgressListener.NONE));
    }
    Set<String> expected = storeRelations(clean);
    List<String> states = new ArrayList<>();
    for (long delay : new long[] {700, 1400, 2100, 2800, 3500}) {
      Path store = dir.resolve("killed-" + delay);
      Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
          "-cp", System.getProperty("java.class.path"), "org.echotrace.cli.EchotraceCommand", "add", "--store",
          store.toString(), "--no-rewrites", "--no-progress", EXAMPLES.toString())
          .redirectErrorStream(true).redirectOutput(dir.resolve("killed-" + delay + ".log").toFile()).start();
      boolean finished = p.waitFor(delay, TimeUnit.MILLISECONDS);
      if (!finished) {
        p.destroyForcibly(); // SIGKILL on Linux
        p.waitFor();
      }
      if (!Files.exists(store.resolve("echotrace-store.json"))) {
        states.add(delay + " ms: killed before the store was created");
        continue;
      }
      try (Store s = Store.open(store, null)) {
        Store.Stats before = s.stats();
        states.add(delay + " ms: " + (finished ? "finished" : "killed") + " with " + before.captures()
            + " documents committed, analysis " + (before.upToDate() ? "up to date" : "behind"));
        s.add(List.of(EXAMPLES), Pipeline.lexicalOnly(ProgressListener.NONE));
        assertTrue(s.upToDate());
        assertEquals(59, s.stats().articles());
      }
      assertEquals(expected, storeRelations(store), "after " + states.get(states.size() - 1));
    }
    System.out.println("killed adds: " + states);
    assertTrue(states.stream().anyMatch(s -> s.contains("killed")), states.toString());
  }

  private static Set<String> storeRelations(Path store) throws IOException {
    Set<String> out = new TreeSet<>();
    try (Store s = Store.openReadOnly(store, null)) {
      for (JsonNode a : s.articles(Store.ArticleFilter.ALL, 0, 1000).items()) {
        for (JsonNode r : s.article(a.path("id").asText()).orElseThrow().path("relations")) {
          out.add(r.path("a").asText() + " " + r.path("b").asText() + " " + r.path("type").asText());
        }
      }
    }
    return out;
  }
}
