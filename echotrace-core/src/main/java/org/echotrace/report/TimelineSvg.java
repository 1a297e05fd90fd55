package org.echotrace.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Draws events on a time axis as inline SVG: one row per event, one dot per dated article at its publication time
 * ({@link org.echotrace.model.Published#sortKey()}, UTC), coloured by outlet; heading rows name the narratives. Every
 * string is escaped; links point only at anchors of the page. Thread-safe: no state.
 */
final class TimelineSvg {
  /** An article on the axis; {@code outletClass} is a CSS class such as {@code o3}, {@code anchor} a page id. */
  record Dot(long epochSecond, String tooltip, String outletClass, String anchor) {}

  /** A heading row ({@code dots} empty, {@code heading} true) or an event row. */
  record Row(String label, boolean heading, List<Dot> dots) {}

  private static final int LABEL_WIDTH = 300;
  private static final int PLOT_WIDTH = 820;
  private static final int ROW_HEIGHT = 22;
  private static final int TOP = 30;
  private static final long HOUR = 3600, DAY = 24 * HOUR;
  /** Tick steps from six hours to two years; the first giving at most 8 ticks is taken. */
  private static final long[] STEPS = {6 * HOUR, DAY, 2 * DAY, 7 * DAY, 14 * DAY, 30 * DAY, 91 * DAY, 182 * DAY,
      365 * DAY, 730 * DAY};

  private TimelineSvg() {}

  static String render(List<Row> rows) {
    long min = Long.MAX_VALUE, max = Long.MIN_VALUE;
    for (Row r : rows) {
      for (Dot d : r.dots()) {
        min = Math.min(min, d.epochSecond());
        max = Math.max(max, d.epochSecond());
      }
    }
    if (min > max) return "";
    // A margin of 4% (at least half a day) keeps the first and last dots off the frame.
    long pad = Math.max(DAY / 2, (max - min) / 25);
    long from = min - pad, to = max + pad;
    int height = TOP + rows.size() * ROW_HEIGHT + 10;
    int width = LABEL_WIDTH + PLOT_WIDTH + 20;
    StringBuilder b = new StringBuilder();
    b.append("<svg class=\"timeline\" role=\"img\" aria-label=\"Events on a time axis\" ")
        .append("viewBox=\"0 0 ").append(width).append(' ').append(height).append("\" width=\"").append(width)
        .append("\" height=\"").append(height).append("\">");
    axis(b, from, to, height);
    int y = TOP;
    for (Row r : rows) {
      row(b, r, y, from, to);
      y += ROW_HEIGHT;
    }
    b.append("</svg>");
    return b.toString();
  }

  private static double x(long t, long from, long to) {
    return LABEL_WIDTH + (double) (t - from) / (to - from) * PLOT_WIDTH;
  }

  private static void axis(StringBuilder b, long from, long to, int height) {
    long step = STEPS[STEPS.length - 1];
    for (long s : STEPS) {
      if ((to - from) / s <= 8) {
        step = s;
        break;
      }
    }
    DateTimeFormatter f = DateTimeFormatter.ofPattern(step < DAY ? "yyyy-MM-dd HH:mm" : "yyyy-MM-dd", Locale.ROOT)
        .withZone(ZoneOffset.UTC);
    for (long t = Math.floorDiv(from, step) * step + step; t < to; t += step) {
      String px = num(x(t, from, to));
      b.append("<line class=\"tick\" x1=\"").append(px).append("\" y1=\"").append(TOP - 8).append("\" x2=\"").append(px)
          .append("\" y2=\"").append(height - 6).append("\"/>");
      b.append("<text class=\"ticklabel\" x=\"").append(px).append("\" y=\"").append(TOP - 12).append("\">")
          .append(Html.escape(f.format(Instant.ofEpochSecond(t)))).append("</text>");
    }
  }

  private static void row(StringBuilder b, Row r, int y, long from, long to) {
    String label = r.label().length() > 48 ? r.label().substring(0, 47) + "…" : r.label();
    b.append("<text class=\"").append(r.heading() ? "rowhead" : "rowlabel").append("\" x=\"6\" y=\"")
        .append(y + 4).append("\">").append(Html.escape(label)).append("<title>").append(Html.escape(r.label()))
        .append("</title></text>");
    if (r.heading()) return;
    b.append("<line class=\"rowline\" x1=\"").append(LABEL_WIDTH).append("\" y1=\"").append(y).append("\" x2=\"")
        .append(LABEL_WIDTH + PLOT_WIDTH).append("\" y2=\"").append(y).append("\"/>");
    double last = Double.NEGATIVE_INFINITY;
    int stacked = 0;
    for (Dot d : r.dots()) {
      double cx = x(d.epochSecond(), from, to);
      // Dots closer than their diameter are stacked a little up and down, so each stays visible and clickable.
      stacked = cx - last < 8 ? stacked + 1 : 0;
      last = cx;
      int dy = stacked == 0 ? 0 : (stacked % 2 == 1 ? -1 : 1) * 4 * ((stacked + 1) / 2);
      b.append("<a href=\"#").append(d.anchor()).append("\"><circle class=\"dot ").append(d.outletClass())
          .append("\" cx=\"").append(num(cx)).append("\" cy=\"").append(y + dy).append("\" r=\"5\"><title>")
          .append(Html.escape(d.tooltip())).append("</title></circle></a>");
    }
  }

  static String num(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
