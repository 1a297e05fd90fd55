package org.echotrace.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateParserTest {
  private final DateParser parser = new DateParser();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "15 Apr 2025, 20:27 GMT+10|2025-04-15T20:27:00+10:00",
    "date 2025-04-20|2025-04-20",
    "2025-04-15T20:27:00Z|2025-04-15T20:27:00Z",
    "2025-04-15T20:27:00+03:00|2025-04-15T20:27:00+03:00",
    "Published: 2025-04-15 09:30|2025-04-15T09:30:00",
    "April 15, 2025|2025-04-15",
    "Apr 15, 2025 3:45 PM EDT|2025-04-15T15:45:00-04:00",
    "Tue 15 Apr 2025 09.12 BST|2025-04-15T09:12:00+01:00",
    "15.04.2025|2025-04-15",
    "Updated 3rd March 2024 at 11:05 UTC|2024-03-03T11:05:00Z",
    "15 April 2025 10:00 IST|2025-04-15T10:00:00",
  })
  void parsesTheFormsScrapedPagesUse(String input, String iso) {
    assertEquals(iso, parser.find(input, "t").orElseThrow().published().iso());
  }

  @Test
  void monthNamesAreWholeWordsInAnyCase() {
    assertTrue(DateParser.hasMonthWord("Sept. 5, 2024"));
    assertTrue(DateParser.hasMonthWord("15 MÄRZ 2025"));
    assertTrue(DateParser.hasMonthWord("15 МАРТА 2025"));
    assertFalse(DateParser.hasMonthWord("Septuagint 2024 and marches"));
    assertFalse(DateParser.hasMonthWord("Published 2025-05-02"));
    // a line without a month word still gives its numeric date; with one, the month-name forms are tried
    assertEquals("2025-05-02", new DateParser().find("Published 2025-05-02", "t").orElseThrow().published().date().toString());
    assertEquals("2025-03-15", new DateParser().find("Stand: 15. März 2025", "t").orElseThrow().published().date().toString());
  }

  @Test
  void slashedDatesOnlyWhenTheOrderIsCertain() {
    assertEquals("2025-07-30", parser.find("30/07/2025", "t").orElseThrow().published().iso());
    assertTrue(parser.find("05/04/2025", "t").isEmpty());
  }

  @Test
  void ambiguousZonesAreNotGuessed() {
    // IST is India, Ireland or Israel: the time is kept, the offset is not invented.
    assertEquals(null, parser.find("15 April 2025 10:00 IST", "t").orElseThrow().published().offset());
  }

  @Test
  void impossibleDatesAreNoDates() {
    assertTrue(parser.find("30 Feb 2025", "t").isEmpty());
    assertTrue(parser.find("2025-13-01", "t").isEmpty());
    assertTrue(parser.find("The budget was 2025 million", "t").isEmpty());
  }

  @Test
  void datesInUrls() {
    assertEquals("2025-04-15", parser.fromUrl("https://x.com/news/2025/04/15/story-title").orElseThrow().iso());
    assertEquals("2025-04-15", parser.fromUrl("https://x.com/2025-04-15/story").orElseThrow().iso());
    assertEquals("2025-04-15", parser.fromUrl("https://x.com/20250415/story").orElseThrow().iso());
    assertTrue(parser.fromUrl("https://x.com/story-2025").isEmpty());
    assertEquals("2025-10-13", parser.fromUrl("https://x.com/world/2025/Oct/13/story").orElseThrow().iso());
    assertEquals("2025-07-30", parser.fromUrl("https://x.es/sociedad/tsunami-20250730080133-di.html").orElseThrow().iso());
    assertEquals("2025-07-23", parser.fromUrl("https://x.me/en/p/20250723-518de202").orElseThrow().iso());
    assertEquals("2025-09-29", parser.fromUrl("https://x.com/international/elections-20250929").orElseThrow().iso());
    assertTrue(parser.fromUrl("https://x.com/article/120250730999").isEmpty()); // digits of an id
    assertTrue(parser.fromUrl("https://20250415.example.com/a").isEmpty()); // the host is no date
    // a web archive's capture time is no publication date
    assertTrue(parser.fromUrl("https://web.archive.org/web/20140226123456/http://x.com/kinos").isEmpty());
  }
}
