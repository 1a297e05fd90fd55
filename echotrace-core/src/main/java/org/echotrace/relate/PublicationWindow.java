package org.echotrace.relate;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.echotrace.model.Article;
import org.echotrace.model.Published;

/**
 * The span of instants a stated publication date allows, in epoch seconds: a date-time with its offset is one
 * instant; a local time without a zone is any instant within {@link #ZONES} hours of it read as UTC (zones run from
 * UTC-12 to UTC+14); a bare day is the whole day in any zone, from its start at UTC+14 to its end at UTC-12. Two
 * articles are in a certain order only when their windows do not overlap.
 *
 * @param from first possible instant
 * @param to last possible instant
 */
record PublicationWindow(long from, long to) {
  /** Hours a local time can be from UTC, either way (the rule: ±14 h). */
  static final long ZONES = 14;
  /** Hours of UTC-12, the latest zone. */
  static final long LATEST = 12;

  static PublicationWindow of(Published p) {
    if (p.time() != null && p.offset() != null) {
      long t = LocalDateTime.of(p.date(), p.time()).toEpochSecond(p.offset());
      return new PublicationWindow(t, t);
    }
    if (p.time() != null) {
      long t = LocalDateTime.of(p.date(), p.time()).toEpochSecond(ZoneOffset.UTC);
      return new PublicationWindow(t - ZONES * 3600, t + ZONES * 3600);
    }
    long start = p.date().atStartOfDay().toEpochSecond(ZoneOffset.UTC);
    return new PublicationWindow(start - ZONES * 3600, start + 24 * 3600 + LATEST * 3600 - 1);
  }

  /**
   * The window an article's stated date and its crawl time allow: the date's window ended at the crawl time (a page
   * is not published after it was fetched); an undated page crawled at T was published at some time up to T. Null
   * when the article has neither.
   */
  static PublicationWindow of(Article a) {
    Instant crawled = a.crawled();
    if (a.published() == null) return crawled == null ? null : new PublicationWindow(Long.MIN_VALUE, crawled.getEpochSecond());
    PublicationWindow w = of(a.published());
    if (crawled == null || crawled.getEpochSecond() >= w.to) return w;
    long to = crawled.getEpochSecond();
    return new PublicationWindow(Math.min(w.from, to), to);
  }

  /** Whether this window ends before the other begins. */
  boolean before(PublicationWindow other) {
    return to < other.from;
  }

  /** The window's midpoint, for a tentative order when windows overlap. */
  long middle() {
    return from + (to - from) / 2;
  }
}
