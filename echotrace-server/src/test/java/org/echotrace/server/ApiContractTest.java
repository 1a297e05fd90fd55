package org.echotrace.server;

import static org.echotrace.server.Http.enc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.echotrace.pipeline.Pipeline;
import org.echotrace.pipeline.ProgressListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The API through the front door, on port 0, over {@link FakeStore}: shapes, status codes, headers, paging bounds,
 * errors as JSON, adding refused on a read-only server.
 */
class ApiContractTest {
  private static EchotraceServer server, adding;
  private static FakeStore addStore;
  private static Http http, httpAdd;
  /** A sentence of {@link FakeStore#COPIED}, which its hostile copy holds too. */
  private static String sentence;

  @BeforeAll
  static void start() {
    FakeStore store = new FakeStore(false);
    server = EchotraceServer.start(store, "127.0.0.1", 0, false, null);
    http = new Http(server);
    addStore = new FakeStore(true);
    adding = EchotraceServer.start(addStore, "127.0.0.1", 0, true, Pipeline.lexicalOnly(ProgressListener.NONE));
    httpAdd = new Http(adding);
    String text = store.article(FakeStore.COPIED).orElseThrow().path("text").asText();
    sentence = text.substring(0, text.indexOf('.') + 1);
  }

  @AfterAll
  static void stop() {
    if (server != null) server.stop();
    if (adding != null) adding.stop();
  }

  private static Set<String> fields(JsonNode n) {
    Set<String> names = new TreeSet<>();
    n.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static void assertError(Http.Answer a, int status, String contains) {
    assertEquals(status, a.status(), a.body());
    assertTrue(a.header("Content-Type").startsWith("application/json"), a.header("Content-Type"));
    assertEquals(Set.of("error"), fields(a.json()), a.body());
    assertTrue(a.json().path("error").asText().contains(contains), a.body());
    assertSecurityHeaders(a);
  }

  static void assertSecurityHeaders(Http.Answer a) {
    assertEquals(RequestGuard.CSP, a.header("Content-Security-Policy"));
    assertEquals("nosniff", a.header("X-Content-Type-Options"));
    assertEquals("no-referrer", a.header("Referrer-Policy"));
  }

  @Test
  void searchAnswersTheCliShape() throws IOException, InterruptedException {
    Http.Answer a = http.get("/api/search?q=" + enc(sentence));
    assertEquals(200, a.status(), a.body());
    assertSecurityHeaders(a);
    assertEquals("application/json;charset=utf-8", a.header("Content-Type").replace(" ", ""));
    JsonNode r = a.json();
    assertEquals(Set.of("query", "total", "offset", "results"), fields(r), "echotrace search --format json's shape");
    assertEquals(sentence, r.path("query").asText());
    assertTrue(r.path("total").asInt() >= 2, "the article, its copies and its hostile copy: " + r.path("total"));
    assertTrue(r.path("results").findValuesAsText("id").contains(FakeStore.HOSTILE_ID));
    JsonNode hit = r.path("results").get(0);
    assertEquals(Set.of("id", "title", "outlet", "url", "published", "first_seen", "score", "match", "passages",
        "judged", "family"), fields(hit));
    assertTrue(hit.path("judged").isNull(), "a search by text judges nothing");
    assertEquals(Set.of("start", "end", "text", "similarity"), fields(hit.path("passages").get(0)));
    assertEquals(sentence, hit.path("passages").get(0).path("text").asText());
    assertEquals(Set.of("origin", "origin_confidence", "members"), fields(hit.path("family")));
    assertTrue(hit.path("url").isNull(), "nulls are written, not left out");
  }

  @Test
  void searchPagesWithinBounds() throws IOException, InterruptedException {
    JsonNode one = http.get("/api/search?limit=1&q=" + enc(sentence)).json();
    assertTrue(one.path("total").asInt() >= 2);
    assertEquals(1, one.path("results").size());
    JsonNode second = http.get("/api/search?offset=1&limit=1&q=" + enc(sentence)).json();
    assertFalse(one.path("results").get(0).path("id").equals(second.path("results").get(0).path("id")));
    assertEquals(0, http.get("/api/search?offset=50&q=" + enc(sentence)).json().path("results").size());
    assertEquals(200, http.get("/api/search?limit=100&q=x").status(), "100 is the largest page");
    assertError(http.get("/api/search?limit=101&q=x"), 400, "limit must be from 1 to 100, got 101");
    assertError(http.get("/api/search?limit=0&q=x"), 400, "limit");
    assertError(http.get("/api/search?limit=ten&q=x"), 400, "got 'ten'");
    assertError(http.get("/api/search?offset=-1&q=x"), 400, "offset");
    assertError(http.get("/api/search?offset=99999999999&q=x"), 400, "offset");
  }

  @Test
  void searchNeedsOneOfTextAndUrl() throws IOException, InterruptedException {
    assertError(http.get("/api/search"), 400, "exactly one");
    assertError(http.get("/api/search?q=a&url=https://x.example/"), 400, "exactly one");
    assertError(http.get("/api/search?q=%20%20"), 400, "white space");
    assertError(http.get("/api/search?url=file:///etc/passwd"), 400, "http://");
    assertError(http.get("/api/search?q=" + "a".repeat(Params.MAX_QUERY + 1)), 400, "at most");
    Http.Answer longest = http.get("/api/search?q=" + enc("\u20ac".repeat(Params.MAX_QUERY)));
    assertEquals(200, longest.status(), "the longest text, 9 bytes a character encoded, fits the request line");
    assertError(http.get("/api/search?url=" + enc("https://nowhere.example/a")), 404,
        "no stored article has the URL https://nowhere.example/a");
  }

  @Test
  void articlesListFiltersAndPages() throws IOException, InterruptedException {
    JsonNode all = http.get("/api/articles").json();
    assertEquals(Set.of("total", "offset", "items"), fields(all));
    assertEquals(60, all.path("total").asInt(), "59 examples and the hostile copy");
    assertEquals(Params.DEFAULT_LIMIT, all.path("items").size());
    assertEquals(Set.of("id", "title", "outlet", "url", "published", "language", "story", "first_seen"),
        fields(all.path("items").get(0)));
    JsonNode last = http.get("/api/articles?offset=55&limit=10").json();
    assertEquals(55, last.path("offset").asInt());
    assertEquals(5, last.path("items").size());
    assertEquals(0, http.get("/api/articles?offset=60").json().path("items").size());
    JsonNode harbour = http.get("/api/articles?outlet=" + enc("The Harbour Times")).json();
    assertTrue(harbour.path("total").asInt() > 0);
    harbour.path("items").forEach(i -> assertEquals("The Harbour Times", i.path("outlet").asText()));
    assertEquals(1, http.get("/api/articles?language=de").json().path("total").asInt());
    JsonNode day = http.get("/api/articles?from=2025-04-15&to=2025-04-15").json();
    day.path("items").forEach(i -> assertTrue(i.path("published").asText().startsWith("2025-04-15"), i.toString()));
    assertEquals(all.path("total"), http.get("/api/articles?outlet=&language=&from=&to=").json().path("total"),
        "empty fields mean any");
    assertError(http.get("/api/articles?from=15.04.2025"), 400, "YYYY-MM-DD");
    assertError(http.get("/api/articles?from=2025-05-01&to=2025-04-01"), 400, "after");
  }

  @Test
  void anArticleByQueryAndByPath() throws IOException, InterruptedException {
    String id = FakeStore.COPIED;
    Http.Answer q = http.get("/api/article?id=" + enc(id));
    assertEquals(200, q.status(), q.body());
    JsonNode art = q.json();
    assertEquals(id, art.path("id").asText());
    for (String f : List.of("text", "title", "outlet", "family", "first_seen", "relations", "story")) {
      assertTrue(art.has(f), f);
    }
    assertEquals(art, http.get("/api/articles/" + id).json(), "the path form takes the id's slash as it is");
    Http.Answer encoded = http.get("/api/articles/" + enc(id));
    assertEquals(200, encoded.status(), "an encoded slash (%2F) works too: " + encoded.body());
    assertEquals(art, encoded.json());
    JsonNode relations = http.get("/api/relations?id=" + enc(id)).json();
    assertTrue(relations.isArray() && relations.size() > 0, relations.toString());
    assertEquals(art.path("relations"), relations);
    assertEquals(relations, http.get("/api/articles/" + id + "/relations").json());
    assertEquals(relations, http.get("/api/articles/" + enc(id) + "/relations").json());
  }

  @Test
  void unknownIdsAre404() throws IOException, InterruptedException {
    assertError(http.get("/api/article?id=nope/none.txt"), 404, "no article with the id 'nope/none.txt'");
    assertError(http.get("/api/articles/nope/none.txt"), 404, "no article");
    assertError(http.get("/api/relations?id=nope"), 404, "no article");
    assertError(http.get("/api/story?id=s99999"), 404, "no story");
    assertError(http.get("/api/outlet?name=Nobody"), 404, "no outlet");
    assertError(http.get("/api/article"), 400, "'id' is required");
    assertError(http.get("/api/nothing-here"), 404, "no such path: GET /api/nothing-here");
    assertError(http.get("/nothing.html"), 404, "no such path");
  }

  @Test
  void storiesOutletsEditsStats() throws IOException, InterruptedException {
    JsonNode stories = http.get("/api/stories?limit=5").json();
    assertEquals(Set.of("total", "offset", "items"), fields(stories));
    assertEquals(5, stories.path("items").size());
    String sid = stories.path("items").get(0).path("id").asText();
    JsonNode story = http.get("/api/story?id=" + enc(sid)).json();
    assertEquals(sid, story.path("id").asText());
    assertTrue(story.path("timeline").isArray() && story.path("relations").isArray(), story.toString());
    JsonNode outlets = http.get("/api/outlets?limit=100").json();
    assertTrue(outlets.path("items").findValuesAsText("name").contains(FakeStore.HOSTILE_OUTLET), outlets.toString());
    JsonNode first = outlets.path("items").get(0);
    assertEquals(Set.of("name", "articles", "languages", "copies_from", "copied_by"), fields(first));
    JsonNode outlet = http.get("/api/outlet?name=" + enc(first.path("name").asText())).json();
    assertEquals(first.path("articles").asInt(), outlet.path("article_list").size());
    JsonNode edits = http.get("/api/edits").json();
    assertEquals(1, edits.path("total").asInt());
    JsonNode edit = edits.path("items").get(0);
    assertEquals(Set.of("id", "url", "previous_added", "added", "words_removed", "words_added", "changes"),
        fields(edit));
    assertEquals("-", edit.path("changes").get(0).path("op").asText(), "diff operations as the analysis JSON writes them");
    assertEquals(0, http.get("/api/edits?offset=1").json().path("items").size());
    JsonNode stats = http.get("/api/stats").json();
    assertEquals(Set.of("articles", "captures", "relations", "stories", "outlets", "bytes_on_disk", "analyzed_at",
        "up_to_date"), fields(stats));
    assertEquals(60, stats.path("articles").asInt());
  }

  @Test
  void addingIsRefusedOnAReadOnlyServer() throws IOException, InterruptedException {
    assertError(http.post("/api/add", "application/json", "{\"paths\": [\"/tmp\"]}"), 403, "read-only");
    assertError(http.get("/api/add"), 405, "GET is not allowed on /api/add");
    assertError(http.post("/api/search?q=x", "application/json", "{}"), 405, "POST is not allowed");
  }

  @Test
  void addingWhenAllowed() throws IOException, InterruptedException {
    Http.Answer ok = httpAdd.post("/api/add", "application/json", "{\"paths\": [\"../examples/corpus\"]}");
    assertEquals(200, ok.status(), ok.body());
    assertEquals(Set.of("read", "added", "unchanged", "edits", "problems", "articles", "relations", "stories"),
        fields(ok.json()));
    assertTrue(addStore.adds.contains(List.of(Path.of("../examples/corpus"))), addStore.adds.toString());
    assertError(httpAdd.post("/api/add", "text/plain", "{\"paths\": [\"/tmp\"]}"), 415, "application/json");
    assertError(httpAdd.post("/api/add", "application/json", "{\"paths\": []}"), 400, "at least one path");
    assertError(httpAdd.post("/api/add", "application/json", "{\"paths\": [\"https://x.example/\"]}"), 400,
        "fetches no URLs");
    assertError(httpAdd.post("/api/add", "application/json", "{nope"), 400, "not JSON");
    assertError(httpAdd.post("/api/add", "application/json", "{\"paths\": [\"/tmp\"]}", "Origin",
        "http://evil.example"), 403, "another site");
  }

  @Test
  void aForeignHostIsRefused() throws IOException {
    String rebound = http.raw("/api/stats", "evil.example:" + server.port());
    assertTrue(rebound.startsWith("HTTP/1.1 403"), rebound);
    assertTrue(rebound.contains("Content-Security-Policy: default-src 'none'"), rebound);
    assertTrue(http.raw("/api/stats", "localhost:" + server.port()).startsWith("HTTP/1.1 200"));
    assertTrue(http.raw("/api/stats", "127.0.0.1").startsWith("HTTP/1.1 200"));
  }

  @Test
  void startRefusesBadArguments() {
    FakeStore store = new FakeStore(false);
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> EchotraceServer.start(store, "127.0.0.1", 0, true, null));
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> EchotraceServer.start(store, "127.0.0.1", 70000, false, null));
    IllegalStateException taken = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
        () -> EchotraceServer.start(store, "127.0.0.1", server.port(), false, null));
    assertTrue(taken.getMessage().startsWith("cannot listen on 127.0.0.1:" + server.port()), taken.getMessage());
  }

  /** join() (what echotrace serve waits in) returns once the server is stopped from elsewhere. */
  @Test
  void joinReturnsAfterStop() throws InterruptedException {
    EchotraceServer s = EchotraceServer.start(new FakeStore(false), "localhost", 0, false, null);
    assertEquals("http://localhost:" + s.port() + "/", s.uri().toString());
    Thread stopper = new Thread(() -> {
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      s.stop();
    });
    stopper.start();
    long t0 = System.nanoTime();
    s.join();
    assertTrue(System.nanoTime() - t0 < 10_000_000_000L);
    s.stop();
  }

  @Test
  void theUiIsStaticFilesWithoutInlineCode() throws IOException, InterruptedException {
    Http.Answer page = http.get("/");
    assertEquals(200, page.status());
    assertEquals("text/html;charset=utf-8", page.header("Content-Type").replace(" ", ""));
    assertSecurityHeaders(page);
    String html = page.body();
    assertTrue(html.contains("<script src=\"app.js\" defer></script>"), html);
    assertTrue(html.contains("<script src=\"mark.js\" defer></script>"), html);
    assertEquals("text/javascript;charset=utf-8", http.get("/mark.js").header("Content-Type").replace(" ", ""));
    assertTrue(html.contains("<link rel=\"stylesheet\" href=\"app.css\">"), html);
    assertEquals(2, html.split("<script", -1).length - 1, "two script elements (mark.js, app.js), loaded from the server");
    assertFalse(html.contains("<style") || html.contains(" style="), "no inline style");
    assertFalse(java.util.regex.Pattern.compile("\\son[a-z]+\\s*=").matcher(html).find(), "no event handler attribute");
    assertEquals("text/javascript;charset=utf-8", http.get("/app.js").header("Content-Type").replace(" ", ""));
    assertEquals("text/css;charset=utf-8", http.get("/app.css").header("Content-Type").replace(" ", ""));
  }

  /** Every route of the table, with its method, is described in openapi.json (and nothing else is). */
  @Test
  void openApiDescribesEveryRoute() throws IOException, InterruptedException {
    Http.Answer a = http.get("/openapi.json");
    assertEquals(200, a.status());
    JsonNode doc = a.json();
    assertTrue(doc.path("openapi").asText().startsWith("3.0"), doc.path("openapi").toString());
    List<String> documented = new ArrayList<>();
    for (Iterator<String> it = doc.path("paths").fieldNames(); it.hasNext(); ) {
      String path = it.next();
      doc.path("paths").path(path).fieldNames().forEachRemaining(m -> {
        if (!m.equals("parameters")) documented.add(m.toUpperCase(java.util.Locale.ROOT) + " " + path);
      });
    }
    List<String> routed = new ArrayList<>();
    for (Routes.Route r : Routes.table(new FakeStore(false), null)) {
      routed.add(r.method().name() + " " + r.path().replaceAll("<([^>]+)>", "{$1}"));
    }
    assertEquals(new TreeSet<>(routed), new TreeSet<>(documented));
    assertNotNull(doc.path("components").path("schemas").get("SearchResults"));
  }
}
