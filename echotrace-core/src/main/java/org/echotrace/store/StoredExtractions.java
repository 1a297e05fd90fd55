package org.echotrace.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.codecs.StoredFieldsReader;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.echotrace.extract.ArticleExtractor;
import org.echotrace.model.RawDocument;
import org.echotrace.pipeline.ExtractionMemo;

/**
 * The store's {@link ExtractionMemo}: each extracted page kept as a Lucene document ({@code type} {@code ext}) under
 * a key made of the capture's content, id and crawl time and of a fingerprint of the extraction code (the classes
 * and resources of {@code org.echotrace.extract} and the language models' jar), so that an upgraded extractor never
 * reuses what an older one extracted. Read during one analysis through one searcher; what the analysis extracts anew
 * is written by {@link #flush}. Entries are written by {@link EntryCodec}. Thread-safe.
 */
final class StoredExtractions implements ExtractionMemo {
  private static final String CODE = codeFingerprint();

  /** Entries read by one stored-fields reader, in index order. */
  private static final int READ_CHUNK = 4096;
  private static final Set<String> ENTRY_ONLY = Set.of("ext_entry");

  private final IndexSearcher searcher;
  private final Map<RawDocument, String> shas;
  private final Map<String, Entry> fresh = new ConcurrentHashMap<>();
  private final PageSource pages;

  /** Where the pages of stand-in documents are read (a store hands the pipeline documents without their pages). */
  interface PageSource {
    /** Reads these documents' pages now, together (they are about to be extracted). */
    void prefetch(List<RawDocument> docs) throws IOException;

    /** The document with its page. */
    RawDocument document(RawDocument doc);

    /** Documents that are what they seem. */
    PageSource NONE = new PageSource() {
      @Override
      public void prefetch(List<RawDocument> docs) {}

      @Override
      public RawDocument document(RawDocument doc) {
        return doc;
      }
    };
  }

  /**
   * @param searcher the store as committed before this analysis (the caller releases it after {@link #flush})
   * @param shas the content hash the store keeps for each document analysed (by identity), so that it is not
   *     computed again over every page
   */
  StoredExtractions(IndexSearcher searcher, Map<RawDocument, String> shas) {
    this(searcher, shas, PageSource.NONE);
  }

  /** @param pages where the pages of stand-in documents are read */
  StoredExtractions(IndexSearcher searcher, Map<RawDocument, String> shas, PageSource pages) {
    this.searcher = searcher;
    this.shas = shas;
    this.pages = pages;
  }

  @Override
  public RawDocument document(RawDocument doc) {
    return pages.document(doc);
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
    return getAll(new RawDocument[] {doc})[0];
  }

  /**
   * The kept entries of the documents, read in bulk: the keys are looked up with one terms enumerator per segment (not
   * one query per document), and the entries read in index order in a few chunks, each with its own stored-fields
   * reader, which decompresses a block of neighbouring entries once rather than once per entry. A key not found, an
   * entry of another codec version or a read that fails gives null: that page is extracted again.
   */
  @Override
  public Entry[] getAll(RawDocument[] docs) {
    Entry[] out = entries(docs);
    List<RawDocument> missing = new ArrayList<>();
    for (int i = 0; i < docs.length; i++) if (out[i] == null) missing.add(docs[i]);
    try {
      pages.prefetch(missing); // the pipeline reads each of these pages next
    } catch (IOException e) {
      // read one by one when asked
    }
    return out;
  }

  private Entry[] entries(RawDocument[] docs) {
    int n = docs.length;
    Entry[] out = new Entry[n];
    if (CODE == null || n == 0) return out;
    String[] keys = new String[n];
    IntStream.range(0, n).parallel().forEach(i -> keys[i] = keyOf(docs[i]));
    int[] docOf = new int[n];
    Arrays.fill(docOf, -1);
    Integer[] byKey = new Integer[n];
    for (int i = 0; i < n; i++) byKey[i] = i;
    Arrays.sort(byKey, Comparator.comparing((Integer i) -> keys[i]));
    try {
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        Terms terms = leaf.reader().terms("ext_key");
        if (terms == null) continue;
        TermsEnum te = terms.iterator();
        Bits live = leaf.reader().getLiveDocs();
        PostingsEnum postings = null;
        for (int i : byKey) {
          if (docOf[i] >= 0 || !te.seekExact(new BytesRef(keys[i]))) continue;
          postings = te.postings(postings, PostingsEnum.NONE);
          for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
            if (live == null || live.get(d)) {
              docOf[i] = leaf.docBase + d;
              break;
            }
          }
        }
      }
    } catch (IOException e) {
      return out; // the index could not be read: everything is extracted again
    }
    int[] found = IntStream.range(0, n).filter(i -> docOf[i] >= 0).boxed()
        .sorted(Comparator.comparingInt((Integer i) -> docOf[i])).mapToInt(Integer::intValue).toArray();
    int chunks = (found.length + READ_CHUNK - 1) / READ_CHUNK;
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    IntStream.range(0, chunks).parallel().forEach(c -> {
      try {
        Sequential fields = new Sequential(searcher, leaves);
        for (int k = c * READ_CHUNK; k < Math.min(found.length, (c + 1) * READ_CHUNK); k++) {
          int i = found[k];
          byte[] bytes = fields.entry(docOf[i]);
          if (bytes != null) out[i] = EntryCodec.read(bytes, 0, bytes.length);
        }
      } catch (IOException e) {
        // this chunk's pages are extracted again
      }
    });
    return out;
  }

  /**
   * Reads the entry field of documents in increasing order. Lucene's stored-fields reader decompresses a document's
   * whole compressed block, from its start, for every document it is asked for, into a new buffer: reading 100,000
   * entries one by one decompressed each block dozens of times (a third of an add to a large store). The reader
   * Lucene merges with ({@code StoredFieldsReader.getMergeInstance()}, public API) keeps the block it decompressed and
   * serves the block's next documents from it. Falls back to the searcher's reader for a leaf that is not a
   * {@link CodecReader}. Not thread-safe: one per task.
   */
  private static final class Sequential {
    private final IndexSearcher searcher;
    private final List<LeafReaderContext> leaves;
    private final StoredFieldsReader[] readers;
    private StoredFields fallback;

    Sequential(IndexSearcher searcher, List<LeafReaderContext> leaves) {
      this.searcher = searcher;
      this.leaves = leaves;
      this.readers = new StoredFieldsReader[leaves.size()];
    }

    byte[] entry(int doc) throws IOException {
      int leaf = ReaderUtil.subIndex(doc, leaves);
      LeafReaderContext ctx = leaves.get(leaf);
      if (!(ctx.reader() instanceof CodecReader codec) || codec.getFieldsReader() == null) {
        if (fallback == null) fallback = searcher.storedFields();
        BytesRef b = fallback.document(doc, ENTRY_ONLY).getBinaryValue("ext_entry");
        return b == null ? null : Arrays.copyOfRange(b.bytes, b.offset, b.offset + b.length);
      }
      if (readers[leaf] == null) readers[leaf] = codec.getFieldsReader().getMergeInstance();
      byte[][] value = new byte[1][];
      readers[leaf].document(doc - ctx.docBase, new StoredFieldVisitor() {
        @Override
        public Status needsField(FieldInfo field) {
          return value[0] != null ? Status.STOP : field.name.equals("ext_entry") ? Status.YES : Status.NO;
        }

        @Override
        public void binaryField(FieldInfo field, byte[] bytes) {
          value[0] = bytes;
        }
      });
      return value[0];
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
      Document d = new Document();
      d.add(new StringField("type", "ext", Field.Store.NO));
      d.add(new StringField("ext_key", k, Field.Store.NO));
      d.add(new StoredField("ext_entry", EntryCodec.write(fresh.get(k))));
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
    String lingua = null;
    try {
      var source = com.github.pemistahl.lingua.api.LanguageDetector.class.getProtectionDomain().getCodeSource();
      if (source != null) lingua = String.valueOf(Path.of(source.getLocation().toURI()).getFileName()); // the version
    } catch (java.net.URISyntaxException | SecurityException | IllegalArgumentException e) {
      return null;
    }
    return org.echotrace.internal.CodeFingerprint.of(ArticleExtractor.class, lingua, "org/echotrace/extract/");
  }
}
