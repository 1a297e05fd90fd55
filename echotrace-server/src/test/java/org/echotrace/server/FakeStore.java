package org.echotrace.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import org.echotrace.model.AnalysisResult;
import org.echotrace.model.QuoteVariant;
import org.echotrace.pipeline.Pipeline;
import org.echotrace.pipeline.ProgressListener;
import org.echotrace.report.JsonReport;
import org.echotrace.store.AddReport;
import org.echotrace.store.Edit;
import org.echotrace.store.Page;
import org.echotrace.store.SearchResults;
import org.echotrace.store.Store;

/**
 * A store held in memory, for the API's tests before (and besides) the real one: the lexical analysis of
 * {@code examples/corpus} in the shapes {@link Store} documents, plus a hostile article (markup in its title, outlet,
 * id and text) that copies one of the examples. Searching is naive (the articles whose text contains the query), and
 * families are the connected copy relations. Thread-safe for reading; {@link #adds} records add calls.
 */
final class FakeStore implements StoreView {
  static final String HOSTILE_TITLE = "<script>alert(1)</script>";
  static final String HOSTILE_OUTLET = "<img src=x onerror=alert(2)>";
  static final String HOSTILE_ID = "hostile/\"><img src=x onerror=alert(3)>.txt";
  static final String HOSTILE_TAIL = "\n\n<script>alert(4)</script> <b>bold?</b>";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static ObjectNode analysis;

  private final Map<String, ObjectNode> articles = new LinkedHashMap<>();
  private final List<ObjectNode> relations = new ArrayList<>();
  private final List<ObjectNode> stories = new ArrayList<>();
  final List<List<Path>> adds = new CopyOnWriteArrayList<>();
  private final boolean writable;

  FakeStore(boolean writable) {
    this.writable = writable;
    ObjectNode a = exampleAnalysis().deepCopy();
    for (JsonNode art : a.path("articles")) articles.put(art.path("id").asText(), (ObjectNode) art);
    for (JsonNode r : a.path("relations")) relations.add((ObjectNode) r);
    for (JsonNode s : a.path("stories")) stories.add((ObjectNode) s);
    addHostile();
    decorate();
  }

  /** The examples' lexical analysis as the JSON report writes it (computed once per test run). */
  static synchronized ObjectNode exampleAnalysis() {
    if (analysis == null) {
      AnalysisResult r = Pipeline.lexicalOnly(ProgressListener.NONE).run(List.of(examples()));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      new JsonReport().writeJson(r, out);
      try {
        analysis = (ObjectNode) JSON.readTree(out.toByteArray());
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
    return analysis;
  }

  static Path examples() {
    Path p = Path.of("../examples/corpus");
    return p.toFile().isDirectory() ? p : Path.of("examples/corpus");
  }

  /** The example article the hostile one copies. */
  static final String COPIED = "harbour-times/carrow-port-strike-begins.txt";

  private void addHostile() {
    ObjectNode source = articles.get(COPIED);
    ObjectNode h = source.deepCopy();
    String text = source.path("text").asText();
    h.put("id", HOSTILE_ID).put("title", HOSTILE_TITLE).put("outlet", HOSTILE_OUTLET)
        .put("author", "<i>x</i>").put("published", "2025-04-16T10:00:00Z").put("url", "javascript:alert(5)")
        .put("text", text + HOSTILE_TAIL);
    articles.put(HOSTILE_ID, h);
    ObjectNode r = JSON.createObjectNode().put("a", COPIED).put("b", HOSTILE_ID).put("type", "verbatim")
        .put("origin", COPIED).put("origin_confidence", "certain");
    r.putNull("external_origin");
    r.putNull("via");
    r.putArray("origin_reasons").add("published before " + HOSTILE_ID + " <script>alert(6)</script>");
    r.put("score", 1.0).put("probability", 0.99);
    r.putObject("coverage").put("a", 1.0).put("b", 0.98);
    ObjectNode ev = r.putObject("evidence");
    ObjectNode p = ev.putArray("passages").addObject();
    p.putArray("a").add(0).add(text.length());
    p.putArray("b").add(0).add(text.length());
    p.put("words", text.split("\\s+").length);
    ObjectNode s = ev.putArray("sentences").addObject();
    s.putArray("a").add(0).add(Math.min(80, text.length()));
    s.putArray("b").add(0).add(Math.min(80, text.length()));
    s.put("similarity", 0.97);
    relations.add(r);
  }

  /** Adds what the store adds to an analysis article: story, family, first_seen, relations. */
  private void decorate() {
    Map<String, String> storyOf = new HashMap<>();
    for (ObjectNode s : stories) for (JsonNode id : s.path("articles")) storyOf.put(id.asText(), s.path("id").asText());
    Map<String, String> root = new HashMap<>();
    for (String id : articles.keySet()) root.put(id, id);
    for (ObjectNode r : relations) union(root, r.path("a").asText(), r.path("b").asText());
    for (ObjectNode a : articles.values()) {
      String id = a.path("id").asText();
      a.put("story", storyOf.get(id));
      a.putNull("narrative");
      a.put("first_seen", a.path("published").isNull() ? "2025-06-01T00:00:00Z" : a.path("published").asText());
      a.put("added", "2025-06-01T00:00:00Z");
      a.put("versions", 1);
      ArrayNode rels = a.putArray("relations");
      TreeSet<String> members = new TreeSet<>();
      String origin = null, confidence = "undecided";
      for (ObjectNode r : relations) {
        if (r.path("a").asText().equals(id) || r.path("b").asText().equals(id)) rels.add(r);
      }
      for (String other : articles.keySet()) if (find(root, other).equals(find(root, id))) members.add(other);
      for (ObjectNode r : relations) {
        if (members.contains(r.path("a").asText()) && !r.path("origin").isNull() && origin == null) {
          origin = r.path("origin").asText();
          confidence = r.path("origin_confidence").asText();
        }
      }
      if (members.size() < 2) {
        a.putNull("family");
      } else {
        ObjectNode f = a.putObject("family").put("origin", origin).put("origin_confidence", confidence);
        members.forEach(f.putArray("members")::add);
      }
    }
  }

  private static void union(Map<String, String> root, String a, String b) {
    root.put(find(root, a), find(root, b));
  }

  private static String find(Map<String, String> root, String x) {
    while (!root.get(x).equals(x)) x = root.get(x);
    return x;
  }

  static ObjectNode summary(JsonNode a) {
    ObjectNode s = JSON.createObjectNode();
    for (String f : List.of("id", "title", "outlet", "url", "published", "language", "story", "first_seen")) {
      s.set(f, a.path(f).isMissingNode() ? JSON.nullNode() : a.get(f));
    }
    return s;
  }

  @Override public boolean writable() {
    return writable;
  }

  final java.util.concurrent.atomic.AtomicInteger refreshes = new java.util.concurrent.atomic.AtomicInteger();

  @Override public void refresh() {
    refreshes.incrementAndGet();
  }

  @Override public Store.Stats stats() {
    return new Store.Stats(articles.size(), articles.size(), relations.size(), stories.size(), outletNames().size(),
        123_456L, "2025-06-01T00:00:00Z", true);
  }

  @Override public SearchResults search(String text, int offset, int limit) {
    String q = text.strip();
    List<SearchResults.Hit> hits = new ArrayList<>();
    for (ObjectNode a : articles.values()) {
      String body = a.path("text").asText();
      int at = body.indexOf(q);
      if (at < 0) continue;
      JsonNode f = a.path("family");
      SearchResults.Family family = f.isNull() ? null : new SearchResults.Family(f.path("origin").textValue(),
          f.path("origin_confidence").asText(), JSON.convertValue(f.path("members"), List.class));
      hits.add(new SearchResults.Hit(a.path("id").asText(), a.path("title").textValue(), a.path("outlet").textValue(),
          a.path("url").textValue(), a.path("published").textValue(), a.path("first_seen").textValue(), 1.0,
          "verbatim", List.of(new SearchResults.Passage(at, at + q.length(), body.substring(at, at + q.length()), 1.0)),
          family));
    }
    hits.sort(Comparator.comparing(h -> h.firstSeen() == null ? "" : h.firstSeen()));
    return new SearchResults(text, hits.size(), hits.subList(Math.min(offset, hits.size()),
        Math.min(hits.size(), offset + limit)));
  }

  /** As the real store: an unknown URL throws {@code NoSuchElementException}. */
  @Override public SearchResults searchUrl(String url, int offset, int limit) {
    for (ObjectNode a : articles.values()) {
      if (url.equals(a.path("url").textValue())) {
        SearchResults r = search(a.path("text").asText(), offset, limit);
        return new SearchResults(url, r.total(), r.results());
      }
    }
    throw new java.util.NoSuchElementException("no stored article has the URL " + url);
  }

  @Override public Optional<JsonNode> article(String id) {
    return Optional.ofNullable(articles.get(id));
  }

  @Override public Page articles(Store.ArticleFilter filter, int offset, int limit) {
    List<JsonNode> all = new ArrayList<>();
    for (ObjectNode a : articles.values()) {
      String day = a.path("published").isTextual() ? a.path("published").asText().substring(0, 10) : null;
      if (filter.outlet() != null && !filter.outlet().equals(a.path("outlet").textValue())) continue;
      if (filter.language() != null && !filter.language().equals(a.path("language").textValue())) continue;
      if (filter.from() != null && (day == null || day.compareTo(filter.from()) < 0)) continue;
      if (filter.to() != null && (day == null || day.compareTo(filter.to()) > 0)) continue;
      all.add(summary(a));
    }
    all.sort(Comparator.comparing((JsonNode s) -> s.path("published").asText("")).reversed());
    return page(all, offset, limit);
  }

  private static Page page(List<JsonNode> all, int offset, int limit) {
    int from = Math.min(offset, all.size());
    return new Page(all.size(), offset, all.subList(from, Math.min(all.size(), from + limit)));
  }

  @Override public Page stories(int offset, int limit) {
    List<JsonNode> all = new ArrayList<>(stories);
    all.sort(Comparator.comparing((JsonNode s) -> -s.path("articles").size()));
    return page(all, offset, limit);
  }

  @Override public Optional<JsonNode> story(String id) {
    for (ObjectNode s : stories) {
      if (!s.path("id").asText().equals(id)) continue;
      ObjectNode full = s.deepCopy();
      full.putNull("narrative");
      List<JsonNode> timeline = new ArrayList<>();
      for (JsonNode a : s.path("articles")) timeline.add(summary(articles.get(a.asText())));
      timeline.sort(Comparator.comparing(t -> t.path("published").asText("")));
      timeline.forEach(full.putArray("timeline")::add);
      ArrayNode rels = full.putArray("relations");
      TreeSet<String> ids = new TreeSet<>();
      s.path("articles").forEach(a -> ids.add(a.asText()));
      for (ObjectNode r : relations) {
        if (ids.contains(r.path("a").asText()) && ids.contains(r.path("b").asText())) rels.add(r);
      }
      return Optional.of(full);
    }
    return Optional.empty();
  }

  private Map<String, List<ObjectNode>> outletNames() {
    Map<String, List<ObjectNode>> by = new TreeMap<>();
    for (ObjectNode a : articles.values()) {
      by.computeIfAbsent(a.path("outlet").asText("(unknown)"), k -> new ArrayList<>()).add(a);
    }
    return by;
  }

  private ObjectNode outletNode(String name, List<ObjectNode> arts) {
    ObjectNode o = JSON.createObjectNode().put("name", name).put("articles", arts.size());
    TreeSet<String> langs = new TreeSet<>();
    arts.forEach(a -> langs.add(a.path("language").asText()));
    langs.forEach(o.putArray("languages")::add);
    Map<String, Integer> from = new TreeMap<>(), by = new TreeMap<>();
    for (ObjectNode r : relations) {
      if (r.path("origin").isNull()) continue;
      String origin = r.path("origin").asText(), copy = origin.equals(r.path("a").asText()) ? r.path("b").asText()
          : r.path("a").asText();
      String originOutlet = articles.get(origin).path("outlet").asText(), copyOutlet = articles.get(copy).path("outlet")
          .asText();
      if (copyOutlet.equals(name)) from.merge(originOutlet, 1, Integer::sum);
      if (originOutlet.equals(name)) by.merge(copyOutlet, 1, Integer::sum);
    }
    ArrayNode f = o.putArray("copies_from"), b = o.putArray("copied_by");
    from.forEach((k, v) -> f.addObject().put("outlet", k).put("count", v));
    by.forEach((k, v) -> b.addObject().put("outlet", k).put("count", v));
    return o;
  }

  @Override public Page outlets(int offset, int limit) {
    List<JsonNode> all = new ArrayList<>();
    outletNames().forEach((name, arts) -> all.add(outletNode(name, arts)));
    all.sort(Comparator.comparing((JsonNode o) -> -o.path("articles").asInt()));
    return page(all, offset, limit);
  }

  @Override public Optional<JsonNode> outlet(String name) {
    List<ObjectNode> arts = outletNames().get(name);
    if (arts == null) return Optional.empty();
    ObjectNode o = outletNode(name, arts);
    ArrayNode list = o.putArray("article_list");
    arts.forEach(a -> list.add(summary(a)));
    return Optional.of(o);
  }

  @Override public List<Edit> edits() {
    return List.of(new Edit(COPIED, "https://harbour.example/strike", "2025-06-01T00:00:00Z", "2025-06-02T00:00:00Z",
        2, 3, List.of(new QuoteVariant.WordEdit(QuoteVariant.Op.DELETE, "72-hour"),
            new QuoteVariant.WordEdit(QuoteVariant.Op.INSERT, "three-day"))));
  }

  @Override public AddReport add(List<Path> paths, Pipeline pipeline) {
    adds.add(List.copyOf(paths));
    return new AddReport(0, 0, 0, List.of(), List.of(), articles.size(), relations.size(), stories.size());
  }
}
