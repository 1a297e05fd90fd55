package org.echotrace.relate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.echotrace.model.Article;
import org.echotrace.model.Origin;
import org.echotrace.model.OriginConfidence;
import org.echotrace.model.Published;
import org.junit.jupiter.api.Test;

class OriginResolverTest {
  private static Article page(String id, String date, String crawled) {
    return new Article(id, null, date == null ? null : new Published(LocalDate.parse(date), null, null, "test"), null,
        null, null, "en", "The council met on Monday and voted on the budget.", List.of(), List.of(), null, null, null,
        List.of(), crawled == null ? null : Instant.parse(crawled));
  }

  @Test
  void anUndatedPageFetchedBeforeTheOtherWasPublishedIsTheOrigin() {
    Origin o = new OriginResolver().resolve(page("copy", "2025-04-18", null),
        page("orig", null, "2025-04-15T08:00:00Z"), 1.0, 1.0);
    assertEquals("orig", o.id());
    assertEquals(OriginConfidence.CERTAIN, o.confidence());
    assertTrue(o.reasons().get(0).contains("fetched"), o.reasons().toString());
  }

  @Test
  void aCrawlTimeAfterTheOtherDateDecidesNothing() {
    Origin o = new OriginResolver().resolve(page("a", "2025-04-14", null), page("b", null, "2025-04-20T08:00:00Z"),
        1.0, 1.0);
    assertEquals(OriginConfidence.UNDECIDED, o.confidence(), o.toString());
  }

  @Test
  void statedDatesStillSpeakForThemselves() {
    Origin o = new OriginResolver().resolve(page("a", "2025-04-10", "2025-04-30T00:00:00Z"),
        page("b", "2025-04-18", null), 1.0, 1.0);
    assertEquals("a", o.id());
    assertEquals(OriginConfidence.CERTAIN, o.confidence());
    assertTrue(o.reasons().get(0).startsWith("published 2025-04-10"), o.reasons().toString());
  }

  @Test
  void outletNamesMeetTheirDomainsWhateverTheSuffix() {
    assertTrue(OriginResolver.sameName("HNA", "hna.pt"));
    assertTrue(OriginResolver.sameName("Harbour Times", "www.harbourtimes.co.uk"));
    assertTrue(OriginResolver.sameName("The Harbour Times", "theharbourtimes.com"));
    assertTrue(OriginResolver.sameName("Stadt Anzeiger", "stadt-anzeiger.de"));
    assertTrue(OriginResolver.sameName("Harbour News", "italy.harbour-news.com"), "a subdomain is its site's");
    assertTrue(!OriginResolver.sameName("HNA", "hna.blogspot.com.example.org"), "another site that merely holds the name");
    assertTrue(!OriginResolver.sameName("Reuters", "reutersnews.pt"));
    assertTrue(!OriginResolver.sameName("", ""));
  }
}
