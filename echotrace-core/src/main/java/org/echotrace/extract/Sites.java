package org.echotrace.extract;

import crawlercommons.domains.EffectiveTldFinder;
import java.net.URI;
import java.util.Locale;

/**
 * The site a URL belongs to: its host, and its registrable domain by the public suffix list (crawler-commons'
 * {@link EffectiveTldFinder}, whose copy of the list ships inside its jar; private suffixes count, so
 * {@code jane.blogspot.com} and {@code news.example.co.uk} are sites of their own and {@code ca.news.yahoo.com} is
 * {@code yahoo.com}). Thread-safe: no state.
 */
public final class Sites {
  private Sites() {}

  /** The lower-case host without a leading {@code www.}, or null when the string is no URL with a host. */
  public static String host(String url) {
    if (url == null || url.isBlank()) return null;
    try {
      String h = URI.create(url.strip().replace(" ", "%20")).getHost();
      if (h == null || h.isEmpty()) return null;
      h = h.toLowerCase(Locale.ROOT);
      if (h.endsWith(".")) h = h.substring(0, h.length() - 1);
      return h.startsWith("www.") ? h.substring(4) : h;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static final java.util.Set<String> GENERIC_CCTLDS = genericCountryDomains();

  private static java.util.Set<String> genericCountryDomains() {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (String[] row : RuleFile.rows("generic-cctlds.tsv", 2)) out.add(row[0]);
    return java.util.Set.copyOf(out);
  }

  /**
   * The UTC offset at {@code at} of the country a URL's country-code domain names ({@code lanacion.com.ar}: -03:00),
   * when every time zone of that country (ICU's zone table) has the same offset then; null for generic domains
   * ({@code .com}, {@code .io}: {@code generic-cctlds.tsv}), countries spanning several offsets (.us, .ru, .br) or no
   * URL. A web-archive capture counts as the archived site's. What readers of that country saw as the day of an
   * instant a page states only in UTC.
   */
  public static java.time.ZoneOffset countryOffset(String url, java.time.Instant at) {
    String host = host(archived(url));
    if (host == null || at == null) return null;
    String tld = host.substring(host.lastIndexOf('.') + 1);
    if (tld.length() != 2 || !Character.isLetter(tld.charAt(0)) || GENERIC_CCTLDS.contains(tld)) return null;
    String region = tld.equals("uk") ? "GB" : tld.toUpperCase(Locale.ROOT);
    java.util.Set<String> zones = com.ibm.icu.util.TimeZone.getAvailableIDs(
        com.ibm.icu.util.TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, region, null);
    java.time.ZoneOffset offset = null;
    for (String id : zones) {
      java.time.ZoneOffset o;
      try {
        o = java.time.ZoneId.of(id).getRules().getOffset(at);
      } catch (java.time.DateTimeException e) {
        return null; // a zone ICU knows and the JDK does not: no guess
      }
      if (offset != null && !offset.equals(o)) return null;
      offset = o;
    }
    return offset;
  }

  private static final java.util.regex.Pattern WAYBACK =
      java.util.regex.Pattern.compile("(?i)^https?://(?:web\\.)?archive\\.org/web/(\\d{1,14})[a-z_]*/(.+)$");

  /**
   * When a web-archive capture was taken (a Wayback Machine URL's timestamp, {@code yyyyMMddHHmmss}, UTC; a shorter
   * one up to the end of what it gives), or null for any other URL or a timestamp shorter than a day. The archived
   * page was published before it, as a WARC record's date bounds its page's.
   */
  public static java.time.Instant captured(String url) {
    if (url == null) return null;
    java.util.regex.Matcher m = WAYBACK.matcher(url.strip());
    if (!m.matches() || m.group(1).length() < 8) return null;
    String t = m.group(1);
    try {
      java.time.LocalDate day = java.time.LocalDate.of(Integer.parseInt(t.substring(0, 4)),
          Integer.parseInt(t.substring(4, 6)), Integer.parseInt(t.substring(6, 8)));
      if (t.length() < 14) return day.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
      return day.atTime(Integer.parseInt(t.substring(8, 10)), Integer.parseInt(t.substring(10, 12)),
          Integer.parseInt(t.substring(12, 14))).toInstant(java.time.ZoneOffset.UTC);
    } catch (java.time.DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  /**
   * The page a web-archive capture shows: for a Wayback Machine URL ({@code https://web.archive.org/web/
   * 20190717140047/http://www.example.de/story}) the archived URL, else {@code url} itself. A capture is the archived
   * site's page, so its outlet and its site name are the archived site's, not the archive's.
   */
  public static String archived(String url) {
    if (url == null) return null;
    java.util.regex.Matcher m = WAYBACK.matcher(url.strip());
    if (!m.matches()) return url;
    String original = m.group(2);
    return original.matches("(?i)^https?:/[^/].*") ? original.replaceFirst("(?i)^(https?):/", "$1://")
        : original.matches("(?i)^https?://.*") ? original : "http://" + original;
  }

  /**
   * The registrable domain of a URL's host ({@code https://italy.news-pravda.com/x} → {@code news-pravda.com}), the
   * host itself for an IP address or a name the list does not know, or null when there is no host.
   */
  public static String registrableDomain(String url) {
    String host = host(url);
    if (host == null) return null;
    if (host.indexOf('.') < 0 || host.matches("[\\d.]+") || host.startsWith("[")) return host;
    String domain = EffectiveTldFinder.getAssignedDomain(host, true, false);
    return domain == null || domain.isEmpty() ? host : domain;
  }
}
