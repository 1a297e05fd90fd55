package org.echotrace.normalize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class DateMentionsTest {
  private static int day(int month, int day) {
    return month * 32 + day;
  }

  @Test
  void daysInTheFormsOfEachLanguage() {
    assertArrayEquals(new int[] {day(4, 15)}, DateMentions.of("on 15 April 2025"));
    assertArrayEquals(new int[] {day(4, 15)}, DateMentions.of("April 15th"));
    assertArrayEquals(new int[] {day(7, 30)}, DateMentions.of("am 30. Juli"));
    assertArrayEquals(new int[] {day(10, 13)}, DateMentions.of("le 13 octobre"));
    assertArrayEquals(new int[] {day(4, 15)}, DateMentions.of("el 15 de abril"));
    assertArrayEquals(new int[] {day(10, 13)}, DateMentions.of("13 октября"), "Russian genitive, from CLDR");
    assertArrayEquals(new int[] {day(7, 30)}, DateMentions.of("Wednesday, July 30, 2025"));
  }

  @Test
  void weekdaysAndMonthsWithoutADayAreNotDays() {
    assertArrayEquals(new int[0], DateMentions.of("on Monday, in May"));
    assertArrayEquals(new int[0], DateMentions.of("May be 5 days"));
    assertArrayEquals(new int[0], DateMentions.of("el mar está en calma"));
  }
}
