package org.echotrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.echotrace.cli.AnalyzeCommandTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON contract's quotes, quote variants, entities and framing, and {@code --lexicon FILE}. */
class QuotesAndFramingOutputTest {
  @TempDir Path dir;

  private static final Path EXAMPLES = Path.of("..", "examples", "corpus");

  private JsonNode analyze(String format, String... extra) throws IOException {
    Path out = dir.resolve("out." + format);
    List<String> args = new ArrayList<>(List.of("analyze", EXAMPLES.toString(), "--format", format, "--out",
        out.toString()));
    args.addAll(List.of(extra));
    Run r = AnalyzeCommandTest.run(args.toArray(new String[0]));
    assertEquals(0, r.code(), r.err());
    if (format.equals("json")) return new ObjectMapper().readTree(out.toFile());
    ObjectMapper m = new ObjectMapper();
    com.fasterxml.jackson.databind.node.ArrayNode lines = m.createArrayNode();
    for (String line : Files.readAllLines(out)) lines.add(m.readTree(line));
    return lines;
  }

  @Test
  void quotesCarryTheirSpeakerOffsetsAndWhatACopyChanged() throws IOException {
    JsonNode root = analyze("json");
    JsonNode quotes = root.get("quotes");
    assertTrue(quotes.size() > 50, "quotes: " + quotes.size());
    JsonNode reworded = null;
    for (JsonNode q : quotes) {
      for (String field : List.of("article", "text", "speaker", "mention", "cue", "start", "end", "kind", "variant_of",
          "change")) {
        assertTrue(q.has(field), field + " in " + q);
      }
      if ("reworded".equals(q.get("change").asText(null))) reworded = q;
    }
    assertTrue(reworded != null, "a reworded quote");
    assertFalse(reworded.get("variant_of").isNull());
    assertFalse(reworded.get("variant_of").get("article").asText().equals(reworded.get("article").asText()));
    boolean diff = false;
    for (JsonNode v : root.get("quote_variants")) {
      if (v.get("change").asText().equals("reworded")) {
        for (JsonNode e : v.get("diff")) diff |= e.get("op").asText().equals("+");
      }
    }
    assertTrue(diff, "reworded variants carry a word diff with insertions");
    assertTrue(root.get("entities").size() > 5);
    assertTrue(root.get("framing").isArray());
  }

  @Test
  void aUserLexiconAddsEntriesAndJsonlNamesTheNewRecords() throws IOException {
    Path lexicon = dir.resolve("mine.json");
    Files.writeString(lexicon, "{\"entries\": [{\"id\": \"port-of-carrow\", \"category\": \"naming-choice\", "
        + "\"patterns\": [\"Port of Carrow\"]}]}");
    JsonNode lines = analyze("jsonl", "--no-rewrites", "--lexicon", lexicon.toString());
    Set<String> records = new HashSet<>();
    boolean mine = false;
    for (JsonNode line : lines) {
      records.add(line.get("record").asText());
      if (line.get("record").asText().equals("framing")) mine |= line.get("entry").asText().equals("port-of-carrow");
    }
    assertTrue(mine, "a hit of the user's entry");
    assertTrue(records.containsAll(Set.of("article", "relation", "quote", "entity", "framing")), records.toString());
  }

  @Test
  void aBrokenLexiconIsAUsageErrorNamingTheFile() throws IOException {
    Path lexicon = dir.resolve("broken.json");
    Files.writeString(lexicon, "{\"entries\": [");
    Run r = AnalyzeCommandTest.run("analyze", EXAMPLES.toString(), "--no-rewrites", "--lexicon", lexicon.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("broken.json"), r.err());
  }
}
