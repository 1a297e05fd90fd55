package org.echotrace.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.echotrace.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web UI in headless Chromium, over the server on port 0: the flow a reader follows (search for a paragraph →
 * the first result's article → its side by side view), the other pages, and a hostile article. Any console call,
 * uncaught exception, error in the browser's log (a CSP violation or a failed load is one) or dialog fails a test.
 * Screenshots are kept in {@code target/ui-screenshots/} for a person to look at. Skipped with a message when no
 * Chromium is installed, except on CI (see {@link HeadlessChromium}).
 */
class UiInBrowserTest {
  static final Path SCREENSHOTS = Path.of("target", "ui-screenshots");
  private static final Duration SETTLE = Duration.ofMillis(300);
  /** A test's worth of waiting for the page to settle after a navigation (it fetches from the server). */
  private static final int WAIT_MS = 15_000;

  @TempDir static Path dir;
  private static HeadlessChromium chromium;
  private static Store store;
  private static EchotraceServer real, fake;

  @BeforeEach
  void browserAndServers() throws IOException, InterruptedException {
    if (chromium == null) chromium = HeadlessChromium.startOrSkip(dir);
    if (real == null) {
      Path storeDir = dir.resolve("store");
      StoreEndToEndTest.buildExampleStore(storeDir);
      store = Store.openReadOnly(storeDir, null);
      real = EchotraceServer.start(store, "127.0.0.1", 0, false, null);
      fake = EchotraceServer.start(new FakeStore(false), "127.0.0.1", 0, false, null);
    }
  }

  @AfterAll
  static void quit() throws InterruptedException, IOException {
    if (chromium != null) chromium.close();
    if (real != null) real.stop();
    if (fake != null) fake.stop();
    if (store != null) store.close();
  }

  private static String js(String s) {
    try {
      return Http.JSON.writeValueAsString(s);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Waits until the page shows {@code route} and has drawn it; fails with the page's text otherwise. */
  private static void awaitRoute(String route) throws IOException, InterruptedException {
    JsonNode ok = chromium.evaluate("new Promise(done => { const t0 = Date.now(); (function poll() {"
        + " const b = document.body; if (b.dataset.route === " + js(route) + " && b.dataset.state === 'ready') done(true);"
        + " else if (Date.now() - t0 > " + WAIT_MS + ") done(false); else setTimeout(poll, 25); })(); })");
    assertTrue(ok.asBoolean(), "page " + route + " not ready: " + text("#view"));
  }

  private static void go(String hash, String route) throws IOException, InterruptedException {
    chromium.evaluate("location.hash = " + js(hash));
    awaitRoute(route);
  }

  private static String text(String selector) throws IOException, InterruptedException {
    return chromium.evaluate("(() => { const e = document.querySelector(" + js(selector) + ");"
        + " return e ? e.textContent : null; })()").asText();
  }

  private static int count(String selector) throws IOException, InterruptedException {
    return chromium.evaluate("document.querySelectorAll(" + js(selector) + ").length").asInt(-1);
  }

  /** The text of a pair side as drawn, without the passage numbers put into it. */
  private static String sideText(String side) throws IOException, InterruptedException {
    return chromium.evaluate("(() => { const c = document.querySelector('details.pair[open] .side[data-side=" + side
        + "] .text').cloneNode(true); c.querySelectorAll('button.num').forEach(e => e.remove()); return c.textContent; })()")
        .asText();
  }

  private static void assertClean(HeadlessChromium.PageLog log) {
    assertTrue(log.failures().isEmpty(), String.join("\n", log.failures()));
  }

  /**
   * Clean but for the 404s the test asked for: Chromium logs an API answer of 404 as a failed load, which is what the
   * page gets for an unknown id (and shows as its message).
   */
  private static void assertCleanBut404s(HeadlessChromium.PageLog log, int expected) {
    List<String> failures = new java.util.ArrayList<>(log.failures());
    int found = 0;
    for (java.util.Iterator<String> it = failures.iterator(); it.hasNext(); ) {
      if (it.next().contains("status of 404 (Not Found)")) {
        it.remove();
        found++;
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
    assertEquals(expected, found, "404s: " + log.failures());
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  @Test
  void searchThenArticleThenSideBySide() throws IOException, InterruptedException {
    JsonNode origin = store.article(FakeStore.COPIED).orElseThrow();
    String paragraph = origin.path("text").asText().split("\n\n")[1];
    assertClean(chromium.open(real.uri(), SETTLE));
    awaitRoute("home");
    assertTrue(text("#stats").startsWith("59 articles"), text("#stats"));

    chromium.evaluate("document.getElementById('q').value = " + js(paragraph) + "; document.getElementById('go').click()");
    awaitRoute("search");
    int hits = count("li.hit");
    assertTrue(hits >= 3, "hits: " + hits);
    assertEquals(hits, count("li.hit .kind"));
    assertTrue(count("li.hit .passages li") >= hits, "each hit shows its passages");
    assertTrue(count("li.hit .family") >= 3, "the strike story's copy family");
    assertTrue(text("h2").contains("articles hold this text"), text("h2"));
    chromium.screenshot("body", 1400, SCREENSHOTS.resolve("1-search.png"));

    String first = chromium.evaluate("document.querySelector('li.hit h3 a').textContent").asText();
    chromium.evaluate("document.querySelector('li.hit h3 a').click()");
    awaitRoute("article");
    assertEquals(first, text("#title"));
    String id = chromium.evaluate("document.querySelector('#metadata .ids').textContent").asText();
    JsonNode art = store.article(id).orElseThrow();
    assertEquals(art.path("text").asText(), text("#text"), "the clean text, whole");
    assertTrue(text("#origin").contains("confidence"), text("#origin"));
    assertEquals(art.path("family").path("members").size(), count("#family-graph .node"), "one box per member");
    assertTrue(count("#family-graph .edge") >= art.path("family").path("members").size() - 1, "connected");
    assertEquals(1, count("#family-graph .node.first"), "the origin marked");
    JsonNode overlaps = chromium.evaluate("(() => { const svg = document.getElementById('family-graph');"
        + " const labels = [...svg.querySelectorAll('.edge text')].map(t => t.getBBox());"
        + " const boxes = [...svg.querySelectorAll('.node rect')].map(r => r.getBBox());"
        + " const hit = (a, b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;"
        + " const out = []; labels.forEach((a, i) => { labels.forEach((b, j) => { if (i < j && hit(a, b)) out.push('labels ' + i + '/' + j); });"
        + " boxes.forEach((b, j) => { if (hit(a, b)) out.push('label ' + i + ' on box ' + j); }); });"
        + " const w = svg.getBBox(); if (w.x + w.width > svg.width.baseVal.value + 1) out.push('drawn past the right edge');"
        + " return out; })()");
    assertEquals(0, overlaps.size(), "family graph: " + overlaps);
    assertEquals(art.path("relations").size(), count("details.pair"));
    chromium.screenshot("body", 1400, SCREENSHOTS.resolve("2-article.png"));

    JsonNode drawn = chromium.evaluate("new Promise(done => { const d = document.querySelector('details.pair');"
        + " d.open = true; const t0 = Date.now(); (function poll() { if (d.dataset.drawn === 'yes') done(true);"
        + " else if (Date.now() - t0 > " + WAIT_MS + ") done(d.dataset.drawn || 'never'); else setTimeout(poll, 25); })(); })");
    assertTrue(drawn.asBoolean(), "pair drawn: " + drawn);
    JsonNode rel = art.path("relations").get(0);
    boolean swap = rel.path("origin").asText().equals(rel.path("b").asText());
    String left = swap ? rel.path("b").asText() : rel.path("a").asText();
    String right = swap ? rel.path("a").asText() : rel.path("b").asText();
    assertEquals(store.article(left).orElseThrow().path("text").asText(), sideText("L"));
    assertEquals(store.article(right).orElseThrow().path("text").asText(), sideText("R"));
    int passages = rel.path("evidence").path("passages").size();
    assertEquals(passages, count("details.pair[open] .side[data-side=L] button.num.pa"), "numbered passages, left");
    assertEquals(passages, count("details.pair[open] .side[data-side=R] button.num.pa"), "numbered passages, right");
    assertEquals("origin", text("details.pair[open] .side[data-side=L] .role"));
    JsonNode focused = chromium.evaluate("(() => { const b = document.querySelector('details.pair[open] .side[data-side=L]"
        + " button.num'); b.click(); return [b.dataset.target, document.activeElement.id]; })()");
    assertEquals(focused.get(0), focused.get(1), "a passage number takes the reader to its counterpart");
    chromium.screenshot("details.pair[open]", 1400, SCREENSHOTS.resolve("3-side-by-side.png"));
    assertClean(chromium.sinceOpened(SETTLE));
    chromium.closePage();
  }

  @Test
  void storyOutletAndListingPages() throws IOException, InterruptedException {
    assertClean(chromium.open(URI.create(real.uri() + "#/stories"), SETTLE));
    awaitRoute("stories");
    assertEquals(20, count("table.stories tbody tr"));
    assertTrue(count(".pager a.next") == 1, "a next page");
    chromium.evaluate("document.querySelector('table.stories tbody a').click()");
    awaitRoute("story");
    assertTrue(count("#timeline circle") >= 2, "the timeline's dots");
    assertTrue(count("ol.timeline-list li") >= 2);
    chromium.screenshot("body", 1400, SCREENSHOTS.resolve("4-story.png"));

    go("#/outlet?name=" + encode("The Harbour Times"), "outlet");
    assertTrue(count("#copied-by tbody tr") >= 1, "who copies the Harbour Times");
    assertTrue(count("table.articles tbody tr") >= 1, "its articles");
    chromium.screenshot("body", 1400, SCREENSHOTS.resolve("5-outlet.png"));

    go("#/articles", "articles");
    assertEquals(20, count("table.articles tbody tr"));
    chromium.evaluate("document.getElementById('f-outlet').value = 'The Harbour Times';"
        + " document.getElementById('f-from').value = '2025-04-01';"
        + " document.querySelector('#filters button').click()");
    awaitRoute("articles");
    JsonNode outlets = chromium.evaluate("[...document.querySelectorAll('table.articles tbody tr td:nth-child(3)')]"
        + ".map(td => td.textContent)");
    assertTrue(outlets.size() >= 1, "filtered rows");
    outlets.forEach(o -> assertEquals("The Harbour Times", o.asText()));
    assertTrue(chromium.evaluate("location.hash").asText().contains("outlet=The%20Harbour%20Times"));
    chromium.screenshot("body", 1400, SCREENSHOTS.resolve("6-articles-filtered.png"));

    go("#/outlets", "outlets");
    assertEquals(10, count("table.outlets tbody tr"));
    go("#/edits", "edits");
    go("#/article?id=no/such.txt", "article");
    assertTrue(text(".error").contains("no article with the id 'no/such.txt'"), text("#view"));
    assertCleanBut404s(chromium.sinceOpened(SETTLE), 1);
    chromium.closePage();
  }

  @Test
  void hostileArticleShowsAsTextAndRunsNothing() throws IOException, InterruptedException {
    String id = FakeStore.HOSTILE_ID;
    assertClean(chromium.open(URI.create(fake.uri() + "#/article?id=" + encode(id)), SETTLE));
    awaitRoute("article");
    assertEquals(FakeStore.HOSTILE_TITLE, text("#title"));
    assertTrue(text("#metadata").contains(FakeStore.HOSTILE_OUTLET), text("#metadata"));
    assertTrue(text("#metadata").contains("javascript:alert(5)"), "the URL as text");
    assertTrue(text("#text").endsWith(FakeStore.HOSTILE_TAIL), "markup in the text stays text");
    assertTrue(text("#origin").contains("<script>alert(6)</script>"), text("#origin"));
    chromium.evaluate("document.querySelector('details.pair').open = true");
    go("#/pair?a=" + encode(FakeStore.COPIED) + "&b=" + encode(id), "pair");
    assertTrue(text(".side[data-side=R] .text").contains("<script>alert(4)</script>"));
    go("#/outlet?name=" + encode(FakeStore.HOSTILE_OUTLET), "outlet");
    go("#/search?q=" + encode("<b>bold?</b>"), "search");
    assertEquals(1, count("li.hit"));
    assertEquals(FakeStore.HOSTILE_TITLE, text("li.hit h3 a"));
    go("#/articles?outlet=" + encode(FakeStore.HOSTILE_OUTLET), "articles");
    assertEquals(0, count("img"), "no img element");
    assertEquals(2, count("script"), "the page's own scripts only (mark.js, app.js)");
    assertEquals(0, count("b, i"), "no markup from the data");
    JsonNode handlers = chromium.evaluate("[...document.querySelectorAll('*')].filter(e => [...e.attributes]"
        + ".some(a => a.name.startsWith('on'))).length");
    assertEquals(0, handlers.asInt(-1), "no element with an event handler attribute");
    JsonNode hrefs = chromium.evaluate("[...document.querySelectorAll('[href]')].map(e => e.getAttribute('href'))"
        + ".filter(h => !(h.startsWith('#/') || h === 'app.css' || h === 'openapi.json' || h === 'data:,'))");
    assertEquals(0, hrefs.size(), "every link is a route of the page: " + hrefs);
    assertClean(chromium.sinceOpened(SETTLE));
    chromium.closePage();
  }

  /** The policy holds: a script put into the page by other means than app.js does not run, and the browser says so. */
  @Test
  void anInjectedInlineScriptIsRefused() throws IOException, InterruptedException {
    assertClean(chromium.open(fake.uri(), SETTLE));
    awaitRoute("home");
    chromium.evaluate("(() => { const s = document.createElement('script'); s.textContent = \"document.title = 'ran'\";"
        + " document.body.appendChild(s); })()");
    HeadlessChromium.PageLog log = chromium.sinceOpened(SETTLE);
    assertEquals("echotrace", chromium.evaluate("document.title").asText(), "the injected script did not run");
    assertTrue(log.logErrors().stream().anyMatch(e -> e.contains("Content Security Policy")), log.toString());
    chromium.closePage();
  }

  @Test
  void everyRouteOfThePageDrawsWithoutErrors() throws IOException, InterruptedException {
    assertClean(chromium.open(real.uri(), SETTLE));
    awaitRoute("home");
    go("#/search?url=" + encode("https://nowhere.example/a"), "search");
    assertTrue(text(".error").contains("no stored article has the URL https://nowhere.example/a"), text("#view"));
    go("#/nonsense", "nonsense");
    assertEquals("No such page", text("h2"));
    go("#/story?id=s1", "story");
    go("#/pair?a=" + encode(FakeStore.COPIED) + "&b=nope", "pair");
    assertTrue(text(".error").contains("no relation between"), text("#view"));
    assertCleanBut404s(chromium.sinceOpened(SETTLE), 1);
    chromium.closePage();
  }
}
