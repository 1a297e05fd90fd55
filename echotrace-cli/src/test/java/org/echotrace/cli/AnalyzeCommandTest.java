package org.echotrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI through its front door (picocli execute with captured writers). */
class AnalyzeCommandTest {
  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    CommandLine cl = EchotraceCommand.commandLine();
    StringWriter out = new StringWriter(), err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  private void corpus() throws IOException {
    String body = "The port authority said on Monday that the strike had halted all container traffic for a third day.\n"
        + "Union leaders said talks with the operators would resume on Wednesday, but warned that the dispute could last weeks.\n"
        + "Shipping companies have begun diverting vessels to other harbours along the coast, the authority said in a statement.\n";
    Files.writeString(dir.resolve("origin.txt"), "Harbour Times\n15 Apr 2025, 09:00 GMT+1\nStrike halts the port\n" + body);
    Files.writeString(dir.resolve("copy.txt"), "Digest Hub\nApril 17, 2025\n" + body
        + "This article was originally published by Harbour Times.\nSign up for our newsletter to get the news in your inbox.\n");
    Files.writeString(dir.resolve("other.txt"), "A different story\nThe council approved a new library budget after a short debate on Thursday evening.\n");
    Files.write(dir.resolve("broken.txt"), new byte[] {0, 1, 2, 3});
  }

  @Test
  void jsonFollowsTheContract() throws IOException {
    corpus();
    Path out = dir.resolve("out/result.json");
    Run r = run("analyze", dir.toString(), "--format", "json", "--out", out.toString());
    assertEquals(0, r.code(), r.err());
    JsonNode root = new ObjectMapper().readTree(out.toFile());
    for (String key : List.of("articles", "relations", "stories", "problems")) assertTrue(root.has(key), key);
    JsonNode article = root.get("articles").get(0);
    for (String key : List.of("id", "title", "published", "attribution", "outlet", "url", "language", "text", "segments")) {
      assertTrue(article.has(key), key);
    }
    assertEquals(1, root.get("relations").size(), root.get("relations").toString());
    JsonNode rel = root.get("relations").get(0);
    assertEquals("verbatim", rel.get("type").asText());
    assertEquals("origin.txt", rel.get("origin").asText());
    JsonNode passage = rel.get("evidence").get("passages").get(0);
    String textA = textOf(root, rel.get("a").asText());
    String quoted = textA.substring(passage.get("a").get(0).asInt(), passage.get("a").get(1).asInt());
    assertTrue(quoted.startsWith("The port authority said on Monday"), quoted);
    assertEquals("broken.txt", Path.of(root.get("problems").get(0).get("path").asText()).getFileName().toString());
    assertTrue(r.err().contains("1 input problem"), r.err());
  }

  @Test
  void textSummaryDrawsTheFamily() throws IOException {
    corpus();
    Run r = run("analyze", dir.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("origin.txt"), r.out());
    assertTrue(r.out().contains("└─ verbatim 100%  copy.txt"), r.out());
    assertTrue(r.out().contains("binary file"), r.out());
  }

  @Test
  void jsonlHasOneRecordALine() throws IOException {
    corpus();
    Path out = dir.resolve("r.jsonl");
    assertEquals(0, run("analyze", dir.toString(), "--format", "jsonl", "--out", out.toString()).code());
    List<String> lines = Files.readAllLines(out);
    ObjectMapper json = new ObjectMapper();
    long relations = 0;
    for (String line : lines) if (json.readTree(line).get("record").asText().equals("relation")) relations++;
    assertEquals(1, relations);
    assertEquals(3 + 1 + 2 + 1, lines.size(), "3 articles, 1 relation, 2 stories, 1 problem");
  }

  @Test
  void exitCodes() throws IOException {
    corpus();
    assertEquals(ExitCodes.SKIPPED_INPUTS, run("analyze", "--strict", dir.toString()).code());
    Path empty = Files.createDirectory(dir.resolve("empty"));
    assertEquals(ExitCodes.NOTHING_READ, run("analyze", empty.toString()).code());
    assertEquals(ExitCodes.USAGE, run("analyze", "--format", "xml", dir.toString()).code());
    assertEquals(ExitCodes.USAGE, run("analyze").code());
  }

  private static String textOf(JsonNode root, String id) {
    for (JsonNode a : root.get("articles")) if (a.get("id").asText().equals(id)) return a.get("text").asText();
    throw new AssertionError("no article " + id);
  }
}
