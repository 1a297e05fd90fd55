package org.echotrace.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.echotrace.embed.SentenceEmbedder;
import org.echotrace.model.AnalysisResult;
import org.echotrace.model.InputProblem;
import org.echotrace.model.RawDocument;
import org.echotrace.pipeline.Pipeline;

/**
 * An on-disk store that grows with each crawl (see the package comment). Open it read-write ({@link #open}) to add,
 * or read-only ({@link #openReadOnly}) to search and browse while another process adds: a read-only store sees
 * what the writer committed when {@link #refresh()} is called.
 *
 * <p>JSON shapes (Jackson nodes, the analysis JSON's field names):
 * <ul>
 *   <li>article: the object of the analysis JSON's {@code articles} list, plus {@code story} and {@code narrative}
 *       (ids or null), {@code family} ({@code origin}, {@code origin_confidence}, {@code members}) or null,
 *       {@code first_seen}, {@code added}, {@code versions} (captures kept), and {@code relations} (the analysis
 *       JSON's relation objects that name this article);</li>
 *   <li>article summary (in listings): {@code id, title, outlet, url, published, language, story, first_seen};</li>
 *   <li>story: the analysis JSON's story object plus {@code narrative}; {@link #story} adds {@code timeline} (the
 *       article summaries in date order) and {@code relations} among its articles;</li>
 *   <li>outlet: {@code name, articles, languages, copies_from, copied_by} (the last two lists of
 *       {@code {outlet, count}}: whom its copies come from, who copies it), and in {@link #outlet} also
 *       {@code article_list} (summaries).</li>
 * </ul>
 * Thread-safe for reading; one writer at a time (a second writer on the same folder fails with a clear message).
 */
public final class Store implements Closeable {
  private final StoreIndex index;

  private Store(StoreIndex index) {
    this.index = index;
  }

  /** Opens the store in {@code dir} for adding, creating it when absent. */
  public static Store open(Path dir, SentenceEmbedder embedder) throws IOException {
    return new Store(StoreIndex.open(dir, embedder, true));
  }

  /** Opens an existing store for search and browsing only; fails with a clear message when {@code dir} holds none. */
  public static Store openReadOnly(Path dir, SentenceEmbedder embedder) throws IOException {
    return new Store(StoreIndex.open(dir, embedder, false));
  }

  public Path dir() {
    return index.dir();
  }

  public boolean writable() {
    return index.writable();
  }

  /** Reads the paths (files or folders) and adds what could be read; see {@link #add(List, List, Pipeline)}. */
  public AddReport add(List<Path> paths, Pipeline pipeline) throws IOException {
    return index.add(paths, pipeline);
  }

  /**
   * Adds documents: a document the store holds with the same text is a no-op; a new capture of a known URL (or id)
   * with another text is kept as a version and reported as an edit; then the store's analysis is brought up to date
   * (only sentences never seen before go through the sentence model). Committed in two steps (documents, then
   * analysis): a process killed in between leaves a store that opens, with the documents kept, and the next add (or
   * {@link #reanalyze}) completes the analysis.
   */
  public AddReport add(List<RawDocument> docs, List<InputProblem> problems, Pipeline pipeline) throws IOException {
    return index.add(docs, problems, pipeline);
  }

  /** Re-runs the analysis of every stored article (the newest capture of each) and commits it. */
  public AnalysisResult reanalyze(Pipeline pipeline) throws IOException {
    return index.reanalyze(pipeline);
  }

  /** The analysis of every stored article, computed now (the vectors already in the store are reused). No write. */
  public AnalysisResult analyze(Pipeline pipeline) throws IOException {
    return index.analyze(pipeline);
  }

  /** Whether the committed analysis covers every committed document (false after an interrupted add). */
  public boolean upToDate() {
    return index.upToDate();
  }

  /** Sees what another process committed since this store was opened or last refreshed. */
  public void refresh() throws IOException {
    index.refresh();
  }

  public Stats stats() throws IOException {
    return index.stats();
  }

  /** Articles holding {@code text}, verbatim or reworded, best first. */
  public SearchResults search(String text, int offset, int limit) throws IOException {
    return index.search(text, offset, limit);
  }

  /**
   * Articles holding the text of the stored article with this URL (its URL or canonical URL), itself left out.
   * Nothing is fetched.
   *
   * @throws java.util.NoSuchElementException when no stored article has this URL
   */
  public SearchResults searchUrl(String url, int offset, int limit) throws IOException {
    return index.searchUrl(url, offset, limit);
  }

  public Optional<JsonNode> article(String id) throws IOException {
    return index.article(id);
  }

  /** Article summaries, newest first, filtered by outlet, language and publication day (each null for any). */
  public Page articles(ArticleFilter filter, int offset, int limit) throws IOException {
    return index.articles(filter, offset, limit);
  }

  /** Stories (events), largest first. */
  public Page stories(int offset, int limit) throws IOException {
    return index.stories(offset, limit);
  }

  public Optional<JsonNode> story(String id) throws IOException {
    return index.story(id);
  }

  /** Outlets, most articles first. */
  public Page outlets(int offset, int limit) throws IOException {
    return index.outlets(offset, limit);
  }

  public Optional<JsonNode> outlet(String name) throws IOException {
    return index.outlet(name);
  }

  /** Every quiet edit recorded, newest first. */
  public List<Edit> edits() throws IOException {
    return index.edits();
  }

  @Override
  public void close() throws IOException {
    index.close();
  }

  /**
   * Which articles a listing shows; null fields match anything.
   *
   * @param from first publication day, {@code YYYY-MM-DD}, inclusive
   * @param to last publication day, inclusive
   */
  public record ArticleFilter(String outlet, String language, String from, String to) {
    public static final ArticleFilter ALL = new ArticleFilter(null, null, null, null);
  }

  /**
   * @param articles articles in the analysis (newest capture of each page)
   * @param captures documents kept, versions included
   * @param bytesOnDisk the store folder's size
   * @param analyzedAt when the analysis was last committed (ISO-8601), or null
   */
  public record Stats(int articles, int captures, int relations, int stories, int outlets, long bytesOnDisk,
      String analyzedAt, boolean upToDate) {}
}
