package org.echotrace.ingest.fetch;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches pages politely with the JDK's {@link HttpClient}: a clear User-Agent, connect and response timeouts, a size
 * limit (the body is cut there and marked truncated), at most {@link FetchOptions#maxRedirects()} redirects (each hop
 * checked against robots.txt and stored), one request at a time per host and a pause between requests to the same
 * host, and robots.txt honoured.
 *
 * <p>robots.txt is fetched once per host (scheme, host and port) and read with {@link RobotsRules}: a 2xx gives its
 * rules; a 4xx means there are none, so everything is allowed (RFC 9309 §2.3.1.3); a 5xx, a timeout or a network error
 * means the site may be in trouble, so the whole host is disallowed for this run (RFC 9309 §2.3.1.4 says to assume
 * complete disallow). A host that cannot be reached at all (no connection, no answer) is reported as
 * {@link FetchResult.Outcome#FAILED} with the network error, not as disallowed: robots.txt said nothing. Redirects of
 * robots.txt are followed up to 5 hops; more count as unavailable (allowed).
 *
 * <p>Every response (robots.txt and redirects included) goes to the {@link Recorder}, with its request. Thread-safe:
 * requests to different hosts may run at once, requests to one host wait for each other.
 */
public final class PoliteFetcher {
  /** Receives every exchange, for storing. */
  public interface Recorder {
    void record(Exchange exchange) throws IOException;

    Recorder NONE = exchange -> {};
  }

  private static final String ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8";

  private final FetchOptions options;
  private final Recorder recorder;
  private final Clock clock;
  private final HttpClient client;
  private final Map<String, Host> hosts = new ConcurrentHashMap<>();

  /** Per-host state; its monitor is held for the whole of each request to that host. */
  private static final class Host {
    RobotsRules robots;
    String robotsNote;
    /** The network error that kept robots.txt from being fetched, or null. */
    String unreachable;
    long lastRequestEnd = Long.MIN_VALUE;
  }

  public PoliteFetcher(FetchOptions options, Recorder recorder) {
    this(options, recorder, Clock.systemUTC());
  }

  public PoliteFetcher(FetchOptions options, Recorder recorder, Clock clock) {
    this.options = Objects.requireNonNull(options, "options");
    this.recorder = Objects.requireNonNull(recorder, "recorder");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(options.connectTimeout())
        .followRedirects(HttpClient.Redirect.NEVER).build();
  }

  /** Fetches one URL, following redirects; never throws for network trouble (see the outcome). */
  public FetchResult fetch(URI url) throws IOException {
    if (!isHttp(url)) {
      return new FetchResult(url, FetchResult.Outcome.UNSUPPORTED, Optional.empty(), 0,
          "not an http(s) URL with a host");
    }
    URI current = url;
    Exchange last = null;
    for (int hops = 0; ; hops++) {
      Host host = hosts.computeIfAbsent(hostKey(current), k -> new Host());
      Exchange ex;
      synchronized (host) {
        RobotsRules rules = robots(host, current);
        if (host.unreachable != null) {
          return new FetchResult(url, FetchResult.Outcome.FAILED, Optional.ofNullable(last), hops,
              "cannot reach " + hostKey(current) + ": " + host.unreachable + " (host skipped for this run)"
                  + (hops > 0 ? " after redirect to " + current : ""));
        }
        if (!rules.allows(pathAndQuery(current))) {
          return new FetchResult(url, FetchResult.Outcome.DISALLOWED, Optional.ofNullable(last), hops,
              "disallowed by " + hostKey(current) + "/robots.txt"
                  + (host.robotsNote == null ? "" : " (" + host.robotsNote + ")")
                  + (hops > 0 ? " after redirect to " + current : ""));
        }
        try {
          ex = exchange(host, current);
        } catch (IOException e) {
          return new FetchResult(url, FetchResult.Outcome.FAILED, Optional.ofNullable(last), hops,
              describe(e) + (hops > 0 ? " (after redirect to " + current + ")" : ""));
        }
      }
      recorder.record(ex);
      last = ex;
      Optional<URI> next = redirectTarget(ex);
      if (next.isEmpty()) return new FetchResult(url, FetchResult.Outcome.FETCHED, Optional.of(ex), hops, "");
      if (hops >= options.maxRedirects()) {
        return new FetchResult(url, FetchResult.Outcome.TOO_MANY_REDIRECTS, Optional.of(ex), hops,
            "more than " + options.maxRedirects() + " redirects");
      }
      current = next.get();
      if (!isHttp(current)) {
        return new FetchResult(url, FetchResult.Outcome.UNSUPPORTED, Optional.of(ex), hops,
            "redirected to a non-http(s) URL: " + current);
      }
    }
  }

  /** The rules for this host, fetching robots.txt on first use. Called with the host's monitor held. */
  private RobotsRules robots(Host host, URI uri) throws IOException {
    if (host.robots != null) return host.robots;
    URI robotsUri = URI.create(hostKey(uri) + "/robots.txt");
    URI current = robotsUri;
    for (int hops = 0; ; hops++) {
      Exchange ex;
      try {
        ex = exchange(host, current);
      } catch (IOException e) {
        host.unreachable = describe(e);
        return host.robots = RobotsRules.DISALLOW_ALL;
      }
      recorder.record(ex);
      int status = ex.status();
      Optional<URI> next = redirectTarget(ex);
      if (next.isPresent() && isHttp(next.get()) && hops < 5) {
        current = next.get();
        continue;
      }
      if (status / 100 == 2) {
        int n = Math.min(ex.body().length, RobotsRules.MAX_BYTES);
        String text = new String(ex.body(), 0, n, StandardCharsets.UTF_8);
        host.robots = RobotsRules.parse(text, options.productToken());
      } else if (status >= 500) {
        host.robotsNote = "robots.txt answered " + status + "; host disallowed for this run";
        host.robots = RobotsRules.DISALLOW_ALL;
      } else {
        host.robots = RobotsRules.ALLOW_ALL; // 4xx, or a redirect loop: no usable robots.txt, so no rules
      }
      return host.robots;
    }
  }

  /** One request, after the host's pause; the caller holds the host's monitor. */
  private Exchange exchange(Host host, URI uri) throws IOException {
    waitTurn(host);
    Map<String, List<String>> sent = Map.of("User-Agent", List.of(options.userAgent()), "Accept", List.of(ACCEPT));
    HttpRequest.Builder b = HttpRequest.newBuilder(uri).GET().timeout(options.responseTimeout());
    sent.forEach((k, v) -> b.header(k, v.get(0)));
    java.time.Instant date = clock.instant();
    CompletableFuture<HttpResponse<Capped>> future =
        client.sendAsync(b.build(), info -> new CappedSubscriber(options.maxBytes()));
    try {
      HttpResponse<Capped> response = future.get(options.responseTimeout().toMillis(), TimeUnit.MILLISECONDS);
      return new Exchange(uri, date, sent, response.statusCode(), response.headers().map(), response.body().bytes(),
          response.body().truncated());
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new HttpTimeoutException("no complete response within " + seconds(options.responseTimeout()));
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof HttpTimeoutException t) {
        throw new HttpTimeoutException("no response within " + seconds(options.responseTimeout()));
      }
      if (c instanceof IOException io) throw io;
      throw new IOException(c);
    } finally {
      host.lastRequestEnd = System.nanoTime();
    }
  }

  private void waitTurn(Host host) throws IOException {
    if (host.lastRequestEnd == Long.MIN_VALUE) return;
    long wait = host.lastRequestEnd + options.hostDelay().toNanos() - System.nanoTime();
    if (wait <= 0) return;
    try {
      TimeUnit.NANOSECONDS.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  private static Optional<URI> redirectTarget(Exchange ex) {
    int s = ex.status();
    if (s != 301 && s != 302 && s != 303 && s != 307 && s != 308) return Optional.empty();
    String location = ex.header("Location");
    if (location == null || location.isBlank()) return Optional.empty();
    try {
      return Optional.of(ex.uri().resolve(location.strip()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static boolean isHttp(URI uri) {
    String s = uri.getScheme();
    return s != null && (s.equalsIgnoreCase("http") || s.equalsIgnoreCase("https")) && uri.getHost() != null;
  }

  static String hostKey(URI uri) {
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
  }

  static String pathAndQuery(URI uri) {
    String p = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    return uri.getRawQuery() == null ? p : p + "?" + uri.getRawQuery();
  }

  private static String describe(IOException e) {
    if (e instanceof HttpTimeoutException) return "timed out: " + e.getMessage();
    if (e instanceof ConnectException) {
      return "connection failed" + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }

  private static String seconds(Duration d) {
    return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
  }

  /** A body and whether it was cut. */
  private record Capped(byte[] bytes, boolean truncated) {}

  /** Collects at most {@code limit} bytes, then cancels the stream (which closes the connection). */
  private static final class CappedSubscriber implements HttpResponse.BodySubscriber<Capped> {
    private final int limit;
    private final java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    private final CompletableFuture<Capped> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    CappedSubscriber(int limit) {
      this.limit = limit;
    }

    @Override
    public CompletionStage<Capped> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      s.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
      if (result.isDone()) return;
      for (ByteBuffer buf : buffers) {
        int room = limit - out.size();
        int n = Math.min(room, buf.remaining());
        byte[] chunk = new byte[n];
        buf.get(chunk);
        out.write(chunk, 0, n);
        if (buf.hasRemaining()) {
          result.complete(new Capped(out.toByteArray(), true));
          subscription.cancel();
          return;
        }
      }
      subscription.request(1);
    }

    @Override
    public void onError(Throwable t) {
      result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
      result.complete(new Capped(out.toByteArray(), false));
    }
  }
}
