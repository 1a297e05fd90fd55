package org.echotrace.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A publication date as precise as the page states it: a date alone, a local date-time without zone, or a date-time
 * with its offset. Nothing is invented: a page that gives no zone gets none.
 *
 * @param date the calendar date as stated
 * @param time the local time, or null when only a date is known
 * @param offset the UTC offset, or null when the page gives none
 * @param source where it came from, e.g. {@code text line 2}, {@code url}, {@code input}
 */
public record Published(LocalDate date, java.time.LocalTime time, ZoneOffset offset, String source) {
  public Published {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(source, "source");
    if (offset != null && time == null) throw new IllegalArgumentException("an offset needs a time");
  }

  /** ISO-8601 as precise as known: {@code 2025-04-20}, {@code 2025-04-15T20:27:00}, {@code 2025-04-15T20:27:00+10:00}. */
  public String iso() {
    if (time == null) return date.toString();
    LocalDateTime ldt = LocalDateTime.of(date, time);
    if (offset == null) return ldt.format(java.time.format.DateTimeFormatter.ISO_LOCAL_DATE_TIME);
    return OffsetDateTime.of(ldt, offset).format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  /**
   * Orders two publication dates as far as they allow: two instants with offsets compare exactly; otherwise calendar
   * dates compare, and times on the same date compare only when both lack a zone. Returns negative when this is
   * earlier, positive when later, 0 when the dates cannot tell.
   */
  public int soundlyCompare(Published other) {
    if (offset != null && other.offset != null) {
      return OffsetDateTime.of(date, time, offset).compareTo(OffsetDateTime.of(other.date, other.time, other.offset));
    }
    int byDate = date.compareTo(other.date);
    if (byDate != 0) return byDate;
    if (time != null && other.time != null && offset == null && other.offset == null) return time.compareTo(other.time);
    return 0;
  }

  /**
   * A total order key for sorting (timelines): the instant when the zone is known, else the stated local time (or
   * noon of a bare date) read as UTC. Unlike {@link #soundlyCompare} it never says "cannot tell".
   */
  public long sortKey() {
    java.time.LocalTime t = time == null ? java.time.LocalTime.NOON : time;
    return OffsetDateTime.of(date, t, offset == null ? ZoneOffset.UTC : offset).toEpochSecond();
  }
}
