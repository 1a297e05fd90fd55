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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.echotrace.model.InputProblem;
import org.echotrace.model.RawDocument;

/**
 * Reads articles from files and folders: {@code .txt} pages (one article per file) and JSONL files (one article per
 * line: {@code id}, {@code text}, optional {@code url}, {@code published}, {@code outlet}, {@code title}). Folders are
 * walked recursively in path order, so runs are reproducible.
 *
 * <p>Bad input never stops a run: empty, binary, unreadable files and malformed JSONL lines are skipped and reported
 * to the problem sink with their path and line; non-UTF-8 text is decoded with the detected charset and reported as a
 * warning; a text over {@link #MAX_TEXT_BYTES} is truncated with a warning. Not thread-safe; use one reader per run.
 */
public final class CorpusReader {
  /** 10 MB: far beyond any article (a long feature is ~100 KB); past this a file is a dump, not a page. */
  public static final int MAX_TEXT_BYTES = 10 * 1024 * 1024;

  private static final Set<String> TEXT_EXTENSIONS = Set.of("txt", "text");
  private static final Set<String> JSONL_EXTENSIONS = Set.of("jsonl", "ndjson");

  private final TextDecoder decoder = new TextDecoder();
  private final ObjectMapper json = new ObjectMapper();
  private final Consumer<InputProblem> problems;
  private final Set<String> seenIds = new HashSet<>();

  public CorpusReader(Consumer<InputProblem> problems) {
    this.problems = java.util.Objects.requireNonNull(problems, "problems");
  }

  /** Reads every path (file or folder) and hands each document to {@code sink}. */
  public void read(List<Path> paths, Consumer<RawDocument> sink) {
    for (Path path : paths) {
      if (Files.isDirectory(path)) readFolder(path, sink);
      else if (Files.exists(path)) readFile(path, path.toString(), true, sink);
      else problems.accept(InputProblem.error(path.toString(), 0, "no such file or folder"));
    }
  }

  /** Convenience: all documents of the paths in a list. */
  public List<RawDocument> readAll(List<Path> paths) {
    List<RawDocument> docs = new ArrayList<>();
    read(paths, docs::add);
    return docs;
  }

  private void readFolder(Path root, Consumer<RawDocument> sink) {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(p -> !Files.isDirectory(p)).filter(p -> !isHidden(root, p)).sorted().toList();
    } catch (IOException | java.io.UncheckedIOException e) {
      problems.accept(InputProblem.error(root.toString(), 0, "cannot list folder: " + e.getMessage()));
      return;
    }
    for (Path file : files) {
      String id = root.relativize(file).toString().replace('\\', '/');
      readFile(file, id, false, sink);
    }
  }

  private static boolean isHidden(Path root, Path p) {
    for (Path part : root.relativize(p)) if (part.toString().startsWith(".")) return true;
    return false;
  }

  private void readFile(Path file, String id, boolean explicit, Consumer<RawDocument> sink) {
    String ext = extension(file);
    if (JSONL_EXTENSIONS.contains(ext)) {
      readJsonl(file, sink);
    } else if (TEXT_EXTENSIONS.contains(ext) || explicit) {
      readText(file, id, sink);
    } else {
      problems.accept(InputProblem.warning(file.toString(), 0,
          "skipped: not a supported article format (." + String.join(", .", List.of("txt", "jsonl")) + ")"));
    }
  }

  private void readText(Path file, String id, Consumer<RawDocument> sink) {
    String where = file.toString();
    byte[] bytes;
    try {
      bytes = readCapped(file);
    } catch (IOException e) {
      problems.accept(InputProblem.error(where, 0, "unreadable: " + describe(e)));
      return;
    }
    TextDecoder.Decoded decoded = decoder.decode(bytes);
    if (!decoded.ok()) {
      problems.accept(InputProblem.error(where, 0, "skipped: " + decoded.refusal()));
      return;
    }
    if (decoded.warning() != null) problems.accept(InputProblem.warning(where, 0, decoded.warning()));
    if (!claimId(id, where, 0)) return;
    sink.accept(RawDocument.ofText(id, where, decoded.text()));
  }

  /** Reads at most MAX_TEXT_BYTES, cut back to the last line end so that no line or character is split. */
  private byte[] readCapped(Path file) throws IOException {
    long size = Files.size(file);
    if (size <= MAX_TEXT_BYTES) return Files.readAllBytes(file);
    byte[] buf = new byte[MAX_TEXT_BYTES];
    int n;
    try (InputStream in = Files.newInputStream(file)) {
      n = in.readNBytes(buf, 0, buf.length);
    }
    int cut = n;
    while (cut > 0 && buf[cut - 1] != '\n') cut--;
    if (cut == 0) cut = n;
    problems.accept(InputProblem.warning(file.toString(), 0, String.format(Locale.ROOT,
        "file is %,d bytes, over the %,d-byte limit: truncated to the first %,d bytes", size, MAX_TEXT_BYTES, cut)));
    return java.util.Arrays.copyOf(buf, cut);
  }

  private void readJsonl(Path file, Consumer<RawDocument> sink) {
    String where = file.toString();
    var utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    int accepted = 0;
    try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), utf8))) {
      String line;
      int lineNo = 0;
      while ((line = in.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) continue;
        RawDocument doc = parseJsonLine(line, where, lineNo);
        if (doc != null && claimId(doc.id(), where, lineNo)) {
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
    JsonNode node;
    try {
      node = json.readTree(line);
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
    if (id == null || id.isBlank()) {
      problems.accept(InputProblem.error(where, lineNo, "skipped: missing string field \"id\""));
      return null;
    }
    if (text == null || text.isBlank()) {
      problems.accept(InputProblem.error(where, lineNo, "skipped: article \"" + id + "\" has no \"text\""));
      return null;
    }
    if (text.length() > MAX_TEXT_BYTES) {
      problems.accept(InputProblem.warning(where, lineNo, "text of \"" + id + "\" over " + MAX_TEXT_BYTES + " characters: truncated"));
      text = text.substring(0, MAX_TEXT_BYTES);
    }
    return new RawDocument(id, where + ":" + lineNo, RawDocument.Format.TEXT, text, text(node, "url"), text(node, "published"),
        text(node, "outlet"), text(node, "title"));
  }

  private boolean claimId(String id, String where, int line) {
    if (seenIds.add(id)) return true;
    problems.accept(InputProblem.error(where, line, "skipped: duplicate article id \"" + id + "\""));
    return false;
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.isValueNode() ? v.asText() : null;
  }

  private static String extension(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1);
  }

  private static String describe(IOException e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null ? "" : " " + m);
  }

  private static String firstLine(String s) {
    if (s == null) return "";
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
