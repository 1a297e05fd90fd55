package org.echotrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** examples/nasty plus a 50 MB file runs through without a crash, each problem reported (issue 2). */
class NastyInputsTest {
  @TempDir Path dir;

  @Test
  void everyProblemIsReportedAndTheRestIsRead() throws IOException {
    Path nasty = repositoryRoot().resolve("examples/nasty");
    try (Stream<Path> files = Files.list(nasty)) {
      for (Path f : files.toList()) Files.copy(f, dir.resolve(f.getFileName()));
    }
    byte[] line = "A line of an enormous dump that is certainly not a news article at all.\n".getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = Files.newOutputStream(dir.resolve("dump-50mb.txt"))) {
      for (long n = 0; n < 50L * 1024 * 1024; n += line.length) out.write(line);
    }
    Path json = dir.resolve("out.json");
    AnalyzeCommandTest.Run run = AnalyzeCommandTest.run("analyze", dir.toString(), "--format", "json", "--out", json.toString());
    assertEquals(0, run.code(), run.err());
    JsonNode root = new ObjectMapper().readTree(json.toFile());
    List<String> ids = new ArrayList<>();
    root.get("articles").forEach(a -> ids.add(a.get("id").asText()));
    assertEquals(List.of("dump-50mb.txt", "feed-1", "feed-4", "latin1.txt", "moscow-cp1251.txt", "moscow-koi8r.txt"),
        ids.stream().sorted().toList());
    for (JsonNode a : root.get("articles")) {
      if (a.get("id").asText().startsWith("moscow")) assertTrue(a.get("text").asText().contains("Песков"), a.toString());
      if (a.get("id").asText().equals("latin1.txt")) assertTrue(a.get("text").asText().contains("annoncé"), a.toString());
    }
    List<String> problems = new ArrayList<>();
    root.get("problems").forEach(p -> problems.add(Path.of(p.get("path").asText()).getFileName() + ":"
        + (p.get("line").isNull() ? 0 : p.get("line").asInt()) + " " + p.get("message").asText()));
    String all = String.join("\n", problems);
    for (String expected : List.of("empty.txt:0 skipped: empty", "image-named-as-text.txt:0 skipped: binary",
        "moscow-cp1251.txt:0 not UTF-8: decoded as windows-1251", "moscow-koi8r.txt:0 not UTF-8: decoded as KOI8-R",
        "latin1.txt:0 not UTF-8", "broken.jsonl:2 skipped: malformed JSON", "broken.jsonl:3 skipped: malformed JSON",
        "broken.jsonl:4 skipped: article \"feed-3\" has no \"text\"", "broken.jsonl:5 skipped: a JSONL line must be",
        "broken.jsonl:6 skipped: duplicate", "dump-50mb.txt:0 file is", "README.md:0 skipped: not a supported")) {
      assertTrue(all.contains(expected), "missing problem '" + expected + "' in\n" + all);
    }
    assertEquals(12, problems.size(), all);
  }

  static Path repositoryRoot() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) if (Files.exists(p.resolve("mvnw"))) return p;
    throw new IllegalStateException("not inside the repository");
  }
}
