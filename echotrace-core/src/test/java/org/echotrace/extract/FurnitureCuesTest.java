package org.echotrace.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.echotrace.testing.SharedData;
import org.junit.jupiter.api.Test;

/** The furniture cue files: every entry says why it is there, and no entry was copied from a page (issue 11). */
class FurnitureCuesTest {
  /** Every rule list shipped under org/echotrace/extract. */
  static final List<String> RULE_FILES;

  static {
    List<String> files = new ArrayList<>();
    for (String lang : FurnitureCues.LANGUAGES) files.add("furniture-" + lang + ".tsv");
    files.add("date-labels.tsv");
    files.add("credits.tsv");
    RULE_FILES = List.copyOf(files);
  }

  @Test
  void everyEntrySaysWhyAndWhereItComesFrom() {
    List<FurnitureCues.Entry> entries = FurnitureCues.entries();
    assertTrue(entries.size() > 50, "entries: " + entries.size());
    for (FurnitureCues.Entry e : entries) {
      assertTrue(Set.of("genre", "trafilatura-eval").contains(e.origin()), e.toString());
      assertTrue(e.why().length() >= 10, "say why: " + e);
      assertTrue(Set.of("line", "start", "any", "raw").contains(e.where()), e.toString());
    }
  }

  @Test
  void cuesWorkAndTheEvaluationsPhrasesCanBeLeftOut() {
    FurnitureCues all = FurnitureCues.ALL;
    assertEquals("related-link", all.strong("Read more: the bridge closes").orElseThrow());
    assertEquals("related-link", all.strong("Lesen Sie auch: Brücke gesperrt").orElseThrow());
    assertEquals("legal", all.strong("We use cookies to improve your experience").orElseThrow());
    assertTrue(all.weak("Subscribe to our newsletter"));
    assertTrue(all.bio("Jane Doe is a reporter covering courts."));
    FurnitureCues genre = new FurnitureCues(Set.of("trafilatura-eval"));
    assertTrue(genre.strong("Lesen Sie auch: Brücke gesperrt").isEmpty(), "found on trafilatura-eval's errors");
    assertEquals("related-link", genre.strong("Read more: the bridge closes").orElseThrow());
  }

  @Test
  void noOneSitePhraseAndNoSeedPhraseIsARule() throws IOException {
    String rules = allRules();
    // phrases once copied from the development seeds or seen on one site of trafilatura-eval (issue 11)
    for (String banned : List.of("not ready to support", "remind me later", "paiment methods", "payment methods",
        "news release to", "daily email", "in your mailbox", "tenemos canal de", "hazte", "rezept drucken",
        "dieses \\p{l}+ als pdf", "ten tekst przeczytasz", "materiał chroniony prawem", "missed the")) {
      assertFalse(rules.contains(banned), "rule lists hold \"" + banned + "\"");
    }
  }

  /** No line of the seeds (lines of 3 to 12 words) appears in any rule list: rules describe genres, not pages. */
  @Test
  void noLineOfTheSeedsIsInARuleList() throws IOException {
    Path seeds = SharedData.require("corpus/seeds");
    String rules = allRules();
    List<String> found = new ArrayList<>();
    int checked = 0;
    try (Stream<Path> files = Files.list(seeds)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
          String key = normalise(line);
          int words = key.isEmpty() ? 0 : key.split(" ").length;
          if (words < 3 || words > 12) continue;
          checked++;
          if (rules.contains(key)) found.add(f.getFileName() + ": " + line.strip());
        }
      }
    }
    System.out.println("FurnitureCuesTest: " + checked + " seed lines of 3-12 words checked against "
        + RULE_FILES.size() + " rule lists");
    assertTrue(checked > 10, "seed lines checked: " + checked);
    assertTrue(found.isEmpty(), "seed lines in rule lists: " + found);
  }

  /** Lower case, letters, digits and single spaces: "Remind me later." → "remind me later". */
  private static String normalise(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  private static String allRules() throws IOException {
    StringBuilder b = new StringBuilder();
    for (String name : RULE_FILES) {
      try (InputStream in = FurnitureCues.class.getResourceAsStream("/org/echotrace/extract/" + name)) {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        for (String line : text.split("\n")) {
          if (line.startsWith("#")) continue;
          String[] cells = line.split("\t");
          // the pattern column, as written and with its regex syntax folded to spaces
          String pattern = cells.length > 2 ? cells[2] : line;
          b.append(pattern.toLowerCase(Locale.ROOT)).append('\n').append(normalise(pattern)).append('\n');
        }
      }
    }
    return b.toString();
  }
}
