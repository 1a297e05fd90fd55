package org.echotrace.relate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import org.echotrace.model.Article;
import org.echotrace.model.Published;
import org.junit.jupiter.api.Test;

class PublicationWindowTest {
  private static PublicationWindow day(String d) {
    return PublicationWindow.of(new Published(LocalDate.parse(d), null, null, "test"));
  }

  private static PublicationWindow time(String d, String t, ZoneOffset offset) {
    return PublicationWindow.of(new Published(LocalDate.parse(d), LocalTime.parse(t), offset, "test"));
  }

  @Test
  void calendarDaysUpToTwoApartOverlapSomewhereOnEarth() {
    // UTC+14 and UTC-12 are 26 hours apart: at one instant Sunday, Monday and Tuesday are all somewhere's date
    assertFalse(day("2025-04-15").before(day("2025-04-16")));
    assertFalse(day("2025-04-15").before(day("2025-04-17")));
    assertTrue(day("2025-04-15").before(day("2025-04-18")));
  }

  @Test
  void aTimeWithoutAZoneSpansFourteenHoursEitherWay() {
    assertFalse(time("2025-04-15", "09:00", null).before(time("2025-04-15", "22:00", null)));
    assertTrue(time("2025-04-15", "01:00", null).before(time("2025-04-16", "06:00", null)));
  }

  @Test
  void instantsWithOffsetsCompareExactly() {
    assertTrue(time("2025-04-15", "20:27", ZoneOffset.ofHours(10)).before(time("2025-04-15", "11:00", ZoneOffset.UTC)));
    assertFalse(time("2025-04-15", "11:00", ZoneOffset.UTC).before(time("2025-04-15", "20:27", ZoneOffset.ofHours(10))));
  }

  private static Article page(String id, Published published, String crawled) {
    return new Article(id, null, published, null, null, null, "en", "text", List.of(), List.of(), null, null, null,
        List.of(), crawled == null ? null : Instant.parse(crawled));
  }

  @Test
  void aCrawlTimeEndsTheWindow() {
    Published monday = new Published(LocalDate.parse("2025-04-14"), null, null, "test");
    Published friday = new Published(LocalDate.parse("2025-04-18"), null, null, "test");
    assertNull(PublicationWindow.of(page("x", null, null)), "neither date nor crawl: no window");
    // an undated page fetched on Tuesday came out before a page dated Friday
    assertTrue(PublicationWindow.of(page("a", null, "2025-04-15T08:00:00Z"))
        .before(PublicationWindow.of(page("b", friday, null))));
    // ...but says nothing against a page dated Monday
    assertFalse(PublicationWindow.of(page("a", null, "2025-04-15T08:00:00Z"))
        .before(PublicationWindow.of(page("b", monday, null))));
    // a date-only Tuesday page fetched Tuesday 08:00 UTC cannot be later than that: Wednesday 10:00 is after it
    PublicationWindow tuesday = PublicationWindow.of(page("c", new Published(LocalDate.parse("2025-04-15"), null, null,
        "test"), "2025-04-15T08:00:00Z"));
    assertTrue(tuesday.before(PublicationWindow.of(page("d", new Published(LocalDate.parse("2025-04-16"),
        LocalTime.parse("10:00"), ZoneOffset.UTC, "test"), null))));
    // a crawl on the stated day ends the window there; a crawl long after leaves the date's window as it is
    assertEquals(Instant.parse("2025-04-14T12:00:00Z").getEpochSecond(),
        PublicationWindow.of(page("c", monday, "2025-04-14T12:00:00Z")).to());
    assertEquals(PublicationWindow.of(monday), PublicationWindow.of(page("c", monday, "2025-06-01T00:00:00Z")));
  }
}
