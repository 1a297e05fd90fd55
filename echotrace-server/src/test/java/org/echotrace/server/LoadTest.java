package org.echotrace.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded loopback load test: {@code LoadTest URL [CLIENTS [SECONDS [SEED [WARMUP]]]]} runs CLIENTS threads
 * (default 100, at most 500) that each send one request after another to a running server on this machine, first
 * for WARMUP seconds (default 30, at most 120; 0 for none) and then for SECONDS (default 30, at most 300), and prints
 * for each phase how many were answered, the latency percentiles (p50, p90, p99, max) overall and per kind, and the
 * errors (a status other than 200, or no answer within 10 s). The warm-up is reported apart because a freshly started
 * JVM runs the server's code interpreted until the JIT compiler has seen it: in the first seconds of a run answers
 * are several times slower than later (p99 about 500-1,800 ms against 160-180 ms, measured with this class and with
 * {@code wrk}), which says how the JVM starts, not how the server serves; both phases count for the exit code. The
 * mix, drawn with a seeded random: 40% searches for a paragraph of a stored article, 25% articles, 15% article
 * listings (a random outlet half the time), 10% relations, 5% stories, 5% outlets. Refuses a host that is not a loopback address: it is not a tool for loading
 * someone else's server. Not run by the build: see {@code src/test/load/loadtest.sh}. Exit code 0 when there were no
 * errors, 1 otherwise.
 */
public final class LoadTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private LoadTest() {}

  /** One kind of request and its URLs to draw from. */
  private record Kind(String name, int weight, List<String> paths) {}

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: LoadTest URL [CLIENTS [SECONDS [SEED]]]   e.g. LoadTest http://127.0.0.1:8080/ 100 30");
      System.exit(2);
    }
    URI base = URI.create(args[0].endsWith("/") ? args[0] : args[0] + "/");
    int clients = Math.min(500, args.length > 1 ? Integer.parseInt(args[1]) : 100);
    int seconds = Math.min(300, args.length > 2 ? Integer.parseInt(args[2]) : 30);
    long seed = args.length > 3 ? Long.parseLong(args[3]) : 20251206L;
    int warmup = Math.max(0, Math.min(120, args.length > 4 ? Integer.parseInt(args[4]) : 30));
    if (!InetAddress.getByName(base.getHost()).isLoopbackAddress()) {
      System.err.println("refused: " + base.getHost() + " is not a loopback address");
      System.exit(2);
    }
    HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    List<Kind> kinds = plan(client, base, new Random(seed));
    boolean clean = true;
    if (warmup > 0) {
      System.out.printf(Locale.ROOT, "warm-up: %d clients for %d s against %s (seed %d), not the measurement%n",
          clients, warmup, base, seed);
      clean = phase(client, base, kinds, clients, warmup, seed + 1_000_000L);
    }
    System.out.printf(Locale.ROOT, "%d clients for %d s against %s (seed %d)%n", clients, seconds, base, seed);
    clean &= phase(client, base, kinds, clients, seconds, seed);
    System.exit(clean ? 0 : 1);
  }

  /** One phase: CLIENTS threads for SECONDS, then the report; true when there were no errors. */
  private static boolean phase(HttpClient client, URI base, List<Kind> kinds, int clients, int seconds, long seed)
      throws InterruptedException {
    Map<String, List<long[]>> latencies = new ConcurrentHashMap<>();
    Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    CountDownLatch finished = new CountDownLatch(clients);
    for (int c = 0; c < clients; c++) {
      Random random = new Random(seed + c + 1);
      Thread t = new Thread(() -> {
        try {
          run(client, base, kinds, random, end, latencies, errors);
        } finally {
          finished.countDown();
        }
      }, "load-" + c);
      t.setDaemon(true);
      t.start();
    }
    finished.await();
    return report(latencies, errors, seconds);
  }

  /** Reads what there is to ask for: paragraphs to search for, article ids, outlets, stories. */
  private static List<Kind> plan(HttpClient client, URI base, Random random) throws IOException, InterruptedException {
    JsonNode list = get(client, base, "api/articles?limit=100");
    List<String> articles = new ArrayList<>(), searches = new ArrayList<>(), relations = new ArrayList<>();
    for (JsonNode a : list.path("items")) {
      String id = URLEncoder.encode(a.path("id").asText(), StandardCharsets.UTF_8);
      articles.add("api/article?id=" + id);
      relations.add("api/relations?id=" + id);
    }
    for (int i = 0; i < Math.min(20, articles.size()); i++) {
      String[] paragraphs = get(client, base, articles.get(random.nextInt(articles.size()))).path("text").asText()
          .split("\n\n");
      String p = paragraphs[random.nextInt(paragraphs.length)];
      if (p.length() > 2000) p = p.substring(0, 2000);
      if (!p.isBlank()) searches.add("api/search?q=" + URLEncoder.encode(p, StandardCharsets.UTF_8));
    }
    List<String> listings = new ArrayList<>(List.of("api/articles", "api/articles?offset=20"));
    for (JsonNode o : get(client, base, "api/outlets?limit=100").path("items")) {
      listings.add("api/articles?outlet=" + URLEncoder.encode(o.path("name").asText(), StandardCharsets.UTF_8));
    }
    List<String> stories = new ArrayList<>(List.of("api/stories"));
    for (JsonNode s : get(client, base, "api/stories?limit=50").path("items")) {
      stories.add("api/story?id=" + URLEncoder.encode(s.path("id").asText(), StandardCharsets.UTF_8));
    }
    if (articles.isEmpty() || searches.isEmpty()) throw new IllegalStateException("the store at " + base + " is empty");
    return List.of(new Kind("search", 40, searches), new Kind("article", 25, articles),
        new Kind("articles", 15, listings), new Kind("relations", 10, relations), new Kind("stories", 5, stories),
        new Kind("outlets", 5, List.of("api/outlets", "api/stats")));
  }

  private static JsonNode get(HttpClient client, URI base, String path) throws IOException, InterruptedException {
    HttpResponse<String> r = client.send(HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT).build(),
        HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) throw new IOException(path + ": HTTP " + r.statusCode() + " " + r.body());
    return Http.JSON.readTree(r.body());
  }

  private static void run(HttpClient client, URI base, List<Kind> kinds, Random random, long end,
      Map<String, List<long[]>> latencies, Map<String, AtomicLong> errors) {
    int total = kinds.stream().mapToInt(Kind::weight).sum();
    Map<String, long[]> mine = new TreeMap<>();
    Map<String, Integer> counts = new TreeMap<>();
    while (System.nanoTime() < end) {
      int pick = random.nextInt(total);
      Kind kind = kinds.get(0);
      for (Kind k : kinds) {
        if (pick < k.weight()) {
          kind = k;
          break;
        }
        pick -= k.weight();
      }
      String path = kind.paths().get(random.nextInt(kind.paths().size()));
      long t0 = System.nanoTime();
      try {
        HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT).build(),
            HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) errors.computeIfAbsent(kind.name() + " HTTP " + r.statusCode(), k -> new AtomicLong()).incrementAndGet();
      } catch (IOException e) {
        errors.computeIfAbsent(kind.name() + " " + e.getClass().getSimpleName(), k -> new AtomicLong()).incrementAndGet();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      long took = System.nanoTime() - t0;
      int n = counts.merge(kind.name(), 1, Integer::sum);
      long[] a = mine.computeIfAbsent(kind.name(), k -> new long[1024]);
      if (n > a.length) mine.put(kind.name(), a = Arrays.copyOf(a, a.length * 2));
      a[n - 1] = took;
    }
    mine.forEach((k, a) -> latencies.computeIfAbsent(k, x -> java.util.Collections.synchronizedList(new ArrayList<>()))
        .add(Arrays.copyOf(a, counts.get(k))));
  }

  /** Prints the summary; true when there were no errors. */
  private static boolean report(Map<String, List<long[]>> latencies, Map<String, AtomicLong> errors, int seconds) {
    List<Long> all = new ArrayList<>();
    Map<String, long[]> byKind = new TreeMap<>();
    latencies.forEach((k, parts) -> {
      long[] merged = parts.stream().flatMapToLong(Arrays::stream).toArray();
      byKind.put(k, merged);
      for (long x : merged) all.add(x);
    });
    long[] every = all.stream().mapToLong(Long::longValue).toArray();
    long errorCount = errors.values().stream().mapToLong(AtomicLong::get).sum();
    System.out.printf(Locale.ROOT, "%-10s %8s %8s %8s %8s %8s%n", "kind", "requests", "p50 ms", "p90 ms", "p99 ms", "max ms");
    byKind.forEach((k, a) -> line(k, a));
    line("all", every);
    System.out.printf(Locale.ROOT, "%.0f requests/s, %d errors%s%n", every.length / (double) seconds, errorCount,
        errors.isEmpty() ? "" : " " + new TreeMap<>(errors));
    return errorCount == 0;
  }

  private static void line(String name, long[] nanos) {
    Arrays.sort(nanos);
    System.out.printf(Locale.ROOT, "%-10s %8d %8.1f %8.1f %8.1f %8.1f%n", name, nanos.length, pct(nanos, 50),
        pct(nanos, 90), pct(nanos, 99), nanos.length == 0 ? 0 : nanos[nanos.length - 1] / 1e6);
  }

  /** The nearest-rank percentile, in milliseconds. */
  private static double pct(long[] sorted, double p) {
    if (sorted.length == 0) return 0;
    int rank = (int) Math.ceil(p / 100 * sorted.length);
    return sorted[Math.max(0, rank - 1)] / 1e6;
  }
}
