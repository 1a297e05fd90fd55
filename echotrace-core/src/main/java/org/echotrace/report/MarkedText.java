package org.echotrace.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A text with highlights, written as HTML whose tags always nest, however the highlights overlap.
 *
 * <p>Highlights are spans (character offsets into the text, start inclusive, end exclusive) and points (markup put
 * at one offset, such as a passage's number). The text is cut at every span boundary and point; for each piece, the
 * spans covering it are put in one order (earlier start outside, then longer outside, then by {@code rank}), and the
 * open tags are kept as a stack: tags that no longer match are closed, the missing ones opened. A span that crosses
 * another is therefore closed and reopened, i.e. split into pieces; its first piece gets {@code open} (which may
 * carry an {@code id}), the others {@code reopen}. Offsets outside the text are clamped into it; empty spans are
 * dropped.
 *
 * <p>Markup given here is written as is; the text itself is escaped with {@link Html#escape}. Not thread-safe: build,
 * then call {@link #html()}.
 */
final class MarkedText {
  private record Span(int start, int end, int rank, int seq, String open, String reopen, String close) {}

  private record Point(int at, int rank, int seq, String html) {}

  private static final Comparator<Span> NESTING = Comparator.comparingInt(Span::start)
      .thenComparing(Comparator.comparingInt(Span::end).reversed())
      .thenComparingInt(Span::rank)
      .thenComparingInt(Span::seq);

  private final String text;
  private final List<Span> spans = new ArrayList<>();
  private final List<Point> points = new ArrayList<>();

  MarkedText(String text) {
    this.text = text;
  }

  /** Marks {@code [start, end)}; {@code rank} orders spans with the same extent (lower is outside). */
  MarkedText span(int start, int end, int rank, String open, String reopen, String close) {
    int s = clamp(start), e = clamp(end);
    if (s < e) spans.add(new Span(s, e, rank, spans.size(), open, reopen, close));
    return this;
  }

  /** Marks {@code [start, end)} with the same tag on every piece. */
  MarkedText span(int start, int end, int rank, String open, String close) {
    return span(start, end, rank, open, open, close);
  }

  /** Puts {@code html} at {@code at}; points at one offset come in order of {@code rank}, then of insertion. */
  MarkedText point(int at, int rank, String html) {
    points.add(new Point(clamp(at), rank, points.size(), html));
    return this;
  }

  private int clamp(int offset) {
    return Math.max(0, Math.min(text.length(), offset));
  }

  String html() {
    List<Span> sorted = new ArrayList<>(spans);
    sorted.sort(NESTING);
    List<Point> marks = new ArrayList<>(points);
    marks.sort(Comparator.comparingInt(Point::at).thenComparingInt(Point::rank).thenComparingInt(Point::seq));
    TreeSet<Integer> cuts = new TreeSet<>();
    cuts.add(0);
    cuts.add(text.length());
    for (Span s : sorted) {
      cuts.add(s.start());
      cuts.add(s.end());
    }
    for (Point p : marks) cuts.add(p.at());
    StringBuilder out = new StringBuilder(text.length() * 2);
    List<Span> stack = new ArrayList<>();
    Set<Span> started = new HashSet<>();
    int next = 0;
    Integer[] at = cuts.toArray(new Integer[0]);
    for (int i = 0; i < at.length; i++) {
      int x = at[i];
      int y = i + 1 < at.length ? at[i + 1] : x;
      List<Span> active = new ArrayList<>();
      if (y > x) for (Span s : sorted) if (s.start() <= x && s.end() >= y) active.add(s);
      int keep = 0;
      while (keep < stack.size() && keep < active.size() && stack.get(keep) == active.get(keep)) keep++;
      while (stack.size() > keep) out.append(stack.remove(stack.size() - 1).close());
      while (next < marks.size() && marks.get(next).at() == x) out.append(marks.get(next++).html());
      for (int k = keep; k < active.size(); k++) {
        Span s = active.get(k);
        out.append(started.add(s) ? s.open() : s.reopen());
        stack.add(s);
      }
      if (y > x) out.append(Html.escape(text.substring(x, y)));
    }
    return out.toString();
  }
}
