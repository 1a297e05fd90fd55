package org.echotrace.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Reads and checks query parameters, failing with a 400 {@link ApiError} that names the parameter and the value.
 * A parameter given empty ({@code ?outlet=}) counts as absent, so that a form with empty fields asks for "any".
 */
final class Params {
  /** Listing page size when none is asked for. */
  static final int DEFAULT_LIMIT = 20;
  /**
   * Largest page: a search hit carries its passages and an article summary is a few hundred bytes, so 100 of them
   * stay under ~100 KB and one request cannot make the store page through everything.
   */
  static final int MAX_LIMIT = 100;
  /**
   * Longest search text: a long article's worth. The text travels URL-encoded in the request line, up to 9 bytes a
   * character (three UTF-8 bytes, each as %XX), so 10,000 characters fit the server's 128 KB header limit.
   */
  static final int MAX_QUERY = 10_000;

  private Params() {}

  static int offset(Context ctx) {
    return integer(ctx, "offset", 0, 0, Integer.MAX_VALUE);
  }

  static int limit(Context ctx) {
    return integer(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
  }

  /** An integer from {@code min} to {@code max}, or {@code otherwise} when absent. */
  static int integer(Context ctx, String name, int otherwise, int min, int max) {
    String raw = optional(ctx, name);
    if (raw == null) return otherwise;
    int value;
    try {
      value = Integer.parseInt(raw.strip());
    } catch (NumberFormatException e) {
      throw ApiError.badRequest(name + " must be a whole number from " + min + " to " + max + ", got '"
          + clip(raw) + "'");
    }
    if (value < min || value > max) {
      throw ApiError.badRequest(name + " must be from " + min + " to " + max + ", got " + value);
    }
    return value;
  }

  /** The parameter, or null when absent or empty. */
  static String optional(Context ctx, String name) {
    String raw = ctx.queryParam(name);
    return raw == null || raw.isEmpty() ? null : raw;
  }

  static String required(Context ctx, String name) {
    String raw = optional(ctx, name);
    if (raw == null) throw ApiError.badRequest("the query parameter '" + name + "' is required");
    return raw;
  }

  /** A day {@code YYYY-MM-DD}, or null when absent. */
  static String day(Context ctx, String name) {
    String raw = optional(ctx, name);
    if (raw == null) return null;
    try {
      return LocalDate.parse(raw.strip()).toString();
    } catch (DateTimeParseException e) {
      throw ApiError.badRequest(name + " must be a day as YYYY-MM-DD, got '" + clip(raw) + "'");
    }
  }

  /** The path parameter {@code name} as Jetty decoded it. */
  static String path(Context ctx, String name) {
    return ctx.pathParam(name);
  }

  /** A value short enough to quote in an error message. */
  static String clip(String value) {
    return value.length() <= 60 ? value : value.substring(0, 57) + "...";
  }
}
