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

  /**
   * Every month name of every language as CLDR writes it gives a day, and an ASCII one in upper case too (ASCII words
   * are screened by length and first letter before they are folded).
   */
  @Test
  void everyMonthNameInEveryCaseIsFound() {
    for (String lang : DateMentions.LANGUAGES) {
      com.ibm.icu.text.DateFormatSymbols symbols = new com.ibm.icu.text.DateFormatSymbols(new com.ibm.icu.util.ULocale(lang));
      String[] months = symbols.getMonths(com.ibm.icu.text.DateFormatSymbols.FORMAT, com.ibm.icu.text.DateFormatSymbols.WIDE);
      for (int m = 0; m < 12; m++) {
        boolean ascii = months[m].chars().allMatch(c -> c < 128);
        for (String name : ascii ? new String[] {months[m], months[m].toUpperCase(java.util.Locale.ROOT)}
            : new String[] {months[m]}) {
          if (name.replace(".", "").length() < 3) continue;
          // the day of some month: a name shared by two languages keeps the first one's month (Croatian "listopad"
          // is October, Polish November)
          int[] found = DateMentions.of("3 " + name);
          org.junit.jupiter.api.Assertions.assertEquals(1, found.length, lang + " " + name);
          org.junit.jupiter.api.Assertions.assertEquals(3, found[0] % 32, lang + " " + name);
        }
      }
    }
  }

  @Test
  void weekdaysAndMonthsWithoutADayAreNotDays() {
    assertArrayEquals(new int[0], DateMentions.of("on Monday, in May"));
    assertArrayEquals(new int[0], DateMentions.of("May be 5 days"));
    assertArrayEquals(new int[0], DateMentions.of("el mar está en calma"));
  }
}
