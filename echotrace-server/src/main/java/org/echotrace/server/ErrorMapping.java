package org.echotrace.server;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.router.JavalinDefaultRouting;
import java.util.Map;

/**
 * Turns every failure into a JSON body {@code {"error": "..."}} with its status, in one place: a refused request
 * ({@link ApiError}) keeps its status; Javalin's own (no such path 404, wrong method 405, body too large 413) keep
 * theirs; an {@link IllegalArgumentException} from the store is the caller's mistake (400); anything else is a bug
 * (500), whose message is passed on (the server is a local tool: the person reading it runs it) but not its stack.
 */
final class ErrorMapping {
  private ErrorMapping() {}

  static void install(JavalinDefaultRouting routing) {
    routing.exception(ApiError.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
    routing.exception(HttpResponseException.class, ErrorMapping::javalin);
    routing.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST, e.getMessage()));
    routing.exception(Exception.class, (e, ctx) -> error(ctx, HttpStatus.INTERNAL_SERVER_ERROR,
        "internal error: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())));
  }

  private static void javalin(HttpResponseException e, Context ctx) {
    HttpStatus status = HttpStatus.forStatus(e.getStatus());
    String message = switch (status) {
      case NOT_FOUND -> "no such path: " + ctx.method() + " " + ctx.path() + " (the API is described at /openapi.json)";
      case METHOD_NOT_ALLOWED -> ctx.method() + " is not allowed on " + ctx.path();
      default -> e.getMessage();
    };
    error(ctx, status, message);
  }

  static void error(Context ctx, HttpStatus status, String message) {
    ApiJson.send(ctx, status, Map.of("error", message == null ? status.getMessage() : message));
  }
}
