package org.echotrace.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.echotrace.model.AnalysisResult;
import org.echotrace.model.OriginConfidence;
import org.echotrace.model.Relation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A JSONL line's crawl time reaches the article and orders a copy whose other side is undated (issue 10). */
class CrawlTimeOriginTest {
  private static final String TEXT = "The harbour council voted on Tuesday to close the old ferry pier after engineers "
      + "found deep cracks in its pillars. Mayor Anna Lindqvist said the closure would last at least six months while "
      + "repairs were planned. Ferry services will move to the northern terminal from next week, the council said in a "
      + "statement. Local traders warned that the move would cut the number of visitors to the old town during the "
      + "summer season. The repairs are expected to cost about 4.2 million euros, according to the council's estimate.";

  @Test
  void anUndatedPageFetchedBeforeItsCopyWasPublishedIsItsCertainOrigin(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("crawl.jsonl");
    Files.writeString(file, "{\"id\": \"early\", \"url\": \"https://harbour.example/pier\", \"text\": \"" + TEXT
        + "\", \"crawled\": \"2025-04-15T08:00:00Z\"}\n"
        + "{\"id\": \"late\", \"url\": \"https://aggregator.example/x\", \"text\": \"" + TEXT
        + " More stories on our site.\", \"published\": \"2025-04-18\"}\n");
    AnalysisResult r = new Pipeline().run(List.of(file));
    assertEquals("2025-04-15T08:00:00Z", r.articles().stream().filter(a -> a.id().equals("early")).findFirst()
        .orElseThrow().crawled().toString());
    Relation rel = r.relations().stream().filter(Relation::isCopy).findFirst().orElseThrow();
    assertEquals("early", rel.origin().id());
    assertEquals(OriginConfidence.CERTAIN, rel.origin().confidence());
    assertTrue(rel.origin().reasons().get(0).contains("fetched"), rel.origin().reasons().toString());
  }
}
