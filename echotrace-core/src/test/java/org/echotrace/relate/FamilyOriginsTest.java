package org.echotrace.relate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.echotrace.model.Article;
import org.echotrace.model.Origin;
import org.echotrace.model.OriginConfidence;
import org.echotrace.model.Published;
import org.echotrace.model.Relation;
import org.echotrace.model.RelationKind;
import org.junit.jupiter.api.Test;

class FamilyOriginsTest {
  private final OriginResolver resolver = new OriginResolver();

  private static Article article(String id, String text, String date, String outlet) {
    Published p = date == null ? null : new Published(LocalDate.parse(date), null, null, "test");
    return Article.builder(id, text).published(p).outlet(outlet).language("en").build();
  }

  private static Relation copy(String a, String b, Origin o) {
    return new Relation(a, b, RelationKind.VERBATIM, o, 1, 1, 1, List.of());
  }

  @Test
  void aCopyNamingAWireOutsideTheCorpusHasItAsExternalOrigin() {
    Article wire = article("a", "TOKYO (AP) — The quake struck.", "2025-07-29", "Northeast Now");
    Article copy = article("b", "TOKYO (AP) — The quake struck.", "2025-08-02", "Daily Echo");
    Origin o = resolver.resolve(wire, copy, 1, 1);
    assertEquals(OriginConfidence.CERTAIN, o.confidence());
    List<Relation> out = FamilyOrigins.complete(List.of(wire, copy), List.of(copy("a", "b", o)), resolver);
    assertEquals("AP", out.get(0).origin().externalOrigin());
  }

  @Test
  void siblingsOfACommonSourceNameItAsVia() {
    Article x = article("x", "MOSCOW (Reuters) - The Kremlin said on Monday that talks would go on.", null, "One");
    Article y = article("y", "MOSCOW (Reuters) - The Kremlin said on Monday that talks would go on.", null, "Two");
    Origin o = resolver.resolve(x, y, 1, 1);
    assertNull(o.id());
    assertEquals("Reuters", o.via());
    assertTrue(o.reasons().contains("both credit Reuters: likely copies of a common source"), o.reasons().toString());
  }

  @Test
  void theFamilysMostOriginalLookingMemberBecomesLikelyOriginOfUndecidedPairs() {
    String body = "Hamas released seven hostages into the custody of the Red Cross on Monday.";
    Article full = article("full", "CAIRO (AP) — " + body + " More follows in a long second paragraph of the story.",
        "2025-10-13", null);
    Article one = article("one", body, null, null), two = article("two", body, null, null);
    List<Relation> in = List.of(copy("full", "one", Origin.undecided("a date is missing")),
        copy("full", "two", Origin.undecided("a date is missing")), copy("one", "two", Origin.undecided("same text")));
    List<Relation> out = FamilyOrigins.complete(List.of(full, one, two), in, resolver);
    assertEquals("full", out.get(0).origin().id());
    assertEquals(OriginConfidence.LIKELY, out.get(0).origin().confidence());
    assertTrue(out.get(0).origin().reasons().get(0).startsWith("full is the most original-looking copy of its family"));
    assertNull(out.get(2).origin().id());
    assertEquals("full", out.get(2).origin().via(), "one and two are siblings through full");
  }

  @Test
  void withoutAClearLeaderNothingIsGuessed() {
    Article a = article("a", "Same text here.", null, null), b = article("b", "Same text here.", null, null);
    List<Relation> out = FamilyOrigins.complete(List.of(a, b), List.of(copy("a", "b", Origin.undecided("tie"))), resolver);
    assertNull(out.get(0).origin().id());
    assertNull(out.get(0).origin().via());
  }

  private static Relation related(String a, String b, RelationKind kind) {
    return new Relation(a, b, kind, Origin.undecided("a date is missing"), 1, 1, 1, List.of());
  }

  @Test
  void aRewordingOfWordingOthersReprintIsTheCopy() {
    Article wire = article("wire", "Rescuers reached the village at dawn, officials said.", null, null);
    Article reprint = article("reprint", "Rescuers reached the village at dawn, officials said.", null, null);
    Article rewrite = article("rewrite", "At first light, rescue teams got to the village, according to officials.",
        null, null);
    List<Relation> in = List.of(related("wire", "reprint", RelationKind.VERBATIM),
        related("rewrite", "wire", RelationKind.PARAPHRASE));
    Relation pair = FamilyOrigins.attested(in).get(1);
    assertEquals("wire", pair.origin().id());
    assertEquals(OriginConfidence.LIKELY, pair.origin().confidence(), "attested wording is a sign, not proof");
    assertTrue(pair.origin().reasons().get(0).equals("wire's wording is reprinted by reprint, rewrite's nowhere: rewrite reworded it"),
        pair.origin().reasons().toString());
  }

  @Test
  void whenBothWordingsAreReprintedTheDirectionStaysOpen() {
    List<Relation> in = List.of(related("wire", "reprint", RelationKind.VERBATIM),
        related("rewrite", "echo", RelationKind.PARTIAL), related("rewrite", "wire", RelationKind.PARAPHRASE));
    assertNull(FamilyOrigins.attested(in).get(2).origin().id());
  }
}
