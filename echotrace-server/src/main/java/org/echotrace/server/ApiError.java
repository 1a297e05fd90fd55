package org.echotrace.server;

import io.javalin.http.HttpStatus;

/**
 * A request the API refuses, with the status and the message its JSON error body carries ({@code {"error": ...}}).
 * Thrown by handlers, turned into a response once, in {@link ErrorMapping}.
 */
final class ApiError extends RuntimeException {
  private final HttpStatus status;

  private ApiError(HttpStatus status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  HttpStatus status() {
    return status;
  }

  /** 400: a parameter is missing or malformed. */
  static ApiError badRequest(String message) {
    return new ApiError(HttpStatus.BAD_REQUEST, message);
  }

  /** 404: no such article, story or outlet. */
  static ApiError notFound(String message) {
    return new ApiError(HttpStatus.NOT_FOUND, message);
  }

  /** 403: the server does not do this (adding on a read-only server, a foreign Host or Origin). */
  static ApiError forbidden(String message) {
    return new ApiError(HttpStatus.FORBIDDEN, message);
  }

  /** 409: another add is running. */
  static ApiError conflict(String message) {
    return new ApiError(HttpStatus.CONFLICT, message);
  }

  /** 415: a body that is not JSON. */
  static ApiError unsupportedMediaType(String message) {
    return new ApiError(HttpStatus.UNSUPPORTED_MEDIA_TYPE, message);
  }
}
