package org.echotrace.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.echotrace.store.StoreJson;

/**
 * {@code GET /api/search}: "where else does this text appear?". {@code ?q=TEXT} searches for a pasted text,
 * {@code ?url=URL} for the text of the stored article with that URL (the server never fetches it; a URL the store
 * does not hold is a 404, as {@link org.echotrace.store.Store#searchUrl} throws {@code NoSuchElementException} for
 * it). The answer is the
 * CLI's {@code search --format json} shape ({@link StoreJson#search}): {@code {"query", "total", "offset", "results":
 * [{"id", "title", "outlet", "url",
 * "published", "first_seen", "score", "match", "passages": [{"start", "end", "text", "similarity"}], "family":
 * {"origin", "origin_confidence", "members"} | null}]}}. Thread-safe.
 */
final class SearchApi {
  private final StoreView store;

  SearchApi(StoreView store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  void search(Context ctx) throws IOException {
    String q = Params.optional(ctx, "q"), url = Params.optional(ctx, "url");
    if ((q == null) == (url == null)) {
      throw ApiError.badRequest("give exactly one of the query parameters 'q' (a text) and 'url' (a stored page's URL)");
    }
    int offset = Params.offset(ctx), limit = Params.limit(ctx);
    if (q != null) {
      if (q.isBlank()) throw ApiError.badRequest("q holds only white space: give a text to search for");
      if (q.length() > Params.MAX_QUERY) {
        throw ApiError.badRequest("q is " + q.length() + " characters long; at most " + Params.MAX_QUERY + " are searched");
      }
      ApiJson.send(ctx, StoreJson.search(store.search(q, offset, limit), offset));
    } else {
      if (!url.startsWith("http://") && !url.startsWith("https://")) {
        throw ApiError.badRequest("url must start with http:// or https://, got '" + Params.clip(url) + "'");
      }
      try {
        ApiJson.send(ctx, StoreJson.search(store.searchUrl(url.strip(), offset, limit), offset));
      } catch (NoSuchElementException e) {
        throw ApiError.notFound(e.getMessage());
      }
    }
  }
}
