package org.echotrace.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.UncheckedIOException;

/**
 * How the API writes JSON. The store's records go through {@link org.echotrace.store.StoreJson}, the one place that
 * gives them their JSON shape (snake_case names, as the analysis JSON and {@code echotrace search --format json}),
 * so that the server and the command line answer alike; its JSON nodes ({@code Page} items, articles, stories,
 * outlets) are written as they are, and a {@code Page} as {@code {"total", "offset", "items"}}. Nulls are written
 * ({@code "published": null}, not an absent field). Thread-safe: the mapper is only used, never reconfigured.
 */
final class ApiJson {
  static final String CONTENT_TYPE = "application/json; charset=utf-8";
  static final ObjectMapper MAPPER = new ObjectMapper();

  private ApiJson() {}

  /** Answers {@code value} as JSON with status 200. */
  static void send(Context ctx, Object value) {
    send(ctx, HttpStatus.OK, value);
  }

  static void send(Context ctx, HttpStatus status, Object value) {
    ctx.status(status).contentType(CONTENT_TYPE).result(bytes(value));
  }

  static byte[] bytes(Object value) {
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }
}
