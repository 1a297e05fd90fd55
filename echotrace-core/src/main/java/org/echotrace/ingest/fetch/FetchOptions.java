package org.echotrace.ingest.fetch;

import java.time.Duration;
import java.util.Objects;

/**
 * How politely and how far {@link PoliteFetcher} fetches.
 *
 * @param connectTimeout the longest wait for a connection
 * @param responseTimeout the longest wait for a whole response (headers and body)
 * @param maxBytes the most body bytes kept; the rest is cut and the response marked truncated
 * @param maxRedirects the most redirects followed from one URL
 * @param hostDelay the pause between two requests to the same host (robots.txt included)
 * @param userAgent the User-Agent header; its first word before {@code /} is the robots.txt product token
 */
public record FetchOptions(Duration connectTimeout, Duration responseTimeout, int maxBytes, int maxRedirects,
    Duration hostDelay, String userAgent) {
  public static final String USER_AGENT = "echotrace/0.1 (+https://github.com/echotrace/echotrace)";

  public FetchOptions {
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(responseTimeout, "responseTimeout");
    Objects.requireNonNull(hostDelay, "hostDelay");
    Objects.requireNonNull(userAgent, "userAgent");
    if (connectTimeout.isNegative() || connectTimeout.isZero()) {
      throw new IllegalArgumentException("connectTimeout must be > 0, got " + connectTimeout);
    }
    if (responseTimeout.isNegative() || responseTimeout.isZero()) {
      throw new IllegalArgumentException("responseTimeout must be > 0, got " + responseTimeout);
    }
    if (hostDelay.isNegative()) throw new IllegalArgumentException("hostDelay must be >= 0, got " + hostDelay);
    if (maxBytes <= 0) throw new IllegalArgumentException("maxBytes must be > 0, got " + maxBytes);
    if (maxRedirects < 0) throw new IllegalArgumentException("maxRedirects must be >= 0, got " + maxRedirects);
    if (userAgent.isBlank()) throw new IllegalArgumentException("userAgent must not be blank");
  }

  /**
   * Connect in 10 s, the whole response in 30 s, 10 MB (the reader's page limit), 5 redirects (what browsers and RFC
   * 9309 crawlers follow at least), 1 s between requests to one host.
   */
  public static FetchOptions defaults() {
    return new FetchOptions(Duration.ofSeconds(10), Duration.ofSeconds(30), 10 * 1024 * 1024, 5, Duration.ofSeconds(1),
        USER_AGENT);
  }

  public FetchOptions withHostDelay(Duration delay) {
    return new FetchOptions(connectTimeout, responseTimeout, maxBytes, maxRedirects, delay, userAgent);
  }

  public FetchOptions withResponseTimeout(Duration timeout) {
    return new FetchOptions(connectTimeout, timeout, maxBytes, maxRedirects, hostDelay, userAgent);
  }

  public FetchOptions withMaxBytes(int bytes) {
    return new FetchOptions(connectTimeout, responseTimeout, bytes, maxRedirects, hostDelay, userAgent);
  }

  /** The robots.txt product token: the User-Agent's first word, before any {@code /}. */
  public String productToken() {
    String first = userAgent.strip().split("\\s+", 2)[0];
    int slash = first.indexOf('/');
    return slash < 0 ? first : first.substring(0, slash);
  }
}
