package org.echotrace.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.echotrace.internal.Plural;
import org.echotrace.ingest.fetch.Exchange;
import org.echotrace.ingest.fetch.FetchOptions;
import org.echotrace.ingest.fetch.FetchResult;
import org.echotrace.ingest.fetch.PoliteFetcher;
import org.echotrace.ingest.fetch.WarcRecorder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code echotrace fetch URL... --out DIR}: fetches pages politely into a WARC that analyze can read offline. */
@Command(name = "fetch", mixinStandardHelpOptions = true,
    header = "Fetches pages politely into a WARC file that analyze reads offline.",
    description = "Honours robots.txt, makes one request at a time per host with a pause, sends a clear User-Agent, "
        + "waits at most --timeout seconds, follows at most 5 redirects and keeps at most 10 MB a page. Every request "
        + "and response goes into DIR/echotrace-<timestamp>.warc.gz, so that \"echotrace analyze DIR\" repeats the "
        + "run offline. Prints one line per URL: the status and size, or why it was skipped or failed.")
final class FetchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "URL", description = "http(s) URLs.")
  List<String> urls;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "Folder for the WARC file (made if missing).")
  Path out;

  @Option(names = "--delay", defaultValue = "1", paramLabel = "SECONDS",
      description = "Pause between requests to one host. Default: ${DEFAULT-VALUE}.")
  double delay;

  @Option(names = "--timeout", defaultValue = "30", paramLabel = "SECONDS",
      description = "Longest wait for a whole response. Default: ${DEFAULT-VALUE}.")
  double timeout;

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut(), err = spec.commandLine().getErr();
    if (delay < 0 || timeout <= 0) {
      err.println("echotrace fetch: --delay must be >= 0 and --timeout > 0");
      return ExitCodes.USAGE;
    }
    FetchOptions options = FetchOptions.defaults().withHostDelay(Duration.ofMillis(Math.round(delay * 1000)))
        .withResponseTimeout(Duration.ofMillis(Math.round(timeout * 1000)));
    int responses = 0;
    Path file;
    int records;
    try (WarcRecorder warc = WarcRecorder.create(out, Clock.systemUTC(), FetchOptions.USER_AGENT)) {
      PoliteFetcher fetcher = new PoliteFetcher(options, warc::record);
      for (String url : urls) {
        String problem = problem(url);
        if (problem != null) {
          stdout.println("skipped  " + url + "  " + problem);
          stdout.flush();
          continue;
        }
        FetchResult r = fetcher.fetch(URI.create(url.strip()));
        stdout.println(line(r));
        stdout.flush();
        if (r.outcome() == FetchResult.Outcome.FETCHED) responses++;
      }
      file = warc.file();
      records = warc.records();
    }
    if (records <= 1) {
      Files.deleteIfExists(file); // only the warcinfo record: nothing to repeat
      err.println("echotrace: nothing fetched; no WARC written");
      return ExitCodes.NOTHING_READ;
    }
    err.printf(Locale.ROOT, "echotrace: %d of %s fetched; %s in %s%n", responses, Plural.count(urls.size(), "URL"),
        Plural.count(records, "WARC record"), file);
    return responses == 0 ? ExitCodes.NOTHING_READ : ExitCodes.OK;
  }

  /**
   * Why {@code url} cannot even be asked for, or null when it parses as a URL (the fetcher then checks its scheme and
   * host). A missing scheme ({@code 127.0.0.1:8765/x}, {@code example.com/news}) gets a suggestion, not Java's parser
   * message.
   */
  static String problem(String url) {
    String u = url.strip();
    // host:port/path, or a bare host or path: what people type when they leave out http://
    boolean schemeless = !u.contains("://") && (u.matches("[^:/]+:\\d.*") || !u.matches("(?i)[a-z][a-z0-9+.-]*:.*"));
    if (schemeless) return "no scheme: did you mean http://" + u + " ?";
    try {
      new URI(u);
      return null;
    } catch (URISyntaxException e) {
      return "not a valid URL (" + e.getReason() + " at character " + (e.getIndex() + 1) + ")";
    }
  }

  /** {@code 200  12,345 bytes  URL  [→ final URL] [truncated]}, or {@code skipped  URL  why}. */
  static String line(FetchResult r) {
    if (r.outcome() != FetchResult.Outcome.FETCHED) {
      String word = r.outcome() == FetchResult.Outcome.FAILED ? "failed " : "skipped";
      return word + "  " + r.requested() + "  " + r.reason();
    }
    Exchange ex = r.response().orElseThrow();
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-7d  %,d bytes  %s", ex.status(),
        ex.body().length, r.requested()));
    if (r.redirects() > 0) sb.append("  → ").append(ex.uri());
    if (ex.truncated()) sb.append("  (truncated at the size limit)");
    return sb.toString();
  }
}
