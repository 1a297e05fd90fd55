package org.echotrace.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Objects;
import org.echotrace.store.Store;

/**
 * Articles: the filtered listing ({@code GET /api/articles}), one article ({@code GET /api/article?id=}, or the path
 * form {@code GET /api/articles/{id}}) and its relations ({@code GET /api/relations?id=}, or
 * {@code GET /api/articles/{id}/relations}). Article ids are paths such as {@code harbour-times/strike.txt}: the path
 * forms take the id's slashes as they are ({@code /api/articles/harbour-times/strike.txt}), so an id that itself ends
 * in {@code /relations} is reachable only by the query form, the one the web UI uses. Thread-safe.
 */
final class ArticleApi {
  private final StoreView store;

  ArticleApi(StoreView store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /** {@code ?outlet=&language=&from=YYYY-MM-DD&to=YYYY-MM-DD&offset=&limit=} → {@code {"total", "offset", "items"}}. */
  void list(Context ctx) throws IOException {
    String from = Params.day(ctx, "from"), to = Params.day(ctx, "to");
    if (from != null && to != null && from.compareTo(to) > 0) {
      throw ApiError.badRequest("from (" + from + ") is after to (" + to + ")");
    }
    Store.ArticleFilter filter = new Store.ArticleFilter(Params.optional(ctx, "outlet"),
        Params.optional(ctx, "language"), from, to);
    ApiJson.send(ctx, store.articles(filter, Params.offset(ctx), Params.limit(ctx)));
  }

  void byQuery(Context ctx) throws IOException {
    ApiJson.send(ctx, article(Params.required(ctx, "id")));
  }

  void byPath(Context ctx) throws IOException {
    ApiJson.send(ctx, article(Params.path(ctx, "id")));
  }

  void relationsByQuery(Context ctx) throws IOException {
    ApiJson.send(ctx, relations(Params.required(ctx, "id")));
  }

  void relationsByPath(Context ctx) throws IOException {
    ApiJson.send(ctx, relations(Params.path(ctx, "id")));
  }

  private JsonNode article(String id) throws IOException {
    return store.article(id).orElseThrow(() -> ApiError.notFound("no article with the id '" + Params.clip(id) + "'"));
  }

  /** The article's {@code relations} array (empty when it has none). */
  private JsonNode relations(String id) throws IOException {
    JsonNode relations = article(id).path("relations");
    return relations.isArray() ? relations : ApiJson.MAPPER.createArrayNode();
  }
}
