package org.echotrace.extract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.echotrace.model.Published;
import org.echotrace.model.Published.Confidence;

/**
 * Chooses a page's publication date, and its last-modified date, from every date it states ({@link DateCandidate}s
 * from the input, JSON-LD, meta tags, {@code <time>}, the URL and the visible text), as htmldate's extensive mode
 * does: impossible dates are dropped, the best-placed publication date wins, and agreement raises the confidence.
 *
 * <p>The weights rank where a date stands, best first: the input's own field ({@link #INPUT}), JSON-LD
 * {@code datePublished} ({@link #JSON_LD}), publication meta tags ({@link #META}), {@code itemprop=datePublished}
 * and {@code <time pubdate>} ({@link #ITEMPROP}), JSON-LD {@code dateCreated} ({@link #CREATED}), a visible date
 * labelled as the publication ("Published", "Veröffentlicht am": {@link #LABELLED}), a date line beside the title or
 * in a block whose class names a date or byline ({@link #BYLINE}), or such a block right above the headline
 * ({@link #DATELINE_ABOVE}), a meta tag that only says "date" (sites fill
 * it with the publication or the last change: {@link #GENERIC_META}), a {@code <time>} element of the article
 * ({@link #TIME}), the URL's date ({@link #URL}), a date above the title ({@link #ABOVE_TITLE}: page templates print
 * the day of the visit there), a publication key in a script's data ({@link #SCRIPT}: {@code "published_at": ...}
 * in a framework's state, where other items' dates may stand too), any other date of the article's text
 * ({@link #TEXT}), and, as the page's last change, its stamp ({@link #STAMP}: a full date in a copyright line, "©
 * 19.12.2019 - 12:14 h", the time a template printed the page, or after a "modified" label in a footer).
 *
 * <p>Rejected: dates before {@link #EARLIEST} (the web's news began then; this also drops the 1970-01-01 of an
 * empty Unix time), dates after the crawl (or after tomorrow when the crawl time is unknown), and a date above the
 * title that is the crawl's own day. Copyright lines and the dates of other items (teaser lists, comments) never
 * become candidates (see {@link HtmlDates}). Thread-safe: no state.
 */
public final class PublicationDates {
  static final int INPUT = 100, JSON_LD = 90, META = 85, ITEMPROP = 80, CREATED = 70, LABELLED = 65, BYLINE = 60,
      DATELINE_ABOVE = 59, GENERIC_META = 58, TIME = 55, URL = 50, ABOVE_TITLE = 25, SCRIPT = 22, TEXT = 20, STAMP = 15;
  /** At or above this weight a date is declared as the publication date: high confidence on its own. */
  private static final int DECLARED = ITEMPROP;
  /** At or above this weight (and below {@link #DECLARED}) one source gives medium confidence; below it, low. */
  private static final int VISIBLE = URL;
  static final LocalDate EARLIEST = LocalDate.of(1995, 1, 1);

  private PublicationDates() {}

  /** The chosen dates: either may be null. */
  public record Choice(Published published, Published modified) {}

  /**
   * @param candidates in page order within each weight (the first of equal weight wins)
   * @param crawled when the page was fetched, or null
   * @param url the page's URL, or null: its country's clock shows a UTC-only instant when the page shows no offset of
   *     its own ({@link Sites#countryOffset})
   */
  public static Choice choose(List<DateCandidate> candidates, Instant crawled, String url) {
    List<DateCandidate> possible = new ArrayList<>();
    for (DateCandidate c : candidates) if (possible(c, crawled)) possible.add(c);
    possible = demoteLists(possible);
    DateCandidate bestModified = best(possible, DateCandidate.Role.MODIFIED);
    if (bestModified != null) {
      // an unlabelled date of the text that is after the page's last change is no publication date (an event to come)
      LocalDate last = bestModified.date().date();
      possible.removeIf(c -> c.role() == DateCandidate.Role.PUBLISHED && c.weight() <= BYLINE
          && c.date().sourceKind().equals("text") && c.date().date().isAfter(last.plusDays(1)));
    }
    DateCandidate best = best(possible, DateCandidate.Role.PUBLISHED);
    ZoneOffset pageOffset = pageOffset(possible);
    if (pageOffset == null && best != null) pageOffset = shownOffset(best.date(), possible);
    // without an offset of the page's own, each UTC instant is shown on its country's clock at that instant
    ZoneOffset publishedOffset = pageOffset != null || best == null ? pageOffset : countryOffset(best.date(), url);
    ZoneOffset modifiedOffset = pageOffset != null || bestModified == null ? pageOffset
        : countryOffset(bestModified.date(), url);
    Published modified = bestModified == null ? null : bestModified.date().atOffset(modifiedOffset)
        .withConfidence(confidence(bestModified, possible));
    if (best == null) {
      // a page that states only when it was last changed (wikis: "last edited on ...") was at the latest published
      // then: the best guess there is, and a weak one
      return new Choice(modified == null ? null : modified.withConfidence(Confidence.LOW), modified);
    }
    Published published = best.date().atOffset(publishedOffset).withConfidence(confidence(best, possible));
    if (modified != null && modified.date().isBefore(published.date())) modified = null; // an update before the story
    return new Choice(published, modified);
  }

  /** Three or more different days in the byline zone are a list (events, issues, teasers), not one byline. */
  static final int LIST_DAYS = 3;

  /** The byline-zone dates of a page that lists several days count only as dates of its text. */
  private static List<DateCandidate> demoteLists(List<DateCandidate> candidates) {
    java.util.Set<LocalDate> days = new java.util.HashSet<>();
    for (DateCandidate c : candidates) if (c.weight() == BYLINE) days.add(c.date().date());
    if (days.size() < LIST_DAYS) return candidates;
    List<DateCandidate> out = new ArrayList<>(candidates.size());
    for (DateCandidate c : candidates) out.add(c.weight() == BYLINE ? new DateCandidate(c.date(), c.role(), TEXT) : c);
    return out;
  }

  private static boolean possible(DateCandidate c, Instant crawled) {
    LocalDate d = c.date().date();
    if (d.isBefore(EARLIEST)) return false;
    // a date's day may run up to 14 hours ahead of UTC: compare days with one day of slack
    LocalDate last = (crawled == null ? Instant.now() : crawled).atOffset(ZoneOffset.UTC).toLocalDate().plusDays(1);
    if (d.isAfter(last)) return false;
    if (c.weight() == ABOVE_TITLE && crawled != null
        && d.equals(crawled.atOffset(ZoneOffset.UTC).toLocalDate())) {
      return false; // the page template's "today", printed above the headline on the day of the visit
    }
    return true;
  }

  private static DateCandidate best(List<DateCandidate> candidates, DateCandidate.Role role) {
    DateCandidate best = null;
    for (DateCandidate c : candidates) {
      if (c.role() == role && (best == null || c.weight() > best.weight()
          || c.weight() == best.weight() && moreExact(c.date(), best.date()))) {
        best = c;
      }
    }
    return best;
  }

  /** Between equal weights, the first wins, unless a later one gives the same day with a time (or a zone). */
  private static boolean moreExact(Published a, Published b) {
    return a.date().equals(b.date()) && (a.time() != null && b.time() == null || a.offset() != null && b.offset() == null);
  }

  /**
   * High when the page declares it as its publication date or a second source of another kind agrees on the day;
   * medium for one visible source; low for a guess.
   */
  private static Confidence confidence(DateCandidate chosen, List<DateCandidate> all) {
    Confidence own = chosen.weight() >= DECLARED ? Confidence.HIGH
        : chosen.weight() >= VISIBLE ? Confidence.MEDIUM : Confidence.LOW;
    if (own == Confidence.HIGH) return own;
    for (DateCandidate c : all) {
      if (c != chosen && c.role() == chosen.role() && c.weight() >= VISIBLE
          && !c.date().sourceKind().equals(chosen.date().sourceKind()) && sameDay(c.date(), chosen.date())) {
        return own == Confidence.MEDIUM ? Confidence.HIGH : Confidence.MEDIUM;
      }
    }
    return own;
  }

  private static boolean sameDay(Published a, Published b) {
    return a.date().equals(b.date());
  }

  /**
   * The offset a UTC time is shown at on the page: a visible time without zone within 14 hours of the declared UTC
   * instant, on the same or the next or previous day, is its local clock ({@code 2022-05-04T00:25Z} shown as
   * "3 de mayo de 2022 21:25" is at -03:00). Offsets are whole quarter hours; null when nothing shows it.
   */
  private static ZoneOffset shownOffset(Published utc, List<DateCandidate> candidates) {
    if (utc.offset() == null || !utc.offset().equals(ZoneOffset.UTC)) return null;
    java.time.LocalDateTime instant = java.time.LocalDateTime.of(utc.date(), utc.time());
    for (DateCandidate c : candidates) {
      Published p = c.date();
      if (p.offset() != null || p.time() == null || !p.sourceKind().equals("text") || c.weight() < BYLINE) continue;
      java.time.LocalDateTime shown = java.time.LocalDateTime.of(p.date(), p.time());
      long minutes = java.time.Duration.between(instant.withSecond(0).withNano(0), shown.withSecond(0).withNano(0))
          .toMinutes();
      // the same clock minute at another offset: whole quarter hours apart, at most 14 hours
      if (minutes == 0 || Math.abs(minutes) > 14 * 60 || minutes % 15 != 0) continue;
      return ZoneOffset.ofTotalSeconds((int) minutes * 60);
    }
    return null;
  }

  /**
   * The offset of the URL's country for a date given as a UTC instant: "2022-05-04T00:25Z" on an Argentine site was
   * published on the 3rd for its readers. Only the shown day changes, never the instant.
   */
  private static ZoneOffset countryOffset(Published utc, String url) {
    if (url == null || utc.offset() == null || !utc.offset().equals(ZoneOffset.UTC) || utc.time() == null) return null;
    return Sites.countryOffset(url, java.time.OffsetDateTime.of(utc.date(), utc.time(), ZoneOffset.UTC).toInstant());
  }

  /**
   * The page's own UTC offset when its dates show one besides UTC: a site that writes {@code +01:00} in one tag and
   * {@code Z} in another means the same instants, and its readers' day is that of the local offset.
   */
  private static ZoneOffset pageOffset(List<DateCandidate> candidates) {
    for (DateCandidate c : candidates) {
      ZoneOffset o = c.date().offset();
      if (o != null && !o.equals(ZoneOffset.UTC)) return o;
    }
    return null;
  }
}
