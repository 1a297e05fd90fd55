package org.echotrace.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.echotrace.model.InputProblem;
import org.echotrace.model.RawDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder of nasty inputs runs through: each problem reported with its path (and line), the rest read. */
class CorpusReaderTest {
  @TempDir Path dir;

  @Test
  void nastyFolderIsReadWithEveryProblemReported() throws IOException {
    Files.writeString(dir.resolve("good.txt"), "A title\nA fine paragraph of body text that is long enough.\n");
    Files.write(dir.resolve("empty.txt"), new byte[0]);
    Files.write(dir.resolve("binary.txt"), new byte[] {0x50, 0x4b, 3, 4, 0, 0, 0, 0, 8, 0});
    Files.write(dir.resolve("cp1251.txt"), "Москва заявила, что переговоры продолжаются в обычном режиме."
        .getBytes(Charset.forName("windows-1251")));
    Files.writeString(dir.resolve("feed.jsonl"), String.join("\n",
        "{\"id\":\"j1\",\"text\":\"First article text.\",\"url\":\"https://x.com/2025/01/02/a\",\"outlet\":\"X\"}",
        "{\"id\":\"j2\",\"text\":",
        "[1,2,3]",
        "{\"text\":\"no id\"}",
        "{\"id\":\"j1\",\"text\":\"duplicate id\"}",
        "",
        "{\"id\":\"j3\",\"text\":\"Third.\",\"published\":\"2025-01-03\"}"));
    Files.writeString(dir.resolve("notes.pdf"), "%PDF-1.4");
    Path huge = dir.resolve("huge.txt");
    try (OutputStream out = Files.newOutputStream(huge)) {
      byte[] line = "This is one line of a very large dump that nobody should call an article.\n".getBytes(StandardCharsets.UTF_8);
      for (long written = 0; written < 12L * 1024 * 1024; written += line.length) out.write(line);
    }

    List<InputProblem> problems = new ArrayList<>();
    List<RawDocument> docs = new CorpusReader(problems::add).readAll(List.of(dir, dir.resolve("missing")));

    assertEquals(List.of("cp1251.txt", "good.txt", "huge.txt", "j1", "j3"), docs.stream().map(RawDocument::id).sorted().toList());
    assertTrue(docs.stream().anyMatch(d -> d.text().startsWith("Москва заявила")), "windows-1251 decoded");
    RawDocument hugeDoc = docs.stream().filter(d -> d.id().equals("huge.txt")).findFirst().orElseThrow();
    assertTrue(hugeDoc.text().length() <= CorpusReader.MAX_TEXT_BYTES && hugeDoc.text().endsWith("article.\n"));
    assertProblem(problems, "empty.txt", 0, "empty");
    assertProblem(problems, "binary.txt", 0, "binary");
    assertProblem(problems, "cp1251.txt", 0, "windows-1251");
    assertProblem(problems, "huge.txt", 0, "truncated");
    assertProblem(problems, "feed.jsonl", 2, "malformed JSON");
    assertProblem(problems, "feed.jsonl", 3, "JSON object");
    assertProblem(problems, "feed.jsonl", 4, "\"id\"");
    assertProblem(problems, "feed.jsonl", 5, "duplicate");
    assertProblem(problems, "notes.pdf", 0, "not a supported");
    assertProblem(problems, "missing", 0, "no such file");
    assertEquals(10, problems.size(), problems.toString());
  }

  @Test
  void explicitFileOfAnyNameIsReadAsText() throws IOException {
    Path f = dir.resolve("article.story");
    Files.writeString(f, "Body text.");
    List<InputProblem> problems = new ArrayList<>();
    assertEquals(1, new CorpusReader(problems::add).readAll(List.of(f)).size());
    assertTrue(problems.isEmpty());
  }

  private static void assertProblem(List<InputProblem> problems, String file, int line, String text) {
    assertTrue(problems.stream().anyMatch(p -> p.path().endsWith(file) && p.line() == line && p.message().contains(text)),
        "expected a problem for " + file + ":" + line + " mentioning '" + text + "' in " + problems);
  }
}
