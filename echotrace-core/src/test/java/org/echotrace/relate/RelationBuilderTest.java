package org.echotrace.relate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.echotrace.model.Article;
import org.echotrace.model.Published;
import org.echotrace.model.Relation;
import org.echotrace.model.RelationKind;
import org.echotrace.pipeline.Pipeline;
import org.echotrace.testing.Texts;
import org.junit.jupiter.api.Test;

class RelationBuilderTest {
  private final Pipeline pipeline = new Pipeline();

  static Article article(String id, String text, String date, String outlet, List<String> credits) {
    Published p = date == null ? null : new Published(LocalDate.parse(date), null, null, "test");
    return Article.builder(id, text).published(p).outlet(outlet).language("en").credits(credits).build();
  }

  @Test
  void aSharedQuotationIsNotReuse() {
    Random r = new Random(11);
    String quote = "“We will not accept any foreign troops on our soil under any flag, whatever the circumstances,"
        + " and we have said so many times,”";
    String a = Texts.paragraph(r, 3) + "\n\n" + quote + " the minister said.\n\n" + Texts.paragraph(r, 3);
    String b = Texts.paragraph(r, 4) + "\n\n" + quote + " said the minister on Monday.\n\n" + Texts.paragraph(r, 2);
    assertTrue(pipeline.relatePair(article("a", a, null, null, List.of()), article("b", b, null, null, List.of())).isEmpty());
  }

  @Test
  void republicationIsVerbatimWithTheEarlierAsOrigin() {
    Random r = new Random(12);
    String body = Texts.paragraph(r, 4) + "\n\n" + Texts.paragraph(r, 4);
    Relation rel = pipeline.relatePair(article("copy", body + "\n\nExtra words of the aggregator.", "2025-04-16", null, List.of()),
        article("orig", body, "2025-04-15", null, List.of())).orElseThrow();
    assertEquals(RelationKind.VERBATIM, rel.kind());
    assertEquals("orig", rel.origin().id());
    assertEquals("copy", rel.a());
    Article a = article("copy", body, null, null, List.of());
    rel.passages().forEach(p -> assertTrue(p.aEnd() <= a.text().length() + 40));
  }

  @Test
  void creditDecidesWhenDatesAreMissing() {
    Random r = new Random(13);
    String body = Texts.paragraph(r, 5);
    Optional<Relation> rel = pipeline.relatePair(article("x", body, null, "Harbour Times", List.of()),
        article("y", body, null, "Daily Wire Feed", List.of("The Harbour Times")));
    assertEquals("x", rel.orElseThrow().origin().id());
    assertTrue(rel.get().origin().reasons().get(0).contains("credits"));
  }

  @Test
  void containmentAloneLeavesTheOrderUndecided() {
    // a copy is often cut short: "big holds all of small" says they share a text, not which came first
    Random r = new Random(14);
    String body = Texts.paragraph(r, 5);
    Relation contained = pipeline.relatePair(article("small", body, null, null, List.of()),
        article("big", body + "\n\n" + Texts.paragraph(r, 3), null, null, List.of())).orElseThrow();
    assertNull(contained.origin().id());
    assertTrue(contained.origin().reasons().get(0).startsWith("big holds all of small's text"),
        contained.origin().reasons().toString());
    assertTrue(contained.origin().reasons().get(0).contains("containment alone does not tell which came first"));
    Relation same = pipeline.relatePair(article("p", body, null, null, List.of()), article("q", body, null, null, List.of())).orElseThrow();
    assertNull(same.origin().id());
    assertEquals("a date is missing", same.origin().reasons().get(0));
  }

  @Test
  void aLiftedParagraphIsPartial() {
    Random r = new Random(15);
    String lifted = Texts.paragraph(r, 3);
    String a = Texts.paragraph(r, 4) + "\n\n" + lifted + "\n\n" + Texts.paragraph(r, 4) + "\n\n" + Texts.paragraph(r, 4);
    String b = Texts.paragraph(r, 5) + "\n\n" + lifted + "\n\n" + Texts.paragraph(r, 5);
    Relation rel = pipeline.relatePair(article("a", a, "2025-01-01", null, List.of()), article("b", b, "2025-02-01", null, List.of()))
        .orElseThrow();
    assertEquals(RelationKind.PARTIAL, rel.kind());
    assertEquals(1, rel.passages().size());
    // passages run from the first to the last aligned word: the final full stop is not a word
    String withoutStop = lifted.substring(0, lifted.length() - 1);
    assertEquals(withoutStop, a.substring(rel.passages().get(0).aStart(), rel.passages().get(0).aEnd()));
    assertEquals(withoutStop, b.substring(rel.passages().get(0).bStart(), rel.passages().get(0).bEnd()));
  }
}
