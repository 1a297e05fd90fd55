package org.echotrace.framing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.echotrace.model.AnalysisResult;
import org.echotrace.model.Article;
import org.echotrace.model.FramingHit;
import org.echotrace.model.FramingShift;
import org.echotrace.pipeline.Pipeline;
import org.echotrace.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seeds through the pipeline, then the scanner, against the "framing" section of expected.json. */
class SeedFramingTest {
  /**
   * What each phrase of expected.json's framing section means in lexicon entries. A phrase missing here fails the
   * test, so that a new expectation is read, not skipped. The entries are general; nothing here is seed-specific.
   */
  private static final Map<String, List<String>> ENTRIES = Map.ofEntries(
      Map.entry("Kiev (spelling)", List.of("kiev-spelling")),
      Map.entry("Kyiv (spelling)", List.of("kyiv-spelling")),
      Map.entry("Kiev regime", List.of("kiev-regime")),
      Map.entry("so-called \"reassurance\" force", List.of("so-called")),
      Map.entry("supposedly to deter Russia", List.of("supposedly")),
      Map.entry("half-Fuhrer (in a related-link line and Lavrov's words)", List.of("fuhrer")),
      Map.entry("half-Fuhrer (Lavrov's words)", List.of("fuhrer")),
      Map.entry("war party", List.of("war-party")),
      Map.entry("under the guise of peacekeeping", List.of("under-the-guise")),
      Map.entry("Zelenskiy’s regime", List.of("zelensky-regime")),
      Map.entry("Kiev and Kyiv both used", List.of("kiev-spelling", "kyiv-spelling")),
      Map.entry("Russia´s invasion", List.of("invasion")),
      Map.entry("full-scale invasion", List.of("invasion")));

  private static AnalysisResult result;
  private static JsonNode expected;
  private static final Map<String, List<FramingHit>> HITS = new TreeMap<>();

  @BeforeAll
  static void run() throws IOException {
    Path seeds = SharedData.require("corpus/seeds");
    expected = new ObjectMapper().readTree(seeds.resolve("expected.json").toFile()).get("framing");
    result = new Pipeline().run(List.of(seeds));
    FramingScanner scanner = new FramingScanner();
    for (Article a : result.articles()) HITS.put(a.id(), scanner.scan(a));
  }

  @Test
  void everyFramingTermTheAnalystListsIsFound() {
    StringBuilder report = new StringBuilder();
    List<String> missing = new ArrayList<>();
    for (var it = expected.fields(); it.hasNext(); ) {
      var e = it.next();
      List<FramingHit> hits = HITS.getOrDefault(e.getKey(), List.of());
      report.append(e.getKey()).append(": ").append(hits.stream().map(h -> h.text() + "/" + h.entry()).toList())
          .append('\n');
      for (JsonNode term : e.getValue()) {
        List<String> entries = ENTRIES.get(term.asText());
        assertTrue(entries != null, "expected.json lists a framing term this test does not know: " + term);
        String phrase = fold(term.asText());
        for (String entry : entries) {
          boolean found = hits.stream().anyMatch(h -> h.entry().equals(entry) && phrase.contains(fold(h.text())));
          if (!found) missing.add(e.getKey() + ": " + term.asText() + " (" + entry + ")");
        }
      }
    }
    System.out.print(report);
    assertTrue(missing.isEmpty(), "not reported: " + missing + "\n" + report);
  }

  @Test
  void hitOffsetsPointAtTheirTextInTheCleanArticle() {
    Map<String, String> texts = new HashMap<>();
    for (Article a : result.articles()) texts.put(a.id(), a.text());
    HITS.values().forEach(list -> list.forEach(h ->
        assertEquals(h.text(), texts.get(h.article()).substring(h.start(), h.end()), h.toString())));
  }

  @Test
  void outletsDifferInTheirSpellingOfTheCapital() {
    FramingTable table = FramingTable.of(result.articles(), HITS.values().stream().flatMap(List::stream).toList());
    System.out.println(table.byOutletAndCategory());
    assertTrue(table.hits("The Moscow Times", "kyiv-spelling") > 0, table.rows().toString());
    assertEquals(0, table.hits("The Moscow Times", "kiev-spelling"), table.rows().toString());
    assertTrue(table.hits("St Petersburg Star", "kiev-spelling") > 0, table.rows().toString());
    assertEquals(0, table.hits("St Petersburg Star", "kyiv-spelling"), table.rows().toString());
  }

  /** 001 rewrites 000 (RT): "Ukraine and the Kiev regime" becomes "Ukraine’s government", the "so-called" goes. */
  @Test
  void theParaphraseSoftensTheOriginsFraming() {
    List<FramingShift> shifts = FramingShifts.find(result.articles(), result.relations(), new FramingScanner());
    System.out.println(shifts.stream().map(s -> s.origin() + " → " + s.copy() + ": \"" + s.from() + "\" → \"" + s.to()
        + "\" (" + s.entry() + ")").toList());
    List<FramingShift> between = shifts.stream()
        .filter(s -> s.origin().startsWith("000_") && s.copy().startsWith("001_")).toList();
    assertTrue(between.stream().anyMatch(s -> s.entry().equals("kiev-regime") && s.from().equals("Kiev regime")
        && s.to().contains("government")), between.toString());
    assertTrue(between.stream().anyMatch(s -> s.entry().equals("so-called") && s.to().isEmpty()), between.toString());
  }

  private static String fold(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[’´`ʼ]", "'");
  }
}
