package org.echotrace.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.Objects;

/**
 * Stories (events): {@code GET /api/stories?offset=&limit=}, largest first, and {@code GET /api/story?id=} with its
 * timeline and the relations among its articles. Thread-safe.
 */
final class StoryApi {
  private final StoreView store;

  StoryApi(StoreView store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  void list(Context ctx) throws IOException {
    ApiJson.send(ctx, store.stories(Params.offset(ctx), Params.limit(ctx)));
  }

  void one(Context ctx) throws IOException {
    String id = Params.required(ctx, "id");
    ApiJson.send(ctx, store.story(id)
        .orElseThrow(() -> ApiError.notFound("no story with the id '" + Params.clip(id) + "'")));
  }
}
