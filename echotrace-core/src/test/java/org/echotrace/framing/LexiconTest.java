package org.echotrace.framing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconTest {
  @TempDir Path dir;

  @Test
  void bundledLexiconLoadsWithMeaningfulCategories() {
    Lexicon lexicon = Lexicon.bundled();
    assertTrue(lexicon.size() >= 50, "entries: " + lexicon.size());
    Set<String> categories = lexicon.categories().keySet();
    assertTrue(categories.containsAll(List.of("delegitimising-name", "naming-choice", "distancing", "name-calling",
        "loaded-language", "euphemism")), categories.toString());
    Lexicon.Entry regime = lexicon.entry("kiev-regime").orElseThrow();
    assertEquals("delegitimising-name", regime.category());
    assertFalse(regime.note().isBlank());
    assertTrue(lexicon.entries().stream().allMatch(e -> !e.patterns().isEmpty()));
  }

  @Test
  void namingChoicesComeInPairs() {
    Map<String, List<String>> choices = Lexicon.bundled().entries().stream().filter(e -> e.choice() != null)
        .collect(Collectors.groupingBy(Lexicon.Entry::choice,
            Collectors.mapping(Lexicon.Entry::id, Collectors.toList())));
    assertTrue(choices.get("ukraine-capital").containsAll(List.of("kiev-spelling", "kyiv-spelling")), choices.toString());
    choices.forEach((choice, ids) -> assertTrue(ids.size() >= 2, choice + " has one alternative only: " + ids));
  }

  @Test
  void userFileAddsReplacesAndRemovesEntriesById() throws IOException {
    Path file = dir.resolve("mine.json");
    Files.writeString(file, """
        {"entries": [
          {"id": "kiev-regime", "category": "delegitimising-name", "patterns": ["Kiev clique"]},
          {"id": "junta", "patterns": []},
          {"id": "blob", "category": "loaded-language", "language": "en", "patterns": ["blob*"], "note": "test"}
        ]}""");
    Lexicon merged = Lexicon.load(file);
    assertEquals(List.of("Kiev clique"), merged.entry("kiev-regime").orElseThrow().patterns());
    assertTrue(merged.entry("junta").isEmpty());
    assertEquals("en", merged.entry("blob").orElseThrow().language());
    assertEquals(Lexicon.bundled().size(), merged.size(), "one added, one removed");
  }

  @Test
  void badJsonNamesTheFileAndLine() throws IOException {
    Path file = dir.resolve("broken.json");
    Files.writeString(file, "{\"entries\": [\n  {\"id\": \"x\", \"category\": \"c\" \"patterns\": []}\n]}");
    IOException e = assertThrows(IOException.class, () -> Lexicon.load(file));
    assertTrue(e.getMessage().contains("broken.json") && e.getMessage().contains("line 2"), e.getMessage());
  }

  @Test
  void badEntriesNameTheFileAndTheEntry() throws IOException {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, "{\"entries\": [{\"id\": \"ok\", \"category\": \"c\", \"patterns\": [\"a\"]},"
        + " {\"id\": \"Bad Id\", \"category\": \"c\", \"patterns\": [\"b\"]}]}");
    IOException e = assertThrows(IOException.class, () -> Lexicon.read(file));
    assertTrue(e.getMessage().contains("bad.json") && e.getMessage().contains("entry 1"), e.getMessage());
    Files.writeString(file, "{\"entries\": [{\"id\": \"s\", \"category\": \"c\", \"patterns\": [\"ab*\"]}]}");
    e = assertThrows(IOException.class, () -> Lexicon.read(file));
    assertTrue(e.getMessage().contains("stem"), e.getMessage());
    Files.writeString(file, "{\"entries\": [{\"id\": \"s\", \"category\": \"c\", \"patterns\": [\"a\"]},"
        + " {\"id\": \"s\", \"category\": \"c\", \"patterns\": [\"b\"]}]}");
    e = assertThrows(IOException.class, () -> Lexicon.read(file));
    assertTrue(e.getMessage().contains("repeats"), e.getMessage());
  }

  @Test
  void mergeOverridesById() {
    Lexicon base = Lexicon.of(List.of(new Lexicon.Entry("a", "x", List.of("one"), null, null, null),
        new Lexicon.Entry("b", "x", List.of("two"), null, null, null)));
    Lexicon over = Lexicon.of(List.of(new Lexicon.Entry("b", "y", List.of("three"), "de", "n", null)));
    Lexicon merged = Lexicon.merge(base, over);
    assertEquals(List.of("a", "b"), merged.entries().stream().map(Lexicon.Entry::id).toList());
    assertEquals("y", merged.entry("b").orElseThrow().category());
    assertEquals(List.of("two"), base.entry("b").orElseThrow().patterns(), "inputs unchanged");
  }
}
