package org.echotrace.ingest.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.echotrace.ingest.CorpusReader;
import org.echotrace.model.InputProblem;
import org.echotrace.model.RawDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fetcher against HTTP servers started here on port 0 (loopback only): pages, a redirect chain, a redirect loop,
 * robots.txt rules, an oversized page, a slow page; then the WARC it wrote, read back by {@link CorpusReader}.
 */
class PoliteFetcherTest {
  static final String RUSSIAN = "Докеры порта Карроу во вторник начали трёхдневную забастовку.";
  static final int BIG = 11 * 1024 * 1024;

  @TempDir Path dir;

  /** One request as the server saw it. */
  record Hit(String path, String userAgent, long nanos) {}

  private final List<HttpServer> servers = new ArrayList<>();
  private final List<ExecutorService> pools = new ArrayList<>();

  @AfterEach
  void stop() {
    servers.forEach(s -> s.stop(0));
    pools.forEach(ExecutorService::shutdownNow);
  }

  /** A site: robots.txt as given (or a status for it), and the pages of the test. */
  URI site(String robots, int robotsStatus, ConcurrentLinkedQueue<Hit> hits) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    ExecutorService pool = Executors.newFixedThreadPool(4, r -> {
      Thread t = new Thread(r, "test-http");
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(pool);
    server.createContext("/", ex -> {
      try (ex) {
        hits.add(new Hit(ex.getRequestURI().toString(), ex.getRequestHeaders().getFirst("User-Agent"), System.nanoTime()));
        serve(ex, robots, robotsStatus);
      } catch (IOException | InterruptedException e) {
        // the client went away (size limit, timeout) or the test is over
      }
    });
    server.start();
    servers.add(server);
    pools.add(pool);
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  private static void serve(HttpExchange ex, String robots, int robotsStatus) throws IOException, InterruptedException {
    String path = ex.getRequestURI().getPath();
    switch (path) {
      case "/robots.txt" -> {
        if (robotsStatus != 200) send(ex, robotsStatus, "text/plain", "no".getBytes(StandardCharsets.UTF_8));
        else send(ex, 200, "text/plain", robots.getBytes(StandardCharsets.UTF_8));
      }
      case "/a.html", "/a2.html", "/private/secret.html" -> send(ex, 200, "text/html; charset=utf-8",
          page("Page " + path).getBytes(StandardCharsets.UTF_8));
      case "/ru.html" -> send(ex, 200, "text/html; charset=windows-1251", page(RUSSIAN).getBytes(Charset.forName("windows-1251")));
      case "/r1" -> redirect(ex, 302, "/r2");
      case "/r2" -> redirect(ex, 301, "/a2.html");
      case "/loop" -> redirect(ex, 302, "/loop");
      case "/big" -> {
        byte[] line = "<p>A very long page that never ends, sent to test the size limit.</p>\n".getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        ex.sendResponseHeaders(200, 0); // chunked
        try (OutputStream out = ex.getResponseBody()) {
          for (int sent = 0; sent < BIG; sent += line.length) out.write(line);
        }
      }
      case "/slow" -> {
        Thread.sleep(3000);
        send(ex, 200, "text/html", page("Too late").getBytes(StandardCharsets.UTF_8));
      }
      default -> send(ex, 404, "text/html", page("Not found").getBytes(StandardCharsets.UTF_8));
    }
  }

  static String page(String body) {
    return "<!DOCTYPE html><html><head><title>t</title></head><body><p>" + body + "</p></body></html>";
  }

  private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
    ex.getResponseHeaders().add("Content-Type", type);
    ex.sendResponseHeaders(status, body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }

  private static void redirect(HttpExchange ex, int status, String location) throws IOException {
    ex.getResponseHeaders().add("Location", location);
    ex.sendResponseHeaders(status, -1);
  }

  /** No pause; a generous timeout, so that 10 MB pass on a busy machine (the slow page has its own test). */
  private static FetchOptions fast() {
    return FetchOptions.defaults().withHostDelay(Duration.ZERO).withResponseTimeout(Duration.ofSeconds(20));
  }

  @Test
  void fetchesPolitelyAndTheWarcReadsBack() throws IOException {
    ConcurrentLinkedQueue<Hit> hits = new ConcurrentLinkedQueue<>();
    URI base = site("User-agent: *\nDisallow: /private\n", 200, hits);
    List<FetchResult> results = new ArrayList<>();
    Path warc;
    try (WarcRecorder recorder = WarcRecorder.create(dir, Clock.systemUTC(), "echotrace test")) {
      PoliteFetcher fetcher = new PoliteFetcher(fast(), recorder::record);
      for (String p : List.of("/a.html", "/ru.html", "/r1", "/loop", "/big", "/private/secret.html", "/missing")) {
        results.add(fetcher.fetch(base.resolve(p)));
      }
      results.add(fetcher.fetch(URI.create("ftp://127.0.0.1/file")));
      warc = recorder.file();
    }

    FetchResult a = results.get(0);
    assertEquals(FetchResult.Outcome.FETCHED, a.outcome());
    assertEquals(200, a.response().orElseThrow().status());
    FetchResult chain = results.get(2);
    assertEquals(FetchResult.Outcome.FETCHED, chain.outcome());
    assertEquals(2, chain.redirects());
    assertEquals(base.resolve("/a2.html"), chain.finalUri());
    FetchResult loop = results.get(3);
    assertEquals(FetchResult.Outcome.TOO_MANY_REDIRECTS, loop.outcome());
    assertEquals(5, loop.redirects());
    FetchResult big = results.get(4);
    assertEquals(FetchResult.Outcome.FETCHED, big.outcome());
    assertTrue(big.response().orElseThrow().truncated());
    assertEquals(10 * 1024 * 1024, big.response().orElseThrow().body().length);
    FetchResult secret = results.get(5);
    assertEquals(FetchResult.Outcome.DISALLOWED, secret.outcome());
    assertTrue(secret.reason().contains("robots.txt"), secret.reason());
    assertEquals(404, results.get(6).response().orElseThrow().status());
    assertEquals(FetchResult.Outcome.UNSUPPORTED, results.get(7).outcome());

    assertEquals(1, hits.stream().filter(h -> h.path().equals("/robots.txt")).count(), "robots.txt fetched once");
    assertTrue(hits.stream().noneMatch(h -> h.path().startsWith("/private")), "a disallowed path is never requested");
    assertTrue(hits.stream().allMatch(h -> FetchOptions.USER_AGENT.equals(h.userAgent())), hits.toString());

    // the WARC repeats the run offline
    assertTrue(warc.getFileName().toString().matches("echotrace-\\d{8}T\\d{6}Z\\.warc\\.gz"), warc.toString());
    List<InputProblem> problems = new ArrayList<>();
    List<RawDocument> docs = new CorpusReader(problems::add).readAll(List.of(dir));
    assertEquals(Stream.of("/a.html", "/ru.html", "/a2.html", "/big").map(p -> base.resolve(p).toString()).toList(),
        docs.stream().map(RawDocument::id).toList());
    for (RawDocument d : docs) {
      assertEquals(RawDocument.Format.HTML, d.format());
      assertEquals(d.id(), d.url());
    }
    assertTrue(docs.get(1).text().contains(RUSSIAN), "charset from the stored Content-Type header");
    assertEquals(10 * 1024 * 1024, docs.get(3).text().length());
    assertTrue(problems.stream().anyMatch(p -> p.message().contains("the crawler truncated this response (length)")),
        problems.toString());
    assertTrue(problems.stream().anyMatch(p -> p.severity() == InputProblem.Severity.WARNING
        && p.message().startsWith("skipped 1 non-HTML response, 9 non-2xx responses")), problems.toString());
  }

  @Test
  void aSlowPageTimesOut() throws IOException {
    URI base = site("User-agent: *\nDisallow:\n", 200, new ConcurrentLinkedQueue<>());
    long t0 = System.nanoTime();
    FetchResult slow = new PoliteFetcher(fast().withResponseTimeout(Duration.ofMillis(500)), PoliteFetcher.Recorder.NONE)
        .fetch(base.resolve("/slow"));
    assertEquals(FetchResult.Outcome.FAILED, slow.outcome());
    assertTrue(slow.reason().contains("timed out"), slow.reason());
    assertTrue(System.nanoTime() - t0 < 2_500_000_000L, "gave up before the page came (3 s)");
  }

  @Test
  void requestsToOneHostKeepTheirDistance() throws IOException {
    ConcurrentLinkedQueue<Hit> hits = new ConcurrentLinkedQueue<>();
    URI base = site("User-agent: *\nDisallow:\n", 200, hits);
    PoliteFetcher fetcher = new PoliteFetcher(fast().withHostDelay(Duration.ofMillis(300)), PoliteFetcher.Recorder.NONE);
    fetcher.fetch(base.resolve("/a.html"));
    fetcher.fetch(base.resolve("/a2.html"));
    List<Hit> seen = List.copyOf(hits);
    assertEquals(List.of("/robots.txt", "/a.html", "/a2.html"), seen.stream().map(Hit::path).toList());
    for (int i = 1; i < seen.size(); i++) {
      long gapMs = (seen.get(i).nanos() - seen.get(i - 1).nanos()) / 1_000_000;
      assertTrue(gapMs >= 280, "gap before " + seen.get(i).path() + ": " + gapMs + " ms");
    }
  }

  @Test
  void robotsServerErrorDisallowsTheHostAndNotFoundAllowsIt() throws IOException {
    ConcurrentLinkedQueue<Hit> down = new ConcurrentLinkedQueue<>(), none = new ConcurrentLinkedQueue<>();
    URI broken = site("", 503, down), open = site("", 404, none);
    PoliteFetcher fetcher = new PoliteFetcher(fast(), PoliteFetcher.Recorder.NONE);

    FetchResult first = fetcher.fetch(broken.resolve("/a.html"));
    FetchResult second = fetcher.fetch(broken.resolve("/ru.html"));
    FetchResult allowed = fetcher.fetch(open.resolve("/a.html"));

    assertEquals(FetchResult.Outcome.DISALLOWED, first.outcome());
    assertTrue(first.reason().contains("robots.txt answered 503; host disallowed for this run"), first.reason());
    assertEquals(FetchResult.Outcome.DISALLOWED, second.outcome());
    assertEquals(List.of("/robots.txt"), down.stream().map(Hit::path).toList(), "asked once, then nothing");
    assertEquals(FetchResult.Outcome.FETCHED, allowed.outcome());
    assertEquals(200, allowed.response().orElseThrow().status());
  }

  @Test
  void anUnreachableHostFailsWithTheNetworkErrorNotAsDisallowed() throws IOException {
    // a port nobody listens on: bind one, note it, close it
    int port;
    try (var s = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    FetchResult r = new PoliteFetcher(fast(), PoliteFetcher.Recorder.NONE)
        .fetch(URI.create("http://127.0.0.1:" + port + "/a.html"));
    // issue 15: an unreachable host was reported as "disallowed by robots.txt"
    assertEquals(FetchResult.Outcome.FAILED, r.outcome(), r.reason());
    assertTrue(r.reason().startsWith("cannot reach http://127.0.0.1:" + port + ": connection failed"), r.reason());
    assertFalse(r.reason().contains("disallowed"), r.reason());
    assertFalse(r.response().isPresent());
  }

  @Test
  void optionsAreChecked() {
    assertEquals("echotrace", FetchOptions.defaults().productToken());
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> FetchOptions.defaults().withHostDelay(Duration.ofSeconds(-1)));
  }
}
