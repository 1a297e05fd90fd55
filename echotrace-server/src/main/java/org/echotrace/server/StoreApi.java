package org.echotrace.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.locks.ReentrantLock;
import org.echotrace.pipeline.Pipeline;
import org.echotrace.store.Edit;
import org.echotrace.store.Page;
import org.echotrace.store.StoreJson;

/**
 * The store as a whole: {@code GET /api/stats}, {@code GET /api/edits} (quiet edits, newest first, paged like the
 * other listings) and {@code POST /api/add}. Adding is off unless the server was started with it: then the body
 * {@code {"paths": ["/local/folder", ...]}} names files or folders on the server's machine (never URLs: the server
 * fetches nothing), one add runs at a time (a second one meanwhile gets 409), and reads go on while it runs.
 * Thread-safe.
 */
final class StoreApi {
  private final StoreView store;
  private final Pipeline pipeline;
  private final ReentrantLock adding = new ReentrantLock();

  /** @param pipeline the pipeline that analyses added documents, or null when adding is off */
  StoreApi(StoreView store, Pipeline pipeline) {
    this.store = store;
    this.pipeline = pipeline;
  }

  void stats(Context ctx) throws IOException {
    ApiJson.send(ctx, StoreJson.stats(store.stats()));
  }

  void edits(Context ctx) throws IOException {
    int offset = Params.offset(ctx), limit = Params.limit(ctx);
    List<Edit> all = store.edits();
    int from = Math.min(offset, all.size()), to = Math.min(all.size(), from + limit);
    List<JsonNode> items = new ArrayList<>(to - from);
    for (Edit e : all.subList(from, to)) items.add(StoreJson.edit(e));
    ApiJson.send(ctx, new Page(all.size(), offset, items));
  }

  void add(Context ctx) throws IOException {
    if (pipeline == null) {
      throw ApiError.forbidden("this server was started read-only: adding is off (start echotrace serve with "
          + "--allow-add, or run 'echotrace add --store DIR PATH...' beside it: the server shows what it adds)");
    }
    List<Path> paths = paths(ctx);
    if (!adding.tryLock()) throw ApiError.conflict("another add is running; try again when it has finished");
    try {
      ApiJson.send(ctx, StoreJson.add(store.add(paths, pipeline)));
    } finally {
      adding.unlock();
    }
  }

  /**
   * The body's {@code paths}. The body must be declared JSON: a cross-site form can post {@code text/plain} without
   * the browser asking first, but not {@code application/json}.
   */
  private static List<Path> paths(Context ctx) {
    String type = ctx.contentType();
    if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
      throw ApiError.unsupportedMediaType("the body must be JSON (Content-Type: application/json), got "
          + (type == null ? "none" : "'" + Params.clip(type) + "'"));
    }
    JsonNode body;
    try {
      body = ApiJson.MAPPER.readTree(ctx.bodyAsBytes());
    } catch (JsonProcessingException e) {
      throw ApiError.badRequest("the body is not JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    JsonNode list = body == null ? null : body.get("paths");
    if (list == null || !list.isArray() || list.isEmpty()) {
      throw ApiError.badRequest("the body must be {\"paths\": [\"/a/folder\", ...]} with at least one path");
    }
    List<Path> paths = new ArrayList<>();
    for (JsonNode p : list) {
      if (!p.isTextual() || p.asText().isBlank()) throw ApiError.badRequest("each path must be a non-empty string");
      if (p.asText().contains("://")) {
        throw ApiError.badRequest("paths are files or folders on the server's machine; the server fetches no URLs: '"
            + Params.clip(p.asText()) + "'");
      }
      try {
        paths.add(Path.of(p.asText()));
      } catch (InvalidPathException e) {
        throw ApiError.badRequest("not a path: '" + Params.clip(p.asText()) + "'");
      }
    }
    return paths;
  }
}
