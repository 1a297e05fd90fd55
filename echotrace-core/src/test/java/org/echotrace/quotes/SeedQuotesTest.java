package org.echotrace.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.echotrace.extract.ArticleExtractor;
import org.echotrace.extract.LineFrequency;
import org.echotrace.extract.Page;
import org.echotrace.ingest.CorpusReader;
import org.echotrace.model.Article;
import org.echotrace.model.Quote;
import org.echotrace.model.QuoteKind;
import org.echotrace.model.RawDocument;
import org.echotrace.pipeline.CorpusLineFrequency;
import org.echotrace.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every quote an analyst lists in ../shared/corpus/seeds/expected.json, found with its speaker (issue 5). */
class SeedQuotesTest {
  private static JsonNode expected;
  private static Map<String, List<Quote>> quotes;
  private static Map<String, String> texts;

  @BeforeAll
  static void extract() throws IOException {
    Path seeds = SharedData.require("corpus/seeds");
    expected = new ObjectMapper().readTree(seeds.resolve("expected.json").toFile());
    List<RawDocument> docs = new CorpusReader(p -> {}).readAll(List.of(seeds));
    ArticleExtractor extractor = new ArticleExtractor();
    List<Page> pages = docs.stream().map(extractor::read).toList();
    LineFrequency freq = CorpusLineFrequency.of(pages);
    QuoteFinder finder = new QuoteFinder();
    quotes = new HashMap<>();
    texts = new HashMap<>();
    for (Page p : pages) {
      Article a = extractor.extract(p, freq);
      quotes.put(a.id(), finder.find(a));
      texts.put(a.id(), a.text());
    }
  }

  @Test
  void everyExpectedQuoteWithItsSpeaker() {
    List<String> failures = new ArrayList<>();
    StringBuilder report = new StringBuilder();
    for (JsonNode q : expected.get("quotes")) {
      String article = q.get("article").asText(), speaker = q.get("speaker").asText(), starts = q.get("starts").asText();
      Quote found = quotes.getOrDefault(article, List.of()).stream().filter(x -> x.text().startsWith(starts))
          .findFirst().orElse(null);
      String line = article + " \"" + starts + "\" want " + speaker + " got "
          + (found == null ? "NOT FOUND" : found.kind() + " " + found.speaker() + " (" + found.mention() + ", "
          + found.cue() + ")");
      report.append(line).append('\n');
      if (found == null || found.kind() != QuoteKind.QUOTE || !speaker.equals(found.speaker())) failures.add(line);
    }
    System.out.print(report);
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  @Test
  void theScareQuotedReassuranceIsATerm() {
    Quote q = quotes.get("000_2b9580157d924b90.txt").stream().filter(x -> x.text().equals("reassurance")).findFirst()
        .orElseThrow();
    assertEquals(QuoteKind.TERM, q.kind());
    assertEquals(null, q.speaker());
  }

  @Test
  void offsetsCoverTheQuotedWords() {
    for (var e : quotes.entrySet()) {
      String text = texts.get(e.getKey());
      for (Quote q : e.getValue()) {
        assertEquals(q.text(), text.substring(q.start(), q.end()), "no seed quote spans paragraphs");
        char before = text.charAt(q.start() - 1), after = text.charAt(q.end());
        assertTrue("\"“”«»„‘’'".indexOf(before) >= 0 && "\"“”«»„‘’'".indexOf(after) >= 0, q.toString());
        if (q.mention() != null) assertEquals(q.mention(), text.substring(q.mentionStart(), q.mentionEnd()));
      }
    }
  }
}
