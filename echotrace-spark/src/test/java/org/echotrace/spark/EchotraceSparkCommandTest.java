package org.echotrace.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.echotrace.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line of the Spark job: analyze writes what it says, bench prints its table, bad options are refused. */
class EchotraceSparkCommandTest {
  @Test
  void analyzeWritesTheJsonDocumentAndTheTables(@TempDir Path dir) throws Exception {
    String corpus = SharedData.repositoryRoot().resolve("examples/corpus").toString();
    Path json = dir.resolve("result.json");
    assertEquals(0, EchotraceSpark.run("analyze", "--master", "local[2]", "--no-rewrites", "--no-progress", "--out",
        json.toString(), corpus));
    JsonNode root = new ObjectMapper().readTree(json.toFile());
    assertEquals(59, root.get("articles").size());
    assertTrue(root.get("relations").size() > 10, "the examples' copies are found");
    assertEquals(0, EchotraceSpark.run("analyze", "--master", "local[2]", "--no-rewrites", "--no-progress", "--format",
        "jsonl", "--out", dir.resolve("tables").toString(), corpus));
    long lines;
    try (var files = Files.list(dir.resolve("tables/relations"))) {
      lines = files.filter(f -> f.getFileName().toString().startsWith("part-")).mapToLong(f -> {
        try (var l = Files.lines(f)) {
          return l.count();
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).sum();
    }
    assertEquals(root.get("relations").size(), lines);
  }

  @Test
  void optionsThatDoNotFitAreRefused(@TempDir Path dir) {
    assertEquals(2, EchotraceSpark.run("analyze", "--multilingual", "--out", dir.resolve("x.json").toString(), "x"));
    assertEquals(2, EchotraceSpark.run("analyze", "--out", dir.resolve("x.json").toString()));
    assertEquals(2, EchotraceSpark.run("nonsense"));
  }

  @Test
  void benchPrintsTheJobBesideMinHashLsh() {
    PrintStream old = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      assertEquals(0, EchotraceSpark.run("bench", "--master", "local[2]", "--n", "600", "--words", "200"));
    } finally {
      System.setOut(old);
    }
    String table = out.toString(StandardCharsets.UTF_8);
    assertTrue(table.contains("| echotrace job | 600 |"), table);
    assertTrue(table.contains("| MinHashLSH | 600 |"), table);
    assertTrue(table.contains("| echotrace, one machine | 600 |"), table);
    // every planted verbatim copy is found by the job
    assertTrue(table.lines().anyMatch(l -> l.startsWith("| echotrace job") && l.contains("| 1.000 |")), table);
  }
}
