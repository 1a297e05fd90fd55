package org.echotrace.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;
import org.echotrace.embed.CachingEmbedder;
import org.echotrace.embed.SentenceEmbedder;
import org.echotrace.ingest.CorpusReader;
import org.echotrace.model.AnalysisResult;
import org.echotrace.model.InputProblem;
import org.echotrace.model.QuoteVariant.WordEdit;
import org.echotrace.model.RawDocument;
import org.echotrace.pipeline.Pipeline;
import org.echotrace.quotes.WordDiff;
import org.echotrace.report.JsonReport;

/**
 * The Lucene index behind {@link Store}: one index of typed documents (field {@code type}) in {@code DIR/index},
 * the analysis as the JSON report in {@code DIR/analysis.json}, sentence vectors in {@code DIR/vectors.bin}.
 *
 * <ul>
 *   <li>{@code doc}: a capture as read (every field of {@link RawDocument}), with the page's identity ({@code key}:
 *       its URL, else its id), a hash of its content, and a sequence number;</li>
 *   <li>{@code edit}: a quiet edit found when a capture of a known page arrived with another text;</li>
 *   <li>{@code art}, {@code story}, {@code outlet}: the analysis, one JSON object each (see {@link Store});</li>
 *   <li>{@code para}: each paragraph of each article's clean text, indexed for search.</li>
 * </ul>
 *
 * <p>The commit's user data says how far the documents ({@code docSeq}) and the analysis ({@code analyzedSeq}) go:
 * an add commits its documents first, then the analysis, so a killed add leaves documents that the next add (or
 * reanalysis) analyses. Every commit is atomic (Lucene's two-phase commit); the analysis file is written beside and
 * moved into place before the commit that names it.
 */
final class StoreIndex {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String MARKER = "echotrace-store.json";
  private static final int FORMAT = 2; // 2: captures carry their identity as doc values, extractions are kept

  private final Path dir;
  private final Directory directory;
  private final IndexWriter writer; // null when read-only
  private final SearcherManager searchers;
  private final SentenceEmbedder embedder;
  private final VectorFile vectors;
  private final StoreSearch search;

  private StoreIndex(Path dir, Directory directory, IndexWriter writer, SearcherManager searchers,
      SentenceEmbedder embedder) {
    this.dir = dir;
    this.directory = directory;
    this.writer = writer;
    this.searchers = searchers;
    this.embedder = embedder;
    this.vectors = new VectorFile(dir.resolve("vectors.bin"));
    this.search = new StoreSearch(embedder);
  }

  static StoreIndex open(Path dir, SentenceEmbedder embedder, boolean writable) throws IOException {
    Path marker = dir.resolve(MARKER);
    if (!writable && !Files.isRegularFile(marker)) {
      throw new IOException("no echotrace store in " + dir + " (create one with: echotrace add --store " + dir
          + " PATH...)");
    }
    if (writable) {
      if (Files.exists(dir) && !Files.isDirectory(dir)) throw new IOException(dir + " is a file, not a store folder");
      if (Files.isDirectory(dir) && !Files.isRegularFile(marker)) {
        try (var entries = Files.list(dir)) {
          if (entries.findAny().isPresent()) {
            throw new IOException(dir + " is a folder with other files in it, not an echotrace store; name a new or "
                + "empty folder");
          }
        }
      }
      Files.createDirectories(dir);
      if (!Files.isRegularFile(marker)) {
        Files.writeString(marker, "{\"format\": " + FORMAT + ", \"created\": \"" + Instant.now() + "\"}\n");
      }
    }
    JsonNode m = JSON.readTree(marker.toFile());
    if (m.path("format").asInt() != FORMAT) {
      throw new IOException(dir + " holds a store of format " + m.path("format").asText() + "; this echotrace reads "
          + "format " + FORMAT + " (build a new store from the same files with echotrace add)");
    }
    Directory directory = FSDirectory.open(dir.resolve("index"));
    IndexWriter writer = null;
    if (writable) {
      try {
        // Merges run in the adding thread, not in the background: a commit then holds the same segments every
        // run. With background merges it held whichever had finished, and BM25's term statistics (deleted
        // documents count until merged away) ranked search candidates differently from one run to the next.
        writer = new IndexWriter(directory, new IndexWriterConfig(new SearchAnalyzer())
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
            .setMergeScheduler(new org.apache.lucene.index.SerialMergeScheduler()));
        if (!DirectoryReader.indexExists(directory)) writer.commit();
      } catch (LockObtainFailedException e) {
        directory.close();
        throw new IOException("the store " + dir + " is being written by another process (" + e.getMessage() + ")");
      }
    }
    if (!DirectoryReader.indexExists(directory)) {
      directory.close();
      throw new IOException("the store " + dir + " has no index yet (an add never committed); add to it first");
    }
    StoreIndex index = new StoreIndex(dir, directory, writer, new SearcherManager(directory, null), embedder);
    return index;
  }

  Path dir() {
    return dir;
  }

  boolean writable() {
    return writer != null;
  }

  // ---------------------------------------------------------------- adding

  AddReport add(List<Path> paths, Pipeline pipeline) throws IOException {
    List<InputProblem> problems = Collections.synchronizedList(new ArrayList<>());
    List<RawDocument> read = new ArrayList<>();
    new CorpusReader(problems::add).read(paths, read::add);
    return add(read, problems, pipeline);
  }

  AddReport add(List<RawDocument> docs, List<InputProblem> problems, Pipeline pipeline) throws IOException {
    requireWritable();
    Map<String, Capture> latest = new HashMap<>();
    Map<String, java.util.Set<String>> hashesOf = new HashMap<>();
    Map<String, String> keyOfId = new HashMap<>();
    long seq = 0;
    for (Capture c : lightCaptures()) {
      hashesOf.computeIfAbsent(c.key, k -> new java.util.HashSet<>()).add(c.sha);
      latest.merge(c.key, c, (x, y) -> x.seq > y.seq ? x : y);
      seq = Math.max(seq, c.seq);
    }
    for (Capture c : latest.values()) keyOfId.put(c.id, c.key);
    int added = 0, unchanged = 0;
    List<Edit> edits = new ArrayList<>();
    String now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    for (RawDocument d : docs) {
      String key = keyOf(d);
      String sha = sha(d);
      if (hashesOf.getOrDefault(key, java.util.Set.of()).contains(sha)) {
        unchanged++;
        continue;
      }
      Capture before = latest.get(key);
      // Two pages with one id (the same file name in two crawls of different sites): the later one is renamed.
      String owner = keyOfId.get(d.id());
      if (owner != null && !owner.equals(key)) d = renamed(d, keyOfId);
      Capture c = new Capture(key, sha, ++seq, now, d);
      writer.addDocument(c.toDocument());
      hashesOf.computeIfAbsent(key, k -> new java.util.HashSet<>()).add(sha);
      latest.put(key, c);
      keyOfId.put(d.id(), key);
      added++;
      if (before != null) {
        Capture previous = before.doc != null ? before : fullCapture(before);
        Edit e = edit(previous, c, pipeline);
        edits.add(e);
        writer.addDocument(editDocument(e, c.seq));
        writer.deleteDocuments(new Term("ext_key", StoredExtractions.key(previous.doc, previous.sha))); // not analysed
      }
    }
    if (added > 0) commit(Map.of("docSeq", Long.toString(seq)));
    if (added > 0 || !upToDate()) analyzeAndCommit(pipeline, problems);
    Store.Stats s = stats();
    return new AddReport(docs.size(), added, unchanged, edits, problems, s.articles(), s.relations(), s.stories());
  }

  private static RawDocument renamed(RawDocument d, Map<String, String> keyOfId) {
    for (int n = 2; ; n++) {
      String id = d.id() + " (" + n + ")";
      if (!keyOfId.containsKey(id)) {
        return new RawDocument(id, d.source(), d.format(), d.text(), d.url(), d.published(), d.outlet(), d.title(),
            d.crawled());
      }
    }
  }

  private Edit edit(Capture before, Capture after, Pipeline pipeline) {
    String from = pipeline.extract(before.doc).text(), to = pipeline.extract(after.doc).text();
    List<WordEdit> diff = WordDiff.diff(from, to);
    int removed = 0, addedWords = 0;
    List<WordEdit> changes = new ArrayList<>();
    for (WordEdit w : diff) {
      int words = w.words().isBlank() ? 0 : w.words().trim().split("\\s+").length;
      switch (w.op()) {
        case DELETE -> removed += words;
        case INSERT -> addedWords += words;
        case KEEP -> { continue; }
      }
      if (changes.size() < 50) changes.add(w);
    }
    return new Edit(after.doc.id(), after.doc.url(), before.added, after.added, removed, addedWords, changes);
  }

  AnalysisResult reanalyze(Pipeline pipeline) throws IOException {
    requireWritable();
    return analyzeAndCommit(pipeline, new ArrayList<>());
  }

  AnalysisResult analyze(Pipeline pipeline) throws IOException {
    loadVectors();
    List<Capture> current = currentStandIns(lightCaptures());
    List<RawDocument> docs = current.stream().map(Capture::doc).toList();
    IndexSearcher s = searchers.acquire();
    try {
      // what it extracts anew is not kept: this is a read
      return pipeline.analyze(docs, new ArrayList<>(), new StoredExtractions(s, shas(current), new Pages(current)));
    } finally {
      searchers.release(s);
    }
  }

  /** Analyses the newest capture of every page and commits the analysis; its vectors are appended first. */
  private AnalysisResult analyzeAndCommit(Pipeline pipeline, List<InputProblem> problems) throws IOException {
    loadVectors();
    List<Capture> light = lightCaptures();
    Map<String, String> firstAdded = new HashMap<>();
    Map<String, Capture> first = new HashMap<>();
    long docSeq = 0;
    for (Capture c : light) {
      first.merge(c.key, c, (x, y) -> x.seq < y.seq ? x : y);
      docSeq = Math.max(docSeq, c.seq);
    }
    first.forEach((k, c) -> firstAdded.put(k, c.added));
    List<Capture> current = currentStandIns(light);
    List<RawDocument> docs = new ArrayList<>(current.size());
    Map<String, String> addedOf = new HashMap<>();
    for (Capture c : current) {
      docs.add(c.doc);
      addedOf.put(c.doc.id(), firstAdded.get(c.key));
    }
    AnalysisResult result;
    IndexSearcher before = searchers.acquire();
    try {
      StoredExtractions extractions = new StoredExtractions(before, shas(current), new Pages(current));
      result = pipeline.analyze(docs, new ArrayList<>(problems), extractions);
      // Another extraction code than the last analysis had: every kept extraction is stale (none was reused).
      if (!StoredExtractions.code().equals(userData().get("extractionCode"))) {
        writer.deleteDocuments(new Term("type", "ext"));
      }
      extractions.flush(writer);
    } finally {
      searchers.release(before);
    }
    if (embedder instanceof CachingEmbedder cache) vectors.appendFrom(cache);
    Path file = dir.resolve("analysis.json"), part = dir.resolve("analysis.json.part");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(part))) {
      new JsonReport().writeJson(result, out);
    }
    try (var channel = java.nio.channels.FileChannel.open(part, java.nio.file.StandardOpenOption.WRITE)) {
      channel.force(true);
    }
    org.echotrace.internal.AtomicFiles.replace(part, file);
    for (String type : List.of("story", "outlet")) writer.deleteDocuments(new Term("type", type));
    new AnalysisDocuments(file, addedOf).write(writer, articleHashes());
    commit(Map.of("docSeq", Long.toString(docSeq), "analyzedSeq", Long.toString(docSeq),
        "analyzedAt", Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString(), "relations", Integer.toString(result.relations().size()),
        "extractionCode", StoredExtractions.code()));
    return result;
  }

  private boolean vectorsLoaded;

  /**
   * Puts the kept sentence vectors into the model's cache before the first analysis of this store object: only an
   * analysis needs them (a search embeds its few sentences), and a large store keeps gigabytes of them.
   */
  private synchronized void loadVectors() throws IOException {
    if (vectorsLoaded) return;
    vectorsLoaded = true;
    if (embedder instanceof CachingEmbedder cache) vectors.loadInto(cache);
  }

  private void commit(Map<String, String> data) throws IOException {
    Map<String, String> all = new HashMap<>(userData());
    all.putAll(data);
    writer.setLiveCommitData(all.entrySet());
    writer.commit();
    searchers.maybeRefreshBlocking();
  }

  private Map<String, String> userData() throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      return ((DirectoryReader) s.getIndexReader()).getIndexCommit().getUserData();
    } finally {
      searchers.release(s);
    }
  }

  boolean upToDate() {
    try {
      Map<String, String> data = userData();
      return data.getOrDefault("docSeq", "0").equals(data.getOrDefault("analyzedSeq", "0"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  void refresh() throws IOException {
    searchers.maybeRefreshBlocking();
  }

  private void requireWritable() {
    if (writer == null) throw new IllegalStateException("the store " + dir + " was opened read-only");
  }

  // ---------------------------------------------------------------- captures

  /**
   * A stored capture of a page: light (identity, hash, sequence, time added; {@code doc} null, read from doc values
   * without decompressing the page) or full.
   */
  private record Capture(String key, String sha, long seq, String added, String id, RawDocument doc, String crawled) {
    Capture(String key, String sha, long seq, String added, RawDocument doc) {
      this(key, sha, seq, added, doc.id(), doc, doc.crawled() == null ? "" : doc.crawled().toString());
    }

    /** Whether {@link #doc} is a stand-in: the capture's identity and crawl time, without its page. */
    boolean standIn() {
      return doc != null && doc.text().isEmpty() && doc.source().isEmpty();
    }

    Document toDocument() {
      Document d = new Document();
      d.add(new StringField("type", "doc", Field.Store.NO));
      d.add(new StringField("key", key, Field.Store.YES));
      d.add(new StringField("sha", sha, Field.Store.YES));
      d.add(new StringField("id", doc.id(), Field.Store.YES));
      d.add(new StoredField("seq", seq));
      d.add(new NumericDocValuesField("seq", seq));
      // the same as doc values, so that listing the captures does not decompress every page
      d.add(new SortedDocValuesField("dv_key", new BytesRef(key)));
      d.add(new SortedDocValuesField("dv_sha", new BytesRef(sha)));
      d.add(new SortedDocValuesField("dv_id", new BytesRef(doc.id())));
      d.add(new SortedDocValuesField("dv_added", new BytesRef(added)));
      d.add(new SortedDocValuesField("dv_crawled", new BytesRef(crawled))); // "" when none; for stand-ins
      d.add(new StoredField("d_added", added));
      d.add(new StoredField("d_source", doc.source()));
      d.add(new StoredField("d_format", doc.format().name()));
      d.add(new StoredField("d_text", doc.text()));
      optional(d, "d_url", doc.url());
      optional(d, "d_published", doc.published());
      optional(d, "d_outlet", doc.outlet());
      optional(d, "d_title", doc.title());
      optional(d, "d_crawled", doc.crawled() == null ? null : doc.crawled().toString());
      return d;
    }

    static Capture of(Document d) {
      String crawled = d.get("d_crawled");
      RawDocument doc = new RawDocument(d.get("id"), d.get("d_source"), RawDocument.Format.valueOf(d.get("d_format")),
          d.get("d_text"), d.get("d_url"), d.get("d_published"), d.get("d_outlet"), d.get("d_title"),
          crawled == null ? null : Instant.parse(crawled));
      return new Capture(d.get("key"), d.get("sha"), d.getField("seq").numericValue().longValue(), d.get("d_added"),
          doc);
    }
  }

  private static void optional(Document d, String field, String value) {
    if (value != null) d.add(new StoredField(field, value));
  }

  /** The page's identity across crawls: its URL when it has one, else its id. */
  static String keyOf(RawDocument d) {
    return d.url() != null && !d.url().isBlank() ? "url:" + d.url().strip() : "id:" + d.id();
  }

  /** What makes two captures the same document: the text and the metadata the input declared (not the crawl time). */
  static String sha(RawDocument d) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (String part : new String[] {d.format().name(), d.text(), d.url(), d.published(), d.outlet(), d.title()}) {
        md.update((part == null ? "\u0000" : part).getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0x1f);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every capture, light: read from doc values, with no page decompressed. */
  private List<Capture> lightCaptures() throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      List<Capture> out = new ArrayList<>();
      for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
        var r = leaf.reader();
        SortedDocValues key = r.getSortedDocValues("dv_key"), sha = r.getSortedDocValues("dv_sha"),
            id = r.getSortedDocValues("dv_id"), added = r.getSortedDocValues("dv_added"),
            crawled = r.getSortedDocValues("dv_crawled"); // null in segments written before it was kept
        NumericDocValues seq = r.getNumericDocValues("seq");
        if (key == null) continue;
        String[] keyOf = ordValues(r, "dv_key"), shaOf = ordValues(r, "dv_sha"), idOf = ordValues(r, "dv_id"),
            addedOf = ordValues(r, "dv_added"), crawledOf = crawled == null ? null : ordValues(r, "dv_crawled");
        Bits live = r.getLiveDocs();
        for (int doc = key.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = key.nextDoc()) {
          if (live != null && !live.get(doc)) continue;
          if (!sha.advanceExact(doc) || !id.advanceExact(doc) || !added.advanceExact(doc) || !seq.advanceExact(doc)) {
            throw new IOException("the store " + dir + " has a capture without its identity fields (doc " + doc + ")");
          }
          String when = crawled != null && crawled.advanceExact(doc) ? crawledOf[crawled.ordValue()] : null;
          out.add(new Capture(keyOf[key.ordValue()], shaOf[sha.ordValue()], seq.longValue(), addedOf[added.ordValue()],
              idOf[id.ordValue()], null, when));
        }
      }
      return out;
    } finally {
      searchers.release(s);
    }
  }

  /**
   * Every value of a sorted doc-values field of one segment, by ord, read in one sequential pass over its terms: a
   * lookup by ord per document decompresses a block of terms each time (listing 100,000 captures took a second so).
   */
  private static String[] ordValues(org.apache.lucene.index.LeafReader r, String field) throws IOException {
    SortedDocValues v = r.getSortedDocValues(field);
    if (v == null) return new String[0];
    String[] out = new String[v.getValueCount()];
    org.apache.lucene.index.TermsEnum terms = v.termsEnum();
    int ord = 0;
    for (BytesRef t = terms.next(); t != null && ord < out.length; t = terms.next()) out[ord++] = t.utf8ToString();
    return out;
  }

  /** The capture with its page, read by its identity and sequence number. */
  private Capture fullCapture(Capture light) throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      BooleanQuery q = new BooleanQuery.Builder().add(type("doc"), BooleanClause.Occur.FILTER)
          .add(new TermQuery(new Term("key", light.key)), BooleanClause.Occur.FILTER)
          .add(new TermQuery(new Term("sha", light.sha)), BooleanClause.Occur.FILTER).build();
      for (ScoreDoc sd : s.search(q, 100).scoreDocs) {
        Capture c = Capture.of(s.storedFields().document(sd.doc));
        if (c.seq == light.seq) return c;
      }
      throw new IOException("the store " + dir + " lost the capture " + light.seq + " of " + light.key);
    } finally {
      searchers.release(s);
    }
  }

  /**
   * The newest capture of every page, sorted by id (so that the analysis does not depend on the order of adds), with
   * stand-ins for pages (a document with the capture's id and crawl time and no text) where the capture's crawl time
   * is kept in its doc values: the analysis reads a page only when it must extract it again ({@link Pages}). Captures
   * written before crawl times were kept there are read in full.
   */
  private List<Capture> currentStandIns(List<Capture> light) throws IOException {
    Map<String, Capture> latest = new HashMap<>();
    for (Capture c : light) latest.merge(c.key, c, (x, y) -> x.seq > y.seq ? x : y);
    java.util.Set<Long> full = new java.util.HashSet<>();
    List<Capture> out = new ArrayList<>(latest.size());
    for (Capture c : latest.values()) {
      if (c.crawled == null) {
        full.add(c.seq);
      } else {
        RawDocument standIn = new RawDocument(c.id, "", RawDocument.Format.TEXT, "", null, null, null, null,
            c.crawled.isEmpty() ? null : Instant.parse(c.crawled));
        out.add(new Capture(c.key, c.sha, c.seq, c.added, c.id, standIn, c.crawled));
      }
    }
    if (!full.isEmpty()) out.addAll(captures(full));
    out.sort(Comparator.comparing((Capture c) -> c.doc.id()));
    return out;
  }

  /**
   * The pages of stand-in captures, read when the analysis asks for them: in bulk for the pages the kept extractions
   * do not cover, one by one for a page whose line counts changed. Thread-safe.
   */
  private final class Pages implements StoredExtractions.PageSource {
    private final Map<RawDocument, Capture> standIns = new java.util.IdentityHashMap<>();
    private final Map<RawDocument, RawDocument> read = java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

    Pages(List<Capture> captures) {
      for (Capture c : captures) if (c.standIn()) standIns.put(c.doc, c);
    }

    @Override
    public void prefetch(List<RawDocument> docs) throws IOException {
      Map<Long, RawDocument> bySeq = new HashMap<>();
      for (RawDocument d : docs) {
        Capture c = standIns.get(d);
        if (c != null) bySeq.put(c.seq, d);
      }
      if (bySeq.isEmpty()) return;
      for (Capture full : captures(bySeq.keySet())) read.put(bySeq.get(full.seq), full.doc);
    }

    @Override
    public RawDocument document(RawDocument doc) {
      Capture c = standIns.get(doc);
      if (c == null) return doc;
      RawDocument full = read.get(doc);
      if (full != null) return full;
      try {
        full = fullCapture(c).doc;
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      read.put(doc, full);
      return full;
    }
  }

  /** The captures with these sequence numbers, read in full (in index order), in no particular order. */
  private List<Capture> captures(java.util.Set<Long> wanted) throws IOException {
    IndexSearcher s = searchers.acquire();
    List<Capture> out = new ArrayList<>(wanted.size());
    try {
      TopDocs all = s.search(type("doc"), Math.max(1, s.getIndexReader().maxDoc()));
      int[] docs = new int[all.scoreDocs.length];
      for (int i = 0; i < docs.length; i++) docs[i] = all.scoreDocs[i].doc;
      Arrays.sort(docs); // index order: one doc-values iterator per segment, moving forward only
      StoredFields fields = s.storedFields();
      List<LeafReaderContext> leaves = s.getIndexReader().leaves();
      LeafReaderContext leaf = null;
      NumericDocValues seq = null;
      for (int doc : docs) {
        if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
          leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
          seq = leaf.reader().getNumericDocValues("seq");
        }
        if (seq == null || !seq.advanceExact(doc - leaf.docBase) || !wanted.contains(seq.longValue())) continue;
        out.add(Capture.of(fields.document(doc)));
      }
    } finally {
      searchers.release(s);
    }
    return out;
  }

  /** Each capture's content hash by its document (identity: the pipeline hands back the same objects). */
  private static Map<RawDocument, String> shas(List<Capture> captures) {
    Map<RawDocument, String> out = new java.util.IdentityHashMap<>();
    for (Capture c : captures) out.put(c.doc, c.sha);
    return out;
  }

  /** The hash of each article document's JSON, by article id, from doc values. */
  private Map<String, Long> articleHashes() throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      Map<String, Long> out = new HashMap<>();
      for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
        var r = leaf.reader();
        SortedDocValues id = r.getSortedDocValues("sort_id");
        NumericDocValues hash = r.getNumericDocValues("art_hash");
        if (id == null || hash == null) continue;
        String[] idOf = ordValues(r, "sort_id");
        Bits live = r.getLiveDocs();
        for (int doc = hash.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = hash.nextDoc()) {
          if ((live != null && !live.get(doc)) || !id.advanceExact(doc)) continue;
          out.put(idOf[id.ordValue()], hash.longValue());
        }
      }
      return out;
    } finally {
      searchers.release(s);
    }
  }

  private static Document editDocument(Edit e, long seq) throws IOException {
    Document d = new Document();
    d.add(new StringField("type", "edit", Field.Store.NO));
    d.add(new NumericDocValuesField("seq", seq));
    d.add(new StoredField("json", JSON.writeValueAsString(e)));
    return d;
  }

  // ---------------------------------------------------------------- reading

  Store.Stats stats() throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      Map<String, String> data = ((DirectoryReader) s.getIndexReader()).getIndexCommit().getUserData();
      Path analysis = dir.resolve("analysis.json");
      int articles = s.count(type("art"));
      int relations = Integer.parseInt(data.getOrDefault("relations", "0"));
      long bytes;
      try (var walk = Files.walk(dir)) {
        bytes = walk.filter(Files::isRegularFile).mapToLong(p -> {
          try {
            return Files.size(p);
          } catch (IOException e) {
            return 0;
          }
        }).sum();
      }
      boolean fresh = data.getOrDefault("docSeq", "0").equals(data.getOrDefault("analyzedSeq", "0"));
      return new Store.Stats(articles, s.count(type("doc")), relations, s.count(type("story")),
          s.count(type("outlet")), bytes, Files.exists(analysis) ? data.get("analyzedAt") : null, fresh);
    } finally {
      searchers.release(s);
    }
  }

  private static Query type(String t) {
    return new TermQuery(new Term("type", t));
  }

  SearchResults search(String text, int offset, int limit) throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      return search.search(s, text, text, offset, limit, null);
    } finally {
      searchers.release(s);
    }
  }

  SearchResults searchUrl(String url, int offset, int limit) throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      String u = url.strip();
      BooleanQuery q = new BooleanQuery.Builder().add(type("art"), BooleanClause.Occur.FILTER)
          .add(new TermQuery(new Term("url", u)), BooleanClause.Occur.FILTER).build();
      TopDocs hit = s.search(q, 1);
      if (hit.scoreDocs.length == 0) {
        throw new java.util.NoSuchElementException("no stored article has the URL " + u
            + " (the store searches what it holds; it never fetches a page)");
      }
      Document d = s.storedFields().document(hit.scoreDocs[0].doc, Set.of("id", "text", "json"));
      String id = d.get("id");
      SearchResults found = search.search(s, d.get("text"), u, offset, limit, id);
      // The page is in the analysis: each hit carries what the pair judge said about the two, when it said anything.
      Map<String, SearchResults.Judged> judged = new HashMap<>();
      for (JsonNode r : JSON.readTree(d.get("json")).path("relations")) {
        String other = r.path("a").asText().equals(id) ? r.path("b").asText() : r.path("a").asText();
        judged.put(other, new SearchResults.Judged(r.path("type").asText(), r.path("origin").asText(null),
            r.path("origin_confidence").asText("undecided"), r.path("probability").asDouble()));
      }
      List<SearchResults.Hit> hits = new ArrayList<>();
      for (SearchResults.Hit h : found.results()) hits.add(h.withJudged(judged.get(h.id())));
      return new SearchResults(found.query(), found.total(), hits);
    } finally {
      searchers.release(s);
    }
  }

  Optional<JsonNode> article(String id) throws IOException {
    return one("art", "id", id, "json");
  }

  private Optional<JsonNode> one(String type, String field, String value, String stored) throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      BooleanQuery q = new BooleanQuery.Builder().add(type(type), BooleanClause.Occur.FILTER)
          .add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER).build();
      TopDocs hit = s.search(q, 1);
      if (hit.scoreDocs.length == 0) return Optional.empty();
      return Optional.of(JSON.readTree(s.storedFields().document(hit.scoreDocs[0].doc, Set.of(stored)).get(stored)));
    } finally {
      searchers.release(s);
    }
  }

  Page articles(Store.ArticleFilter f, int offset, int limit) throws IOException {
    BooleanQuery.Builder q = new BooleanQuery.Builder().add(type("art"), BooleanClause.Occur.FILTER);
    if (f.outlet() != null) q.add(new TermQuery(new Term("outlet", f.outlet())), BooleanClause.Occur.FILTER);
    if (f.language() != null) q.add(new TermQuery(new Term("language", f.language())), BooleanClause.Occur.FILTER);
    if (f.from() != null || f.to() != null) {
      q.add(TermRangeQuery.newStringRange("day", f.from(), f.to(), true, true), BooleanClause.Occur.FILTER);
    }
    Sort newestFirst = new Sort(new SortField("pub", SortField.Type.STRING, true), new SortField("sort_id", SortField.Type.STRING));
    return page(q.build(), newestFirst, offset, limit, "summary");
  }

  Page stories(int offset, int limit) throws IOException {
    return page(type("story"), new Sort(new SortField("size", SortField.Type.LONG, true),
        new SortField("order", SortField.Type.LONG)), offset, limit, "json");
  }

  Optional<JsonNode> story(String id) throws IOException {
    Optional<JsonNode> story = one("story", "id", id, "json");
    if (story.isEmpty()) return story;
    ObjectNode out = ((ObjectNode) story.get()).deepCopy();
    ArrayNode timeline = out.putArray("timeline");
    ArrayNode relations = out.putArray("relations");
    java.util.Set<String> members = new java.util.HashSet<>();
    for (JsonNode a : story.get().path("articles")) members.add(a.asText());
    java.util.Set<String> seen = new java.util.HashSet<>();
    List<JsonNode> summaries = new ArrayList<>();
    for (String a : new TreeSet<>(members)) {
      Optional<JsonNode> art = article(a);
      if (art.isEmpty()) continue;
      summaries.add(AnalysisDocuments.summary(art.get()));
      for (JsonNode r : art.get().path("relations")) {
        String pair = r.path("a").asText() + "\n" + r.path("b").asText() + "\n" + r.path("type").asText();
        if (members.contains(r.path("a").asText()) && members.contains(r.path("b").asText()) && seen.add(pair)) {
          relations.add(r);
        }
      }
    }
    summaries.sort(Comparator.comparing((JsonNode n) -> n.path("first_seen").asText("")));
    timeline.addAll(summaries);
    return Optional.of(out);
  }

  Page outlets(int offset, int limit) throws IOException {
    return page(type("outlet"), new Sort(new SortField("count", SortField.Type.LONG, true),
        new SortField("name", SortField.Type.STRING)), offset, limit, "json");
  }

  Optional<JsonNode> outlet(String name) throws IOException {
    Optional<JsonNode> outlet = one("outlet", "name", name, "json");
    if (outlet.isEmpty()) return outlet;
    ObjectNode out = ((ObjectNode) outlet.get()).deepCopy();
    Page articles = articles(new Store.ArticleFilter(name, null, null, null), 0, 1000);
    out.putArray("article_list").addAll(articles.items());
    return Optional.of(out);
  }

  List<Edit> edits() throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      TopDocs all = s.search(type("edit"), Math.max(1, s.getIndexReader().maxDoc()),
          new Sort(new SortField("seq", SortField.Type.LONG, true)));
      List<Edit> out = new ArrayList<>();
      StoredFields fields = s.storedFields();
      for (ScoreDoc sd : all.scoreDocs) out.add(JSON.readValue(fields.document(sd.doc, Set.of("json")).get("json"), Edit.class));
      return out;
    } finally {
      searchers.release(s);
    }
  }

  private Page page(Query q, Sort sort, int offset, int limit, String stored) throws IOException {
    if (offset < 0 || limit < 0) throw new IllegalArgumentException("offset and limit must be >= 0");
    IndexSearcher s = searchers.acquire();
    try {
      int total = s.count(q);
      List<JsonNode> items = new ArrayList<>();
      if (limit > 0 && offset < total) {
        TopDocs top = s.search(q, Math.min(total, offset + limit), sort);
        StoredFields fields = s.storedFields();
        for (int i = offset; i < top.scoreDocs.length; i++) {
          // only the field shown: an article's stored document also holds its page and text
          items.add(JSON.readTree(fields.document(top.scoreDocs[i].doc, Set.of(stored)).get(stored)));
        }
      }
      return new Page(total, offset, items);
    } finally {
      searchers.release(s);
    }
  }

  void close() throws IOException {
    try {
      searchers.close();
      if (writer != null) writer.close();
    } finally {
      directory.close();
    }
  }
}
