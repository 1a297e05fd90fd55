package org.echotrace.server;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Runs before every request. It sets the security headers on every response (errors included): a Content-Security-
 * Policy that lets the page load only its own script, style and data (no inline script or style, no other origin, no
 * framing), {@code nosniff} and {@code no-referrer}. On a server bound to the loopback interface it also refuses a
 * request whose {@code Host} is not a loopback name (a DNS-rebinding page would send its own domain) and a
 * {@code POST} whose {@code Origin} is another site's. Immutable, thread-safe.
 */
final class RequestGuard {
  static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
  private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "::1", "[::1]");

  private final boolean loopbackOnly;

  /** @param host the address the server binds */
  RequestGuard(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    this.loopbackOnly = LOOPBACK_NAMES.contains(h) || h.startsWith("127.");
  }

  void before(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    if (!loopbackOnly) return;
    String host = hostName(ctx.header("Host"));
    if (host == null || !(LOOPBACK_NAMES.contains(host) || host.startsWith("127."))) {
      throw ApiError.forbidden("this server answers only requests addressed to localhost or 127.0.0.1 (Host: "
          + Params.clip(String.valueOf(ctx.header("Host"))) + ")");
    }
    String origin = ctx.header("Origin");
    if (ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD && origin != null
        && !origin.equals("http://" + ctx.header("Host"))) {
      throw ApiError.forbidden("requests from another site (Origin: " + Params.clip(origin) + ") are refused");
    }
  }

  /** The name part of a Host header ({@code 127.0.0.1:8080} → {@code 127.0.0.1}, {@code [::1]:80} → {@code [::1]}). */
  static String hostName(String header) {
    if (header == null || header.isBlank()) return null;
    try {
      String name = URI.create("http://" + header.strip()).getHost();
      return name == null ? null : name.toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
