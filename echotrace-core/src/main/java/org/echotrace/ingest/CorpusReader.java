package org.echotrace.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.echotrace.model.InputProblem;
import org.echotrace.model.RawDocument;

/**
 * Reads articles from files and folders, in any mix:
 *
 * <ul>
 *   <li>{@code .txt}/{@code .text}: one text page per file, id = path;
 *   <li>{@code .html}/{@code .htm}/{@code .xhtml}: one HTML page per file, id = path, charset as {@link HtmlDecoder}
 *       chooses it;
 *   <li>{@code .jsonl}/{@code .ndjson}: one article per line ({@code id}, {@code text} or {@code html}, optional
 *       {@code url}, {@code published}, {@code outlet}, {@code title});
 *   <li>{@code .warc}: the HTML responses of a WARC file, id = url = target URI ({@link WarcPageReader});
 *   <li>{@code .rss}/{@code .atom}, and {@code .xml} whose root is {@code rss}, {@code feed} or {@code RDF}: one HTML
 *       document per item that carries its article, id = link (or guid), with the item's title and date and the
 *       feed's title as outlet ({@link FeedReader}).
 * </ul>
 *
 * Any of them may be gzipped ({@code .gz} appended, or detected by the magic bytes). Folders are walked recursively in
 * path order, so runs are reproducible; a file named explicitly is sniffed when its extension says nothing (WARC, HTML
 * or feed by their first bytes) and read as text otherwise.
 *
 * <p>Feed items are resolved at the end of {@link #read}: an item whose link names a page read in the same run (a WARC
 * record, a JSONL {@code url}, an HTML file's canonical link, also through the WARC's redirects) is represented by that
 * page; items with only a summary and no such page are counted and reported, one warning per feed.
 *
 * <p>Bad input never stops a run: empty, binary, unreadable files, malformed JSONL lines, broken feeds and WARC files
 * are skipped (a WARC from where it breaks) and reported to the problem sink with their path and line or offset;
 * decoding that was a guess is a warning; content over {@link #MAX_TEXT_BYTES} is truncated with a warning. A
 * duplicate id is an error; a URL read twice (WARC records, feed items) keeps the first, with a warning. Not
 * thread-safe; use one reader per run.
 */
public final class CorpusReader {
  /** 10 MB: far beyond any article (a long feature is ~100 KB); past this a file is a dump, not a page. */
  public static final int MAX_TEXT_BYTES = 10 * 1024 * 1024;

  /** Feeds are parsed whole (Rome builds a DOM): 64 MB holds thousands of full-text items. */
  static final int MAX_FEED_BYTES = 64 * 1024 * 1024;

  private enum Kind { TEXT, HTML, JSONL, WARC, FEED, XML, UNKNOWN }

  private static final Map<String, Kind> EXTENSIONS = Map.ofEntries(
      Map.entry("txt", Kind.TEXT), Map.entry("text", Kind.TEXT),
      Map.entry("html", Kind.HTML), Map.entry("htm", Kind.HTML), Map.entry("xhtml", Kind.HTML),
      Map.entry("jsonl", Kind.JSONL), Map.entry("ndjson", Kind.JSONL),
      Map.entry("warc", Kind.WARC),
      Map.entry("rss", Kind.FEED), Map.entry("atom", Kind.FEED),
      Map.entry("xml", Kind.XML));

  private static final String SUPPORTED =
      ".txt, .html, .htm, .xhtml, .jsonl, .ndjson, .warc, .rss, .atom, .xml feeds; each also gzipped";

  private final TextDecoder decoder = new TextDecoder();
  private final HtmlDecoder htmlDecoder = new HtmlDecoder();
  private final FeedReader feeds = new FeedReader();
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Consumer<InputProblem> problems;
  /** Every id read so far, with where it came from. */
  private final Map<String, String> seenIds = new HashMap<>();
  /** {@link UrlKey}s of the pages read so far: declared URLs, WARC target URIs, canonical links. */
  private final Set<String> seenUrls = new HashSet<>();
  /** Redirects found in WARC files, by {@link UrlKey}. */
  private final Map<String, String> redirects = new HashMap<>();
  private final List<PendingFeed> pendingFeeds = new ArrayList<>();

  private record PendingFeed(String where, FeedReader.Feed feed) {}

  /** Names to report for files read from a local copy (a cluster job copies a remote file first). */
  private final Map<Path, String> names = new HashMap<>();

  public CorpusReader(Consumer<InputProblem> problems) {
    this.problems = java.util.Objects.requireNonNull(problems, "problems");
  }

  /** Reads every path (file or folder) and hands each document to {@code sink}; feed items come last. */
  public void read(List<Path> paths, Consumer<RawDocument> sink) {
    for (Path path : paths) {
      if (Files.isDirectory(path)) readFolder(path, sink);
      else if (Files.exists(path)) readFile(path, path.toString(), true, sink);
      else problems.accept(InputProblem.error(path.toString(), 0, "no such file or folder"));
    }
    resolveFeeds(sink);
  }

  /**
   * Reads one file (sniffed by its first bytes when {@code explicit} and its extension says nothing), then resolves its feed items against what this
   * reader has read: for jobs that hand files out one by one. {@code where} names the file in problems and sources
   * (its original location when {@code file} is a local copy).
   */
  public void readFile(Path file, String id, String where, boolean explicit, Consumer<RawDocument> sink) {
    names.put(file, java.util.Objects.requireNonNull(where, "where"));
    try {
      readFile(file, id, explicit, sink);
      resolveFeeds(sink);
    } finally {
      names.remove(file);
    }
  }

  private String where(Path file) {
    return names.getOrDefault(file, file.toString());
  }

  /** Convenience: all documents of the paths in a list. */
  public List<RawDocument> readAll(List<Path> paths) {
    List<RawDocument> docs = new ArrayList<>();
    read(paths, docs::add);
    return docs;
  }

  private void readFolder(Path root, Consumer<RawDocument> sink) {
    List<Path> files;
    try {
      files = filesOf(root);
    } catch (IOException | java.io.UncheckedIOException e) {
      problems.accept(InputProblem.error(root.toString(), 0, "cannot list folder: " + e.getMessage()));
      return;
    }
    for (Path file : files) readFile(file, idOf(root, file), false, sink);
  }

  /** The files of a folder in the order they are read: recursively, by path, hidden ones left out. */
  public static List<Path> filesOf(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> !Files.isDirectory(p)).filter(p -> !isHidden(root, p)).sorted().toList();
    }
  }

  /** The id of a file found in a folder: its path under the folder, with forward slashes. */
  public static String idOf(Path root, Path file) {
    return root.relativize(file).toString().replace('\\', '/');
  }

  private static boolean isHidden(Path root, Path p) {
    for (Path part : root.relativize(p)) if (part.toString().startsWith(".")) return true;
    return false;
  }

  private void readFile(Path file, String id, boolean explicit, Consumer<RawDocument> sink) {
    Kind kind = kindOf(file);
    if (kind == Kind.UNKNOWN && explicit) kind = sniff(file);
    switch (kind) {
      case TEXT -> readText(file, id, sink);
      case HTML -> readHtml(file, id, sink);
      case JSONL -> readJsonl(file, sink);
      case WARC -> readWarc(file, sink);
      case FEED, XML -> readFeed(file, kind == Kind.XML);
      case UNKNOWN -> problems.accept(InputProblem.warning(where(file), 0,
          "skipped: not a supported article format (" + SUPPORTED + ")"));
    }
  }

  /** The kind by extension, looking through a trailing {@code .gz}. */
  private static Kind kindOf(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".gz")) name = name.substring(0, name.length() - 3);
    int dot = name.lastIndexOf('.');
    return dot < 0 ? Kind.UNKNOWN : EXTENSIONS.getOrDefault(name.substring(dot + 1), Kind.UNKNOWN);
  }

  /** A file named explicitly whose extension says nothing: WARC, HTML or feed by its first bytes, text otherwise. */
  private Kind sniff(Path file) {
    byte[] head;
    try (InputStream in = FileBytes.open(file)) {
      head = in.readNBytes(4096);
    } catch (IOException e) {
      return Kind.TEXT; // readText reports it
    }
    String start = new String(head, StandardCharsets.ISO_8859_1).stripLeading();
    if (start.startsWith("WARC/")) return Kind.WARC;
    if (WarcPageReader.looksLikeHtml(head)) return Kind.HTML;
    if (start.startsWith("<?xml") || start.startsWith("<rss") || start.startsWith("<feed")) {
      String root = FeedReader.rootElement(head).orElse("");
      if (FeedReader.isFeedRoot(root)) return Kind.FEED;
    }
    return Kind.TEXT;
  }

  private void readText(Path file, String id, Consumer<RawDocument> sink) {
    String where = where(file);
    TextDecoder.Decoded decoded = decodeFile(file, false);
    if (decoded == null || !claimId(id, where, 0)) return;
    sink.accept(RawDocument.ofText(id, where, decoded.text()));
  }

  private void readHtml(Path file, String id, Consumer<RawDocument> sink) {
    String where = where(file);
    TextDecoder.Decoded decoded = decodeFile(file, true);
    if (decoded == null || !claimId(id, where, 0)) return;
    UrlKey.canonicalLink(decoded.text()).ifPresent(this::markSeen);
    sink.accept(RawDocument.ofHtml(id, where, decoded.text(), null));
  }

  /** Reads and decodes a one-document file, reporting what went wrong; null when it was skipped. */
  private TextDecoder.Decoded decodeFile(Path file, boolean html) {
    String where = where(file);
    FileBytes.Read read;
    try {
      read = FileBytes.read(file, MAX_TEXT_BYTES);
    } catch (IOException e) {
      problems.accept(InputProblem.error(where, 0, "unreadable: " + describe(e)));
      return null;
    }
    if (read.warning() != null) problems.accept(InputProblem.warning(where, 0, read.warning()));
    TextDecoder.Decoded decoded = html ? htmlDecoder.decode(read.bytes()) : decoder.decode(read.bytes());
    if (!decoded.ok()) {
      problems.accept(InputProblem.error(where, 0, "skipped: " + decoded.refusal()));
      return null;
    }
    if (decoded.warning() != null) problems.accept(InputProblem.warning(where, 0, decoded.warning()));
    return decoded;
  }

  private void readJsonl(Path file, Consumer<RawDocument> sink) {
    String where = where(file);
    var utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    int accepted = 0;
    try (BufferedReader in = new BufferedReader(new InputStreamReader(FileBytes.open(file), utf8))) {
      String line;
      int lineNo = 0;
      while ((line = in.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) continue;
        RawDocument doc = parseJsonLine(line, where, lineNo);
        if (doc != null && claimId(doc.id(), where, lineNo)) {
          if (doc.url() != null) markSeen(doc.url());
          sink.accept(doc);
          accepted++;
        }
      }
    } catch (IOException e) {
      problems.accept(InputProblem.error(where, 0, "unreadable: " + describe(e)));
    }
    if (accepted == 0) problems.accept(InputProblem.warning(where, 0, "no article read from this JSONL file"));
  }

  private RawDocument parseJsonLine(String line, String where, int lineNo) {
    return jsonLine(line, where, lineNo, problems);
  }

  /**
   * One JSONL line as a document ({@code source} = where:lineNo), or null with the reason given to {@code problems}:
   * what {@link #read} does with each line of a {@code .jsonl} file, for jobs that split such files by line.
   * Duplicate ids across lines are not checked here.
   */
  public static RawDocument jsonLine(String line, String where, int lineNo, Consumer<InputProblem> problems) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (IOException e) {
      problems.accept(InputProblem.error(where, lineNo, "skipped: malformed JSON: " + firstLine(e.getMessage())));
      return null;
    }
    if (node == null || !node.isObject()) {
      problems.accept(InputProblem.error(where, lineNo, "skipped: a JSONL line must be a JSON object"));
      return null;
    }
    String id = text(node, "id");
    String text = text(node, "text");
    RawDocument.Format format = RawDocument.Format.TEXT;
    if (text == null || text.isBlank()) {
      String html = text(node, "html");
      if (html != null && !html.isBlank()) {
        text = html;
        format = RawDocument.Format.HTML;
      }
    }
    if (id == null || id.isBlank()) {
      problems.accept(InputProblem.error(where, lineNo, "skipped: missing string field \"id\""));
      return null;
    }
    if (text == null || text.isBlank()) {
      problems.accept(InputProblem.error(where, lineNo, "skipped: article \"" + id + "\" has no \"text\" or \"html\""));
      return null;
    }
    if (text.length() > MAX_TEXT_BYTES) {
      problems.accept(InputProblem.warning(where, lineNo, (format == RawDocument.Format.HTML ? "html" : "text")
          + " of \"" + id + "\" over " + MAX_TEXT_BYTES + " characters: truncated"));
      text = text.substring(0, MAX_TEXT_BYTES);
    }
    return new RawDocument(id, where + ":" + lineNo, format, text, text(node, "url"), text(node, "published"),
        text(node, "outlet"), text(node, "title"), crawled(node, where, lineNo, problems));
  }

  /** The optional {@code crawled} time (ISO 8601 instant or date); a value that is no date is reported and ignored. */
  private static java.time.Instant crawled(JsonNode node, String where, int lineNo, Consumer<InputProblem> problems) {
    String v = text(node, "crawled");
    if (v == null || v.isBlank()) return null;
    try {
      return java.time.OffsetDateTime.parse(v.strip()).toInstant();
    } catch (java.time.format.DateTimeParseException e) {
      try {
        // a bare date: the page was fetched some time that day, so nothing after its end is possible
        return java.time.LocalDate.parse(v.strip()).plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
      } catch (java.time.format.DateTimeParseException e2) {
        problems.accept(InputProblem.warning(where, lineNo, "\"crawled\" is not an ISO 8601 date or time: " + v
            + " (ignored)"));
        return null;
      }
    }
  }

  private void readWarc(Path file, Consumer<RawDocument> sink) {
    String where = where(file);
    new WarcPageReader(htmlDecoder, problems).read(file, (doc, offset) -> {
      if (claimUrlId(doc.id(), where, WarcPageReader.at(offset, doc.id()))) {
        markSeen(doc.url());
        sink.accept(doc);
      }
    }, (from, to) -> redirects.putIfAbsent(UrlKey.of(from), UrlKey.of(to)));
  }

  private void readFeed(Path file, boolean onlyIfFeed) {
    String where = where(file);
    FileBytes.Read read;
    try {
      read = FileBytes.read(file, MAX_FEED_BYTES);
    } catch (IOException e) {
      problems.accept(InputProblem.error(where, 0, "unreadable: " + describe(e)));
      return;
    }
    if (read.warning() != null) {
      problems.accept(InputProblem.error(where, 0, "skipped: feed incomplete: " + read.warning()));
      return;
    }
    if (onlyIfFeed) {
      String root = FeedReader.rootElement(read.bytes()).orElse(null);
      // an .xml file that is well-formed but no feed is some other XML (a sitemap, a config): not ours
      if (root != null && !FeedReader.isFeedRoot(root)) {
        problems.accept(InputProblem.warning(where, 0, "skipped: XML but not an RSS or Atom feed (root element <"
            + root + ">)"));
        return;
      }
    }
    try {
      FeedReader.Feed feed = feeds.read(read.bytes());
      pendingFeeds.add(new PendingFeed(where, feed));
    } catch (FeedReader.Unreadable e) {
      problems.accept(InputProblem.error(where, e.line, "skipped: " + e.getMessage()));
    }
  }

  /**
   * Feed items go last, when every page of the run is known: items with their article are read unless a page with
   * their link was read (that page stands for them); items with only a summary are counted unless such a page exists.
   */
  private void resolveFeeds(Consumer<RawDocument> sink) {
    for (PendingFeed p : pendingFeeds) {
      List<FeedReader.Item> items = p.feed().full();
      for (int i = 0; i < items.size(); i++) {
        FeedReader.Item it = items.get(i);
        if (it.url() != null && seen(it.url())) continue;
        String source = String.format(Locale.ROOT, "%s#item%d", p.where(), i + 1);
        if (!claimUrlId(it.id(), p.where(), "item " + it.id() + ": ")) continue;
        if (it.url() != null) markSeen(it.url());
        sink.accept(new RawDocument(it.id(), source, RawDocument.Format.HTML, it.html(), it.url(), it.published(),
            p.feed().title(), it.title()));
      }
    }
    for (PendingFeed p : pendingFeeds) {
      long missing = p.feed().summaryOnly().stream().filter(url -> !seen(url)).count();
      if (missing > 0) {
        problems.accept(InputProblem.warning(p.where(), 0, missing + (missing == 1 ? " item has" : " items have")
            + " only a summary and no page in this run: skipped"));
      }
      int noLink = p.feed().withoutLink();
      if (noLink > 0) {
        problems.accept(InputProblem.warning(p.where(), 0, noLink + (noLink == 1 ? " item has" : " items have")
            + " neither link nor guid: skipped"));
      }
      if (p.feed().full().isEmpty() && p.feed().summaryOnly().isEmpty() && noLink == 0) {
        problems.accept(InputProblem.warning(p.where(), 0, "feed has no items"));
      }
    }
    pendingFeeds.clear();
  }

  private void markSeen(String url) {
    seenUrls.add(UrlKey.of(url));
  }

  /** Whether a page with this URL, or one it redirects to, was read. */
  private boolean seen(String url) {
    String key = UrlKey.of(url);
    for (int hops = 0; key != null && hops <= 5; hops++) {
      if (seenUrls.contains(key)) return true;
      key = redirects.get(key);
    }
    return false;
  }

  private boolean claimId(String id, String where, int line) {
    if (seenIds.putIfAbsent(id, where + (line > 0 ? ":" + line : "")) == null) return true;
    problems.accept(InputProblem.error(where, line, "skipped: duplicate article id \"" + id + "\""));
    return false;
  }

  /** For ids that are URLs: a page captured twice is one page, so the repeat is a warning, not an error. */
  private boolean claimUrlId(String id, String where, String prefix) {
    String first = seenIds.putIfAbsent(id, where);
    if (first == null) return true;
    problems.accept(InputProblem.warning(where, 0, prefix + "URL already read (from " + first
        + "): kept the first"));
    return false;
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.isValueNode() ? v.asText() : null;
  }

  static String describe(Throwable e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null ? "" : " " + firstLine(m));
  }

  private static String firstLine(String s) {
    if (s == null) return "";
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
