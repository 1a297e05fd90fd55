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
 * @param source where it came from: {@code json-ld}, {@code meta}, {@code time}, {@code url}, {@code text},
 *     {@code input}, with detail after a space ({@code meta article:published_time}, {@code text line 2})
 * @param confidence how sure the choice is (see {@link Confidence})
 */
public record Published(LocalDate date, java.time.LocalTime time, ZoneOffset offset, String source,
    Confidence confidence) implements java.io.Serializable {
  /**
   * How sure a publication date is. {@code HIGH}: declared by the input or in the page's metadata as the publication
   * date (JSON-LD datePublished, article:published_time, itemprop datePublished), or stated by two independent
   * sources on the same day. {@code MEDIUM}: one visible or weaker source (a dated byline or a date labelled as the
   * publication, a {@code <time>} element, the URL's date). {@code LOW}: a guess from what was left: an unlabelled
   * date in the page's text, or only a last-modified date.
   */
  public enum Confidence {
    HIGH, MEDIUM, LOW;

    /** The name in JSON output: {@code high}, {@code medium}, {@code low}. */
    public String jsonName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public Published {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(confidence, "confidence");
    if (offset != null && time == null) throw new IllegalArgumentException("an offset needs a time");
  }

  /** A date of medium confidence (one source). */
  public Published(LocalDate date, java.time.LocalTime time, ZoneOffset offset, String source) {
    this(date, time, offset, source, Confidence.MEDIUM);
  }

  public Published withConfidence(Confidence c) {
    return c == confidence ? this : new Published(date, time, offset, source, c);
  }

  public Published withSource(String s) {
    return s.equals(source) ? this : new Published(date, time, offset, s, confidence);
  }

  /** The source's kind: its first word ({@code meta article:published_time} → {@code meta}). */
  public String sourceKind() {
    int space = source.indexOf(' ');
    return space < 0 ? source : source.substring(0, space);
  }

  /** The same instant at another offset; a date without time or zone comes back unchanged. */
  public Published atOffset(ZoneOffset other) {
    if (offset == null || other == null || offset.equals(other)) return this;
    OffsetDateTime t = OffsetDateTime.of(date, time, offset).withOffsetSameInstant(other);
    return new Published(t.toLocalDate(), t.toLocalTime(), other, source, confidence);
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
