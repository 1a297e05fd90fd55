package org.echotrace.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.echotrace.pipeline.Pipeline;
import org.echotrace.store.AddReport;
import org.echotrace.store.Edit;
import org.echotrace.store.Page;
import org.echotrace.store.SearchResults;
import org.echotrace.store.Store;

/**
 * What the server asks of a store: exactly the {@link Store} methods its routes call, so that the API's tests can run
 * against a fake. {@link #of(Store)} is the one real implementation. Implementations must be safe for concurrent
 * reads; the server itself serializes {@link #add} calls.
 */
interface StoreView {
  boolean writable();

  /** Sees what another process committed meanwhile (an {@code echotrace add} beside the server). */
  void refresh() throws IOException;

  Store.Stats stats() throws IOException;

  SearchResults search(String text, int offset, int limit) throws IOException;

  SearchResults searchUrl(String url, int offset, int limit) throws IOException;

  Optional<JsonNode> article(String id) throws IOException;

  Page articles(Store.ArticleFilter filter, int offset, int limit) throws IOException;

  Page stories(int offset, int limit) throws IOException;

  Optional<JsonNode> story(String id) throws IOException;

  Page outlets(int offset, int limit) throws IOException;

  Optional<JsonNode> outlet(String name) throws IOException;

  List<Edit> edits() throws IOException;

  AddReport add(List<Path> paths, Pipeline pipeline) throws IOException;

  /** Every call goes straight to {@code store}. */
  static StoreView of(Store store) {
    return new StoreView() {
      @Override public boolean writable() {
        return store.writable();
      }

      @Override public void refresh() throws IOException {
        store.refresh();
      }

      @Override public Store.Stats stats() throws IOException {
        return store.stats();
      }

      @Override public SearchResults search(String text, int offset, int limit) throws IOException {
        return store.search(text, offset, limit);
      }

      @Override public SearchResults searchUrl(String url, int offset, int limit) throws IOException {
        return store.searchUrl(url, offset, limit);
      }

      @Override public Optional<JsonNode> article(String id) throws IOException {
        return store.article(id);
      }

      @Override public Page articles(Store.ArticleFilter filter, int offset, int limit) throws IOException {
        return store.articles(filter, offset, limit);
      }

      @Override public Page stories(int offset, int limit) throws IOException {
        return store.stories(offset, limit);
      }

      @Override public Optional<JsonNode> story(String id) throws IOException {
        return store.story(id);
      }

      @Override public Page outlets(int offset, int limit) throws IOException {
        return store.outlets(offset, limit);
      }

      @Override public Optional<JsonNode> outlet(String name) throws IOException {
        return store.outlet(name);
      }

      @Override public List<Edit> edits() throws IOException {
        return store.edits();
      }

      @Override public AddReport add(List<Path> paths, Pipeline pipeline) throws IOException {
        return store.add(paths, pipeline);
      }
    };
  }
}
