package org.echotrace.ingest.fetch;

import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Stores exchanges as WARC request and response records (gzip per record, jwarc's {@link WarcWriter}) in
 * {@code DIR/echotrace-<UTC timestamp>.warc.gz}, so that a run can be repeated offline from the folder. The body is
 * stored as received, de-chunked (the JDK client undoes chunking), so {@code Transfer-Encoding} is dropped and
 * {@code Content-Length} set to what is stored; a body cut at the size limit is marked {@code WARC-Truncated: length}.
 * Thread-safe.
 */
public final class WarcRecorder implements Closeable {
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
  /** Hop-by-hop or framing headers that describe the transfer, not the stored body. */
  private static final Set<String> DROPPED = Set.of("transfer-encoding", "content-length", "connection", "keep-alive");

  private final Path file;
  private final WarcWriter writer;
  private int records;

  private WarcRecorder(Path file, WarcWriter writer) {
    this.file = file;
    this.writer = writer;
  }

  /** Creates a new WARC file in {@code dir} (made if missing), starting with a warcinfo record. */
  public static WarcRecorder create(Path dir, Clock clock, String software) throws IOException {
    Files.createDirectories(dir);
    String stamp = STAMP.format(clock.instant());
    for (int n = 0; ; n++) {
      Path file = dir.resolve("echotrace-" + stamp + (n == 0 ? "" : "-" + n) + ".warc.gz");
      FileChannel channel;
      try {
        channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      } catch (FileAlreadyExistsException e) {
        continue;
      }
      WarcRecorder recorder = new WarcRecorder(file, new WarcWriter(channel, WarcCompression.GZIP));
      recorder.writer.write(new Warcinfo.Builder().date(clock.instant()).filename(file.getFileName().toString())
          .fields(Map.of("software", List.of(software), "format", List.of("WARC File Format 1.1"),
              "robots", List.of("obey")))
          .build());
      recorder.records++;
      return recorder;
    }
  }

  public Path file() {
    return file;
  }

  /** How many records were written, warcinfo included. */
  public synchronized int records() {
    return records;
  }

  /** Writes the request and the response of one exchange. */
  public synchronized void record(Exchange ex) throws IOException {
    URI uri = ex.uri();
    String target = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    if (uri.getRawQuery() != null) target += "?" + uri.getRawQuery();
    HttpRequest.Builder req = new HttpRequest.Builder("GET", target);
    req.addHeader("Host", uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort());
    ex.requestHeaders().forEach((name, values) -> values.forEach(v -> req.addHeader(name, v)));
    WarcRequest request = new WarcRequest.Builder(uri).date(ex.date()).body(req.build()).build();

    HttpResponse.Builder res = new HttpResponse.Builder(ex.status(), reason(ex.status()));
    ex.responseHeaders().forEach((name, values) -> {
      if (!name.startsWith(":") && !DROPPED.contains(name.toLowerCase(Locale.ROOT))) {
        values.forEach(v -> res.addHeader(name, v));
      }
    });
    res.body(null, ex.body());
    WarcResponse.Builder response = new WarcResponse.Builder(uri).date(ex.date()).body(res.build())
        .concurrentTo(request.id());
    if (ex.truncated()) response.truncated(WarcTruncationReason.LENGTH);
    writer.write(request);
    writer.write(response.build());
    records += 2;
  }

  private static String reason(int status) {
    return switch (status) {
      case 200 -> "OK";
      case 204 -> "No Content";
      case 206 -> "Partial Content";
      case 301 -> "Moved Permanently";
      case 302 -> "Found";
      case 303 -> "See Other";
      case 304 -> "Not Modified";
      case 307 -> "Temporary Redirect";
      case 308 -> "Permanent Redirect";
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 410 -> "Gone";
      case 429 -> "Too Many Requests";
      case 500 -> "Internal Server Error";
      case 502 -> "Bad Gateway";
      case 503 -> "Service Unavailable";
      case 504 -> "Gateway Timeout";
      default -> "Status " + status;
    };
  }

  @Override
  public synchronized void close() throws IOException {
    writer.close();
  }
}
