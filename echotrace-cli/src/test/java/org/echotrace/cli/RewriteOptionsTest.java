package org.echotrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.echotrace.cli.AnalyzeCommandTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --no-rewrites}, {@code --model DIR} and their usage errors, on the bundled example corpus. */
class RewriteOptionsTest {
  @TempDir Path dir;

  private static final Path EXAMPLES = Path.of("..", "examples", "corpus");

  private JsonNode analyze(String... extra) throws IOException {
    Path out = dir.resolve("out.json");
    java.util.List<String> args = new java.util.ArrayList<>(
        java.util.List.of("analyze", EXAMPLES.toString(), "--format", "json", "--out", out.toString()));
    args.addAll(java.util.List.of(extra));
    Run r = AnalyzeCommandTest.run(args.toArray(new String[0]));
    assertEquals(0, r.code(), r.err());
    return new ObjectMapper().readTree(out.toFile());
  }

  /** Every relation as "a b type". */
  private static java.util.Set<String> pairs(JsonNode root) {
    java.util.Set<String> out = new java.util.TreeSet<>();
    for (JsonNode r : root.get("relations")) {
      out.add(r.get("a").asText() + " " + r.get("b").asText() + " " + r.get("type").asText());
    }
    return out;
  }

  private static long count(JsonNode root, String type) {
    long n = 0;
    for (JsonNode r : root.get("relations")) if (r.get("type").asText().equals(type)) n++;
    return n;
  }

  @Test
  void withoutRewritesOnlyIdenticalWordingIsReported() throws IOException {
    JsonNode root = analyze("--no-rewrites");
    assertEquals(0, count(root, "paraphrase") + count(root, "translation") + count(root, "same-story"));
    assertTrue(count(root, "verbatim") >= 17);
    assertEquals(0, root.get("narratives").size());
  }

  /** The bundled model's own files, laid out as a --model folder: the same relations as the default run. */
  @Test
  void aModelFolderIsLoadedAndUsed() throws IOException {
    Path model = dir.resolve("model");
    Files.createDirectories(model);
    try (InputStream m = getClass().getResourceAsStream("/all-minilm-l6-v2-q.onnx");
        InputStream t = getClass().getResourceAsStream("/all-minilm-l6-v2-q-tokenizer.json")) {
      Files.copy(m, model.resolve("model.onnx"));
      Files.copy(t, model.resolve("tokenizer.json"));
    }
    JsonNode root = analyze("--model", model.toString());
    JsonNode bundled = analyze();
    assertEquals(pairs(bundled), pairs(root));
    assertTrue(count(root, "paraphrase") >= 4);
    assertTrue(count(root, "translation") >= 1);
    // five planted; the three museum reports may come out as rewrites and siblings (ExampleCorpusTest.MISTYPED)
    assertTrue(count(root, "same-story") >= 2);
  }

  @Test
  void aModelFolderWithoutItsFilesIsAUsageError() {
    Run r = AnalyzeCommandTest.run("analyze", EXAMPLES.toString(), "--model", dir.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("model.onnx"), r.err());
  }

  @Test
  void multilingualWithoutAModelIsAUsageError() {
    Run r = AnalyzeCommandTest.run("analyze", EXAMPLES.toString(), "--multilingual");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--model"), r.err());
  }
}
