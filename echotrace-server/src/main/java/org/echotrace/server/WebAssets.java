package org.echotrace.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The web UI's files (mark.js from echotrace-core's report) and the OpenAPI document, read from the classpath once (they are small: ~60 KB together)
 * and served from memory. {@code Cache-Control: no-cache}: the browser revalidates, so a new build shows at once.
 * Immutable, thread-safe.
 */
final class WebAssets {
  private static final String WEB = "/org/echotrace/server/web/";

  private final byte[] index = read(WEB + "index.html");
  private final byte[] script = read(WEB + "app.js");
  /** The highlighter the HTML report inlines, from echotrace-core: one copy of it for both. */
  private final byte[] mark = read("/org/echotrace/report/mark.js");
  private final byte[] style = read(WEB + "app.css");
  private final byte[] openApi = read("/org/echotrace/server/openapi.json");

  void index(Context ctx) {
    send(ctx, "text/html; charset=utf-8", index);
  }

  void script(Context ctx) {
    send(ctx, "text/javascript; charset=utf-8", script);
  }

  void mark(Context ctx) {
    send(ctx, "text/javascript; charset=utf-8", mark);
  }

  void style(Context ctx) {
    send(ctx, "text/css; charset=utf-8", style);
  }

  void openApi(Context ctx) {
    send(ctx, ApiJson.CONTENT_TYPE, openApi);
  }

  private static void send(Context ctx, String type, byte[] body) {
    ctx.header("Cache-Control", "no-cache").contentType(type).result(body);
  }

  static byte[] read(String resource) {
    try (InputStream in = WebAssets.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException(resource + " is missing from the classpath: a broken build");
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
