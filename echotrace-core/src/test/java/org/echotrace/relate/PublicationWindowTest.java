package org.echotrace.relate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
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
}
