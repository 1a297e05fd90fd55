package org.echotrace.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.echotrace.model.AnalysisResult;
import org.echotrace.model.InputProblem;
import org.echotrace.model.RawDocument;
import org.echotrace.model.Relation;
import org.echotrace.ingest.CorpusReader;
import org.echotrace.pipeline.Pipeline;
import org.echotrace.pipeline.ProgressListener;
import org.echotrace.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store on the example corpus, lexical pipeline (no model: fast). */
class StoreTest {
  private static Path corpus;
  private static List<RawDocument> docs;

  @BeforeAll
  static void read() {
    corpus = SharedData.repositoryRoot().resolve("examples").resolve("corpus");
    docs = new CorpusReader(p -> {}).readAll(List.of(corpus));
  }

  private static Pipeline lexical() {
    return Pipeline.lexicalOnly(ProgressListener.NONE);
  }

  private static Set<String> pairs(List<Relation> relations) {
    return relations.stream().map(r -> r.a() + " " + r.b() + " " + r.kind()).collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> pairs(Store store) throws IOException {
    Set<String> out = new TreeSet<>();
    for (JsonNode a : store.articles(Store.ArticleFilter.ALL, 0, 10_000).items()) {
      for (JsonNode r : store.article(a.path("id").asText()).orElseThrow().path("relations")) {
        out.add(r.path("a").asText() + " " + r.path("b").asText() + " " + r.path("type").asText().toUpperCase().replace('-', '_'));
      }
    }
    return out;
  }

  @Test
  void addingInTwoHalvesGivesTheRelationsOfOneRun(@TempDir Path tmp) throws IOException {
    AnalysisResult once = lexical().run(List.of(corpus));
    List<RawDocument> first = new ArrayList<>(), second = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) (i % 2 == 0 ? first : second).add(docs.get(i));
    try (Store store = Store.open(tmp.resolve("s"), null)) {
      AddReport a = store.add(first, List.of(), lexical());
      assertEquals(first.size(), a.added());
      AddReport b = store.add(second, List.of(), lexical());
      assertEquals(second.size(), b.added());
      assertEquals(docs.size(), b.articles());
      assertEquals(once.relations().size(), b.relations());
      assertEquals(pairs(once.relations()), pairs(store));
      assertEquals(pairs(once.relations()), pairs(store.analyze(lexical()).relations()));
      assertTrue(store.upToDate());
    }
  }

  @Test
  void addingTheSameDocumentsAgainChangesNothing(@TempDir Path tmp) throws IOException {
    try (Store store = Store.open(tmp.resolve("s"), null)) {
      store.add(docs, List.of(), lexical());
      String analyzed = store.stats().analyzedAt();
      AddReport again = store.add(docs, List.of(), lexical());
      assertEquals(0, again.added());
      assertEquals(docs.size(), again.unchanged());
      assertEquals(analyzed, store.stats().analyzedAt(), "no new document: no new analysis");
      assertEquals(docs.size(), store.stats().captures());
    }
  }

  @Test
  void aChangedCaptureOfAKnownUrlIsAVersionAndAnEdit(@TempDir Path tmp) throws IOException {
    String url = "https://example.org/news/bridge";
    String v1 = "The council closed the old bridge on Monday after engineers found cracks in two of its piers.\n\n"
        + "Traffic will be diverted through the town centre for at least three weeks, the council said.";
    String v2 = v1.replace("three weeks", "six weeks") + "\n\nThe mayor apologised to residents for the disruption.";
    try (Store store = Store.open(tmp.resolve("s"), null)) {
      store.add(List.of(RawDocument.ofHtml("crawl1/bridge.html", "crawl1/bridge.html", html(v1), url)), List.of(), lexical());
      AddReport r = store.add(List.of(RawDocument.ofHtml("crawl2/bridge.html", "crawl2/bridge.html", html(v2), url)),
          List.of(), lexical());
      assertEquals(1, r.added());
      assertEquals(1, r.edits().size());
      Edit e = r.edits().get(0);
      assertEquals(url, e.url());
      assertTrue(e.wordsAdded() >= 8, e.toString());
      assertTrue(e.wordsRemoved() >= 1, e.toString());
      assertEquals(1, store.stats().articles(), "one page, two captures: the newest is analysed");
      assertEquals(2, store.stats().captures());
      assertTrue(store.article("crawl2/bridge.html").orElseThrow().path("text").asText().contains("six weeks"));
      assertEquals(1, store.edits().size());
    }
    assertEquals(1, count(tmp.resolve("s"), "ext"), "the superseded capture's extraction is not kept");
    assertEquals(2, count(tmp.resolve("s"), "doc"));
  }

  /** Live documents of a type in a closed store's index. */
  private static int count(Path store, String type) throws IOException {
    try (var dir = org.apache.lucene.store.FSDirectory.open(store.resolve("index"));
         var reader = org.apache.lucene.index.DirectoryReader.open(dir)) {
      return new org.apache.lucene.search.IndexSearcher(reader)
          .count(new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term("type", type)));
    }
  }

  private static String html(String body) {
    StringBuilder b = new StringBuilder("<html><head><title>Bridge closed</title></head><body><article><h1>Bridge closed</h1>");
    for (String p : body.split("\n\n")) b.append("<p>").append(p).append("</p>");
    return b.append("</article></body></html>").toString();
  }

  @Test
  void searchFindsTheVerbatimCopiesOfAParagraph(@TempDir Path tmp) throws IOException {
    try (Store store = Store.open(tmp.resolve("s"), null)) {
      store.add(docs, List.of(), lexical());
      // The family with most verbatim copies: search for a paragraph of its origin.
      JsonNode origin = null;
      int best = 0;
      for (JsonNode a : store.articles(Store.ArticleFilter.ALL, 0, 1000).items()) {
        JsonNode f = a.path("family");
        if (f.isObject() && a.path("id").asText().equals(f.path("origin").asText()) && f.path("members").size() > best) {
          best = f.path("members").size();
          origin = store.article(a.path("id").asText()).orElseThrow();
        }
      }
      assertNotNull(origin, "the example corpus has copy families");
      String paragraph = origin.path("text").asText().split("\n\n")[0];
      SearchResults found = store.search(paragraph, 0, 20);
      Set<String> ids = found.results().stream().map(SearchResults.Hit::id).collect(Collectors.toSet());
      assertTrue(ids.contains(origin.path("id").asText()), ids.toString());
      int verbatimCopies = 0;
      for (JsonNode r : origin.path("relations")) {
        if (!r.path("type").asText().equals("verbatim")) continue;
        String other = r.path("a").asText().equals(origin.path("id").asText()) ? r.path("b").asText() : r.path("a").asText();
        if (store.article(other).orElseThrow().path("text").asText().contains(paragraph)) {
          assertTrue(ids.contains(other), other + " holds the paragraph: " + ids);
          verbatimCopies++;
        }
      }
      assertTrue(verbatimCopies >= 1);
      SearchResults.Hit top = found.results().get(0);
      assertEquals("verbatim", top.match());
      assertEquals(1.0, top.score());
      assertFalse(top.passages().isEmpty());
      assertNotNull(top.family());
      SearchResults none = store.search("zzzz qqqq xxxx", 0, 10);
      assertEquals(0, none.total());
      // One word is looked up as a word: every article holding it, each with the word as its passage.
      String word = "Carrow";
      SearchResults one = store.search(word, 0, 100);
      long holding = 0;
      for (RawDocument d : docs) {
        if (store.article(d.id()).map(a -> a.path("text").asText().contains(word)).orElse(false)) holding++;
      }
      assertEquals(holding, one.total(), one.results().toString());
      for (SearchResults.Hit h : one.results()) assertEquals(word, h.passages().get(0).text());
    }
  }

  /**
   * A search keeps the articles it read for the index reader it read them from (text, tokens and summary); an add
   * opens a new reader, so the next search sees the family the add made, and the new copy.
   */
  @Test
  void aSearchAfterAnAddSeesWhatTheAddChanged(@TempDir Path tmp) throws IOException {
    String text = "The regional council approved a new flood barrier for the harbour district on Tuesday evening.\n\n"
        + "Construction of the barrier will begin next spring and is expected to take about two years to finish.";
    String paragraph = text.split("\n\n")[0];
    try (Store store = Store.open(tmp.resolve("s"), null)) {
      store.add(List.of(RawDocument.ofHtml("first/barrier.html", "first/barrier.html", html(text),
          "https://first.example/barrier")), List.of(), lexical());
      SearchResults before = store.search(paragraph, 0, 10);
      assertEquals(List.of("first/barrier.html"), before.results().stream().map(SearchResults.Hit::id).toList());
      SearchResults.Family alone = before.results().get(0).family();
      assertTrue(alone == null || alone.members().size() <= 1, String.valueOf(alone));

      String copy = text + "\n\nResidents can comment on the plans at the town hall until the end of the month.";
      store.add(List.of(RawDocument.ofHtml("second/barrier.html", "second/barrier.html", html(copy),
          "https://second.example/barrier")), List.of(), lexical());
      SearchResults after = store.search(paragraph, 0, 10);
      Set<String> ids = after.results().stream().map(SearchResults.Hit::id).collect(Collectors.toSet());
      assertEquals(Set.of("first/barrier.html", "second/barrier.html"), ids);
      for (SearchResults.Hit h : after.results()) {
        assertNotNull(h.family(), h.id() + " has a family now");
        assertTrue(h.family().members().containsAll(ids), h.family().toString());
      }
    }
  }

  @Test
  void aSearchByUrlSaysWhatTheAnalysisJudgedOfEachHit(@TempDir Path tmp) throws IOException {
    List<RawDocument> withUrls = new ArrayList<>();
    for (RawDocument d : docs) {
      withUrls.add(new RawDocument(d.id(), d.source(), d.format(), d.text(), "https://example.org/" + d.id(),
          d.published(), d.outlet(), d.title(), d.crawled()));
    }
    try (Store store = Store.open(tmp.resolve("s"), null)) {
      store.add(withUrls, List.of(), lexical());
      String id = "harbour-times/carrow-port-strike-begins.txt";
      SearchResults found = store.searchUrl("https://example.org/" + id, 0, 20);
      assertTrue(found.results().stream().noneMatch(h -> h.id().equals(id)), "the page itself is left out");
      java.util.Map<String, String> judgedType = new java.util.HashMap<>();
      for (JsonNode r : store.article(id).orElseThrow().path("relations")) {
        judgedType.put(r.path("a").asText().equals(id) ? r.path("b").asText() : r.path("a").asText(), r.path("type").asText());
      }
      int judged = 0;
      for (SearchResults.Hit h : found.results()) {
        if (judgedType.containsKey(h.id())) {
          assertNotNull(h.judged(), h.toString());
          assertEquals(judgedType.get(h.id()), h.judged().type());
          judged++;
        } else {
          assertEquals(null, h.judged(), h.toString());
        }
      }
      assertTrue(judged >= 2, found.results().toString());
      assertTrue(store.search("Hundreds of dockworkers at the Port of Carrow walked off the job", 0, 5).results().stream()
          .allMatch(h -> h.judged() == null), "a search by text judges nothing");
    }
  }

  @Test
  void searchFindsTranslationsByTheirNamesNumbersAndConcepts(@TempDir Path tmp) throws IOException {
    try (Store store = Store.open(tmp.resolve("s"), null)) {
      store.add(docs, List.of(), lexical());
      // The German translation keeps names, numbers and news concepts sentence by sentence. (The Russian one of the
      // examples scores 0.41 on its first two paragraphs, under the threshold chosen on web-dev: not asserted.)
      for (String[] pair : new String[][] {
          {"capital-monitor/teachers-pay-deal.txt", "nachrichtenblick/valdera-lehrer-gehaltsabschluss.txt"}}) {
        String text = store.article(pair[0]).orElseThrow().path("text").asText();
        String[] paragraphs = text.split("\n\n");
        String query = paragraphs[0] + "\n\n" + paragraphs[1];
        SearchResults found = store.search(query, 0, 20);
        SearchResults.Hit translation = found.results().stream().filter(h -> h.id().equals(pair[1])).findFirst()
            .orElseThrow(() -> new AssertionError(pair[1] + " not found: " + found.results()));
        assertEquals("translation", translation.match());
        assertTrue(translation.score() >= StoreSearch.TRANSLATION, translation.toString());
        assertFalse(translation.passages().isEmpty());
        for (SearchResults.Hit h : found.results()) {
          if (h.match().equals("translation")) {
            assertFalse(h.id().startsWith(pair[0].substring(0, pair[0].indexOf('/'))), "same outlet, same language: " + h);
          }
        }
      }
    }
  }

  @Test
  void aReadOnlyStoreMustExistAndRefusesToAdd(@TempDir Path tmp) throws IOException {
    IOException e = assertThrows(IOException.class, () -> Store.openReadOnly(tmp.resolve("none"), null));
    assertTrue(e.getMessage().contains("no echotrace store"), e.getMessage());
    Files.createDirectories(tmp.resolve("other"));
    Files.writeString(tmp.resolve("other").resolve("x.txt"), "x", StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.CREATE_NEW);
    IOException notEmpty = assertThrows(IOException.class, () -> Store.open(tmp.resolve("other"), null));
    assertTrue(notEmpty.getMessage().contains("not an echotrace store"), notEmpty.getMessage());
    try (Store w = Store.open(tmp.resolve("s"), null)) {
      w.add(docs.subList(0, 3), List.of(), lexical());
      IOException second = assertThrows(IOException.class, () -> Store.open(tmp.resolve("s"), null));
      assertTrue(second.getMessage().contains("another process"), second.getMessage());
      try (Store r = Store.openReadOnly(tmp.resolve("s"), null)) {
        assertEquals(3, r.stats().articles());
        assertThrows(IllegalStateException.class, () -> r.add(docs, List.of(), lexical()));
        w.add(docs.subList(3, 5), List.of(), lexical());
        assertEquals(3, r.stats().articles(), "a reader sees a commit once it refreshes");
        r.refresh();
        assertEquals(5, r.stats().articles());
      }
    }
  }

  @Test
  void badInputIsReportedAndTheRestAdded(@TempDir Path tmp) throws IOException {
    Path in = tmp.resolve("in");
    Files.createDirectories(in);
    Files.writeString(in.resolve("good.txt"), "Headline\n\nThe harbour reopened on Tuesday after the storm.");
    Files.write(in.resolve("broken.jsonl"), "{not json\n".getBytes(StandardCharsets.UTF_8));
    Files.write(in.resolve("empty.txt"), new byte[0]);
    try (Store store = Store.open(tmp.resolve("s"), null)) {
      AddReport r = store.add(List.of(in), lexical());
      assertEquals(1, r.added());
      assertTrue(r.problems().stream().map(InputProblem::path).anyMatch(p -> p.contains("broken.jsonl")), r.problems().toString());
      assertEquals(1, store.stats().articles());
    }
  }

  @Test
  void listingsPageAndFilter(@TempDir Path tmp) throws IOException {
    try (Store store = Store.open(tmp.resolve("s"), null)) {
      store.add(docs, List.of(), lexical());
      Page all = store.articles(Store.ArticleFilter.ALL, 0, 10);
      assertEquals(docs.size(), all.total());
      assertEquals(10, all.items().size());
      Page rest = store.articles(Store.ArticleFilter.ALL, 50, 100);
      assertEquals(docs.size() - 50, rest.items().size());
      Page outlets = store.outlets(0, 100);
      assertTrue(outlets.total() >= 10);
      String name = outlets.items().get(0).path("name").asText();
      Page one = store.articles(new Store.ArticleFilter(name, null, null, null), 0, 100);
      assertEquals(outlets.items().get(0).path("articles").asInt(), one.total());
      JsonNode outlet = store.outlet(name).orElseThrow();
      assertEquals(one.total(), outlet.path("article_list").size());
      Page stories = store.stories(0, 5);
      assertTrue(stories.items().get(0).path("articles").size() >= stories.items().get(4).path("articles").size());
      JsonNode story = store.story(stories.items().get(0).path("id").asText()).orElseThrow();
      assertEquals(story.path("articles").size(), story.path("timeline").size());
      Page dated = store.articles(new Store.ArticleFilter(null, null, "2025-05-01", "2025-05-31"), 0, 100);
      assertTrue(dated.total() > 0 && dated.total() < docs.size());
      for (JsonNode a : dated.items()) assertTrue(a.path("published").asText().startsWith("2025-05"), a.toString());
      assertTrue(store.article("no/such/article").isEmpty());
    }
  }
}
