package org.echotrace.normalize;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.util.ULocale;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.echotrace.internal.SortedArrays;

/**
 * The calendar days a text mentions ("on 15 April", "April 15th", "am 30. Juli", "le 13 octobre", "13 октября"), each
 * as a small integer key, month * 32 + day. Two reports of one event name the same days; two articles on one topic
 * months apart name others. (Weekdays are left out: "on Monday" names a different day every week.) Month names in
 * every form (wide and abbreviated, standalone and in dates, so Russian genitives too) come from CLDR through ICU,
 * for the languages echotrace covers; no list is written by hand. Thread-safe: immutable.
 */
public final class DateMentions {
  static final String[] LANGUAGES = {"en", "de", "fr", "es", "it", "pt", "nl", "sv", "pl", "cs", "ro", "ru", "uk", "bg",
      "sr", "sr_Latn", "hr", "bs", "sl", "el", "et", "be", "tr"};
  private static final Normalizer2 NFKC = Normalizer2.getNFKCCasefoldInstance();
  /** Word (case-folded, accents kept) to month 1-12. */
  private static final Map<String, Integer> NAMES = names();
  /**
   * What an ASCII word must be to fold to a month name (folding an ASCII word only lower-cases it): a length between
   * the shortest and longest ASCII name, and a first letter some ASCII name starts with. Other ASCII words, most of
   * a text, are not folded and looked up at all.
   */
  private static final int ASCII_MIN, ASCII_MAX;
  private static final boolean[] ASCII_FIRST = new boolean[128];

  static {
    int min = Integer.MAX_VALUE, max = 0;
    for (String name : NAMES.keySet()) {
      if (!name.chars().allMatch(c -> c < 128)) continue;
      min = Math.min(min, name.length());
      max = Math.max(max, name.length());
      ASCII_FIRST[name.charAt(0)] = true;
    }
    ASCII_MIN = min;
    ASCII_MAX = max;
  }

  private DateMentions() {}

  private static Map<String, Integer> names() {
    Map<String, Integer> out = new HashMap<>();
    for (String lang : LANGUAGES) {
      DateFormatSymbols s = new DateFormatSymbols(new ULocale(lang));
      for (int context : new int[] {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
        for (int width : new int[] {DateFormatSymbols.WIDE, DateFormatSymbols.ABBREVIATED}) {
          String[] months = s.getMonths(context, width);
          for (int m = 0; m < 12 && m < months.length; m++) add(out, months[m], m + 1, width);

        }
      }
    }
    return out;
  }

  private static void add(Map<String, Integer> out, String name, int value, int width) {
    String key = fold(name.replace(".", ""));
    // abbreviations shorter than 3 letters ("ma", "di") are ordinary words in some language
    if (key.length() < 3) return;
    out.putIfAbsent(key, value);
  }

  static String fold(String word) {
    return NFKC.normalize(word).toLowerCase(Locale.ROOT);
  }

  /** Whether {@code text[from, to)} is an ASCII word that cannot fold to any month name (see {@link #ASCII_FIRST}). */
  private static boolean cannotBeName(String text, int from, int to) {
    for (int k = from; k < to; k++) if (text.charAt(k) >= 128) return false;
    int len = to - from;
    return len < ASCII_MIN || len > ASCII_MAX || !ASCII_FIRST[Character.toLowerCase(text.charAt(from))];
  }

  /** The distinct day keys (month * 32 + day) of the text, sorted. */
  public static int[] of(String text) {
    int[] out = new int[8];
    int n = 0;
    int i = 0, len = text.length();
    int lastNumber = -1, lastNumberEnd = -100;
    int pendingMonth = -1, pendingMonthEnd = -100;
    while (i < len) {
      char c = text.charAt(i);
      if (Character.isDigit(c)) {
        int s = i;
        while (i < len && Character.isDigit(text.charAt(i))) i++;
        int value = i - s <= 2 ? Integer.parseInt(text, s, i, 10) : -1;
        if (value >= 1 && value <= 31) {
          if (pendingMonth > 0 && s - pendingMonthEnd <= 3) {
            if (n == out.length) out = Arrays.copyOf(out, n * 2);
            out[n++] = pendingMonth * 32 + value;
            pendingMonth = -1;
          } else {
            lastNumber = value;
            lastNumberEnd = i;
          }
        }
        continue;
      }
      if (Character.isLetter(c)) {
        int s = i;
        while (i < len && Character.isLetter(text.charAt(i))) i++;
        if (cannotBeName(text, s, i)) continue;
        Integer v = NAMES.get(fold(text.substring(s, i)));
        if (v == null) continue;
        if (n + 1 >= out.length) out = Arrays.copyOf(out, out.length * 2);
        if (lastNumber > 0 && s - lastNumberEnd <= 5) {
          // "15 April", "15. April", "15 de abril", "30th July" (the ordinal suffix is a letter run in between)
          out[n++] = v * 32 + lastNumber;
          lastNumber = -1;
        } else {
          pendingMonth = v;
          pendingMonthEnd = i;
        }
        continue;
      }
      i++;
    }
    return SortedArrays.sortedDistinct(Arrays.copyOf(out, n));
  }
}
