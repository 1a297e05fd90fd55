package org.echotrace.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.echotrace.model.Published;

/**
 * Finds publication dates in the forms scraped pages use, keeping the time zone when one is stated:
 * {@code 15 Apr 2025, 20:27 GMT+10}, {@code April 15, 2025 3:45 PM EDT}, {@code Tue 15 Apr 2025 09.12 BST},
 * {@code 2025-04-15T20:27:00Z}, {@code date 2025-04-20}, {@code 15.04.2025}, and dates in URLs ({@code /2025/04/15/}).
 * A date that does not exist (30 February) is no date. Thread-safe.
 */
public final class DateParser {
  /** A date found in a string, with the span it covers (date, time and zone). */
  public record Found(int start, int end, Published published) {}

  /**
   * Month names by number, in the languages of the news we read (en, de, fr, es, it, pt, nl, pl, ru, uk; Slavic
   * genitive forms as dates use them). Abbreviations are prefixes of 3+ letters written with an optional dot.
   */
  private static final String[][] MONTH_NAMES = {
    {"january", "januar", "jänner", "janvier", "enero", "gennaio", "janeiro", "januari", "stycznia", "января", "січня"},
    {"february", "februar", "février", "fevrier", "febrero", "febbraio", "fevereiro", "februari", "lutego", "февраля", "лютого"},
    {"march", "märz", "maerz", "mars", "marzo", "março", "maart", "marca", "marca", "марта", "березня"},
    {"april", "avril", "abril", "aprile", "kwietnia", "апреля", "квітня"},
    {"may", "mai", "mayo", "maggio", "maio", "mei", "maja", "мая", "травня"},
    {"june", "juni", "juin", "junio", "giugno", "junho", "czerwca", "июня", "червня"},
    {"july", "juli", "juillet", "julio", "luglio", "julho", "lipca", "июля", "липня"},
    {"august", "août", "aout", "agosto", "augustus", "sierpnia", "августа", "серпня"},
    {"september", "septembre", "septiembre", "settembre", "setembro", "września", "сентября", "вересня"},
    {"october", "oktober", "octobre", "octubre", "ottobre", "outubro", "października", "октября", "жовтня"},
    {"november", "novembre", "noviembre", "novembro", "listopada", "ноября", "листопада"},
    {"december", "dezember", "décembre", "decembre", "diciembre", "dicembre", "dezembro", "grudnia", "декабря", "грудня"},
  };
  private static final Map<String, Integer> MONTH_NUMBER = new java.util.HashMap<>();
  private static final String MONTHS;
  /**
   * The month forms of {@link #MONTHS} with their case folded as the expressions fold it ({@link #foldCase}): a line
   * without one of them as a whole word cannot hold a date with a month name.
   */
  private static final java.util.Set<String> MONTH_WORDS = new java.util.HashSet<>();
  private static final int LONGEST_MONTH;

  static {
    java.util.TreeSet<String> forms = new java.util.TreeSet<>((a, b) -> b.length() != a.length() ? b.length() - a.length() : a.compareTo(b));
    for (int m = 0; m < 12; m++) {
      for (String name : MONTH_NAMES[m]) {
        MONTH_NUMBER.putIfAbsent(name, m + 1);
        forms.add(name);
        String abbr = name.substring(0, Math.min(name.length(), name.startsWith("sept") ? 4 : 3));
        if (!abbr.equals(name) && (MONTH_NUMBER.putIfAbsent(abbr, m + 1) == null || MONTH_NUMBER.get(abbr) == m + 1)) forms.add(abbr);
      }
    }
    MONTH_NUMBER.put("sep", 9);
    forms.add("sep");
    MONTHS = String.join("|", forms);
    int longest = 0;
    for (String form : forms) {
      MONTH_WORDS.add(foldCase(form, 0, form.length()));
      longest = Math.max(longest, form.length());
    }
    LONGEST_MONTH = longest;
  }

  private static final String ZONE =
      "(?<zone>(?-i:Z|[+-]\\d{2}:?\\d{2}|(?:GMT|UTC)(?:\\s*[+-]\\s*\\d{1,2}(?::?\\d{2})?)?|[A-Z]{1,3}T|MSK|МСК|MESZ|MEZ|WIB)(?!\\p{L}))";
  private static final String TIME =
      "(?:(?:\\s*,\\s*|\\s+(?:at|um|à|a las|alle|om|klo)\\s+|\\s*\\|\\s*|\\s+-\\s+|T|\\s+)(?<hour>\\d{1,2})[:.](?<min>\\d{2})(?::(?<sec>\\d{2})(?:\\.\\d+)?)?"
          + "(?:\\s*(?<ampm>[ap]\\.?m\\.?))?(?:\\s*(?:Uhr|h|ч)(?!\\p{L})\\.?)?(?:\\s*\\(?" + ZONE + "\\)?)?)?";
  private static final Pattern ISO = Pattern.compile(
      "(?<![\\d/])(?<y>(?:19|20)\\d{2})[-/](?<m>\\d{1,2})[-/](?<d>\\d{1,2})(?![\\d/])" + TIME, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
      "(?<!\\d)(?<d>\\d{1,2})(?:st|nd|rd|th|er)?\\.?\\s+(?:of\\s+|de\\s+)?(?<mon>" + MONTHS + ")\\.?,?\\s+(?:de\\s+)?(?<y>(?:19|20)\\d{2})(?!\\d)" + TIME,
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
      "(?<![\\p{L}])(?<mon>" + MONTHS + ")\\.?\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<y>(?:19|20)\\d{2})(?!\\d)" + TIME,
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern DOTTED = Pattern.compile(
      "(?<![\\d.])(?<d>\\d{1,2})\\.(?<m>\\d{1,2})\\.(?<y>(?:19|20)\\d{2})(?![\\d.])" + TIME, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /**
   * A day-first date with slashes ({@code 30/07/2025}): taken only when the order is certain (the first number is over
   * 12); {@code 05/04/2025} is 5 April in Europe and May 4 in the US, and no date is better than a wrong one.
   */
  private static final Pattern SLASHED = Pattern.compile(
      "(?<![\\d/])(?<d>\\d{1,2})/(?<m>\\d{1,2})/(?<y>(?:19|20)\\d{2})(?![\\d/])" + TIME, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /**
   * Dates in URL paths: {@code /2025/04/15/}, {@code /2025-04-15}, {@code /2025/Oct/13/}, and compact
   * {@code 20250415} (alone as a segment or a name's part, possibly followed by the time {@code hhmmss}), each
   * bounded by separators so that an id's digits do not pass for a date.
   */
  private static final Pattern URL_DATE = Pattern.compile(
      "/(?<y>(?:19|20)\\d{2})[/-](?<m>\\d{2})[/-](?<d>\\d{2})(?=[/-]|\\b)"
          + "|/(?<y3>(?:19|20)\\d{2})/(?<mon>[a-z]{3,9})/(?<d3>\\d{1,2})/"
          + "|(?<=[/_-])(?<y2>(?:19|20)\\d{2})(?<m2>[01]\\d)(?<d2>[0-3]\\d)(?:[0-2]\\d[0-5]\\d(?:[0-5]\\d)?)?(?=[/_.-]|$)",
      Pattern.CASE_INSENSITIVE);

  /** Named zones whose offset is unambiguous in news use. IST (India/Ireland/Israel) and CST are left out on purpose. */
  private static final Map<String, Integer> ZONE_MINUTES = Map.ofEntries(
      Map.entry("Z", 0), Map.entry("UTC", 0), Map.entry("GMT", 0), Map.entry("BST", 60), Map.entry("CET", 60),
      Map.entry("CEST", 120), Map.entry("EET", 120), Map.entry("EEST", 180), Map.entry("MSK", 180),
      Map.entry("МСК", 180), Map.entry("MEZ", 60), Map.entry("MESZ", 120),
      Map.entry("EST", -300), Map.entry("EDT", -240), Map.entry("CDT", -300), Map.entry("MST", -420),
      Map.entry("MDT", -360), Map.entry("PST", -480), Map.entry("PDT", -420), Map.entry("JST", 540),
      Map.entry("KST", 540), Map.entry("AEST", 600), Map.entry("AEDT", 660), Map.entry("WIB", 420),
      Map.entry("HKT", 480), Map.entry("SGT", 480));

  /** The first date in {@code s}, or empty. */
  public Optional<Found> find(String s, String source) {
    if (!hasYear(s)) return Optional.empty(); // every form below holds a year 19xx or 20xx: most text holds none
    Found best = null;
    // the month-name forms try some hundred month names at every position, most of the parse on a line with a year
    // and no month name: they run only where a whole word is a month name, as each requires (a letter-free
    // character before the month, a dot or a space after it)
    boolean month = hasMonthWord(s);
    for (Pattern p : new Pattern[] {ISO, DAY_MONTH_YEAR, MONTH_DAY_YEAR, DOTTED, SLASHED}) {
      if (!month && (p == DAY_MONTH_YEAR || p == MONTH_DAY_YEAR)) continue;
      Matcher m = p.matcher(s);
      while (m.find()) {
        if (p == SLASHED && Integer.parseInt(m.group("d")) <= 12) continue; // day or month first: cannot tell
        Published pub = toPublished(m, source);
        if (pub != null) {
          if (best == null || m.start() < best.start()) best = new Found(m.start(), m.end(), pub);
          break;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** Whether some maximal run of letters in {@code s} is a month form ({@link #MONTH_WORDS}). */
  static boolean hasMonthWord(String s) {
    int n = s.length();
    for (int i = 0; i < n; ) {
      if (!Character.isLetter(s.charAt(i))) {
        i++;
        continue;
      }
      int j = i;
      while (j < n && Character.isLetter(s.charAt(j))) j++;
      if (j - i <= LONGEST_MONTH && MONTH_WORDS.contains(foldCase(s, i, j))) return true;
      i = j;
    }
    return false;
  }

  /**
   * Characters {@code from..to} of {@code s} with their case folded as a case-insensitive Unicode expression compares
   * them: each character upper-cased, then lower-cased.
   */
  private static String foldCase(String s, int from, int to) {
    char[] out = new char[to - from];
    for (int k = from; k < to; k++) out[k - from] = Character.toLowerCase(Character.toUpperCase(s.charAt(k)));
    return new String(out);
  }

  /** Whether {@code s} holds four digits starting 19 or 20 (not inside a longer number): a cheap test before the regexes. */
  static boolean hasYear(String s) {
    int n = s.length();
    for (int i = 0; i + 3 < n; i++) {
      char c = s.charAt(i);
      if ((c == '1' || c == '2') && (i == 0 || !Character.isDigit(s.charAt(i - 1)))) {
        char d = s.charAt(i + 1);
        if ((c == '1' && d == '9' || c == '2' && d == '0') && Character.isDigit(s.charAt(i + 2))
            && Character.isDigit(s.charAt(i + 3)) && (i + 4 == n || !Character.isDigit(s.charAt(i + 4)))) {
          return true;
        }
      }
    }
    return false;
  }

  /** A date in a URL path, such as {@code https://x.com/2025/04/15/story}, or empty. */
  public Optional<Published> fromUrl(String url) {
    if (url == null) return Optional.empty();
    String path = url.replaceFirst("^[a-zA-Z]+://[^/]*", ""); // the host's digits are no date
    int query = path.indexOf('?');
    if (query >= 0) path = path.substring(0, query);
    Matcher m = URL_DATE.matcher(path);
    while (m.find()) {
      LocalDate d;
      if (m.group("y") != null) d = date(m.group("y"), m.group("m"), m.group("d"));
      else if (m.group("y3") != null) d = date(m.group("y3"), monthNumber(m.group("mon")), m.group("d3"));
      else if (path.charAt(m.start() - 1) == '/' && m.end() - m.start() != 8) {
        continue; // a segment opens with a date only as /yyyymmdd; /web/20140226123456/ is an archive's capture
      } else d = date(m.group("y2"), m.group("m2"), m.group("d2"));
      if (d != null) return Optional.of(new Published(d, null, null, "url"));
    }
    return Optional.empty();
  }

  /** Parses a declared date (JSONL {@code published}): ISO forms first, then the textual forms. */
  public Optional<Published> parseDeclared(String s) {
    if (s == null || s.isBlank()) return Optional.empty();
    return find(s.trim(), "input").map(Found::published);
  }

  private static Published toPublished(Matcher m, String source) {
    String month = group(m, "m");
    if (month == null) month = monthNumber(m.group("mon"));
    LocalDate date = date(m.group("y"), month, m.group("d"));
    if (date == null) return null;
    String hour = m.group("hour");
    if (hour == null) return new Published(date, null, null, source);
    int h = Integer.parseInt(hour);
    String ampm = m.group("ampm");
    if (ampm != null) {
      boolean pm = Character.toLowerCase(ampm.charAt(0)) == 'p';
      if (h < 1 || h > 12) return new Published(date, null, null, source);
      h = h % 12 + (pm ? 12 : 0);
    }
    LocalTime time;
    try {
      int sec = m.group("sec") == null ? 0 : Integer.parseInt(m.group("sec"));
      time = LocalTime.of(h, Integer.parseInt(m.group("min")), sec);
    } catch (DateTimeException e) {
      return new Published(date, null, null, source);
    }
    return new Published(date, time, offset(m.group("zone")), source);
  }

  private static String group(Matcher m, String name) {
    try {
      return m.group(name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static final Pattern NUMERIC_ZONE = Pattern.compile("^(?:GMT|UTC)?([+-])(\\d{1,2}):?(\\d{2})?$");

  static ZoneOffset offset(String zone) {
    if (zone == null) return null;
    String z = zone.replace(" ", "").toUpperCase(Locale.ROOT);
    Integer named = ZONE_MINUTES.get(z);
    if (named != null) return ZoneOffset.ofTotalSeconds(named * 60);
    Matcher m = NUMERIC_ZONE.matcher(z);
    if (!m.matches()) return null;
    int minutes = Integer.parseInt(m.group(2)) * 60 + (m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
    if (minutes > 14 * 60) return null;
    return ZoneOffset.ofTotalSeconds((m.group(1).equals("-") ? -minutes : minutes) * 60);
  }

  /** Whether a word names a month (or its abbreviation) in one of the languages read. */
  static boolean isMonthName(String word) {
    return !word.isEmpty() && MONTH_NUMBER.containsKey(word.toLowerCase(Locale.ROOT));
  }

  private static String monthNumber(String name) {
    if (name == null) return null;
    Integer m = MONTH_NUMBER.get(name.toLowerCase(Locale.ROOT));
    return m == null ? null : m.toString();
  }

  private static LocalDate date(String y, String m, String d) {
    if (y == null || m == null || d == null) return null;
    try {
      return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }
}
