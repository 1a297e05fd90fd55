package org.echotrace.ingest;

import static org.echotrace.ingest.Fixtures.problem;
import static org.echotrace.model.InputProblem.Severity.ERROR;
import static org.echotrace.model.InputProblem.Severity.WARNING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.echotrace.model.InputProblem;
import org.echotrace.model.RawDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/** WARC files written here with jwarc: mixed records, duplicates, redirects for feed links, truncated copies. */
class WarcPageReaderTest {
  private static final String RUSSIAN = "Докеры порта Карроу во вторник начали трёхдневную забастовку.";
  private static final List<String> PAGES = List.of("https://ru.example/strike", "https://harbour-times.example/gz",
      "https://untyped.example/page", "https://newspulse.example/2025/council-budget",
      "https://newspulse.example/ashwell-river-spill");

  @TempDir Path dir;
  private final List<InputProblem> problems = new ArrayList<>();
  private final HtmlDecoder decoder = new HtmlDecoder();

  /** Where each record starts, by a short name. */
  private final Map<String, Long> offsets = new java.util.HashMap<>();

  private Path writeWarc(String name, WarcCompression compression) throws IOException {
    Path file = dir.resolve(name);
    try (WarcWriter w = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
        compression)) {
      write(w, new Warcinfo.Builder().fields(Map.of("software", List.of("WarcPageReaderTest"))).build());
      write(w, new WarcRequest.Builder(URI.create(PAGES.get(0)))
          .body(new HttpRequest.Builder("GET", "/strike").addHeader("Host", "ru.example").build()).build());
      offsets.put("ru", w.position());
      write(w, response(PAGES.get(0), 200, "text/html; charset=windows-1251",
          html(RUSSIAN).getBytes(Charset.forName("windows-1251")), null));
      write(w, response(PAGES.get(1), 200, "text/html", gzip(html("A page sent with gzip encoding.")), "gzip"));
      write(w, response("https://harbour-times.example/logo.png", 200, "image/png",
          new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13}, null));
      write(w, new WarcRevisit.Builder(URI.create(PAGES.get(0)),
          URI.create("http://netpreserve.org/warc/1.1/revisit/identical-payload-digest"))
          .body(new HttpResponse.Builder(200, "OK").addHeader("Content-Type", "text/html").build()).build());
      write(w, response(PAGES.get(2), 200, null, html("No Content-Type, but plainly HTML.").getBytes(StandardCharsets.UTF_8), null));
      write(w, redirect("https://newspulse.example/council-budget", "/2025/council-budget"));
      write(w, response(PAGES.get(3), 200, "text/html; charset=utf-8", html("The council approved the budget.").getBytes(StandardCharsets.UTF_8), null));
      offsets.put("dup", w.position());
      write(w, response(PAGES.get(0), 200, "text/html; charset=utf-8", html("A second capture.").getBytes(StandardCharsets.UTF_8), null));
      offsets.put("last", w.position());
      write(w, response(PAGES.get(4), 200, "application/xhtml+xml", html("Residents were warned about the spill. ".repeat(20))
          .getBytes(StandardCharsets.UTF_8), null));
      offsets.put("end", w.position());
    }
    return file;
  }

  /** Every record start and the end of the file, per compression (offsets differ). */
  private final java.util.Set<Long> boundaries = new java.util.HashSet<>();

  private void write(WarcWriter w, org.netpreserve.jwarc.WarcRecord record) throws IOException {
    boundaries.add(w.position());
    w.write(record);
    boundaries.add(w.position());
  }

  private static String html(String body) {
    return "<!DOCTYPE html><html><head><title>t</title></head><body><p>" + body + "</p></body></html>";
  }

  private static WarcResponse response(String uri, int status, String type, byte[] body, String encoding)
      throws IOException {
    HttpResponse.Builder h = new HttpResponse.Builder(status, status == 200 ? "OK" : "Moved");
    if (type != null) h.addHeader("Content-Type", type);
    if (encoding != null) h.addHeader("Content-Encoding", encoding);
    h.body(null, body);
    return new WarcResponse.Builder(URI.create(uri)).body(h.build()).build();
  }

  private static WarcResponse redirect(String from, String location) throws IOException {
    HttpResponse.Builder h = new HttpResponse.Builder(301, "Moved Permanently").addHeader("Location", location);
    h.body(null, new byte[0]);
    return new WarcResponse.Builder(URI.create(from)).body(h.build()).build();
  }

  private static byte[] gzip(String s) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(s.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  private List<RawDocument> read(Path... paths) {
    return new CorpusReader(problems::add).readAll(List.of(paths));
  }

  @Test
  void htmlResponsesAreReadAndEverythingElseCounted() throws IOException {
    Path warc = writeWarc("crawl.warc", WarcCompression.NONE);

    List<RawDocument> docs = read(warc);

    assertEquals(PAGES, docs.stream().map(RawDocument::id).toList());
    for (RawDocument d : docs) {
      assertEquals(RawDocument.Format.HTML, d.format());
      assertEquals(d.id(), d.url());
      assertTrue(d.source().startsWith(warc.toString() + "@"), d.source());
    }
    assertTrue(docs.get(0).text().contains(RUSSIAN), "charset from the HTTP header");
    assertEquals(warc + "@" + offsets.get("ru"), docs.get(0).source());
    assertTrue(docs.get(1).text().contains("A page sent with gzip encoding."), "Content-Encoding undone");
    problem(problems, "crawl.warc", WARNING, "skipped 1 non-HTML response, 1 non-2xx response (redirects, errors), "
        + "1 revisit, 2 request/metadata/warcinfo records");
    problem(problems, "crawl.warc", WARNING, "record at offset " + offsets.get("dup") + " (" + PAGES.get(0)
        + "): URL already read");
    assertEquals(2, problems.size(), problems.toString());
  }

  @Test
  void truncatedWarcKeepsTheRecordsBeforeTheCut() throws IOException {
    for (WarcCompression c : WarcCompression.values()) {
      problems.clear();
      String name = c == WarcCompression.GZIP ? "cut.warc.gz" : "cut.warc";
      Path warc = writeWarc(name, c);
      long last = offsets.get("last");
      byte[] all = Files.readAllBytes(warc);
      Files.write(warc, Arrays.copyOf(all, (int) (last + (offsets.get("end") - last) / 2)));

      List<RawDocument> docs = read(warc);

      assertEquals(PAGES.subList(0, 4), docs.stream().map(RawDocument::id).toList(), name);
      InputProblem p = problem(problems, name, ERROR, "malformed or truncated WARC at offset " + last);
      assertTrue(p.message().contains("stopped reading after 10 complete record(s)"), p.message());
    }
  }

  @Test
  void notAWarcAtAllIsOneError() throws IOException {
    Path fake = dir.resolve("fake.warc");
    Files.writeString(fake, "this is not a WARC file\n");
    assertTrue(read(fake).isEmpty());
    problem(problems, "fake.warc", ERROR, "malformed or truncated WARC at offset 0");
  }

  /**
   * Clipped one byte at a time (as jwarc's own WarcReaderTest does): never an exception, always a prefix of the pages,
   * and an error for every cut that is not at a record boundary. A small WARC (three records): jwarc costs ~1 ms a
   * read, and this runs once per byte, for both compressions.
   */
  @Test
  void everyPrefixOfTheFileReadsAPrefixOfThePages() throws IOException {
    List<String> urls = List.of("https://a.example/1", "https://a.example/2");
    for (WarcCompression c : WarcCompression.values()) {
      boundaries.clear();
      Path warc = dir.resolve("small-" + c + ".warc");
      try (WarcWriter w = new WarcWriter(FileChannel.open(warc, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), c)) {
        write(w, new Warcinfo.Builder().fields(Map.of("software", List.of("WarcPageReaderTest"))).build());
        for (String url : urls) write(w, response(url, 200, "text/html", html("Page " + url).getBytes(StandardCharsets.UTF_8), null));
      }
      byte[] all = Files.readAllBytes(warc);
      Path cut = dir.resolve("clip-" + c + ".warc");
      for (int n = 0; n < all.length; n++) {
        problems.clear();
        Files.write(cut, Arrays.copyOf(all, n));
        List<String> ids = new ArrayList<>();
        new WarcPageReader(decoder, problems::add).read(cut, (doc, offset) -> ids.add(doc.id()), (from, to) -> {});
        assertEquals(urls.subList(0, ids.size()), ids, c + " cut at " + n);
        if (!boundaries.contains((long) n)) {
          assertTrue(problems.stream().anyMatch(p -> p.severity() == ERROR), c + " cut at " + n + ": " + problems);
        }
      }
    }
  }

  @Test
  void feedLinksAreResolvedThroughTheWarcAndItsRedirects() throws IOException {
    Path warc = writeWarc("crawl.warc", WarcCompression.NONE);

    read(warc, Fixtures.path("newspulse-summaries.atom"));

    // council-budget redirects to a captured page, ashwell-river-spill was captured: only the walk-out is missing
    problem(problems, "newspulse-summaries.atom", WARNING, "1 item has only a summary and no page in this run");
  }
}
