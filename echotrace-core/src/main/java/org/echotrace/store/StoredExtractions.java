package org.echotrace.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.echotrace.extract.ArticleExtractor;
import org.echotrace.model.RawDocument;
import org.echotrace.pipeline.ExtractionMemo;

/**
 * The store's {@link ExtractionMemo}: each extracted page kept as a Lucene document ({@code type} {@code ext}) under
 * a key made of the capture's content, id and crawl time and of a fingerprint of the extraction code (the classes
 * and resources of {@code org.echotrace.extract} and the language models' jar), so that an upgraded extractor never
 * reuses what an older one extracted. Read during one analysis through one searcher; what the analysis extracts anew
 * is written by {@link #flush}. Entries are Java-serialised and read back through a filter that admits only the
 * model's classes. Thread-safe.
 */
final class StoredExtractions implements ExtractionMemo {
  private static final String CODE = codeFingerprint();
  private static final ObjectInputFilter ONLY_MODEL = ObjectInputFilter.Config.createFilter(
      "org.echotrace.model.*;org.echotrace.pipeline.ExtractionMemo$Entry;java.time.*;java.lang.*;java.util.*;[J;"
          + "maxdepth=20;!*");

  private final IndexSearcher searcher;
  private final Map<RawDocument, String> shas;
  private final Map<String, Entry> fresh = new ConcurrentHashMap<>();

  /**
   * @param searcher the store as committed before this analysis (the caller releases it after {@link #flush})
   * @param shas the content hash the store keeps for each document analysed (by identity), so that it is not
   *     computed again over every page
   */
  StoredExtractions(IndexSearcher searcher, Map<RawDocument, String> shas) {
    this.searcher = searcher;
    this.shas = shas;
  }

  private String keyOf(RawDocument doc) {
    String sha = shas.get(doc);
    return key(doc, sha != null ? sha : StoreIndex.sha(doc));
  }

  /** The fingerprint of the extraction code, or "" when it could not be taken (then nothing is kept). */
  static String code() {
    return CODE == null ? "" : CODE;
  }

  @Override
  public Entry get(RawDocument doc) {
    if (CODE == null) return null;
    try {
      TopDocs hit = searcher.search(new TermQuery(new Term("ext_key", keyOf(doc))), 1);
      if (hit.scoreDocs.length == 0) return null;
      BytesRef bytes = searcher.storedFields().document(hit.scoreDocs[0].doc).getBinaryValue("ext_entry");
      try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.bytes, bytes.offset, bytes.length))) {
        in.setObjectInputFilter(ONLY_MODEL);
        return (Entry) in.readObject();
      }
    } catch (IOException | ClassNotFoundException | ClassCastException e) {
      return null; // unreadable (another version of the model classes): extracted again
    }
  }

  @Override
  public void put(RawDocument doc, Entry entry) {
    if (CODE != null) fresh.put(keyOf(doc), entry);
  }

  /** Writes the entries extracted anew (replacing older ones under the same key); the number written. */
  int flush(IndexWriter writer) throws IOException {
    List<String> keys = new ArrayList<>(fresh.keySet());
    for (String k : keys) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
        out.writeObject(fresh.get(k));
      }
      Document d = new Document();
      d.add(new StringField("type", "ext", Field.Store.NO));
      d.add(new StringField("ext_key", k, Field.Store.NO));
      d.add(new StoredField("ext_entry", bytes.toByteArray()));
      writer.updateDocument(new Term("ext_key", k), d);
    }
    return keys.size();
  }

  /** The entry's key: the extraction code, the capture's content hash ({@link StoreIndex#sha}), id and crawl time. */
  static String key(RawDocument doc, String sha) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (String part : new String[] {String.valueOf(CODE), sha, doc.id(), String.valueOf(doc.crawled())}) {
        md.update(part.getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0x1f);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A hash of the extraction code as it runs: every class and resource under {@code org/echotrace/extract/} (from
   * the jar or the classes folder that holds {@link ArticleExtractor}), and the name of the jar of the language
   * models; null when the code's location cannot be read (then nothing is kept).
   */
  static String codeFingerprint() {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      Path code = Path.of(ArticleExtractor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      String prefix = "org/echotrace/extract/";
      if (Files.isDirectory(code)) {
        try (Stream<Path> files = Files.walk(code.resolve(prefix))) {
          for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
            md.update(code.relativize(f).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
            md.update(Files.readAllBytes(f));
          }
        }
      } else {
        try (JarFile jar = new JarFile(code.toFile())) {
          for (JarEntry e : jar.stream().filter(e -> e.getName().startsWith(prefix) && !e.isDirectory())
              .sorted(java.util.Comparator.comparing(JarEntry::getName)).toList()) {
            md.update(e.getName().getBytes(StandardCharsets.UTF_8));
            md.update(jar.getInputStream(e).readAllBytes());
          }
        }
      }
      var lingua = com.github.pemistahl.lingua.api.LanguageDetector.class.getProtectionDomain().getCodeSource();
      if (lingua != null) {
        Path jar = Path.of(lingua.getLocation().toURI()).getFileName(); // the version, not where this checkout keeps it
        md.update(String.valueOf(jar).getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(md.digest()).substring(0, 32);
    } catch (IOException | UncheckedIOException | NoSuchAlgorithmException | java.net.URISyntaxException
        | SecurityException | NullPointerException e) {
      return null;
    }
  }
}
