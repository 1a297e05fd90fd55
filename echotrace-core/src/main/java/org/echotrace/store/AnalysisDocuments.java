package org.echotrace.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.google.common.hash.Hashing;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Turns the analysis JSON into the store's browsing documents: one per article (its JSON with its relations, event,
 * narrative, copy family and first-seen date), per story, per outlet, and one per paragraph for search. Reads the
 * analysis only; decides nothing the analysis did not (the family's origin is the one the relations agree on).
 */
final class AnalysisDocuments {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Relation types that make a copy family; same-story and same-narrative links do not. */
  static final Set<String> COPY_TYPES = Set.of("verbatim", "partial", "paraphrase", "translation");
  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");
  private static final Pattern DAY = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}");

  /** Articles read from the file and written at a time (their JSON trees are the memory a write needs). */
  static final int BATCH = 2_000;

  private final Path file;
  private final Map<String, String> addedOf;
  private final List<JsonNode> relations = new ArrayList<>(), stories = new ArrayList<>(), narratives = new ArrayList<>();

  /**
   * @param file the analysis JSON ({@link org.echotrace.report.JsonReport}); its articles are streamed, never held
   *     all at once
   * @param addedOf when each article's page first entered the store (ISO-8601), by article id
   */
  AnalysisDocuments(Path file, Map<String, String> addedOf) {
    this.file = file;
    this.addedOf = addedOf;
  }

  /** Reads the file's top-level lists named in {@code sinks}, one element at a time, in one pass. */
  private void stream(Map<String, ElementSink> sinks) throws IOException {
    try (JsonParser p = JSON.getFactory().createParser(file.toFile())) {
      if (p.nextToken() != JsonToken.START_OBJECT) throw new IOException(file + " is not an analysis JSON object");
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        ElementSink sink = sinks.get(p.currentName());
        JsonToken value = p.nextToken();
        if (sink == null || value != JsonToken.START_ARRAY) {
          p.skipChildren();
          continue;
        }
        while (p.nextToken() == JsonToken.START_OBJECT) sink.accept(JSON.readTree(p));
      }
    }
  }

  @FunctionalInterface
  private interface ElementSink {
    void accept(JsonNode element) throws IOException;
  }

  /**
   * Writes the story and outlet documents (the caller deleted the old ones), and brings the article and paragraph
   * documents up to date: an article whose JSON is unchanged (same hash) is left as it is, a changed one is replaced,
   * one no longer in the analysis deleted. So a small add rewrites only the articles it touched (their relations,
   * event or family changed) and indexes only their paragraphs.
   *
   * @param oldHashes the hash of each article document now in the index, by id
   */
  void write(IndexWriter writer, Map<String, Long> oldHashes) throws IOException {
    stream(Map.of("relations", relations::add, "stories", stories::add, "narratives", narratives::add));
    Map<String, List<JsonNode>> relationsOf = new HashMap<>();
    for (JsonNode r : relations) {
      relationsOf.computeIfAbsent(r.path("a").asText(), k -> new ArrayList<>()).add(r);
      relationsOf.computeIfAbsent(r.path("b").asText(), k -> new ArrayList<>()).add(r);
    }
    Map<String, String> narrativeOfStory = new HashMap<>(), narrativeOf = new HashMap<>(), storyOf = new HashMap<>();
    for (JsonNode n : narratives) {
      for (JsonNode s : n.path("stories")) narrativeOfStory.put(s.asText(), n.path("id").asText());
      for (JsonNode a : n.path("articles")) narrativeOf.put(a.asText(), n.path("id").asText());
    }
    for (JsonNode s : stories) {
      for (JsonNode a : s.path("articles")) storyOf.put(a.asText(), s.path("id").asText());
    }
    Map<String, ObjectNode> families = families(relations);
    // what an article document holds beyond the article's own JSON, hashed once per relation and per family
    Map<JsonNode, Long> relationHash = new IdentityHashMap<>(), familyHash = new IdentityHashMap<>();
    for (JsonNode r : relations) relationHash.put(r, hash(JSON.writeValueAsBytes(r)));
    for (ObjectNode f : families.values()) familyHash.computeIfAbsent(f, x -> hash(x.toString().getBytes(StandardCharsets.UTF_8)));
    List<Located> located = locate();
    Map<String, String[]> outletAndLanguage = new HashMap<>();
    for (Located a : located) outletAndLanguage.put(a.id(), new String[] {a.outlet(), a.language()});
    // An unchanged article is recognised by a hash of its bytes in the analysis file and of what the document adds
    // (relations, event, narrative, family, when it was added), without parsing it: parsing and serialising every
    // article of a large store was the costly part of an add that changes little. Changed ones are parsed and written,
    // a batch at a time, in parallel (the index writer is thread-safe; the shared nodes are only read).
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      for (int from = 0; from < located.size(); from += BATCH) {
        located.subList(from, Math.min(located.size(), from + BATCH)).parallelStream().forEach(a -> {
          try {
            byte[] bytes = new byte[Math.toIntExact(a.end() - a.start())];
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
              if (channel.read(buffer, a.start() + buffer.position()) < 0) throw new IOException(file + " ends early");
            }
            String id = a.id();
            var h = Hashing.murmur3_128().newHasher().putLong(hash(bytes));
            for (JsonNode r : relationsOf.getOrDefault(id, List.of())) h.putLong(relationHash.get(r));
            ObjectNode family = families.get(id);
            h.putLong(family == null ? 0 : familyHash.get(family));
            for (String x : new String[] {storyOf.get(id), narrativeOf.get(id), addedOf.get(id)}) {
              h.putBoolean(x != null).putString(x == null ? "" : x, StandardCharsets.UTF_8);
            }
            long hash = h.hash().asLong();
            Long old = oldHashes.get(id);
            if (old != null && old == hash) return;
            writeArticle(writer, JSON.readTree(bytes), storyOf, narrativeOf, families, relationsOf, old, hash);
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
      }
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
    for (String gone : oldHashes.keySet()) if (!outletAndLanguage.containsKey(gone)) delete(writer, gone);
    int order = 0;
    for (JsonNode s : stories) {
      ObjectNode json = ((ObjectNode) s).deepCopy();
      json.put("narrative", narrativeOfStory.get(s.path("id").asText()));
      Document d = new Document();
      d.add(new StringField("type", "story", Field.Store.NO));
      d.add(new StringField("id", s.path("id").asText(), Field.Store.YES));
      d.add(new NumericDocValuesField("size", s.path("articles").size()));
      d.add(new NumericDocValuesField("order", order++));
      d.add(new StoredField("json", JSON.writeValueAsString(json)));
      writer.addDocument(d);
    }
    for (ObjectNode o : outlets(outletAndLanguage).values()) {
      Document d = new Document();
      String name = o.path("name").asText();
      d.add(new StringField("type", "outlet", Field.Store.NO));
      d.add(new StringField("name", name, Field.Store.YES));
      d.add(new SortedDocValuesField("name", new BytesRef(name)));
      d.add(new NumericDocValuesField("count", o.path("articles").asLong()));
      d.add(new StoredField("json", JSON.writeValueAsString(o)));
      writer.addDocument(d);
    }
  }

  /** An article of the analysis file: where its JSON object lies (bytes), and the fields read on the way. */
  private record Located(String id, long start, long end, String outlet, String language) {}

  /**
   * The articles of the file, in order, each with the byte range of its JSON object: a streaming pass that decodes
   * only the id, outlet and language and skips the rest (a text is scanned, not decoded).
   */
  private List<Located> locate() throws IOException {
    List<Located> out = new ArrayList<>();
    try (JsonParser p = JSON.getFactory().createParser(file.toFile())) {
      if (p.nextToken() != JsonToken.START_OBJECT) throw new IOException(file + " is not an analysis JSON object");
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        boolean articles = p.currentName().equals("articles");
        if (p.nextToken() != JsonToken.START_ARRAY || !articles) {
          p.skipChildren();
          continue;
        }
        while (p.nextToken() == JsonToken.START_OBJECT) {
          long start = p.currentTokenLocation().getByteOffset();
          String id = null, outlet = null, language = null;
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            String text = value == JsonToken.VALUE_STRING && (name.equals("id") || name.equals("outlet")
                || name.equals("language")) ? p.getText() : null;
            switch (name) {
              case "id" -> id = text;
              case "outlet" -> outlet = text;
              case "language" -> language = text;
              default -> p.skipChildren();
            }
          }
          long end = p.currentLocation().getByteOffset();
          if (id == null || start < 0 || end <= start) throw new IOException(file + ": an article without an id or offsets");
          out.add(new Located(id, start, end, outlet, language));
        }
      }
    }
    return out;
  }

  private static long hash(byte[] bytes) {
    return Hashing.murmur3_128().hashBytes(bytes).asLong();
  }

  /**
   * Writes an article's document and its paragraphs, replacing the old ones when {@code old} (the old document's
   * hash) is not null; {@code hash} is kept with the document to recognise it unchanged next time.
   */
  private void writeArticle(IndexWriter writer, JsonNode a, Map<String, String> storyOf, Map<String, String> narrativeOf,
      Map<String, ObjectNode> families, Map<String, List<JsonNode>> relationsOf, Long old, long hash)
      throws IOException {
    String id = a.path("id").asText();
    ObjectNode json = ((ObjectNode) a).deepCopy();
    json.put("story", storyOf.get(id));
    json.put("narrative", narrativeOf.get(id));
    json.set("family", families.getOrDefault(id, null));
    json.put("added", addedOf.get(id));
    json.put("first_seen", firstSeen(a.path("published").asText(null), a.path("crawled").asText(null), addedOf.get(id)));
    ArrayNode rels = json.putArray("relations");
    relationsOf.getOrDefault(id, List.of()).forEach(rels::add);
    String serialized = JSON.writeValueAsString(json);
    if (old != null) delete(writer, id);
    writer.addDocument(article(json, serialized, hash));
    paragraphs(writer, id, a.path("text").asText(""), a.path("language").asText(null));
  }

  private static void delete(IndexWriter writer, String id) throws IOException {
    writer.deleteDocuments(new BooleanQuery.Builder()
        .add(new TermQuery(new Term("type", "art")), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term("id", id)), BooleanClause.Occur.FILTER).build());
    writer.deleteDocuments(new Term("p_id", id));
  }

  private static Document article(ObjectNode json, String serialized, long hash) throws IOException {
    Document d = new Document();
    d.add(new NumericDocValuesField("art_hash", hash));
    String id = json.path("id").asText();
    d.add(new StringField("type", "art", Field.Store.NO));
    d.add(new StringField("id", id, Field.Store.YES));
    d.add(new SortedDocValuesField("sort_id", new BytesRef(id)));
    for (String field : new String[] {"url", "canonical_url"}) {
      String u = json.path(field).asText(null);
      if (u != null && !u.isBlank()) d.add(new StringField("url", u.strip(), Field.Store.NO));
    }
    String outlet = json.path("outlet").asText(null), language = json.path("language").asText(null);
    if (outlet != null) d.add(new StringField("outlet", outlet, Field.Store.NO));
    if (language != null) d.add(new StringField("language", language, Field.Store.NO));
    String published = json.path("published").asText(null);
    if (published != null && DAY.matcher(published).find()) {
      d.add(new StringField("day", published.substring(0, 10), Field.Store.NO));
    }
    d.add(new SortedDocValuesField("pub", new BytesRef(published == null ? "" : published)));
    d.add(new StoredField("text", json.path("text").asText("")));
    d.add(new StoredField("relations", json.path("relations").size()));
    d.add(new StoredField("summary", JSON.writeValueAsString(summary(json))));
    d.add(new StoredField("json", serialized));
    return d;
  }

  /** The fields an article shows in a listing or a search result. */
  static ObjectNode summary(JsonNode article) {
    ObjectNode s = JsonNodeFactory.instance.objectNode();
    for (String f : new String[] {"id", "title", "outlet", "url", "published", "language", "story", "first_seen"}) {
      s.set(f, article.path(f).isMissingNode() ? s.nullNode() : article.get(f));
    }
    s.set("family", article.path("family").isMissingNode() ? s.nullNode() : article.get("family"));
    return s;
  }

  private static void paragraphs(IndexWriter writer, String id, String text, String language) throws IOException {
    Matcher m = PARAGRAPH_BREAK.matcher(text);
    int start = 0;
    while (true) {
      boolean more = m.find();
      int end = more ? m.start() : text.length();
      if (!text.substring(start, end).isBlank()) {
        Document d = new Document();
        d.add(new StringField("type", "para", Field.Store.NO));
        // doc values, not stored fields: search reads these for hundreds of paragraphs per query
        d.add(new StringField("p_id", id, Field.Store.NO)); // to delete an article's paragraphs
        d.add(new SortedDocValuesField("p_article", new BytesRef(id)));
        d.add(new NumericDocValuesField("p_start", start));
        d.add(new TextField("ptext", text.substring(start, end), Field.Store.NO));
        // language-independent keys (numbers, name skeletons, news concepts), so that a search finds translations
        d.add(new StringField("plang", language == null ? "und" : language, Field.Store.NO));
        d.add(new TextField("pbridge", StoreSearch.bridgeTerms(text.substring(start, end), language), Field.Store.NO));
        writer.addDocument(d);
      }
      if (!more) break;
      start = m.end();
    }
  }

  /**
   * Copy families: articles linked by copy relations. The family's origin is the one member that some decided
   * relation names as origin and none names as a copy; with none or several the origin is left undecided. Its
   * confidence is the weakest of the relations that name it.
   */
  static Map<String, ObjectNode> families(Iterable<JsonNode> relations) {
    Map<String, String> parent = new HashMap<>();
    List<JsonNode> copies = new ArrayList<>();
    for (JsonNode r : relations) {
      if (!COPY_TYPES.contains(r.path("type").asText())) continue;
      copies.add(r);
      union(parent, r.path("a").asText(), r.path("b").asText());
    }
    Map<String, TreeSet<String>> members = new TreeMap<>();
    for (String a : parent.keySet()) members.computeIfAbsent(find(parent, a), k -> new TreeSet<>()).add(a);
    Map<String, Set<String>> originsOf = new HashMap<>(), copiesOf = new HashMap<>();
    Map<String, String> weakest = new HashMap<>();
    for (JsonNode r : copies) {
      String origin = r.path("origin").asText(null);
      if (origin == null) continue;
      String copy = origin.equals(r.path("a").asText()) ? r.path("b").asText() : r.path("a").asText();
      String root = find(parent, origin);
      originsOf.computeIfAbsent(root, k -> new TreeSet<>()).add(origin);
      copiesOf.computeIfAbsent(root, k -> new TreeSet<>()).add(copy);
      String c = r.path("origin_confidence").asText("undecided");
      weakest.merge(origin, c, (x, y) -> rank(x) <= rank(y) ? x : y);
    }
    Map<String, ObjectNode> out = new HashMap<>();
    for (Map.Entry<String, TreeSet<String>> e : members.entrySet()) {
      Set<String> roots = new TreeSet<>(originsOf.getOrDefault(e.getKey(), Set.of()));
      roots.removeAll(copiesOf.getOrDefault(e.getKey(), Set.of()));
      ObjectNode f = JsonNodeFactory.instance.objectNode();
      String origin = roots.size() == 1 ? roots.iterator().next() : null;
      f.put("origin", origin);
      f.put("origin_confidence", origin == null ? "undecided" : weakest.getOrDefault(origin, "undecided"));
      ArrayNode list = f.putArray("members");
      e.getValue().forEach(list::add);
      for (String a : e.getValue()) out.put(a, f);
    }
    return out;
  }

  private static int rank(String confidence) {
    return switch (confidence) {
      case "certain" -> 2;
      case "likely" -> 1;
      default -> 0;
    };
  }

  private static void union(Map<String, String> parent, String a, String b) {
    String ra = find(parent, a), rb = find(parent, b);
    if (!ra.equals(rb)) parent.put(ra.compareTo(rb) < 0 ? rb : ra, ra.compareTo(rb) < 0 ? ra : rb);
  }

  private static String find(Map<String, String> parent, String a) {
    parent.putIfAbsent(a, a);
    String p = parent.get(a);
    while (!p.equals(parent.get(p))) p = parent.get(p);
    parent.put(a, p);
    return p;
  }

  /** Outlets with their article counts, languages, and the outlets their copies come from and go to. */
  /** @param byId each article's outlet and language (either null) */
  private TreeMap<String, ObjectNode> outlets(Map<String, String[]> byId) {
    TreeMap<String, ObjectNode> out = new TreeMap<>();
    Map<String, TreeSet<String>> languages = new HashMap<>();
    Map<String, TreeMap<String, Integer>> from = new HashMap<>(), by = new HashMap<>();
    for (String[] a : byId.values()) {
      String o = a[0];
      if (o == null) continue;
      ObjectNode n = out.computeIfAbsent(o, k -> JsonNodeFactory.instance.objectNode().put("name", k).put("articles", 0));
      n.put("articles", n.path("articles").asInt() + 1);
      if (a[1] != null) languages.computeIfAbsent(o, k -> new TreeSet<>()).add(a[1]);
    }
    for (JsonNode r : relations) {
      String origin = r.path("origin").asText(null);
      if (origin == null || !COPY_TYPES.contains(r.path("type").asText())) continue;
      String copy = origin.equals(r.path("a").asText()) ? r.path("b").asText() : r.path("a").asText();
      String oo = outletOf(byId, origin), co = outletOf(byId, copy);
      if (oo == null || co == null) continue;
      from.computeIfAbsent(co, k -> new TreeMap<>()).merge(oo, 1, Integer::sum);
      by.computeIfAbsent(oo, k -> new TreeMap<>()).merge(co, 1, Integer::sum);
    }
    for (ObjectNode n : out.values()) {
      String o = n.path("name").asText();
      ArrayNode langs = n.putArray("languages");
      languages.getOrDefault(o, new TreeSet<>()).forEach(langs::add);
      counted(n.putArray("copies_from"), from.get(o));
      counted(n.putArray("copied_by"), by.get(o));
    }
    return out;
  }

  private static String outletOf(Map<String, String[]> byId, String id) {
    String[] a = byId.get(id);
    return a == null ? null : a[0];
  }

  private static void counted(ArrayNode list, TreeMap<String, Integer> counts) {
    if (counts == null) return;
    List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
    entries.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    for (Map.Entry<String, Integer> e : entries) list.addObject().put("outlet", e.getKey()).put("count", e.getValue());
  }

  /**
   * The earliest of the publication date, the crawl time and the time the page entered the store, as written. A
   * date without a time counts from the start of its day in UTC, a time without a zone as UTC.
   */
  static String firstSeen(String published, String crawled, String added) {
    String best = null;
    Instant bestAt = null;
    for (String s : new String[] {published, crawled, added}) {
      Instant at = instant(s);
      if (at != null && (bestAt == null || at.isBefore(bestAt))) {
        bestAt = at;
        best = s;
      }
    }
    return best;
  }

  static Instant instant(String s) {
    if (s == null || s.isBlank()) return null;
    try {
      return OffsetDateTime.parse(s).toInstant();
    } catch (DateTimeParseException e) {
      // not with an offset
    }
    try {
      return Instant.parse(s);
    } catch (DateTimeParseException e) {
      // not an instant
    }
    try {
      return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      // not a local date-time
    }
    try {
      return LocalDate.parse(s.length() >= 10 ? s.substring(0, 10) : s).atStartOfDay().toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
