package org.echotrace.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.BufferedInputStream;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import org.echotrace.model.InputProblem;
import org.echotrace.model.RawDocument;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcTruncationReason;

/**
 * Reads the HTML pages of one WARC or WARC.gz file with jwarc, streaming: one record in memory at a time, its payload
 * read up to {@link CorpusReader#MAX_TEXT_BYTES}.
 *
 * <p>A page is a {@code response} record holding an HTTP 2xx response whose {@code Content-Type} is {@code text/html}
 * or {@code application/xhtml+xml} (or, without a Content-Type, whose payload starts like HTML), or a {@code resource}
 * record of such a type. Its id and url are the record's target URI; HTTP {@code Content-Encoding} (gzip, deflate) is
 * undone by jwarc; the charset comes from the HTTP header first, then as {@link HtmlDecoder} says. Everything else is
 * skipped and counted, and one warning per file gives the counts. Redirects (3xx with a Location) are handed to a
 * listener so that feed links can be followed to the page they lead to.
 *
 * <p>A malformed or truncated file is reported as an error naming the offset of the record where reading stopped;
 * the pages read before it are kept. Not thread-safe; one instance per file.
 */
final class WarcPageReader {
  /** Receives each page with the offset of its record. */
  interface PageSink {
    void accept(RawDocument doc, long offset);
  }

  /** Receives each redirect found: from the target URI to the absolute Location. */
  interface RedirectSink {
    void accept(String from, String to);
  }

  private final HtmlDecoder decoder;
  private final Consumer<InputProblem> problems;
  private int pages, nonHtml, non2xx, revisits, other;

  WarcPageReader(HtmlDecoder decoder, Consumer<InputProblem> problems) {
    this.decoder = Objects.requireNonNull(decoder, "decoder");
    this.problems = Objects.requireNonNull(problems, "problems");
  }

  void read(Path file, PageSink pages, RedirectSink redirects) {
    String where = file.toString();
    WarcReader reader;
    try {
      // a stream, not a FileChannel: over a seekable channel jwarc skips a record's rest by seeking, which passes the
      // end of a truncated file without a word; reading it through reports the cut
      reader = new WarcReader(Channels.newChannel(new BufferedInputStream(Files.newInputStream(file), 65536)));
    } catch (IOException e) {
      problems.accept(InputProblem.error(where, 0, "unreadable WARC: " + CorpusReader.describe(e)));
      return;
    }
    List<String> lenient = new ArrayList<>();
    reader.onWarning(lenient::add);
    long offset = 0;
    int complete = 0;
    try (reader) {
      while (true) {
        int warningsBefore = lenient.size();
        var next = reader.next();
        if (next.isEmpty()) {
          // jwarc only warns about a bad record trailer and reads on; at the end of the file that is a cut
          if (lenient.size() > warningsBefore) {
            String last = lenient.remove(lenient.size() - 1);
            throw new java.io.EOFException("file ends inside the record trailer: " + last);
          }
          break;
        }
        WarcRecord record = next.get();
        offset = reader.position();
        try {
          handle(where, record, offset, pages, redirects);
        } catch (java.io.EOFException e) {
          throw e; // the file ends inside this record
        } catch (IOException | RuntimeException e) {
          // a record whose block is complete but whose HTTP message or payload is broken: skip that record only
          requireWhole(record);
          problems.accept(InputProblem.error(where, 0, at(offset, target(record)) + "skipped: "
              + CorpusReader.describe(e)));
          complete++;
          continue;
        }
        requireWhole(record);
        complete++;
      }
    } catch (IOException | RuntimeException e) {
      long at = Math.max(offset, reader.position());
      problems.accept(InputProblem.error(where, 0, String.format(Locale.ROOT,
          "malformed or truncated WARC at offset %d (%s): stopped reading after %d complete record(s); the pages read "
              + "before are kept", at, CorpusReader.describe(e), complete)));
    }
    if (!lenient.isEmpty()) {
      problems.accept(InputProblem.warning(where, 0,
          lenient.size() + " lenient parse warning(s), first: " + lenient.get(0)));
    }
    String counts = counts();
    if (!counts.isEmpty()) problems.accept(InputProblem.warning(where, 0, "skipped " + counts));
    if (this.pages == 0) problems.accept(InputProblem.warning(where, 0, "no HTML page read from this WARC file"));
  }

  /** Reads the rest of the record's block, so that a record cut short is reported at its own offset. */
  private static void requireWhole(WarcRecord record) throws IOException {
    record.body().consume();
    if (record.body().position() < record.body().size()) {
      throw new java.io.EOFException(String.format(Locale.ROOT, "record cut short: %d of %d bytes",
          record.body().position(), record.body().size()));
    }
  }

  private static String target(WarcRecord record) {
    return record.headers().first("WARC-Target-URI").orElse(record.type());
  }

  private void handle(String where, WarcRecord record, long offset, PageSink sink, RedirectSink redirects)
      throws IOException {
    if (record instanceof WarcRevisit) {
      revisits++;
    } else if (record instanceof WarcResponse response) {
      String contentType = record.contentType().base().toString().toLowerCase(Locale.ROOT);
      if (!contentType.equals("application/http")) {
        nonHtml++; // dns:, gemini: and the like
        return;
      }
      HttpResponse http = response.http();
      if (http.status() / 100 != 2) {
        non2xx++;
        if (http.status() / 100 == 3) {
          http.headers().first("Location").ifPresent(loc -> {
            try {
              redirects.accept(response.target(), response.targetURI().resolve(loc.trim()).toString());
            } catch (IllegalArgumentException e) {
              // a Location that is no URI leads nowhere we can follow
            }
          });
        }
        return;
      }
      String httpType = http.headers().first("Content-Type").orElse(null);
      MessageBody body;
      try {
        body = http.bodyDecoded();
      } catch (IOException e) {
        problems.accept(InputProblem.error(where, 0, at(offset, response.target()) + "skipped: " + e.getMessage()));
        return;
      }
      page(where, response.target(), httpType, body, record, offset, sink);
    } else if (record instanceof WarcResource resource) {
      String type = record.contentType().raw();
      page(where, resource.target(), type, record.body(), record, offset, sink);
    } else {
      other++;
    }
  }

  private void page(String where, String target, String contentType, MessageBody body, WarcRecord record,
      long offset, PageSink sink) throws IOException {
    boolean declaredHtml = contentType != null && isHtmlType(contentType);
    if (contentType != null && !contentType.isBlank() && !declaredHtml) {
      nonHtml++;
      return;
    }
    byte[] bytes;
    try (InputStream in = body.stream()) {
      bytes = in.readNBytes(CorpusReader.MAX_TEXT_BYTES + 1);
    }
    if (!declaredHtml && !looksLikeHtml(bytes)) {
      nonHtml++;
      return;
    }
    if (bytes.length > CorpusReader.MAX_TEXT_BYTES) {
      bytes = java.util.Arrays.copyOf(bytes, CorpusReader.MAX_TEXT_BYTES);
      problems.accept(InputProblem.warning(where, 0, at(offset, target) + "page over "
          + CorpusReader.MAX_TEXT_BYTES + " bytes: truncated"));
    }
    if (record.truncated() != WarcTruncationReason.NOT_TRUNCATED) {
      problems.accept(InputProblem.warning(where, 0, at(offset, target) + "the crawler truncated this response ("
          + record.truncated().name().toLowerCase(Locale.ROOT) + "): the page may be incomplete"));
    }
    TextDecoder.Decoded decoded = decoder.decode(bytes, contentType);
    if (!decoded.ok()) {
      problems.accept(InputProblem.error(where, 0, at(offset, target) + "skipped: " + decoded.refusal()));
      return;
    }
    if (decoded.warning() != null) {
      problems.accept(InputProblem.warning(where, 0, at(offset, target) + decoded.warning()));
    }
    pages++;
    java.time.Instant crawled = null;
    try {
      crawled = record.date(); // WARC-Date: when the page was fetched; no page is published after it
    } catch (RuntimeException e) {
      // a missing or malformed WARC-Date only costs the date check
    }
    sink.accept(RawDocument.ofHtml(target, String.format(Locale.ROOT, "%s@%d", where, offset), decoded.text(), target)
        .withCrawled(crawled), offset);
  }

  static boolean isHtmlType(String contentType) {
    String base = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    return base.equals("text/html") || base.equals("application/xhtml+xml");
  }

  /** A payload without a Content-Type is HTML when it starts (after white space and a BOM) with a doctype or tag. */
  static boolean looksLikeHtml(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 512), java.nio.charset.StandardCharsets.ISO_8859_1)
        .replace("\u00EF\u00BB\u00BF", "").stripLeading().toLowerCase(Locale.ROOT);
    return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<head")
        || head.startsWith("<!--") && head.contains("<html");
  }

  static String at(long offset, String target) {
    return String.format(Locale.ROOT, "record at offset %d (%s): ", offset, target);
  }

  private String counts() {
    List<String> parts = new ArrayList<>();
    if (nonHtml > 0) parts.add(nonHtml + " non-HTML response" + (nonHtml == 1 ? "" : "s"));
    if (non2xx > 0) parts.add(non2xx + " non-2xx response" + (non2xx == 1 ? "" : "s") + " (redirects, errors)");
    if (revisits > 0) parts.add(revisits + " revisit" + (revisits == 1 ? "" : "s"));
    if (other > 0) parts.add(other + " request/metadata/warcinfo record" + (other == 1 ? "" : "s"));
    return String.join(", ", parts);
  }
}
