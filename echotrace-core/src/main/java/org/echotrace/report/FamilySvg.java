package org.echotrace.report;

import java.util.List;
import java.util.Map;

/**
 * Draws a copy family laid out by {@link FamilyLayout} as inline SVG: articles as boxes (outlet, short title, date;
 * the family's first article outlined heavier), relations as orthogonal edges from origin to copy styled by kind (CSS
 * classes {@code e-verbatim}, {@code e-partial}, ...), without an arrowhead when the origin is undecided, each with its
 * label where the layout put it. Every string is escaped; links point only at anchors of the page. Thread-safe: no
 * state.
 */
final class FamilySvg {
  /** What a box or an edge links to and says on hover; {@code anchor} is a page id made by the report. */
  record Target(String anchor, String tooltip) {}

  private FamilySvg() {}

  /**
   * @param nodes by node id: the anchor and tooltip of each box
   * @param links by link (identity): the anchor and tooltip of each edge
   */
  static String render(FamilyLayout.Layout layout, Map<String, Target> nodes, Map<FamilyLayout.Link, Target> links) {
    int width = (int) Math.ceil(layout.width()), height = (int) Math.ceil(layout.height());
    StringBuilder b = new StringBuilder();
    b.append("<svg class=\"family\" role=\"img\" aria-label=\"Copy family\" viewBox=\"0 0 ").append(width).append(' ')
        .append(height).append("\" width=\"").append(width).append("\" height=\"").append(height).append("\">");
    for (FamilyLayout.Route r : layout.routes()) edge(b, r, links.get(r.link()));
    for (FamilyLayout.Box box : layout.boxes()) node(b, box, nodes.get(box.node().id()));
    b.append("</svg>");
    return b.toString();
  }

  private static void node(StringBuilder b, FamilyLayout.Box box, Target t) {
    b.append("<a href=\"#").append(t.anchor()).append("\"><g class=\"node").append(box.node().origin() ? " first" : "")
        .append("\"><title>").append(Html.escape(t.tooltip())).append("</title><rect x=\"").append(num(box.x()))
        .append("\" y=\"").append(num(box.y())).append("\" width=\"").append(num(box.width())).append("\" height=\"")
        .append(num(box.height())).append("\" rx=\"4\"/>");
    List<String> lines = box.lines();
    for (int i = 0; i < lines.size(); i++) {
      String cls = i == 0 ? "n1" : i == lines.size() - 1 ? "n3" : "n2";
      b.append("<text class=\"").append(cls).append("\" x=\"").append(num(box.x() + FamilyLayout.PADDING))
          .append("\" y=\"").append(num(box.y() + FamilyLayout.PADDING + 10 + i * FamilyLayout.LINE_HEIGHT))
          .append("\">").append(Html.escape(lines.get(i))).append("</text>");
    }
    b.append("</g></a>");
  }

  private static void edge(StringBuilder b, FamilyLayout.Route r, Target t) {
    FamilyLayout.Link l = r.link();
    b.append("<a href=\"#").append(t.anchor()).append("\"><g class=\"edge e-").append(l.kind())
        .append(l.directed() ? "" : " undecided").append("\"><title>").append(Html.escape(t.tooltip()))
        .append("</title><path d=\"");
    List<FamilyLayout.Point> path = r.path();
    for (int i = 0; i < path.size(); i++) {
      b.append(i == 0 ? "M" : " L").append(num(path.get(i).x())).append(' ').append(num(path.get(i).y()));
    }
    b.append('"').append(l.directed() ? " marker-end=\"url(#arrow)\"" : "").append("/>");
    if (r.labelAt() != null) {
      b.append("<text x=\"").append(num(r.labelAt().x() + r.labelWidth() / 2)).append("\" y=\"")
          .append(num(r.labelAt().y() + r.labelHeight() - 3)).append("\">").append(Html.escape(l.label()))
          .append("</text>");
    }
    b.append("</g></a>");
  }

  static String num(double v) {
    return TimelineSvg.num(v);
  }

  /** The arrowhead, defined once per page in a hidden SVG. */
  static String definitions() {
    return "<svg class=\"defs\" width=\"0\" height=\"0\" aria-hidden=\"true\"><defs>"
        + "<marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\" markerHeight=\"8\" "
        + "orient=\"auto-start-reverse\"><path d=\"M0 0 L10 5 L0 10 z\" class=\"arrowhead\"/></marker></defs></svg>";
  }
}
