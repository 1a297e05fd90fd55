package org.echotrace.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.echotrace.model.AnalysisResult;
import org.echotrace.model.RelationKind;
import org.echotrace.testing.SharedData;
import org.junit.jupiter.api.Test;

/** The seeds end to end: five articles, no verbatim or partial reuse between any two (expected.json, not_verbatim). */
class SeedPipelineTest {
  @Test
  void noVerbatimOrPartialRelationBetweenSeeds() {
    Path seeds = SharedData.require("corpus/seeds");
    AnalysisResult r = new Pipeline().run(List.of(seeds));
    assertEquals(5, r.articles().size());
    assertTrue(r.relations().stream().noneMatch(x -> x.kind() == RelationKind.VERBATIM || x.kind() == RelationKind.PARTIAL),
        r.relations().toString());
    assertEquals(5, r.stories().size());
    // expected.json is not an article: reported, not read
    assertEquals(1, r.problems().size());
  }
}
