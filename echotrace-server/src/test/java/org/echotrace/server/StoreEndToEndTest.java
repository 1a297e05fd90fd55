package org.echotrace.server;

import static org.echotrace.server.Http.enc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.echotrace.pipeline.Pipeline;
import org.echotrace.pipeline.ProgressListener;
import org.echotrace.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server over a real store: {@code examples/corpus} added with the lexical pipeline, then opened read-only, as
 * {@code echotrace serve} does. Checks that what the store answers reaches the client whole.
 */
class StoreEndToEndTest {
  @TempDir static Path dir;
  private static Store store;
  private static EchotraceServer server;
  private static Http http;

  @BeforeAll
  static void start() throws IOException {
    buildExampleStore(dir);
    store = Store.openReadOnly(dir, null);
    server = EchotraceServer.start(store, "127.0.0.1", 0, false, null);
    http = new Http(server);
  }

  /** Adds the example corpus to a new store in {@code dir} with the lexical pipeline. */
  static void buildExampleStore(Path dir) throws IOException {
    try (Store s = Store.open(dir, null)) {
      s.add(List.of(FakeStore.examples()), Pipeline.lexicalOnly(ProgressListener.NONE));
    }
  }

  @AfterAll
  static void stop() throws IOException {
    if (server != null) server.stop();
    if (store != null) store.close();
  }

  @Test
  void aParagraphFindsItsArticleAndCopies() throws IOException, InterruptedException {
    JsonNode origin = http.get("/api/article?id=" + enc(FakeStore.COPIED)).json();
    String text = origin.path("text").asText();
    String paragraph = text.split("\n\n")[1];
    Http.Answer a = http.get("/api/search?q=" + enc(paragraph));
    assertEquals(200, a.status(), a.body());
    JsonNode r = a.json();
    assertEquals(paragraph, r.path("query").asText());
    List<String> ids = r.path("results").findValuesAsText("id");
    assertTrue(ids.contains(FakeStore.COPIED), ids.toString());
    assertTrue(r.path("total").asInt() >= 3, "the Harbour Times strike story and its republications: " + ids);
    JsonNode hit = r.path("results").get(0);
    for (String f : List.of("id", "title", "outlet", "url", "published", "first_seen", "score", "match", "passages",
        "family")) {
      assertTrue(hit.has(f), f + " in " + hit);
    }
    JsonNode p = hit.path("passages").get(0);
    JsonNode hitArticle = http.get("/api/article?id=" + enc(hit.path("id").asText())).json();
    assertEquals(hitArticle.path("text").asText().substring(p.path("start").asInt(), p.path("end").asInt()),
        p.path("text").asText(), "passage offsets point into the article's clean text");
  }

  @Test
  void articlesRelationsStoriesOutlets() throws IOException, InterruptedException {
    JsonNode list = http.get("/api/articles?limit=100").json();
    assertEquals(59, list.path("total").asInt());
    assertEquals(59, list.path("items").size());
    JsonNode art = http.get("/api/articles/" + FakeStore.COPIED).json();
    assertEquals(FakeStore.COPIED, art.path("id").asText());
    assertTrue(art.path("family").has("members"), art.path("family").toString());
    JsonNode rels = http.get("/api/relations?id=" + enc(FakeStore.COPIED)).json();
    assertTrue(rels.size() >= 3, rels.toString());
    for (JsonNode r : rels) {
      assertTrue(r.path("a").asText().equals(FakeStore.COPIED) || r.path("b").asText().equals(FakeStore.COPIED));
      assertTrue(r.path("evidence").path("passages").isArray(), r.toString());
    }
    JsonNode stories = http.get("/api/stories").json();
    assertTrue(stories.path("total").asInt() > 10, stories.toString());
    String sid = stories.path("items").get(0).path("id").asText();
    JsonNode story = http.get("/api/story?id=" + enc(sid)).json();
    assertTrue(story.path("timeline").size() > 1, story.toString());
    JsonNode outlet = http.get("/api/outlet?name=" + enc("The Harbour Times")).json();
    assertTrue(outlet.path("copied_by").size() > 0, outlet.toString());
    assertTrue(outlet.path("article_list").size() > 0, outlet.toString());
    JsonNode stats = http.get("/api/stats").json();
    assertEquals(59, stats.path("articles").asInt());
    assertTrue(stats.path("up_to_date").asBoolean());
    assertEquals(403, http.post("/api/add", "application/json", "{\"paths\": [\"/tmp\"]}").status());
  }

  /** What another process adds shows without a restart: the server refreshes its read-only store. */
  @Test
  void anAddBesideTheServerShows(@TempDir Path other) throws IOException, InterruptedException {
    Path storeDir = other.resolve("store"), corpus = java.nio.file.Files.createDirectories(other.resolve("more"));
    buildExampleStore(storeDir);
    try (Store readOnly = Store.openReadOnly(storeDir, null);
         EchotraceServer s = EchotraceServer.start(StoreView.of(readOnly), "127.0.0.1", 0, false, null,
             java.time.Duration.ofMillis(100))) {
      Http h = new Http(s);
      assertEquals(59, h.get("/api/stats").json().path("articles").asInt());
      java.nio.file.Files.writeString(corpus.resolve("late.txt"), "The Late Courier\nJune 2, 2025\n"
          + "Late news\n\nA new bridge over the river Ash opened on Monday after three years of works, the council said.\n");
      try (Store writer = Store.open(storeDir, null)) {
        writer.add(List.of(corpus), Pipeline.lexicalOnly(ProgressListener.NONE));
      }
      int seen = 0;
      for (int i = 0; i < 100 && seen != 60; i++) {
        Thread.sleep(50);
        seen = h.get("/api/stats").json().path("articles").asInt();
      }
      assertEquals(60, seen, "the added article shows");
    }
  }

  @Test
  void addingIsRefusedOnAReadOnlyStore() {
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> EchotraceServer.start(store, "127.0.0.1", 0, true, Pipeline.lexicalOnly(ProgressListener.NONE)));
  }
}
