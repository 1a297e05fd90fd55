package org.echotrace.rewrite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.BitSet;
import java.util.List;
import org.echotrace.model.Article;
import org.echotrace.model.Origin;
import org.echotrace.model.Published;
import org.echotrace.model.Relation;
import org.echotrace.model.RelationKind;
import org.junit.jupiter.api.Test;

class RewriteDetectorTest {
  private static Article article(String id, String date) {
    Published p = date == null ? null : new Published(LocalDate.parse(date), null, null, "test");
    return Article.of(id, null, p, null, null, null, "en", "Text of " + id + ".", List.of(), List.of());
  }

  private static Relation rel(String a, String b, RelationKind kind) {
    return new Relation(a, b, kind, Origin.undecided("test"), 1, 1, 1, List.of());
  }

  @Test
  void oneMemberOfEachVerbatimFamilyKeepsItsLead() {
    List<Article> articles = List.of(article("a", "2025-04-03"), article("b", "2025-04-01"), article("c", null),
        article("d", "2025-04-02"), article("e", null), article("f", null), article("g", "2025-01-01"));
    List<Relation> relations = List.of(
        rel("a", "b", RelationKind.VERBATIM), rel("b", "c", RelationKind.VERBATIM), // family {a, b, c}: b is earliest
        rel("e", "f", RelationKind.VERBATIM), // undated family: the smaller id stays
        rel("d", "g", RelationKind.PARTIAL)); // partial reuse is not a family
    BitSet skip = RewriteDetector.verbatimCopies(articles, relations);
    BitSet want = new BitSet();
    want.set(0); // a
    want.set(2); // c
    want.set(5); // f
    assertEquals(want, skip);
  }
}
