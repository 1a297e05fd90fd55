package org.echotrace.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A headless Chromium driven over the Chrome DevTools Protocol (a WebSocket, with the JDK's own client: no extra
 * dependency), for tests that open a page and need to know what happened in it: every console call, uncaught
 * exception, browser log error (CSP violations and failed loads land there) and JavaScript dialog.
 *
 * <p>The binary is {@code $ECHOTRACE_CHROMIUM}, else the first of chromium, chromium-browser, google-chrome on the
 * PATH. Where none is found the test is skipped with a message, except on CI ({@code CI=true}), where it fails:
 * {@code .ci/run} installs Chromium, so a missing one there is a broken setup, not a user's clone. Not thread-safe.
 *
 * <p>Shared with echotrace-cli's report test through this module's test jar (one copy of the helper).
 */
public final class HeadlessChromium implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration STARTUP = Duration.ofSeconds(60);
  private static final Duration CALL = Duration.ofSeconds(60);

  /** What happened while a page loaded and settled. */
  public record PageLog(List<String> console, List<String> exceptions, List<String> logErrors, List<String> dialogs) {
    /** Everything that counts as a failure, one line each; empty when the page was clean. */
    public List<String> failures() {
      List<String> all = new ArrayList<>();
      console.forEach(c -> all.add("console: " + c));
      exceptions.forEach(e -> all.add("exception: " + e));
      logErrors.forEach(e -> all.add("log: " + e));
      dialogs.forEach(d -> all.add("dialog: " + d));
      return all;
    }
  }

  private final Process process;
  private final Path profile;
  private final WebSocket socket;
  private final BlockingQueue<JsonNode> source;
  private final List<JsonNode> events = new ArrayList<>();
  private int nextId = 1;

  private HeadlessChromium(Process process, WebSocket socket, BlockingQueue<JsonNode> source, Path profile) {
    this.profile = profile;
    this.process = process;
    this.socket = socket;
    this.source = source;
  }

  /** Starts Chromium with a fresh profile under {@code dir}, or skips (fails on CI) when there is none. */
  public static HeadlessChromium startOrSkip(Path dir) throws IOException, InterruptedException {
    Optional<Path> binary = find();
    if (binary.isEmpty()) {
      String msg = "SKIPPED: no Chromium found (install the chromium package, or set ECHOTRACE_CHROMIUM to the binary)";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) Assertions.fail("CI=true but " + msg.substring(9));
      System.err.println(msg);
      Assumptions.abort(msg);
    }
    return start(binary.get(), dir);
  }

  public static Optional<Path> find() {
    String env = System.getenv("ECHOTRACE_CHROMIUM");
    if (env != null && !env.isBlank()) return Optional.of(Path.of(env)).filter(Files::isExecutable);
    String path = System.getenv("PATH");
    if (path == null) return Optional.empty();
    for (String name : List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")) {
      for (String folder : path.split(File.pathSeparator)) {
        Path candidate = Path.of(folder, name);
        if (Files.isExecutable(candidate)) return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private static HeadlessChromium start(Path binary, Path dir) throws IOException, InterruptedException {
    Path profile = Files.createDirectories(dir.resolve("chromium-profile"));
    Process p = new ProcessBuilder(binary.toString(), "--headless", "--disable-gpu", "--no-sandbox",
        "--no-first-run", "--no-default-browser-check", "--disable-extensions", "--disable-background-networking",
        "--disable-sync", "--user-data-dir=" + profile, "--remote-debugging-port=0", "about:blank")
        .redirectErrorStream(true).redirectOutput(dir.resolve("chromium.log").toFile()).start();
    // Chromium writes the port it chose and the browser's WebSocket path into this file once it listens.
    Path portFile = profile.resolve("DevToolsActivePort");
    long deadline = System.nanoTime() + STARTUP.toNanos();
    List<String> lines = List.of();
    while (lines.size() < 2) {
      if (!p.isAlive()) {
        throw new IOException("Chromium exited with " + p.exitValue() + ": " + Files.readString(dir.resolve("chromium.log")));
      }
      if (System.nanoTime() > deadline) {
        p.destroyForcibly();
        throw new IOException("Chromium did not open its DevTools port within " + STARTUP);
      }
      Thread.sleep(100);
      if (Files.exists(portFile)) lines = Files.readAllLines(portFile, StandardCharsets.UTF_8);
    }
    URI uri = URI.create("ws://127.0.0.1:" + lines.get(0).trim() + lines.get(1).trim());
    BlockingQueue<JsonNode> inbox = new LinkedBlockingQueue<>();
    WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(STARTUP)
        .buildAsync(uri, new Listener(inbox)).join();
    return new HeadlessChromium(p, socket, inbox, profile);
  }

  /** Collects text frames into whole messages and queues them parsed. */
  private static final class Listener implements WebSocket.Listener {
    private final BlockingQueue<JsonNode> inbox;
    private final StringBuilder partial = new StringBuilder();

    Listener(BlockingQueue<JsonNode> inbox) {
      this.inbox = inbox;
    }

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        try {
          inbox.add(JSON.readTree(partial.toString()));
        } catch (IOException e) {
          throw new IllegalStateException("DevTools sent something that is not JSON: " + partial, e);
        }
        partial.setLength(0);
      }
      ws.request(1);
      return null;
    }
  }

  /** Opens a local file; see {@link #open(URI, Duration)}. */
  public PageLog open(Path file, Duration settle) throws IOException, InterruptedException {
    return open(file.toUri(), settle);
  }

  /**
   * Opens {@code page} in a new tab, waits for its load event and {@code settle} more, and returns what the page did.
   * A dialog is dismissed (so the page goes on) and recorded.
   */
  public PageLog open(URI page, Duration settle) throws IOException, InterruptedException {
    events.clear();
    String target = call(null, "Target.createTarget", params().put("url", "about:blank")).path("targetId").asText();
    String session = call(null, "Target.attachToTarget", params().put("targetId", target).put("flatten", true))
        .path("sessionId").asText();
    try {
      for (String domain : List.of("Runtime.enable", "Log.enable", "Page.enable")) call(session, domain, params());
      JsonNode nav = call(session, "Page.navigate", params().put("url", page.toString()));
      if (nav.hasNonNull("errorText")) throw new IOException("navigation failed: " + nav.get("errorText").asText());
      await(session, "Page.loadEventFired", CALL);
      drain(session, settle);
      return log(session);
    } finally {
      lastSession = session;
      lastTarget = target;
    }
  }

  private String lastSession, lastTarget;

  /** Everything that happened in the page last opened since it was opened, after {@code settle} more time. */
  public PageLog sinceOpened(Duration settle) throws IOException, InterruptedException {
    drain(lastSession, settle);
    return log(lastSession);
  }

  /** Evaluates {@code expression} in the page last opened and returns its value (as JSON); a promise is awaited. */
  public JsonNode evaluate(String expression) throws IOException, InterruptedException {
    JsonNode r = call(lastSession, "Runtime.evaluate", params().put("expression", expression).put("returnByValue", true)
        .put("awaitPromise", true));
    if (r.has("exceptionDetails")) throw new IOException("evaluation failed: " + r.get("exceptionDetails"));
    return r.path("result").path("value");
  }

  /**
   * Saves a PNG of the first element matching {@code selector} in the page last opened, whole (beyond the viewport),
   * at one device pixel per CSS pixel, with the page laid out {@code viewportWidth} pixels wide. Returns the clip's
   * width and height in pixels.
   */
  public int[] screenshot(String selector, int viewportWidth, Path png) throws IOException, InterruptedException {
    call(lastSession, "Emulation.setDeviceMetricsOverride", params().put("width", viewportWidth).put("height", 900)
        .put("deviceScaleFactor", 1).put("mobile", false));
    JsonNode box = evaluate("(() => { const e = document.querySelector(" + JSON.writeValueAsString(selector) + ");"
        + " if (!e) return null; const r = e.getBoundingClientRect();"
        + " return [r.left + scrollX, r.top + scrollY, r.width, r.height]; })()");
    if (!box.isArray()) throw new IOException("nothing matches " + selector);
    ObjectNode clip = JSON.createObjectNode().put("x", box.get(0).asDouble()).put("y", box.get(1).asDouble())
        .put("width", Math.ceil(box.get(2).asDouble())).put("height", Math.ceil(box.get(3).asDouble())).put("scale", 1);
    ObjectNode p = params().put("format", "png").put("captureBeyondViewport", true);
    p.set("clip", clip);
    JsonNode shot = call(lastSession, "Page.captureScreenshot", p);
    Files.createDirectories(png.toAbsolutePath().getParent());
    Files.write(png, java.util.Base64.getDecoder().decode(shot.path("data").asText()));
    return new int[] {(int) Math.ceil(box.get(2).asDouble()), (int) Math.ceil(box.get(3).asDouble())};
  }

  /** Closes the page last opened. */
  public void closePage() throws IOException, InterruptedException {
    if (lastTarget != null) call(null, "Target.closeTarget", params().put("targetId", lastTarget));
    lastTarget = null;
    lastSession = null;
  }

  private PageLog log(String session) {
    List<String> console = new ArrayList<>(), exceptions = new ArrayList<>(), logErrors = new ArrayList<>(),
        dialogs = new ArrayList<>();
    for (JsonNode e : events) {
      if (!session.equals(e.path("sessionId").asText())) continue;
      JsonNode p = e.path("params");
      switch (e.path("method").asText()) {
        case "Runtime.consoleAPICalled" -> console.add(p.path("type").asText() + " " + p.path("args"));
        case "Runtime.exceptionThrown" -> exceptions.add(p.path("exceptionDetails").toString());
        case "Log.entryAdded" -> {
          // Errors only: CSP violations and failed loads are errors; warnings (deprecations, interventions) vary
          // from one Chromium release to the next and would make the test depend on the version CI installs.
          String level = p.path("entry").path("level").asText();
          if (level.equals("error")) {
            logErrors.add(level + " " + p.path("entry").path("source").asText() + ": "
                + p.path("entry").path("text").asText() + " " + p.path("entry").path("url").asText(""));
          }
        }
        case "Page.javascriptDialogOpening" -> dialogs.add(p.path("type").asText() + ": " + p.path("message").asText());
        default -> { }
      }
    }
    return new PageLog(console, exceptions, logErrors, dialogs);
  }

  private static ObjectNode params() {
    return JSON.createObjectNode();
  }

  /** Sends a command and waits for its answer, keeping every event that arrives meanwhile. */
  private JsonNode call(String session, String method, ObjectNode params) throws IOException, InterruptedException {
    int id = nextId++;
    ObjectNode msg = JSON.createObjectNode().put("id", id).put("method", method);
    msg.set("params", params);
    if (session != null) msg.put("sessionId", session);
    socket.sendText(JSON.writeValueAsString(msg), true).join();
    long deadline = System.nanoTime() + CALL.toNanos();
    while (true) {
      JsonNode m = next(deadline, method);
      if (m.path("id").asInt(-1) == id) {
        if (m.has("error")) throw new IOException(method + " failed: " + m.get("error"));
        return m.path("result");
      }
      event(m);
    }
  }

  private void await(String session, String method, Duration timeout) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      JsonNode m = next(deadline, method);
      event(m);
      if (method.equals(m.path("method").asText()) && session.equals(m.path("sessionId").asText())) return;
    }
  }

  /** Keeps the events of {@code settle} more time: late errors, timers, dialogs. */
  private void drain(String session, Duration settle) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + settle.toNanos();
    while (true) {
      JsonNode m = source.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      if (m == null) return;
      event(m);
    }
  }

  private JsonNode next(long deadline, String waitingFor) throws IOException, InterruptedException {
    JsonNode m = source.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    if (m == null) throw new IOException("no answer from Chromium to " + waitingFor + " within " + CALL);
    return m;
  }

  private void event(JsonNode m) throws IOException {
    if (!m.has("method")) return;
    events.add(m);
    if (m.path("method").asText().equals("Page.javascriptDialogOpening")) {
      // Dismiss it, or the page (and every later command) would wait for a person to click.
      ObjectNode dismiss = JSON.createObjectNode().put("id", nextId++).put("method", "Page.handleJavaScriptDialog");
      dismiss.set("params", params().put("accept", false));
      dismiss.put("sessionId", m.path("sessionId").asText());
      socket.sendText(JSON.writeValueAsString(dismiss), true).join();
    }
  }

  @Override
  public void close() throws InterruptedException {
    try {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").orTimeout(5, TimeUnit.SECONDS).exceptionally(t -> null).join();
    } finally {
      // The renderer and helper processes are this browser's children; end them with it.
      List<ProcessHandle> children = process.descendants().toList();
      process.destroy();
      children.forEach(ProcessHandle::destroy);
      if (!process.waitFor(10, TimeUnit.SECONDS)) process.destroyForcibly();
      // Chromium's lock links point outside the profile, which JUnit's temporary folder cleanup warns about.
      for (String link : List.of("SingletonSocket", "SingletonLock", "SingletonCookie")) {
        try {
          Files.deleteIfExists(profile.resolve(link));
        } catch (IOException ignored) {
          // left for the temporary folder's cleanup
        }
      }
    }
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "HeadlessChromium(pid %d)", process.pid());
  }
}
