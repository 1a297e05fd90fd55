package org.echotrace.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays out one copy family (articles linked by copying) as a left-to-right graph with the Eclipse Layout Kernel's
 * layered (Sugiyama) algorithm: origins on the left, each copy in a layer to the right of what it copies, copies of
 * one origin stacked top to bottom in date order, edges routed orthogonally around the boxes, and each edge's label
 * placed by the algorithm in its own slot so that no two labels overlap. The result is plain coordinates, with no
 * ELK or SVG type in it: the HTML report draws it as SVG ({@link FamilySvg}), and a web UI can send the same records
 * as JSON.
 *
 * <p>Box sizes are estimated from the text (a 12 px sans-serif face averages about 6.6 px a character; see
 * {@link #textWidth}), so the drawing needs no font metrics. Deterministic: the same input gives the same layout.
 * Thread-safe: each call builds its own graph.
 */
public final class FamilyLayout {
  /** An article to place. {@code origin} marks a family's first article (drawn heavier). */
  public record Node(String id, String outlet, String title, String date, boolean origin) {
    public Node {
      Objects.requireNonNull(id, "id");
    }
  }

  /**
   * A relation to route, from the origin to the copy; when {@code directed} is false (origin undecided) the ends are
   * in an arbitrary order and the edge is drawn without an arrowhead. {@code label} goes beside the edge.
   */
  public record Link(String from, String to, String kind, boolean directed, String label) {
    public Link {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
    }
  }

  public record Point(double x, double y) {}

  /** A placed article: the box's top-left corner and size, and the text lines to write in it, already cut. */
  public record Box(Node node, double x, double y, double width, double height, List<String> lines) {}

  /** A routed relation: the polyline from the origin's box to the copy's, and where its label's box goes. */
  public record Route(Link link, List<Point> path, Point labelAt, double labelWidth, double labelHeight) {}

  /** A whole family, in a {@code width} × {@code height} frame (origin top-left). */
  public record Layout(List<Box> boxes, List<Route> routes, double width, double height) {}

  /** Average advance of a 12 px system sans-serif face, measured on mixed-case text (digits are a little wider). */
  static final double CHAR_WIDTH = 6.6;
  /** Box text: an outlet line, a title line and a date line, 15 px apart, with 8 px padding around. */
  static final double LINE_HEIGHT = 15, PADDING = 8;
  /** Longest outlet and title shown in a box: beyond ~34 characters boxes get so wide that families stop fitting a page. */
  static final int OUTLET_CHARS = 30, TITLE_CHARS = 34;
  static final double LABEL_HEIGHT = 14;
  /** Room between stacked boxes and between layers; the layers need more, for the edge labels between them. */
  static final double NODE_GAP = 18, LAYER_GAP = 40, MARGIN = 10;

  private static volatile boolean registered;

  private FamilyLayout() {}

  /** ELK finds its algorithms through a registry, filled once per JVM (outside Eclipse there is no plug-in loader). */
  private static void register() {
    if (registered) return;
    synchronized (FamilyLayout.class) {
      if (!registered) {
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
        registered = true;
      }
    }
  }

  /**
   * Lays out {@code nodes} (in date order: the model order is kept within a layer) and {@code links} between them
   * (links naming an unknown node are ignored).
   */
  public static Layout of(List<Node> nodes, List<Link> links) {
    register();
    ElkNode graph = ElkGraphUtil.createGraph();
    graph.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
    graph.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
    graph.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
    graph.setProperty(LayeredOptions.SPACING_NODE_NODE, NODE_GAP);
    graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, LAYER_GAP);
    graph.setProperty(LayeredOptions.SPACING_EDGE_LABEL, 3.0);
    graph.setProperty(LayeredOptions.SPACING_EDGE_EDGE, 8.0);
    graph.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
    graph.setProperty(CoreOptions.PADDING, new org.eclipse.elk.core.math.ElkPadding(MARGIN));
    Map<String, ElkNode> placed = new HashMap<>();
    Map<ElkNode, List<String>> text = new HashMap<>();
    Map<ElkNode, Node> nodeOf = new HashMap<>();
    for (Node n : nodes) {
      if (placed.containsKey(n.id())) continue;
      ElkNode e = ElkGraphUtil.createNode(graph);
      List<String> lines = lines(n);
      double width = 0;
      for (String line : lines) width = Math.max(width, textWidth(line));
      e.setDimensions(Math.ceil(width + 2 * PADDING), lines.size() * LINE_HEIGHT + 2 * PADDING - 4);
      placed.put(n.id(), e);
      text.put(e, lines);
      nodeOf.put(e, n);
    }
    Map<ElkEdge, Link> linkOf = new HashMap<>();
    List<ElkEdge> edges = new ArrayList<>();
    for (Link l : links) {
      ElkNode from = placed.get(l.from()), to = placed.get(l.to());
      if (from == null || to == null || from == to) continue;
      ElkEdge e = ElkGraphUtil.createSimpleEdge(from, to);
      if (l.label() != null && !l.label().isEmpty()) {
        ElkLabel label = ElkGraphUtil.createLabel(l.label(), e);
        label.setDimensions(Math.ceil(textWidth(l.label())) + 4, LABEL_HEIGHT);
        label.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
      }
      linkOf.put(e, l);
      edges.add(e);
    }
    new RecursiveGraphLayoutEngine().layout(graph, new BasicProgressMonitor());
    List<Box> boxes = new ArrayList<>();
    for (ElkNode e : graph.getChildren()) {
      boxes.add(new Box(nodeOf.get(e), e.getX(), e.getY(), e.getWidth(), e.getHeight(), text.get(e)));
    }
    List<Route> routes = new ArrayList<>();
    for (ElkEdge e : edges) routes.add(route(e, linkOf.get(e)));
    return new Layout(boxes, routes, graph.getWidth(), graph.getHeight());
  }

  private static Route route(ElkEdge e, Link link) {
    List<Point> path = new ArrayList<>();
    for (ElkEdgeSection s : e.getSections()) {
      path.add(new Point(s.getStartX(), s.getStartY()));
      for (ElkBendPoint p : s.getBendPoints()) path.add(new Point(p.getX(), p.getY()));
      path.add(new Point(s.getEndX(), s.getEndY()));
    }
    if (e.getLabels().isEmpty()) return new Route(link, path, null, 0, 0);
    ElkLabel l = e.getLabels().get(0);
    return new Route(link, path, new Point(l.getX(), l.getY()), l.getWidth(), l.getHeight());
  }

  /** The box text: outlet (or the id when the outlet is unknown), a short title, the date. */
  static List<String> lines(Node n) {
    List<String> lines = new ArrayList<>();
    lines.add(cut(n.outlet() == null || n.outlet().isBlank() ? n.id() : n.outlet(), OUTLET_CHARS));
    if (n.title() != null && !n.title().isBlank()) lines.add(cut(n.title().strip(), TITLE_CHARS));
    lines.add(n.date() == null ? "undated" : n.date());
    return lines;
  }

  /** Estimated width of {@code s} in the drawing's 12 px face. */
  static double textWidth(String s) {
    return s.codePointCount(0, s.length()) * CHAR_WIDTH;
  }

  static String cut(String s, int max) {
    String t = s.replaceAll("\\s+", " ");
    if (t.codePointCount(0, t.length()) <= max) return t;
    int end = t.offsetByCodePoints(0, max - 1);
    // End on a word when one ends in the last dozen characters: "container…", not "container traff…".
    int space = t.lastIndexOf(' ', end);
    if (space > 0 && end - space <= 12) end = space;
    return t.substring(0, end).stripTrailing() + "…";
  }
}
