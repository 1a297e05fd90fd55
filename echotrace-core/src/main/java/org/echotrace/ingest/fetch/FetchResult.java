package org.echotrace.ingest.fetch;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * What became of one URL.
 *
 * @param requested the URL as asked for
 * @param outcome fetched, or why not
 * @param response the last response (after redirects) when there was one
 * @param redirects how many redirects were followed
 * @param reason in words: why it was skipped or failed, or empty
 */
public record FetchResult(URI requested, Outcome outcome, Optional<Exchange> response, int redirects, String reason) {
  /** Whether a response came back, and if not, why. */
  public enum Outcome {
    /** A response came back (any status; see the response). */
    FETCHED,
    /** robots.txt disallows it (or could not be read, which disallows the host for the run). */
    DISALLOWED,
    /** More redirects than allowed; the response is the last redirect. */
    TOO_MANY_REDIRECTS,
    /** Not an http(s) URL. */
    UNSUPPORTED,
    /** Connection failed or timed out. */
    FAILED
  }

  public FetchResult {
    Objects.requireNonNull(requested, "requested");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(response, "response");
    Objects.requireNonNull(reason, "reason");
  }

  /** The URL of the last response, or the one requested. */
  public URI finalUri() {
    return response.map(Exchange::uri).orElse(requested);
  }
}
