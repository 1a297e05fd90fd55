package org.echotrace.report;

import java.util.Arrays;
import java.util.List;

/**
 * Draws one copy family as inline SVG: articles as boxes, copy relations as edges from origin to copy, styled by
 * kind (CSS classes {@code e-verbatim}, {@code e-partial}, ...), without an arrowhead when the origin is undecided.
 *
 * <p>Layout, deterministic and simple: an article's column is the length of the longest chain of decided origins
 * above it (origins left, their copies right); within a column, articles are stacked in the order given (the
 * caller's date order). Edges between articles of one column (undecided pairs, mostly) bow out to the right. Every
 * string is escaped; links point only at anchors of the page. Thread-safe: no state.
 */
final class FamilySvg {
  /** An article box; {@code anchor} is a page id. */
  record Node(String line1, String line2, String tooltip, String anchor) {}

  /** An edge between node indexes; {@code directed} false draws no arrowhead. */
  record Edge(int from, int to, String kind, boolean directed, String label, String tooltip, String anchor) {}

  private static final int BOX_W = 230, BOX_H = 40, COL_GAP = 110, ROW_GAP = 18, MARGIN = 12;

  private FamilySvg() {}

  static String render(List<Node> nodes, List<Edge> edges) {
    int[] column = columns(nodes.size(), edges);
    int[] row = new int[nodes.size()];
    int columns = Arrays.stream(column).max().orElse(0) + 1;
    int[] filled = new int[columns];
    for (int i = 0; i < nodes.size(); i++) row[i] = filled[column[i]]++;
    int rows = Arrays.stream(filled).max().orElse(1);
    int width = 2 * MARGIN + columns * BOX_W + (columns - 1) * COL_GAP + 110;
    int height = 2 * MARGIN + rows * BOX_H + (rows - 1) * ROW_GAP;
    StringBuilder b = new StringBuilder();
    b.append("<svg class=\"family\" role=\"img\" aria-label=\"Copy family\" ")
        .append("viewBox=\"0 0 ").append(width).append(' ').append(height).append("\" width=\"").append(width)
        .append("\" height=\"").append(height).append("\">");
    for (Edge e : edges) edge(b, e, column, row);
    for (int i = 0; i < nodes.size(); i++) node(b, nodes.get(i), left(column[i]), top(row[i]));
    b.append("</svg>");
    return b.toString();
  }

  /** Longest chain of decided edges above each node, relaxed at most n times so that a cycle cannot loop forever. */
  static int[] columns(int n, List<Edge> edges) {
    int[] column = new int[n];
    for (int round = 0; round < n; round++) {
      boolean changed = false;
      for (Edge e : edges) {
        if (e.directed() && column[e.to()] < column[e.from()] + 1 && column[e.from()] + 1 < n) {
          column[e.to()] = column[e.from()] + 1;
          changed = true;
        }
      }
      if (!changed) break;
    }
    // Close the gaps a cycle or a chain could leave, so every column up to the last holds a node.
    int[] used = Arrays.stream(column).distinct().sorted().toArray();
    for (int i = 0; i < n; i++) column[i] = Arrays.binarySearch(used, column[i]);
    return column;
  }

  private static int left(int column) {
    return MARGIN + column * (BOX_W + COL_GAP);
  }

  private static int top(int row) {
    return MARGIN + row * (BOX_H + ROW_GAP);
  }

  private static void node(StringBuilder b, Node n, int x, int y) {
    b.append("<a href=\"#").append(n.anchor()).append("\"><g class=\"node\"><title>").append(Html.escape(n.tooltip()))
        .append("</title><rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(BOX_W)
        .append("\" height=\"").append(BOX_H).append("\" rx=\"5\"/>")
        .append("<text class=\"n1\" x=\"").append(x + 8).append("\" y=\"").append(y + 16).append("\">")
        .append(Html.escape(cut(n.line1(), 32))).append("</text>")
        .append("<text class=\"n2\" x=\"").append(x + 8).append("\" y=\"").append(y + 32).append("\">")
        .append(Html.escape(cut(n.line2(), 38))).append("</text></g></a>");
  }

  private static void edge(StringBuilder b, Edge e, int[] column, int[] row) {
    int c1 = column[e.from()], c2 = column[e.to()];
    double y1 = top(row[e.from()]) + BOX_H / 2.0, y2 = top(row[e.to()]) + BOX_H / 2.0;
    String path;
    double lx, ly;
    if (c1 == c2) {
      double x = left(c1) + BOX_W;
      double bow = x + 30 + 8 * Math.abs(row[e.from()] - row[e.to()]);
      path = "M" + TimelineSvg.num(x) + " " + TimelineSvg.num(y1) + " C" + TimelineSvg.num(bow) + " "
          + TimelineSvg.num(y1) + " " + TimelineSvg.num(bow) + " " + TimelineSvg.num(y2) + " " + TimelineSvg.num(x + 2)
          + " " + TimelineSvg.num(y2);
      lx = bow + 4;
      ly = (y1 + y2) / 2;
    } else {
      boolean forward = c1 < c2;
      double x1 = forward ? left(c1) + BOX_W : left(c1), x2 = forward ? left(c2) - 2 : left(c2) + BOX_W + 2;
      path = "M" + TimelineSvg.num(x1) + " " + TimelineSvg.num(y1) + " L" + TimelineSvg.num(x2) + " "
          + TimelineSvg.num(y2);
      lx = (x1 + x2) / 2;
      ly = (y1 + y2) / 2 - 6;
    }
    b.append("<a href=\"#").append(e.anchor()).append("\"><g class=\"edge e-").append(e.kind())
        .append(e.directed() ? "" : " undecided").append("\"><title>").append(Html.escape(e.tooltip()))
        .append("</title><path d=\"").append(path).append('"')
        .append(e.directed() ? " marker-end=\"url(#arrow)\"" : "").append("/><text x=\"").append(TimelineSvg.num(lx))
        .append("\" y=\"").append(TimelineSvg.num(ly)).append("\">").append(Html.escape(e.label()))
        .append("</text></g></a>");
  }

  private static String cut(String s, int max) {
    if (s == null) return "";
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  /** The arrowhead, defined once per page in a hidden SVG. */
  static String definitions() {
    return "<svg class=\"defs\" width=\"0\" height=\"0\" aria-hidden=\"true\"><defs>"
        + "<marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\" markerHeight=\"8\" "
        + "orient=\"auto-start-reverse\"><path d=\"M0 0 L10 5 L0 10 z\" class=\"arrowhead\"/></marker></defs></svg>";
  }
}
