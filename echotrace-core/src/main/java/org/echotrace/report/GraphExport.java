package org.echotrace.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.echotrace.model.AnalysisResult;
import org.echotrace.model.Article;
import org.echotrace.model.Passage;
import org.echotrace.model.Relation;
import org.echotrace.model.Story;

/**
 * Writes an {@link AnalysisResult} as a provenance graph for graph tools (Gephi, networkx, yEd, igraph): one node per
 * article, one edge per relation, in GraphML or GEXF 1.3.
 *
 * <p><b>Nodes</b> carry {@code outlet}, {@code title}, {@code published} (ISO, as precise as known), {@code language},
 * {@code url} and {@code story} (the id of the story the article belongs to). A field the article does not have is left
 * out rather than written empty, so a tool sees it as missing, not as the empty string.
 *
 * <p><b>Edges</b>, one per relation (a pair can have two, e.g. partial reuse and a shared narrative: the graph is then
 * a multigraph), run from origin to copy when the origin is decided ({@code directed} = true, {@code origin} = the
 * source's id). When it is not, the edge runs from the relation's {@code a} to its {@code b} (the lexicographic order,
 * which means nothing), {@code directed} = false and {@code origin} is empty: a graph must not draw a guess as an arrow
 * any more than the summary does. Every per-side value is given from the edge's point of view, so that it can be read
 * without the JSON: {@code coverage_a} is the source's coverage and {@code coverage_b} the target's, and
 * {@code evidence} lists the aligned passages as {@code sourceStart-sourceEnd:targetStart-targetEnd} character offsets
 * into each article's clean text, separated by spaces. For an edge that runs from the relation's b to its a, these are
 * therefore swapped with respect to the JSON contract. The other edge attributes are {@code kind} (the JSON relation
 * type), {@code origin_confidence} (certain, likely, undecided), {@code external_origin} and {@code via} (empty when
 * absent), {@code score}, {@code origin_reasons} (joined with {@code "; "}; for an undecided pair, why it is undecided)
 * and {@code passages} (how many).
 *
 * <p><b>How undecided edges are marked</b> differs between the formats, because the readers differ:
 * <ul>
 *   <li>GEXF is Gephi's own format and Gephi reads mixed graphs, so the graph is {@code defaultedgetype="directed"}
 *   and an undecided edge has {@code type="undirected"}. The edge label is the kind and its weight the score; the kind is
 *   also GEXF's {@code kind} attribute, with which Gephi keeps two relations of one pair apart instead of merging them.
 *   (networkx's {@code read_gexf} rejects mixed graphs: use the GraphML file there.)</li>
 *   <li>GraphML: the graph is {@code edgedefault="directed"} and a decided edge also says {@code directed="true"}, but
 *   an undecided edge is marked only by its {@code directed} data value (false), not by GraphML's own
 *   {@code directed="false"} attribute: networkx's {@code read_graphml} raises an error on that attribute in a
 *   directed graph, and loading the file in networkx is the main use of GraphML here. A GraphML reader that ignores
 *   the {@code directed} data value draws an undecided pair as an arrow from a to b.</li>
 * </ul>
 *
 * <p>The XML is written with the JDK's {@link XMLStreamWriter} (the JDK's own implementation, whatever StAX provider
 * the class path holds), so markup characters are escaped. Two things it does not do are done here: characters XML 1.0
 * cannot represent at all (control characters, unpaired surrogates, U+FFFE/U+FFFF) become U+FFFD, and since a parser
 * folds tabs and line breaks inside an attribute value into spaces, GEXF attribute values get those spaces written
 * directly (and line breaks in GraphML element text are written as {@code \n}). Everything else round-trips exactly.
 * Numbers are written as Java prints doubles, at full precision. Output is deterministic: articles and relations in the
 * result's order, edges numbered {@code e0}, {@code e1}, ...; no time stamp.
 *
 * <p>Thread-safe: no state.
 */
public final class GraphExport {
  /** The two formats; parsed from their names case-insensitively. */
  public enum Format {
    GRAPHML, GEXF;

    /** The name on the command line and the file extension: {@code graphml} or {@code gexf}. */
    public String extension() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** {@code graphml} or {@code gexf}, in any case; anything else is an {@link IllegalArgumentException}. */
    public static Format parse(String name) {
      String wanted = name == null ? "" : name.trim();
      for (Format f : values()) {
        if (f.extension().equalsIgnoreCase(wanted)) return f;
      }
      throw new IllegalArgumentException("unknown graph format \"" + name + "\": expected graphml or gexf");
    }

    /** The format a file name's extension names ({@code .graphml}, {@code .gexf}, in any case), if it names one. */
    public static Optional<Format> ofFileName(String fileName) {
      int dot = fileName.lastIndexOf('.');
      if (dot < 0) return Optional.empty();
      String extension = fileName.substring(dot + 1);
      for (Format f : values()) {
        if (f.extension().equalsIgnoreCase(extension)) return Optional.of(f);
      }
      return Optional.empty();
    }
  }

  private static final String GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns";
  private static final String GEXF_NS = "http://gexf.net/1.3";
  private static final String XSI_NS = "http://www.w3.org/2001/XMLSchema-instance";

  /** An attribute's name and type, in the GraphML spelling ({@code string}, {@code double}, {@code boolean}, {@code int}). */
  private record Key(String name, String type) {
    String gexfType() {
      return type.equals("int") ? "integer" : type;
    }
  }

  private static final List<Key> NODE_KEYS = List.of(new Key("outlet", "string"), new Key("title", "string"),
      new Key("published", "string"), new Key("language", "string"), new Key("url", "string"),
      new Key("story", "string"));
  private static final List<Key> EDGE_KEYS = List.of(new Key("kind", "string"), new Key("directed", "boolean"),
      new Key("origin", "string"), new Key("origin_confidence", "string"), new Key("external_origin", "string"),
      new Key("via", "string"), new Key("score", "double"), new Key("coverage_a", "double"),
      new Key("coverage_b", "double"), new Key("origin_reasons", "string"), new Key("evidence", "string"),
      new Key("passages", "int"));

  /**
   * Writes the graph to {@code out} as UTF-8. Does not close {@code out}.
   *
   * @throws IllegalArgumentException when a relation names an article the result does not hold (nothing is written)
   * @throws IOException when {@code out} fails
   */
  public void write(AnalysisResult result, Format format, OutputStream out) throws IOException {
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    write(result, format, w);
    w.flush();
  }

  /**
   * Writes the graph to {@code out}; the XML declaration says UTF-8, so store the characters as UTF-8. Does not close
   * {@code out}.
   *
   * @throws IllegalArgumentException when a relation names an article the result does not hold (nothing is written)
   * @throws IOException when {@code out} fails
   */
  public void write(AnalysisResult result, Format format, Writer out) throws IOException {
    Graph graph = Graph.of(result);
    try {
      XMLStreamWriter x = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
      x.writeStartDocument("UTF-8", "1.0");
      switch (format) {
        case GRAPHML -> graphml(graph, new Xml(x));
        case GEXF -> gexf(graph, new Xml(x));
      }
      x.writeCharacters("\n");
      x.writeEndDocument();
      x.flush();
      x.close();
    } catch (XMLStreamException e) {
      // The JDK's writer wraps the Writer's IOException; anything else would be a bug here.
      if (e.getCause() instanceof IOException io) throw io;
      if (e.getNestedException() instanceof IOException io) throw io;
      throw new IllegalStateException("could not write " + format.extension() + ": " + e.getMessage(), e);
    }
    out.flush();
  }

  /** The result seen as a graph: every value as it will be written, nulls for what is missing. */
  private record Graph(List<Node> nodes, List<Edge> edges) {
    static Graph of(AnalysisResult result) {
      Map<String, String> storyOf = new HashMap<>();
      for (Story s : result.stories()) for (String id : s.articles()) storyOf.putIfAbsent(id, s.id());
      Set<String> ids = new HashSet<>();
      List<Node> nodes = new ArrayList<>(result.articles().size());
      for (Article a : result.articles()) {
        if (!ids.add(a.id())) throw new IllegalArgumentException("two articles with the id " + a.id());
        nodes.add(new Node(a.id(), a.title(), Arrays.asList(a.outlet(), a.title(), a.publishedIso(), a.language(),
            a.url(), storyOf.get(a.id()))));
      }
      List<Edge> edges = new ArrayList<>(result.relations().size());
      for (Relation r : result.relations()) {
        for (String end : List.of(r.a(), r.b())) {
          if (!ids.contains(end)) {
            throw new IllegalArgumentException("relation " + r.a() + " / " + r.b() + " names no article " + end);
          }
        }
        edges.add(Edge.of("e" + edges.size(), r));
      }
      return new Graph(nodes, edges);
    }
  }

  /** One node; {@code values} follow {@link #NODE_KEYS}, null where missing. */
  private record Node(String id, String title, List<String> values) {}

  /** One edge; {@code values} follow {@link #EDGE_KEYS}. */
  private record Edge(String id, String source, String target, boolean directed, String kind, double score,
      List<Object> values) {
    static Edge of(String id, Relation r) {
      boolean directed = r.origin().decided();
      // An undecided pair keeps a → b; a decided one runs origin → copy, so it is swapped when the origin is b.
      boolean swap = directed && r.origin().id().equals(r.b());
      String source = swap ? r.b() : r.a();
      String target = swap ? r.a() : r.b();
      StringBuilder evidence = new StringBuilder();
      for (Passage p : r.passages()) {
        Passage q = swap ? p.swapped() : p;
        if (evidence.length() > 0) evidence.append(' ');
        evidence.append(q.aStart()).append('-').append(q.aEnd()).append(':').append(q.bStart()).append('-')
            .append(q.bEnd());
      }
      List<Object> values = new ArrayList<>();
      values.add(r.kind().jsonName());
      values.add(directed);
      values.add(directed ? r.origin().id() : "");
      values.add(r.origin().confidence().jsonName());
      values.add(r.origin().externalOrigin() == null ? "" : r.origin().externalOrigin());
      values.add(r.origin().via() == null ? "" : r.origin().via());
      values.add(r.score());
      values.add(swap ? r.coverageB() : r.coverageA());
      values.add(swap ? r.coverageA() : r.coverageB());
      values.add(String.join("; ", r.origin().reasons()));
      values.add(evidence.toString());
      values.add(r.passages().size());
      return new Edge(id, source, target, directed, r.kind().jsonName(), r.score(), values);
    }
  }

  private static void graphml(Graph g, Xml x) throws XMLStreamException {
    x.start("graphml", 0);
    x.w.writeDefaultNamespace(GRAPHML_NS);
    x.w.writeNamespace("xsi", XSI_NS);
    x.w.writeAttribute(XSI_NS, "schemaLocation", GRAPHML_NS + " " + GRAPHML_NS + "/1.0/graphml.xsd");
    x.textElement("desc", 1, "echotrace provenance graph: articles as nodes; relations as edges from origin to copy, "
        + "or undirected (data directed=false) when the origin is undecided");
    for (Key k : NODE_KEYS) graphmlKey(x, "node", k);
    for (Key k : EDGE_KEYS) graphmlKey(x, "edge", k);
    x.start("graph", 1);
    x.attribute("id", "echotrace");
    x.attribute("edgedefault", "directed");
    for (Node n : g.nodes()) {
      x.start("node", 2);
      x.attribute("id", n.id());
      graphmlData(x, "n_", NODE_KEYS, n.values());
      x.end(2);
    }
    for (Edge e : g.edges()) {
      x.start("edge", 2);
      x.attribute("id", e.id());
      x.attribute("source", e.source());
      x.attribute("target", e.target());
      // Only "true": networkx.read_graphml refuses directed="false" in a directed graph (see the class comment).
      if (e.directed()) x.attribute("directed", "true");
      graphmlData(x, "e_", EDGE_KEYS, e.values());
      x.end(2);
    }
    x.end(1);
    x.end(0);
  }

  /** Key ids are prefixed by what they are for, so a node and an edge attribute could share a name. */
  private static void graphmlKey(Xml x, String domain, Key k) throws XMLStreamException {
    x.empty("key", 1);
    x.attribute("id", domain.charAt(0) + "_" + k.name());
    x.attribute("for", domain);
    x.attribute("attr.name", k.name());
    x.attribute("attr.type", k.type());
  }

  private static void graphmlData(Xml x, String prefix, List<Key> keys, List<?> values) throws XMLStreamException {
    for (int i = 0; i < keys.size(); i++) {
      Object v = values.get(i);
      if (v == null) continue;
      x.start("data", 3);
      x.attribute("key", prefix + keys.get(i).name());
      x.w.writeCharacters(Xml.text(String.valueOf(v)));
      x.w.writeEndElement();
    }
  }

  private static void gexf(Graph g, Xml x) throws XMLStreamException {
    x.start("gexf", 0);
    x.w.writeDefaultNamespace(GEXF_NS);
    x.w.writeNamespace("xsi", XSI_NS);
    x.w.writeAttribute(XSI_NS, "schemaLocation", GEXF_NS + " " + GEXF_NS + "/gexf.xsd");
    x.attribute("version", "1.3");
    x.start("meta", 1);
    x.textElement("creator", 2, "echotrace");
    x.textElement("description", 2, "Provenance graph: articles as nodes; relations as edges from origin to copy, "
        + "or undirected when the origin is undecided");
    x.end(1);
    x.start("graph", 1);
    x.attribute("mode", "static");
    x.attribute("defaultedgetype", "directed");
    gexfAttributes(x, "node", NODE_KEYS);
    gexfAttributes(x, "edge", EDGE_KEYS);
    x.start("nodes", 2);
    for (Node n : g.nodes()) {
      x.start("node", 3);
      x.attribute("id", n.id());
      x.attribute("label", n.title() != null ? n.title() : n.id());
      gexfValues(x, NODE_KEYS, n.values());
      x.end(3);
    }
    x.end(2);
    x.start("edges", 2);
    for (Edge e : g.edges()) {
      x.start("edge", 3);
      x.attribute("id", e.id());
      x.attribute("source", e.source());
      x.attribute("target", e.target());
      if (!e.directed()) x.attribute("type", "undirected");
      x.attribute("label", e.kind());
      x.attribute("kind", e.kind());
      x.attribute("weight", String.valueOf(e.score()));
      gexfValues(x, EDGE_KEYS, e.values());
      x.end(3);
    }
    x.end(2);
    x.end(1);
    x.end(0);
  }

  private static void gexfAttributes(Xml x, String domain, List<Key> keys) throws XMLStreamException {
    x.start("attributes", 2);
    x.attribute("class", domain);
    x.attribute("mode", "static");
    for (Key k : keys) {
      x.empty("attribute", 3);
      x.attribute("id", k.name());
      x.attribute("title", k.name());
      x.attribute("type", k.gexfType());
    }
    x.end(2);
  }

  private static void gexfValues(Xml x, List<Key> keys, List<?> values) throws XMLStreamException {
    x.start("attvalues", 4);
    for (int i = 0; i < keys.size(); i++) {
      Object v = values.get(i);
      if (v == null) continue;
      x.empty("attvalue", 5);
      x.attribute("for", keys.get(i).name());
      x.attribute("value", String.valueOf(v));
    }
    x.end(4);
  }

  /** The stream writer with indentation (whitespace between elements only, never inside a value) and clean strings. */
  private static final class Xml {
    final XMLStreamWriter w;

    Xml(XMLStreamWriter w) {
      this.w = w;
    }

    void start(String name, int depth) throws XMLStreamException {
      indent(depth);
      w.writeStartElement(name);
    }

    void empty(String name, int depth) throws XMLStreamException {
      indent(depth);
      w.writeEmptyElement(name);
    }

    void end(int depth) throws XMLStreamException {
      indent(depth);
      w.writeEndElement();
    }

    void textElement(String name, int depth, String text) throws XMLStreamException {
      start(name, depth);
      w.writeCharacters(text(text));
      w.writeEndElement();
    }

    void attribute(String name, String value) throws XMLStreamException {
      w.writeAttribute(name, attributeValue(value));
    }

    private void indent(int depth) throws XMLStreamException {
      w.writeCharacters(depth == 0 ? "\n" : "\n" + "  ".repeat(depth));
    }

    /** Element text: line breaks as {@code \n} (what a parser makes of them anyway), unwritable characters as U+FFFD. */
    static String text(String s) {
      return clean(s.replace("\r\n", "\n").replace('\r', '\n'));
    }

    /** Attribute text: tabs and line breaks as the spaces a parser would make of them, unwritable characters as U+FFFD. */
    static String attributeValue(String s) {
      return clean(s.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ').replace('\t', ' '));
    }

    /** Replaces what XML 1.0 cannot hold (C0 controls but tab and line breaks, lone surrogates, U+FFFE/F) by U+FFFD. */
    static String clean(String s) {
      StringBuilder b = null;
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        boolean ok;
        if (Character.isHighSurrogate(c)) {
          ok = i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
          if (ok) {
            if (b != null) b.append(c).append(s.charAt(i + 1));
            i++;
            continue;
          }
        } else {
          ok = !Character.isLowSurrogate(c) && (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') && c != 0xFFFE
              && c != 0xFFFF;
        }
        if (!ok && b == null) b = new StringBuilder(s.length()).append(s, 0, i);
        if (b != null) b.append(ok ? c : '\uFFFD');
      }
      return b == null ? s : b.toString();
    }
  }
}
