package org.echotrace.bench.provenance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.nio.file.Files;
import org.echotrace.internal.UnionFind;
import org.echotrace.model.RawDocument;

/**
 * A corpus with labelled pairs: which input to read, and for its articles the story (event) each belongs to, the type
 * of every related pair (pairs not listed are unrelated) and each copy's labelled origin. Three formats are read: the
 * web-dev corpus ({@code labels.json}, per article), the example corpus and the seeds ({@code expected.json}, a list of
 * relations). Ids are compared on their stem, as the corpus scorer does.
 *
 * @param name short name for tables
 * @param inputs the paths to analyse
 * @param story story key of each article (examples: the connected component of its relations)
 * @param types type of each labelled pair, keyed by {@link #key}
 * @param origins labelled origin of each copy that has one
 * @param runs when not empty, the documents to analyse instead of {@code inputs}, each list in a run of its own
 *     (ECB+: one run per topic, as its documents are labelled within a topic only)
 * @param eventsOnly whether only events are labelled (ECB+): copies are not, so pairs that share wording are left out
 *     of training and only event clusters are scored
 */
record LabelledCorpus(String name, List<Path> inputs, Map<String, String> story, Map<String, String> types,
    Map<String, String> origins, List<List<RawDocument>> runs, boolean eventsOnly, Map<String, String> narrative) {
  LabelledCorpus(String name, List<Path> inputs, Map<String, String> story, Map<String, String> types,
      Map<String, String> origins) {
    this(name, inputs, story, types, origins, List.of(), false, Map.of());
  }

  /**
   * ECB+ topics (../shared/datasets/ecbplus, read at run time): each topic holds two look-alike events, the original
   * ECB documents and the ECB+ ones; the sub-topic is the story, pairs across the two are same-narrative.
   */
  static LabelledCorpus ecbPlus(Path root) throws IOException {
    Path dir = Files.isDirectory(root.resolve("ECB+")) ? root.resolve("ECB+") : root;
    Map<String, String> story = new TreeMap<>(), types = new HashMap<>();
    List<List<RawDocument>> runs = new ArrayList<>();
    for (Path topic : org.echotrace.bench.EventBenchmark.topics(dir)) {
      List<Path> files;
      try (var s = Files.list(topic)) {
        files = s.filter(p -> org.echotrace.bench.EventBenchmark.FILE.matcher(p.getFileName().toString()).matches())
            .sorted(org.echotrace.bench.EventBenchmark::byDocument).toList();
      }
      List<RawDocument> docs = new ArrayList<>();
      for (Path f : files) {
        String id = f.getFileName().toString();
        var m = org.echotrace.bench.EventBenchmark.FILE.matcher(id);
        if (!m.matches()) continue;
        story.put(stem(id), topic.getFileName() + "/" + m.group(3));
        try (var in = Files.newInputStream(f)) {
          docs.add(RawDocument.ofText(id, f.toString(), org.echotrace.bench.EventBenchmark.documentText(in)));
        }
      }
      for (int i = 0; i < docs.size(); i++) {
        for (int j = i + 1; j < docs.size(); j++) {
          String a = stem(docs.get(i).id()), b = stem(docs.get(j).id());
          types.put(key(a, b), story.get(a).equals(story.get(b)) ? "same-story" : "same-narrative");
        }
      }
      runs.add(docs);
    }
    return new LabelledCorpus("ecb+", List.of(), story, types, Map.of(), runs, true, Map.of());
  }
  /** The label of pairs that are not labelled at all: left out of training and of scoring. */
  static final String UNLABELLED = "unlabelled";

  /**
   * Pages that report no common event: the development part of trafilatura-eval (../shared/datasets/trafilatura-eval,
   * split by site as {@link org.echotrace.bench.ExtractionBenchmark#part} splits it; its test part is never read
   * here), 990 pages of news, blogs, shops and institutions in several languages and years, collected from different
   * sites to test extraction. Every pair of pages of two different sites is taken as unrelated (a weak label: two of
   * them may happen to cover one topic, none was collected for it); pairs of one site are not labelled. Each page is
   * a story of its own, and a site is the unit dealt into folds. The labelled corpora are each about a handful of
   * stories, so almost every candidate pair in them is related: these pairs show the judge what shared names,
   * numbers and key-aligned sentences look like between pages that have nothing to do with each other, which is what
   * a crawl of many sites is mostly made of.
   */
  static LabelledCorpus distractors(Path data) throws IOException {
    JsonNode gold = new ObjectMapper().readTree(data.resolve("evaldata.json").toFile());
    Map<String, String> story = new TreeMap<>(), types = new HashMap<>();
    List<RawDocument> docs = new ArrayList<>();
    Map<String, String> siteOf = new HashMap<>();
    for (var it = gold.fields(); it.hasNext(); ) {
      var e = it.next();
      String url = e.getKey();
      if (org.echotrace.bench.ExtractionBenchmark.part(url) != org.echotrace.bench.ExtractionBenchmark.DEV) continue;
      String id = e.getValue().get("file").asText();
      if (story.containsKey(stem(id))) continue;
      var page = org.echotrace.bench.ExtractionBenchmark.load(data, url, e.getValue());
      if (page == null) continue;
      String site = org.echotrace.extract.Sites.registrableDomain(url);
      site = site == null ? url : site;
      story.put(stem(id), site.replace('/', '_') + "/" + stem(id));
      siteOf.put(stem(id), site);
      docs.add(RawDocument.ofHtml(id, url, page.html(), url));
    }
    List<String> ids = new ArrayList<>(siteOf.keySet());
    for (int i = 0; i < ids.size(); i++) {
      for (int j = i + 1; j < ids.size(); j++) {
        if (siteOf.get(ids.get(i)).equals(siteOf.get(ids.get(j)))) types.put(key(ids.get(i), ids.get(j)), UNLABELLED);
      }
    }
    return new LabelledCorpus("distractors", List.of(), story, types, Map.of(), List.of(docs), true, Map.of());
  }

  /** The unordered pair key of two ids (their stems). */
  static String key(String a, String b) {
    String x = stem(a), y = stem(b);
    return x.compareTo(y) <= 0 ? x + "\n" + y : y + "\n" + x;
  }

  static String stem(String id) {
    String s = id;
    int dot = s.lastIndexOf('.');
    return dot > 0 && s.substring(dot).matches("\\.(txt|html?)") ? s.substring(0, dot) : s;
  }

  /** The gold type of a pair, or "unrelated". */
  String type(String a, String b) {
    return types.getOrDefault(key(a, b), "unrelated");
  }

  String storyOf(String id) {
    return story.get(stem(id));
  }

  /** The unit dealt into folds: the story, or for ECB+ the topic (so that both of its events fall in one fold). */
  String groupOf(String storyKey) {
    return eventsOnly ? storyKey.substring(0, storyKey.indexOf('/')) : storyKey;
  }

  /** ../shared/corpus/web-dev: articles.jsonl (with URLs) and labels.json. */
  static LabelledCorpus webDev(Path dir) throws IOException {
    JsonNode labels = new ObjectMapper().readTree(dir.resolve("labels.json").toFile());
    Map<String, String> story = new TreeMap<>(), types = new HashMap<>(), origins = new HashMap<>();
    Map<String, String> narrative = new TreeMap<>();
    labels.fields().forEachRemaining(e -> {
      String id = e.getKey();
      JsonNode v = e.getValue();
      story.put(id, v.path("story").asText());
      narrative.put(id, v.path("narrative").isTextual() ? v.path("narrative").asText() : "story:" + v.path("story").asText());
      for (JsonNode r : v.path("relations")) types.put(key(id, r.path("other").asText()), r.path("type").asText());
      String o = v.path("origin").isTextual() ? v.path("origin").asText() : null;
      if (o != null && !o.equals(id)) origins.put(id, o);
    });
    return new LabelledCorpus("web-dev", List.of(dir.resolve("articles.jsonl")), story, types, origins, List.of(),
        false, narrative);
  }

  /**
   * An {@code expected.json} with a {@code relations} list ({@code a, b, type, origin}); stories are its
   * {@code events} when given, else the connected components of its non-narrative relations.
   */
  static LabelledCorpus expected(String name, Path corpus, Path expected) throws IOException {
    JsonNode root = new ObjectMapper().readTree(expected.toFile());
    Map<String, String> types = new HashMap<>(), origins = new HashMap<>();
    Set<String> ids = new LinkedHashSet<>();
    root.path("articles").fieldNames().forEachRemaining(id -> ids.add(stem(id)));
    List<String[]> links = new ArrayList<>();
    for (JsonNode r : root.path("relations")) {
      String a = stem(r.path("a").asText()), b = stem(r.path("b").asText()), t = r.path("type").asText();
      ids.add(a);
      ids.add(b);
      types.put(key(a, b), t);
      if (!t.equals("same-narrative")) links.add(new String[] {a, b});
      String o = r.path("origin").isTextual() ? stem(r.path("origin").asText()) : null;
      if (o != null && !t.equals("same-story") && !t.equals("same-narrative")) origins.put(o.equals(a) ? b : a, o);
    }
    Map<String, String> story = new TreeMap<>();
    if (root.path("events").isArray()) {
      for (JsonNode ev : root.path("events")) {
        for (JsonNode a : ev.path("articles")) story.put(stem(a.asText()), ev.path("id").asText());
      }
    } else {
      List<String> list = new ArrayList<>(ids);
      Map<String, Integer> index = new HashMap<>();
      for (int i = 0; i < list.size(); i++) index.put(list.get(i), i);
      UnionFind uf = new UnionFind(list.size());
      for (String[] l : links) uf.union(index.get(l[0]), index.get(l[1]));
      for (String id : list) story.put(id, name + "-" + list.get(uf.find(index.get(id))));
    }
    for (String id : ids) story.putIfAbsent(id, name + "-" + id);
    return new LabelledCorpus(name, List.of(corpus), story, types, origins);
  }
}
