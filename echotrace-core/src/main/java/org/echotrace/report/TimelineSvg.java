package org.echotrace.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Draws events on a time axis as inline SVG: one row per event, one dot per dated article at its publication time
 * ({@link org.echotrace.model.Published#sortKey()}, UTC), coloured by outlet; heading rows name the narratives.
 *
 * <p>The axis spans the dates that belong together ({@link Range#of}), not every date: a page dated 1970 by a broken
 * CMS, or a years-old article in a month of news, would otherwise squeeze everything else into one pixel. Dates
 * outside the range are drawn in a narrow, labelled margin at the axis's end ("earlier" / "later"), as hollow dots
 * with their real date in the tooltip. Every string is escaped; links point only at anchors of the page.
 * Thread-safe: no state.
 */
final class TimelineSvg {
  /** An article on the axis; {@code outletClass} is a CSS class such as {@code o3}, {@code anchor} a page id. */
  record Dot(long epochSecond, String tooltip, String outletClass, String anchor) {}

  /** A heading row ({@code dots} empty, {@code heading} true) or an event row. */
  record Row(String label, boolean heading, List<Dot> dots) {}

  /**
   * The span of the axis: {@code from}..{@code to} in epoch seconds. Dates before or after it are outliers.
   *
   * <p>The core is the shortest window holding 80% of the dates (with fewer than five dates, all but one); the range
   * is the core widened on each side by twice its length, and by at least 60 days, so that ordinary spread (a story
   * followed for a few weeks) is never cut, while a date years away from the rest is; the axis then spans the first to
   * the last date inside that window.
   */
  record Range(long from, long to) {
    static final double CORE_SHARE = 0.8;
    static final long MIN_WIDENING = 60 * DAY;

    static Range of(long[] times) {
      long[] t = times.clone();
      Arrays.sort(t);
      int n = t.length;
      if (n == 0) throw new IllegalArgumentException("no dates");
      int core = n < 5 ? Math.max(1, n - 1) : (int) Math.ceil(CORE_SHARE * n);
      int best = 0;
      for (int i = 0; i + core - 1 < n; i++) if (t[i + core - 1] - t[i] < t[best + core - 1] - t[best]) best = i;
      long lo = t[best], hi = t[best + core - 1];
      long widen = Math.max(2 * (hi - lo), MIN_WIDENING);
      // The axis then runs from the first to the last date inside the widened core, not over the empty widening.
      long from = hi, to = lo;
      for (long x : t) {
        if (x >= lo - widen && x <= hi + widen) {
          from = Math.min(from, x);
          to = Math.max(to, x);
        }
      }
      return new Range(from, to);
    }

    boolean contains(long t) {
      return t >= from && t <= to;
    }
  }

  private static final int LABEL_WIDTH = 300;
  /** The margins for outliers, left and right of the plot, wide enough for a dot and the word "earlier". */
  private static final int GUTTER = 54;
  private static final int PLOT_WIDTH = 760;
  private static final int ROW_HEIGHT = 22;
  private static final int TOP = 30;
  private static final long HOUR = 3600, DAY = 24 * HOUR, YEAR = 365 * DAY;
  /** Tick steps from six hours to fifty years; the first giving at most {@link #MAX_TICKS} ticks is taken. */
  private static final long[] STEPS = {6 * HOUR, 12 * HOUR, DAY, 2 * DAY, 7 * DAY, 14 * DAY, 30 * DAY, 91 * DAY,
      182 * DAY, YEAR, 2 * YEAR, 5 * YEAR, 10 * YEAR, 20 * YEAR, 50 * YEAR};
  /** A "yyyy-MM-dd HH:mm" label is ~95 px at 11 px: seven fit the plot with room between them. */
  private static final int MAX_TICKS = 7;
  /** Half the width of a "yyyy-MM-dd" tick label at 11 px. */
  private static final int TICK_LABEL_HALF = 34;

  private TimelineSvg() {}

  static String render(List<Row> rows) {
    List<Long> all = new ArrayList<>();
    for (Row r : rows) for (Dot d : r.dots()) all.add(d.epochSecond());
    if (all.isEmpty()) return "";
    Range range = Range.of(all.stream().mapToLong(Long::longValue).toArray());
    long earlier = all.stream().filter(t -> t < range.from()).count();
    long later = all.stream().filter(t -> t > range.to()).count();
    // A margin of 4% (at least half a day) keeps the first and last dots off the frame.
    long pad = Math.max(DAY / 2, (range.to() - range.from()) / 25);
    long from = range.from() - pad, to = range.to() + pad;
    int height = TOP + rows.size() * ROW_HEIGHT + 10;
    int width = LABEL_WIDTH + 2 * GUTTER + PLOT_WIDTH + 10;
    StringBuilder b = new StringBuilder();
    b.append("<svg class=\"timeline\" role=\"img\" aria-label=\"Events on a time axis\" ")
        .append("viewBox=\"0 0 ").append(width).append(' ').append(height).append("\" width=\"").append(width)
        .append("\" height=\"").append(height).append("\">");
    axis(b, from, to, height);
    if (earlier > 0) gutter(b, LABEL_WIDTH + GUTTER / 2, "earlier", earlier, height);
    if (later > 0) gutter(b, LABEL_WIDTH + GUTTER + PLOT_WIDTH + GUTTER / 2, "later", later, height);
    int y = TOP;
    for (Row r : rows) {
      row(b, r, y, from, to, range);
      y += ROW_HEIGHT;
    }
    b.append("</svg>");
    return b.toString();
  }

  private static double x(long t, long from, long to) {
    return LABEL_WIDTH + GUTTER + (double) (t - from) / (to - from) * PLOT_WIDTH;
  }

  /** Where a dot goes: on the plot, or in a margin when it is an outlier. */
  private static double place(long t, long from, long to, Range range) {
    if (t < range.from()) return LABEL_WIDTH + GUTTER / 2.0;
    if (t > range.to()) return LABEL_WIDTH + GUTTER + PLOT_WIDTH + GUTTER / 2.0;
    return x(t, from, to);
  }

  private static void gutter(StringBuilder b, int cx, String word, long count, int height) {
    b.append("<rect class=\"gutter\" x=\"").append(cx - GUTTER / 2 + 3).append("\" y=\"").append(TOP - 8)
        .append("\" width=\"").append(GUTTER - 6).append("\" height=\"").append(height - TOP + 2).append("\"/>")
        .append("<text class=\"ticklabel outlier\" x=\"").append(cx).append("\" y=\"").append(TOP - 12).append("\">")
        .append(word).append("<title>").append(count).append(count == 1 ? " date" : " dates")
        .append(" far from the others (hover the dots for them): drawn here so that the axis keeps its scale")
        .append("</title></text>");
  }

  /** The tick step: the smallest that gives at most {@link #MAX_TICKS} ticks. */
  static long step(long from, long to) {
    for (long s : STEPS) if ((to - from) / s <= MAX_TICKS) return s;
    return (to - from) / MAX_TICKS + 1;
  }

  /**
   * The ticks between {@code from} and {@code to}: every so many hours or days (UTC midnights) for short spans, and
   * for spans of months or years the first day of every so many months, so that labels read 2025-04-01, 2025-07-01.
   */
  static List<Long> ticks(long from, long to) {
    long step = step(from, to);
    List<Long> ticks = new ArrayList<>();
    if (step < 30 * DAY) {
      for (long t = Math.floorDiv(from, step) * step + step; t < to; t += step) ticks.add(t);
      return ticks;
    }
    int months = (int) Math.max(1, Math.round(step / (30.44 * DAY)));
    for (int m : new int[] {1, 2, 3, 6, 12, 24, 60, 120, 240, 600}) {
      if (m >= months) {
        months = m;
        break;
      }
    }
    java.time.LocalDate d = Instant.ofEpochSecond(from).atZone(ZoneOffset.UTC).toLocalDate().withDayOfMonth(1);
    // Start on a month that is a multiple of the step (January, April, July, October for three months).
    while (((d.getYear() * 12 + d.getMonthValue() - 1) % months) != 0) d = d.plusMonths(1);
    for (; ; d = d.plusMonths(months)) {
      long t = d.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
      if (t >= to) break;
      if (t > from) ticks.add(t);
    }
    return ticks;
  }

  private static void axis(StringBuilder b, long from, long to, int height) {
    long step = step(from, to);
    String pattern = step < DAY ? "yyyy-MM-dd HH:mm" : step >= YEAR ? "yyyy" : "yyyy-MM-dd";
    DateTimeFormatter f = DateTimeFormatter.ofPattern(pattern, Locale.ROOT).withZone(ZoneOffset.UTC);
    for (long t : ticks(from, to)) {
      double at = x(t, from, to);
      String px = num(at);
      b.append("<line class=\"tick\" x1=\"").append(px).append("\" y1=\"").append(TOP - 8).append("\" x2=\"").append(px)
          .append("\" y2=\"").append(height - 6).append("\"/>");
      // A label is centred on its tick: one within half a label of the plot's ends would run into the margins' words.
      if (at - (LABEL_WIDTH + GUTTER) < TICK_LABEL_HALF || LABEL_WIDTH + GUTTER + PLOT_WIDTH - at < TICK_LABEL_HALF) {
        continue;
      }
      b.append("<text class=\"ticklabel\" x=\"").append(px).append("\" y=\"").append(TOP - 12).append("\">")
          .append(Html.escape(f.format(Instant.ofEpochSecond(t)))).append("</text>");
    }
  }

  private static void row(StringBuilder b, Row r, int y, long from, long to, Range range) {
    String label = r.label().length() > 48 ? r.label().substring(0, 47) + "…" : r.label();
    b.append("<text class=\"").append(r.heading() ? "rowhead" : "rowlabel").append("\" x=\"6\" y=\"")
        .append(y + 4).append("\">").append(Html.escape(label)).append("<title>").append(Html.escape(r.label()))
        .append("</title></text>");
    if (r.heading()) return;
    b.append("<line class=\"rowline\" x1=\"").append(LABEL_WIDTH + GUTTER).append("\" y1=\"").append(y)
        .append("\" x2=\"").append(LABEL_WIDTH + GUTTER + PLOT_WIDTH).append("\" y2=\"").append(y).append("\"/>");
    List<Dot> dots = new ArrayList<>(r.dots());
    dots.sort((p, q) -> Double.compare(place(p.epochSecond(), from, to, range), place(q.epochSecond(), from, to, range)));
    double last = Double.NEGATIVE_INFINITY;
    int stacked = 0;
    for (Dot d : dots) {
      double cx = place(d.epochSecond(), from, to, range);
      // Dots closer than their diameter are stacked a little up and down, so each stays visible and clickable.
      stacked = cx - last < 8 ? stacked + 1 : 0;
      last = cx;
      int dy = stacked == 0 ? 0 : (stacked % 2 == 1 ? -1 : 1) * 4 * ((stacked + 1) / 2);
      boolean outlier = !range.contains(d.epochSecond());
      b.append("<a href=\"#").append(d.anchor()).append("\"><circle class=\"dot ").append(d.outletClass())
          .append(outlier ? " outlier" : "").append("\" cx=\"").append(num(cx)).append("\" cy=\"").append(y + dy)
          .append("\" r=\"5\"><title>").append(outlier ? "outside the axis: " : "").append(Html.escape(d.tooltip()))
          .append("</title></circle></a>");
    }
  }

  static String num(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
