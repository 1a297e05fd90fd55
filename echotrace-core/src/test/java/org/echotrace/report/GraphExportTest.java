package org.echotrace.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.echotrace.model.AnalysisResult;
import org.echotrace.model.Article;
import org.echotrace.model.InputProblem;
import org.echotrace.model.Origin;
import org.echotrace.model.Passage;
import org.echotrace.model.Published;
import org.echotrace.model.Relation;
import org.echotrace.model.RelationKind;
import org.echotrace.model.Story;
import org.echotrace.report.GraphExport.Format;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Both formats written from a hand-made result and read back with the JDK's DOM parser. */
class GraphExportTest {
  private static final String GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns";
  private static final String GEXF_NS = "http://gexf.net/1.3";

  // Ids in lexicographic order, as relations have them: DIGEST < HARBOUR < METRO.
  static final String DIGEST = "digest/copy.txt";
  static final String HARBOUR = "harbour/origin.txt";
  static final String METRO = "metro/q&a \"other\" <1>.txt";

  static final String HARBOUR_TITLE = "Strike <halts> \"the port\" & 'docks' ]]> for a third day";
  static final String DIGEST_TITLE = "Забастовка в порту 🚢 продолжается"; // Cyrillic and a non-BMP character
  static final String HARBOUR_URL = "https://harbour.example/news?id=1&lang=en";

  /** Verbatim, decided for b (HARBOUR): the edge runs b → a, so per-side values are swapped. */
  static final Relation COPIED = new Relation(DIGEST, HARBOUR, RelationKind.VERBATIM,
      new Origin(HARBOUR, List.of("published 2025-04-15, 2 days earlier", "a credits \"Harbour & Times\"")),
      0.8723404255319149, 0.9, 0.75, List.of(new Passage(10, 120, 200, 310, 18), new Passage(130, 180, 320, 370, 9)));
  /** Partial, undecided: the edge stays a → b, undirected. */
  static final Relation OPEN = new Relation(DIGEST, METRO, RelationKind.PARTIAL,
      Origin.undecided("both published 2025-04-17 <no time>"), 0.25, 0.125, 0.5,
      List.of(new Passage(5, 40, 60, 95, 6)));
  /** Partial, decided for a (HARBOUR): the edge runs a → b, nothing swapped. */
  static final Relation QUOTED = new Relation(HARBOUR, METRO, RelationKind.PARTIAL,
      new Origin(HARBOUR, List.of("published 2025-04-15, 2 days earlier")), 0.3, 0.2, 0.4,
      List.of(new Passage(0, 50, 300, 350, 8)));

  /** A second relation of the COPIED pair, undecided: two edges between the same articles (a multigraph). */
  static final Relation NARRATIVE = new Relation(DIGEST, HARBOUR, RelationKind.SAME_NARRATIVE,
      Origin.undecided("the same line over different events: neither copies the other"), 0.6, 0.0, 0.0, List.of());

  static AnalysisResult result() {
    Published harbourDate = new Published(LocalDate.of(2025, 4, 15), LocalTime.of(9, 0), ZoneOffset.ofHours(1), "text line 2");
    Article harbour = Article.builder(HARBOUR, "The port authority said <on Monday> that \"the strike\" & the lockout had halted traffic.").title(HARBOUR_TITLE).published(harbourDate).outlet("Harbour & Times").url(HARBOUR_URL).language("en").build();
    Article digest = Article.builder(DIGEST, "Портовое управление сообщило… 🚢 <b>").title(DIGEST_TITLE).published(new Published(LocalDate.of(2025, 4, 17), null, null, "url")).attribution("Harbour Times").outlet("Digest Hub").language("ru").build();
    // No title, no date, no language; an outlet with a control character (not XML) and a tab.
    Article metro = Article.builder(METRO, "Text & more.").outlet("Metro\u0007Wire\tdaily").build();
    return new AnalysisResult(List.of(digest, harbour, metro), List.of(COPIED, OPEN, QUOTED, NARRATIVE),
        List.of(new Story("s1", List.of(DIGEST, HARBOUR, METRO))),
        List.of(InputProblem.warning("broken.txt", 0, "decoded as windows-1251")));
  }

  /** A node or an edge read back: its XML attributes and its data values by attribute name. */
  record Item(Map<String, String> xml, Map<String, String> data) {}

  // ---------------------------------------------------------------- GraphML

  @Test
  void graphmlIsWellFormedAndRoundTrips() throws Exception {
    Document doc = parse(write(Format.GRAPHML));
    Element root = doc.getDocumentElement();
    assertEquals(GRAPHML_NS, root.getNamespaceURI());
    assertEquals("graphml", root.getLocalName());
    Element graph = only(doc, GRAPHML_NS, "graph");
    assertEquals("directed", graph.getAttribute("edgedefault"));

    Map<String, String> nameOfKey = new HashMap<>(), typeOfName = new HashMap<>();
    NodeList keys = doc.getElementsByTagNameNS(GRAPHML_NS, "key");
    for (int i = 0; i < keys.getLength(); i++) {
      Element k = (Element) keys.item(i);
      nameOfKey.put(k.getAttribute("id"), k.getAttribute("attr.name"));
      typeOfName.put(k.getAttribute("for") + "." + k.getAttribute("attr.name"), k.getAttribute("attr.type"));
    }
    assertEquals("string", typeOfName.get("node.title"));
    assertEquals("string", typeOfName.get("node.story"));
    assertEquals("string", typeOfName.get("edge.kind"));
    assertEquals("double", typeOfName.get("edge.score"));
    assertEquals("double", typeOfName.get("edge.coverage_a"));
    assertEquals("boolean", typeOfName.get("edge.directed"));
    assertEquals("int", typeOfName.get("edge.passages"));

    Map<String, Item> nodes = graphmlItems(doc, "node", nameOfKey, "id");
    Map<String, Item> edges = graphmlItems(doc, "edge", nameOfKey, "source", "target");
    assertEquals(3, nodes.size());
    assertEquals(4, edges.size());
    assertNodes(nodes);

    // Decided for the relation's b: runs origin → copy, evidence and coverage seen from the source.
    Item copied = edges.get(HARBOUR + " -> " + DIGEST + " verbatim");
    assertTrue(copied != null, edges.keySet().toString());
    assertEquals("true", copied.xml().get("directed"));
    assertEquals("true", copied.data().get("directed"));
    assertEquals(HARBOUR, copied.data().get("origin"));
    assertEquals("verbatim", copied.data().get("kind"));
    assertEquals(COPIED.score(), Double.parseDouble(copied.data().get("score")));
    assertEquals(COPIED.coverageB(), Double.parseDouble(copied.data().get("coverage_a")));
    assertEquals(COPIED.coverageA(), Double.parseDouble(copied.data().get("coverage_b")));
    assertEquals("200-310:10-120 320-370:130-180", copied.data().get("evidence"));
    assertEquals("2", copied.data().get("passages"));
    assertEquals("published 2025-04-15, 2 days earlier; a credits \"Harbour & Times\"", copied.data().get("origin_reasons"));

    // Undecided: a → b, marked undirected by its data (never by directed="false", which networkx refuses), origin empty.
    Item open = edges.get(DIGEST + " -> " + METRO + " partial");
    assertTrue(open != null, edges.keySet().toString());
    assertFalse(open.xml().containsKey("directed"), open.xml().toString());
    assertEquals("false", open.data().get("directed"));
    assertEquals("", open.data().get("origin"));
    assertEquals("partial", open.data().get("kind"));
    assertEquals("5-40:60-95", open.data().get("evidence"));
    assertEquals(0.125, Double.parseDouble(open.data().get("coverage_a")));
    assertEquals("both published 2025-04-17 <no time>", open.data().get("origin_reasons"));

    // Decided for the relation's a: nothing swapped.
    Item quoted = edges.get(HARBOUR + " -> " + METRO + " partial");
    assertTrue(quoted != null, edges.keySet().toString());
    assertEquals("true", quoted.data().get("directed"));
    assertEquals("0-50:300-350", quoted.data().get("evidence"));
    assertEquals(0.2, Double.parseDouble(quoted.data().get("coverage_a")));
    assertEquals(0.4, Double.parseDouble(quoted.data().get("coverage_b")));

    // The same pair's second relation is its own edge, undecided, without evidence.
    Item narrative = edges.get(DIGEST + " -> " + HARBOUR + " same-narrative");
    assertTrue(narrative != null, edges.keySet().toString());
    assertEquals("false", narrative.data().get("directed"));
    assertEquals("", narrative.data().get("evidence"));
    assertEquals("0", narrative.data().get("passages"));
  }

  private static void assertNodes(Map<String, Item> nodes) {
    Article harbour = result().articles().get(1);
    Map<String, String> h = nodes.get(HARBOUR).data();
    assertEquals(HARBOUR_TITLE, h.get("title"));
    assertEquals("Harbour & Times", h.get("outlet"));
    assertEquals(harbour.publishedIso(), h.get("published"));
    assertEquals("2025-04-15T09:00:00+01:00", h.get("published"));
    assertEquals(HARBOUR_URL, h.get("url"));
    assertEquals("en", h.get("language"));
    assertEquals("s1", h.get("story"));
    Map<String, String> d = nodes.get(DIGEST).data();
    assertEquals(DIGEST_TITLE, d.get("title"));
    assertEquals("ru", d.get("language"));
    assertEquals("2025-04-17", d.get("published"));
    assertFalse(d.containsKey("url"), "a missing field is left out, not written empty");
    Map<String, String> m = nodes.get(METRO).data();
    assertFalse(m.containsKey("title"));
    assertFalse(m.containsKey("published"));
    assertEquals("s1", m.get("story"));
  }

  @Test
  void graphmlElementTextKeepsTabsAndReplacesWhatXmlCannotHold() throws Exception {
    Document doc = parse(write(Format.GRAPHML));
    Map<String, String> nameOfKey = Map.of("n_outlet", "outlet");
    Map<String, Item> nodes = graphmlItems(doc, "node", nameOfKey, "id");
    assertEquals("Metro\uFFFDWire\tdaily", nodes.get(METRO).data().get("outlet"));
  }

  // ---------------------------------------------------------------- GEXF

  @Test
  void gexfIsWellFormedAndRoundTrips() throws Exception {
    Document doc = parse(write(Format.GEXF));
    Element root = doc.getDocumentElement();
    assertEquals(GEXF_NS, root.getNamespaceURI());
    assertEquals("gexf", root.getLocalName());
    assertEquals("1.3", root.getAttribute("version"));
    Element graph = only(doc, GEXF_NS, "graph");
    assertEquals("directed", graph.getAttribute("defaultedgetype"));

    Map<String, String> titleOf = new HashMap<>(), typeOf = new HashMap<>();
    NodeList declared = doc.getElementsByTagNameNS(GEXF_NS, "attributes");
    assertEquals(2, declared.getLength());
    for (int i = 0; i < declared.getLength(); i++) {
      Element group = (Element) declared.item(i);
      String domain = group.getAttribute("class");
      NodeList attributes = group.getElementsByTagNameNS(GEXF_NS, "attribute");
      for (int j = 0; j < attributes.getLength(); j++) {
        Element a = (Element) attributes.item(j);
        titleOf.put(domain + ":" + a.getAttribute("id"), a.getAttribute("title"));
        typeOf.put(domain + "." + a.getAttribute("title"), a.getAttribute("type"));
      }
    }
    assertEquals("string", typeOf.get("node.outlet"));
    assertEquals("double", typeOf.get("edge.score"));
    assertEquals("boolean", typeOf.get("edge.directed"));
    assertEquals("integer", typeOf.get("edge.passages"));

    Map<String, Item> nodes = gexfItems(doc, "node", titleOf, "id");
    Map<String, Item> edges = gexfItems(doc, "edge", titleOf, "source", "target");
    assertEquals(3, nodes.size());
    assertEquals(4, edges.size());
    assertNodes(nodes);
    assertEquals(HARBOUR_TITLE, nodes.get(HARBOUR).xml().get("label"));
    assertEquals(DIGEST_TITLE, nodes.get(DIGEST).xml().get("label"));
    assertEquals(METRO, nodes.get(METRO).xml().get("label"), "no title: the id is the label");
    // In an attribute value a parser folds a tab into a space anyway; it is written as one.
    assertEquals("Metro\uFFFDWire daily", nodes.get(METRO).data().get("outlet"));

    Item copied = edges.get(HARBOUR + " -> " + DIGEST + " verbatim");
    assertTrue(copied != null, edges.keySet().toString());
    assertFalse(copied.xml().containsKey("type"), "directed is the default edge type");
    assertEquals("verbatim", copied.xml().get("label"));
    assertEquals("verbatim", copied.xml().get("kind"), "GEXF 1.3's kind keeps parallel edges apart in Gephi");
    assertEquals(COPIED.score(), Double.parseDouble(copied.xml().get("weight")));
    assertEquals("verbatim", copied.data().get("kind"));
    assertEquals("true", copied.data().get("directed"));
    assertEquals(HARBOUR, copied.data().get("origin"));
    assertEquals(COPIED.score(), Double.parseDouble(copied.data().get("score")));
    assertEquals("200-310:10-120 320-370:130-180", copied.data().get("evidence"));
    assertEquals(COPIED.coverageB(), Double.parseDouble(copied.data().get("coverage_a")));
    assertEquals("2", copied.data().get("passages"));

    Item open = edges.get(DIGEST + " -> " + METRO + " partial");
    assertTrue(open != null, edges.keySet().toString());
    assertEquals("undirected", open.xml().get("type"));
    assertEquals("partial", open.xml().get("label"));
    assertEquals("false", open.data().get("directed"));
    assertEquals("", open.data().get("origin"));
    assertEquals("5-40:60-95", open.data().get("evidence"));
    assertEquals("both published 2025-04-17 <no time>", open.data().get("origin_reasons"));

    Item quoted = edges.get(HARBOUR + " -> " + METRO + " partial");
    assertTrue(quoted != null, edges.keySet().toString());
    assertFalse(quoted.xml().containsKey("type"));
    assertEquals("0-50:300-350", quoted.data().get("evidence"));

    Item narrative = edges.get(DIGEST + " -> " + HARBOUR + " same-narrative");
    assertTrue(narrative != null, edges.keySet().toString());
    assertEquals("undirected", narrative.xml().get("type"));
    assertEquals("same-narrative", narrative.xml().get("kind"));
  }

  // ---------------------------------------------------------------- API

  @Test
  void formatsParseCaseInsensitivelyAndFromFileNames() {
    assertEquals(Format.GRAPHML, Format.parse("graphml"));
    assertEquals(Format.GRAPHML, Format.parse("GraphML"));
    assertEquals(Format.GEXF, Format.parse(" GEXF "));
    assertThrows(IllegalArgumentException.class, () -> Format.parse("xml"));
    assertThrows(IllegalArgumentException.class, () -> Format.parse(null));
    assertEquals(Optional.of(Format.GRAPHML), Format.ofFileName("out/graph.graphml"));
    assertEquals(Optional.of(Format.GEXF), Format.ofFileName("Graph.GEXF"));
    assertEquals(Optional.empty(), Format.ofFileName("graph.xml"));
    assertEquals(Optional.empty(), Format.ofFileName("graphml"));
    assertEquals("graphml", Format.GRAPHML.extension());
  }

  @Test
  void writerAndStreamGiveTheSameDocument() throws IOException {
    for (Format f : Format.values()) {
      StringWriter w = new StringWriter();
      new GraphExport().write(result(), f, w);
      assertEquals(w.toString(), new String(write(f), StandardCharsets.UTF_8), f.name());
      assertTrue(w.toString().startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), w.toString());
    }
  }

  @Test
  void anEmptyResultIsAnEmptyGraph() throws Exception {
    AnalysisResult empty = new AnalysisResult(List.of(), List.of(), List.of(), List.of());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new GraphExport().write(empty, Format.GRAPHML, out);
    Document doc = parse(out.toByteArray());
    assertEquals(0, doc.getElementsByTagNameNS(GRAPHML_NS, "node").getLength());
    out.reset();
    new GraphExport().write(empty, Format.GEXF, out);
    assertEquals(0, parse(out.toByteArray()).getElementsByTagNameNS(GEXF_NS, "edge").getLength());
  }

  @Test
  void aRelationToAnUnknownArticleIsRefusedBeforeWriting() {
    AnalysisResult r = result();
    AnalysisResult broken = new AnalysisResult(r.articles().subList(0, 2), r.relations(), List.of(), List.of());
    StringWriter w = new StringWriter();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new GraphExport().write(broken, Format.GEXF, w));
    assertTrue(e.getMessage().contains(METRO), e.getMessage());
    assertEquals("", w.toString());
  }

  @Test
  void aFailingWriterIsAnIOException() {
    Writer failing = new Writer() {
      @Override
      public void write(char[] buf, int off, int len) throws IOException {
        throw new IOException("disk full");
      }

      @Override
      public void flush() throws IOException {
        throw new IOException("disk full");
      }

      @Override
      public void close() {}
    };
    for (Format f : Format.values()) {
      IOException e = assertThrows(IOException.class, () -> new GraphExport().write(result(), f, failing));
      assertEquals("disk full", e.getMessage());
    }
  }

  // ---------------------------------------------------------------- helpers

  static byte[] write(Format format) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new GraphExport().write(result(), format, out);
    return out.toByteArray();
  }

  /** Parses with the JDK's DOM parser, namespace-aware; a malformed document fails the test here. */
  static Document parse(byte[] xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
  }

  static Element only(Document doc, String ns, String name) {
    NodeList list = doc.getElementsByTagNameNS(ns, name);
    assertEquals(1, list.getLength(), name);
    return (Element) list.item(0);
  }

  /** Nodes by id, edges by {@code "source -> target kind"}. */
  static Map<String, Item> graphmlItems(Document doc, String tag, Map<String, String> nameOfKey, String... idAttributes) {
    Map<String, Item> items = new LinkedHashMap<>();
    NodeList list = doc.getElementsByTagNameNS(GRAPHML_NS, tag);
    for (int i = 0; i < list.getLength(); i++) {
      Element e = (Element) list.item(i);
      Map<String, String> data = new HashMap<>();
      NodeList values = e.getElementsByTagNameNS(GRAPHML_NS, "data");
      for (int j = 0; j < values.getLength(); j++) {
        Element v = (Element) values.item(j);
        String name = nameOfKey.get(v.getAttribute("key"));
        if (name != null) assertTrue(data.put(name, v.getTextContent()) == null, "twice: " + name);
      }
      assertTrue(items.put(itemKey(e, data, idAttributes), new Item(xmlAttributes(e), data)) == null, "twice");
    }
    return items;
  }

  static Map<String, Item> gexfItems(Document doc, String tag, Map<String, String> titleOf, String... idAttributes) {
    Map<String, Item> items = new LinkedHashMap<>();
    NodeList list = doc.getElementsByTagNameNS(GEXF_NS, tag);
    for (int i = 0; i < list.getLength(); i++) {
      Element e = (Element) list.item(i);
      Map<String, String> data = new HashMap<>();
      NodeList values = e.getElementsByTagNameNS(GEXF_NS, "attvalue");
      for (int j = 0; j < values.getLength(); j++) {
        Element v = (Element) values.item(j);
        String name = titleOf.get(tag + ":" + v.getAttribute("for"));
        assertTrue(name != null, "undeclared attribute " + v.getAttribute("for"));
        assertTrue(data.put(name, v.getAttribute("value")) == null, "twice: " + name);
      }
      assertTrue(items.put(itemKey(e, data, idAttributes), new Item(xmlAttributes(e), data)) == null, "twice");
    }
    return items;
  }

  private static String itemKey(Element e, Map<String, String> data, String... idAttributes) {
    return idAttributes.length == 1 ? e.getAttribute(idAttributes[0])
        : e.getAttribute(idAttributes[0]) + " -> " + e.getAttribute(idAttributes[1]) + " " + data.get("kind");
  }

  private static Map<String, String> xmlAttributes(Element e) {
    Map<String, String> m = new HashMap<>();
    for (int i = 0; i < e.getAttributes().getLength(); i++) {
      org.w3c.dom.Node a = e.getAttributes().item(i);
      m.put(a.getNodeName(), a.getNodeValue());
    }
    return m;
  }
}
