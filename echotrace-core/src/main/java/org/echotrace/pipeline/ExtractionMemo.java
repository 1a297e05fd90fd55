package org.echotrace.pipeline;

import java.util.Arrays;
import java.util.Objects;
import org.echotrace.model.Article;
import org.echotrace.model.RawDocument;
import org.echotrace.profile.ArticleProfile;

/**
 * Articles extracted in an earlier run, so that a run over a corpus that grew re-reads only the pages it must: a
 * page whose lines are counted in as many other pages as before (same {@link Entry#signature}) extracts to the same
 * article. A store keeps one between runs. Implementations must be thread-safe: the pipeline calls them from its
 * worker threads.
 */
public interface ExtractionMemo {
  /** What an earlier run extracted from this document, or null. */
  Entry get(RawDocument doc);

  /**
   * What an earlier run extracted from each document (null where nothing), in the documents' order. The pipeline
   * asks for all of them at once, so that a store can read its entries in its own order; this default asks one by
   * one.
   */
  default Entry[] getAll(RawDocument[] docs) {
    Entry[] out = new Entry[docs.length];
    for (int i = 0; i < docs.length; i++) out[i] = get(docs[i]);
    return out;
  }

  /**
   * Remembers what this run extracted or profiled (a new document, one whose line counts changed, or one whose
   * profile was computed anew or completed).
   */
  void put(RawDocument doc, Entry entry);

  /**
   * The document with its text. A memo may be handed stand-ins (a store's documents without their pages, which it
   * reads only for the pages the run must extract); the pipeline asks for the full document before reading a page.
   */
  default RawDocument document(RawDocument doc) {
    return doc;
  }

  /** No memory: every page read and extracted. */
  ExtractionMemo NONE = new ExtractionMemo() {
    @Override
    public Entry get(RawDocument doc) {
      return null;
    }

    @Override
    public void put(RawDocument doc, Entry entry) {}
  };

  /**
   * One extracted page, and its article's profile when one was computed.
   *
   * @param lineKeys the page's distinct line keys, sorted (what it adds to the corpus line counts)
   * @param signature the counts of those lines when it was extracted ({@link CorpusLineFrequency#signature})
   */
  final class Entry implements java.io.Serializable {
    private static final long serialVersionUID = 2L;
    private final long[] lineKeys;
    private final long signature;
    private final Article article;
    private final ArticleProfile profile;
    private final String profileVersion;

    public Entry(long[] lineKeys, long signature, Article article) {
      this(lineKeys, signature, article, null, null);
    }

    /**
     * @param profile the article's profile, or null
     * @param profileVersion what computed it ({@link org.echotrace.profile.ArticleProfiler#version()}); a run reuses
     *     the profile only when its profiler has the same version
     */
    public Entry(long[] lineKeys, long signature, Article article, ArticleProfile profile, String profileVersion) {
      this.lineKeys = lineKeys.clone();
      this.signature = signature;
      this.article = Objects.requireNonNull(article, "article");
      this.profile = profile;
      this.profileVersion = profile == null ? null : profileVersion;
    }

    /** The article's profile, or null. */
    public ArticleProfile profile() {
      return profile;
    }

    /** What computed {@link #profile()}, or null. */
    public String profileVersion() {
      return profileVersion;
    }

    public long[] lineKeys() {
      return lineKeys.clone();
    }

    long[] lineKeysShared() {
      return lineKeys;
    }

    public long signature() {
      return signature;
    }

    public Article article() {
      return article;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Entry e && signature == e.signature && Arrays.equals(lineKeys, e.lineKeys)
          && article.equals(e.article) && Objects.equals(profileVersion, e.profileVersion)
          && (profile == null) == (e.profile == null);
    }

    @Override
    public int hashCode() {
      return Long.hashCode(signature) * 31 + Arrays.hashCode(lineKeys);
    }
  }
}
