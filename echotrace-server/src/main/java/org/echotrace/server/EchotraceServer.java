package org.echotrace.server;

import io.javalin.Javalin;
import io.javalin.apibuilder.ApiBuilder;
import io.javalin.json.JavalinJackson;
import io.javalin.router.Endpoint;
import io.javalin.util.JavalinBindException;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.echotrace.pipeline.Pipeline;
import org.echotrace.store.Store;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The echotrace HTTP server: a JSON API over a {@link Store} under {@code /api/}, described by {@code /openapi.json},
 * and the web UI at {@code /}. It only calls the store; it analyses nothing and fetches nothing.
 *
 * <pre>{@code
 * try (Store store = Store.openReadOnly(dir, embedder);
 *      EchotraceServer server = EchotraceServer.start(store, "127.0.0.1", 8080, false, null)) {
 *   System.out.println("open " + server.uri());
 *   server.join();  // or stop() from elsewhere
 * }
 * }</pre>
 *
 * <p>Every {@link #REFRESH} the server refreshes the store, so that what an {@code echotrace add} in another process
 * commits shows without a restart. Thread-safe: requests are served on Jetty's thread pool; {@link #stop()} may be
 * called from any thread, more than once.
 */
public final class EchotraceServer implements AutoCloseable {
  /** Largest request body (an add's list of paths): 1 MB. */
  private static final long MAX_BODY = 1 << 20;
  /** Largest request line and headers: a pasted text travels in the query string (see {@link Params#MAX_QUERY}). */
  private static final int MAX_HEADER = 128 * 1024;
  /**
   * How often the server looks for what another process committed (an {@code echotrace add} beside it): a check
   * that finds nothing new costs microseconds, and a reader waits at most this long to see a finished add.
   */
  static final Duration REFRESH = Duration.ofSeconds(5);

  private final Javalin app;
  private final String host;
  private final ScheduledExecutorService refresher;

  private EchotraceServer(Javalin app, String host, ScheduledExecutorService refresher) {
    this.app = app;
    this.host = host;
    this.refresher = refresher;
  }

  /**
   * Starts serving {@code store} and returns once the server listens.
   *
   * @param host the address to bind: {@code 127.0.0.1} keeps the server to this machine (then requests must also be
   *     addressed to a loopback name); another address exposes the store to the network
   * @param port the port, or 0 for any free one ({@link #port()} tells which)
   * @param allowAdd whether {@code POST /api/add} adds local files to the store; when false it answers 403. When true
   *     the store must be open for writing and {@code pipelineForAdd} given
   * @param pipelineForAdd the pipeline that analyses added documents, or null when {@code allowAdd} is false
   * @throws IllegalArgumentException when adding is allowed on a read-only store or without a pipeline
   * @throws IllegalStateException when the port cannot be bound (in use, not permitted)
   */
  public static EchotraceServer start(Store store, String host, int port, boolean allowAdd, Pipeline pipelineForAdd) {
    Objects.requireNonNull(store, "store");
    if (allowAdd && !store.writable()) {
      throw new IllegalArgumentException("adding is allowed but the store in " + store.dir() + " is open read-only");
    }
    return start(StoreView.of(store), host, port, allowAdd, pipelineForAdd);
  }

  /** As {@link #start(Store, String, int, boolean, Pipeline)}, over any view of a store (the tests' fakes). */
  static EchotraceServer start(StoreView store, String host, int port, boolean allowAdd, Pipeline pipelineForAdd) {
    return start(store, host, port, allowAdd, pipelineForAdd, REFRESH);
  }

  /** With another refresh interval than {@link #REFRESH} (tests). */
  static EchotraceServer start(StoreView store, String host, int port, boolean allowAdd, Pipeline pipelineForAdd,
      Duration refresh) {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(host, "host");
    if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be from 0 to 65535, got " + port);
    if (allowAdd && pipelineForAdd == null) throw new IllegalArgumentException("adding is allowed but no pipeline given");
    List<Routes.Route> routes = Routes.table(store, allowAdd ? pipelineForAdd : null);
    RequestGuard guard = new RequestGuard(host);
    Javalin app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.startupWatcherEnabled = false;
      config.http.prefer405over404 = true;
      config.http.maxRequestSize = MAX_BODY;
      config.jsonMapper(new JavalinJackson(ApiJson.MAPPER, false));
      config.jetty.threadPool = threadPool();
      config.jetty.modifyHttpConfiguration(http -> {
        http.setRequestHeaderSize(MAX_HEADER);
        http.setSendServerVersion(false);
      });
      config.router.apiBuilder(() -> ApiBuilder.before(guard::before));
      config.router.mount(routing -> {
        ErrorMapping.install(routing);
        for (Routes.Route r : routes) routing.addEndpoint(new Endpoint(r.method(), r.path(), Set.of(), r.handler()));
      });
    });
    try {
      app.start(host, port);
    } catch (JavalinBindException e) {
      throw new IllegalStateException("cannot listen on " + host + ":" + port + " (another program uses the port, or "
          + "the address is not this machine's): " + (e.getCause() == null ? e.getMessage() : e.getCause().getMessage()), e);
    }
    return new EchotraceServer(app, host, refresher(store, refresh));
  }

  /**
   * Jetty's workers: a few per core, not Jetty's default of 200. Every request is CPU work on the store (search aligns
   * texts), so more threads than cores only time-slice requests against each other; a bounded pool queues them
   * instead, and the slowest answers under load come sooner (measured with the load script: see README).
   */
  static QueuedThreadPool threadPool() {
    int workers = Math.max(8, 4 * Runtime.getRuntime().availableProcessors());
    QueuedThreadPool pool = new QueuedThreadPool(workers, Math.min(workers, 4));
    pool.setName("echotrace-http");
    return pool;
  }

  /** A daemon thread that refreshes the store every {@code every}; a failed refresh is retried at the next tick. */
  private static ScheduledExecutorService refresher(StoreView store, Duration every) {
    ScheduledExecutorService s = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "echotrace-store-refresh");
      t.setDaemon(true);
      return t;
    });
    s.scheduleWithFixedDelay(() -> {
      try {
        store.refresh();
      } catch (IOException | RuntimeException e) {
        // the store stays as last seen; the next tick tries again
      }
    }, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    return s;
  }

  /** The port the server listens on. */
  public int port() {
    return app.port();
  }

  /** The web UI's address, e.g. {@code http://127.0.0.1:8080/}. */
  public URI uri() {
    String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    if (h.equals("0.0.0.0") || h.equals("[::]")) h = "127.0.0.1";
    return URI.create("http://" + h + ":" + port() + "/");
  }

  /** Blocks until the server has stopped (from another thread, or on shutdown). */
  public void join() throws InterruptedException {
    app.jettyServer().server().join();
  }

  /** Stops listening and finishes the requests under way. Does not close the store (its opener does). */
  public void stop() {
    refresher.shutdownNow();
    app.stop();
  }

  @Override
  public void close() {
    stop();
  }
}
