package org.echotrace.ingest.fetch;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One HTTP request and the response it got, as stored in the WARC.
 *
 * @param uri the URI requested
 * @param date when the request was sent
 * @param requestHeaders the headers sent
 * @param status the HTTP status
 * @param responseHeaders the headers received (as the server sent them)
 * @param body the body received, at most {@link FetchOptions#maxBytes()}
 * @param truncated whether the body was cut at the size limit
 */
public record Exchange(URI uri, Instant date, Map<String, List<String>> requestHeaders, int status,
    Map<String, List<String>> responseHeaders, byte[] body, boolean truncated) {
  public Exchange {
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(date, "date");
    requestHeaders = Map.copyOf(requestHeaders);
    responseHeaders = Map.copyOf(responseHeaders);
    Objects.requireNonNull(body, "body");
  }

  /** The first value of a response header, case-insensitively, or null. */
  public String header(String name) {
    for (var e : responseHeaders.entrySet()) {
      if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) return e.getValue().get(0);
    }
    return null;
  }

  @Override
  public String toString() {
    return "Exchange[" + uri + " " + status + ", " + body.length + " bytes" + (truncated ? ", truncated" : "") + "]";
  }
}
