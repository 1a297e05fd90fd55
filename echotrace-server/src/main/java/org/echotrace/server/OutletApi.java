package org.echotrace.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.Objects;

/**
 * Outlets: {@code GET /api/outlets?offset=&limit=}, most articles first, and {@code GET /api/outlet?name=} with whom
 * it copies from, who copies it, and its articles. Thread-safe.
 */
final class OutletApi {
  private final StoreView store;

  OutletApi(StoreView store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  void list(Context ctx) throws IOException {
    ApiJson.send(ctx, store.outlets(Params.offset(ctx), Params.limit(ctx)));
  }

  void one(Context ctx) throws IOException {
    String name = Params.required(ctx, "name");
    ApiJson.send(ctx, store.outlet(name)
        .orElseThrow(() -> ApiError.notFound("no outlet named '" + Params.clip(name) + "'")));
  }
}
