package org.echotrace.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.echotrace.cli.bench.SyntheticCorpus.Role;
import org.echotrace.model.AnalysisResult;
import org.echotrace.model.RawDocument;
import org.echotrace.model.RelationKind;
import org.echotrace.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

class SyntheticCorpusTest {
  private static final long SEED = 42;

  @Test
  void sameSeedGivesTheSameCorpus() {
    SyntheticCorpus a = SyntheticCorpus.generate(200, 300, SEED), b = SyntheticCorpus.generate(200, 300, SEED);
    assertEquals(texts(a.documents()), texts(b.documents()));
    assertEquals(a.planted().asMap(), b.planted().asMap());
    assertNotEquals(texts(a.documents()), texts(SyntheticCorpus.generate(200, 300, SEED + 1).documents()));
  }

  @Test
  void plantsRolesInTheSpecifiedShares() {
    SyntheticCorpus c = SyntheticCorpus.generate(5000, 100, SEED);
    assertShare(c, Role.COPY, SyntheticCorpus.COPY_SHARE);
    assertShare(c, Role.COPY_OF_COPY, SyntheticCorpus.COPY_OF_COPY_SHARE);
    assertShare(c, Role.PARTIAL_REUSE, SyntheticCorpus.PARTIAL_SHARE);
    int copies = c.count(Role.COPY) + c.count(Role.COPY_OF_COPY);
    // every copy shares its body with its source, and families add copy<->copy pairs
    int verbatim = c.planted().count(RelationKind.VERBATIM);
    assertTrue(verbatim >= copies, "verbatim pairs " + verbatim);
    assertTrue(c.planted().count(RelationKind.PARTIAL) >= c.count(Role.PARTIAL_REUSE) * 0.9,
        "partial pairs " + c.planted().count(RelationKind.PARTIAL));
  }

  @Test
  void pagesLookLikeScrapedArticlesOfAboutTheRequestedLength() {
    SyntheticCorpus c = SyntheticCorpus.generate(100, 600, SEED);
    long words = 0;
    for (int i = 0; i < c.size(); i++) words += c.bodyWords(i);
    double mean = (double) words / c.size();
    assertTrue(mean > 540 && mean < 700, "mean body words " + mean);
    String page = c.documents().get(0).text();
    assertTrue(page.lines().anyMatch(l -> l.matches("Published: 2025-\\d\\d-\\d\\dT\\d\\d:\\d\\d:00Z")), page);
    assertTrue(page.contains("Sign up for our newsletter"), page);
    assertTrue(page.lines().anyMatch(l -> l.startsWith("© 2025 The ")), page);
    assertEquals(5, page.lines().filter(l -> l.endsWith("...")).count(), page);
    assertEquals(0, SyntheticCorpus.number(c.documents().get(0).id()));
    assertEquals(42, SyntheticCorpus.number("/tmp/x/" + SyntheticCorpus.id(42)));
  }

  /** 300 words an article rather than 600: half the time, and the same planted structure. */
  @Test
  void pipelineFindsThePlantedCopies() {
    SyntheticCorpus c = SyntheticCorpus.generate(300, 300, SEED);
    AnalysisResult result = new Pipeline().analyze(c.documents(), new ArrayList<>());
    Score s = Score.of(result.relations(), c.planted());
    assertTrue(s.verbatimPlanted() >= 20, "verbatim planted " + s.verbatimPlanted());
    assertTrue(s.verbatimRecall() >= 0.95, "verbatim recall " + s);
    assertTrue(s.precision() >= 0.9, "precision " + s);
    Benchmark.Extraction e = Benchmark.extraction(result.articles(), c);
    assertTrue(e.kept() > 0.95, "body words kept " + e);
  }

  private static void assertShare(SyntheticCorpus c, Role role, double expected) {
    double share = (double) c.count(role) / c.size();
    assertTrue(Math.abs(share - expected) < 0.015, role + " share " + share + ", expected about " + expected);
  }

  private static List<String> texts(List<RawDocument> docs) {
    return docs.stream().map(RawDocument::text).toList();
  }
}
