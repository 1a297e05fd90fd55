package org.echotrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.echotrace.cli.AnalyzeCommandTest.Run;
import org.echotrace.model.RelationKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code analyze --graph}: the bundled example corpus written as GraphML and as GEXF, read back with the JDK's DOM
 * parser and checked edge by edge against the JSON output of the same run; and the option's errors.
 */
class GraphOptionTest {
  private static final String GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns";
  private static final String GEXF_NS = "http://gexf.net/1.3";
  private static final Set<String> KINDS = Arrays.stream(RelationKind.values()).map(RelationKind::jsonName)
      .collect(Collectors.toSet());

  @TempDir static Path shared;
  static Path graphml, gexf, graphmlJson, gexfJson;

  @TempDir Path dir;

  /** Two runs over the corpus (one per format), each with its JSON, shared by the tests that read them. */
  @BeforeAll
  static void analyzeTheExampleCorpus() {
    Path corpus = NastyInputsTest.repositoryRoot().resolve("examples/corpus");
    graphml = shared.resolve("out/provenance.graphml");
    graphmlJson = shared.resolve("out/graphml-run.json");
    Run r = AnalyzeCommandTest.run("analyze", corpus.toString(), "--format", "json", "--out", graphmlJson.toString(),
        "--graph", graphml.toString());
    assertEquals(0, r.code(), r.err());
    gexf = shared.resolve("provenance.GEXF");
    gexfJson = shared.resolve("gexf-run.json");
    r = AnalyzeCommandTest.run("analyze", corpus.toString(), "--format", "json", "--out", gexfJson.toString(),
        "--graph", gexf.toString());
    assertEquals(0, r.code(), r.err());
  }

  /** One edge as read back: ends, the edge element's own attributes, and its data values by name. */
  record Edge(String source, String target, Map<String, String> xml, Map<String, String> data) {}

  @Test
  void graphmlEdgesMatchTheJsonRelations() throws Exception {
    Document doc = parse(graphml);
    Element graph = (Element) doc.getElementsByTagNameNS(GRAPHML_NS, "graph").item(0);
    assertEquals("directed", graph.getAttribute("edgedefault"));
    Map<String, String> nameOfKey = new HashMap<>();
    NodeList keys = doc.getElementsByTagNameNS(GRAPHML_NS, "key");
    for (int i = 0; i < keys.getLength(); i++) {
      Element k = (Element) keys.item(i);
      nameOfKey.put(k.getAttribute("id"), k.getAttribute("attr.name"));
    }
    JsonNode json = new ObjectMapper().readTree(graphmlJson.toFile());
    assertEquals(json.get("articles").size(), doc.getElementsByTagNameNS(GRAPHML_NS, "node").getLength());
    List<Edge> edges = edges(doc, GRAPHML_NS, "data", "key", nameOfKey, v -> v.getTextContent());
    checkAgainstJson(edges, json);
    for (Edge e : edges) {
      // GraphML marks decided edges directed="true"; undecided ones only by their data (networkx refuses "false").
      assertEquals(e.data().get("directed").equals("true") ? "true" : null, e.xml().get("directed"), e.toString());
    }
  }

  @Test
  void gexfEdgesMatchTheJsonRelations() throws Exception {
    Document doc = parse(gexf);
    assertEquals("gexf", doc.getDocumentElement().getLocalName());
    Element graph = (Element) doc.getElementsByTagNameNS(GEXF_NS, "graph").item(0);
    assertEquals("directed", graph.getAttribute("defaultedgetype"));
    Map<String, String> titleOf = new HashMap<>();
    NodeList attributes = doc.getElementsByTagNameNS(GEXF_NS, "attribute");
    for (int i = 0; i < attributes.getLength(); i++) {
      Element a = (Element) attributes.item(i);
      titleOf.put(a.getAttribute("id"), a.getAttribute("title"));
    }
    JsonNode json = new ObjectMapper().readTree(gexfJson.toFile());
    assertEquals(json.get("articles").size(), doc.getElementsByTagNameNS(GEXF_NS, "node").getLength());
    List<Edge> edges = edges(doc, GEXF_NS, "attvalue", "for", titleOf, v -> v.getAttribute("value"));
    checkAgainstJson(edges, json);
    for (Edge e : edges) {
      boolean directed = e.data().get("directed").equals("true");
      assertEquals(directed ? null : "undirected", e.xml().get("type"), e.toString());
      assertEquals(e.data().get("kind"), e.xml().get("label"), e.toString());
    }
  }

  /**
   * At least 20 edges, one per JSON relation (a pair may have two relations of different kinds); each has a known kind; a decided one runs from the origin to the copy, an
   * undecided one from a to b; score and evidence (offsets in source:target order) are those of the relation.
   */
  private static void checkAgainstJson(List<Edge> edges, JsonNode json) {
    assertTrue(edges.size() >= 20, "only " + edges.size() + " edges");
    assertEquals(json.get("relations").size(), edges.size());
    Map<String, Edge> byRelation = new LinkedHashMap<>();
    for (Edge e : edges) {
      String kind = e.data().get("kind");
      assertTrue(kind != null && KINDS.contains(kind), "edge without a known kind: " + e);
      String pair = e.source().compareTo(e.target()) < 0 ? e.source() + " " + e.target() : e.target() + " " + e.source();
      assertTrue(byRelation.put(pair + " " + kind, e) == null, "two " + kind + " edges for " + pair);
    }
    int decided = 0;
    for (JsonNode rel : json.get("relations")) {
      String a = rel.get("a").asText(), b = rel.get("b").asText();
      Edge e = byRelation.get(a + " " + b + " " + rel.get("type").asText());
      assertTrue(e != null, "no " + rel.get("type").asText() + " edge for " + a + " / " + b);
      assertEquals(rel.get("type").asText(), e.data().get("kind"), e.toString());
      assertEquals(rel.get("score").asDouble(), Double.parseDouble(e.data().get("score")), e.toString());
      boolean swapped;
      if (rel.get("origin").isNull()) {
        assertEquals(a, e.source(), e.toString());
        assertEquals(b, e.target(), e.toString());
        assertEquals("false", e.data().get("directed"), e.toString());
        assertEquals("", e.data().getOrDefault("origin", ""), e.toString());
        swapped = false;
      } else {
        decided++;
        String origin = rel.get("origin").asText();
        String copy = origin.equals(a) ? b : a;
        assertEquals(origin, e.source(), "decided edges run from origin to copy: " + e);
        assertEquals(copy, e.target(), e.toString());
        assertEquals("true", e.data().get("directed"), e.toString());
        assertEquals(origin, e.data().get("origin"), e.toString());
        swapped = origin.equals(b);
      }
      List<String> evidence = new ArrayList<>();
      for (JsonNode p : rel.get("evidence").get("passages")) {
        String ra = p.get("a").get(0).asInt() + "-" + p.get("a").get(1).asInt();
        String rb = p.get("b").get(0).asInt() + "-" + p.get("b").get(1).asInt();
        evidence.add(swapped ? rb + ":" + ra : ra + ":" + rb);
      }
      assertEquals(String.join(" ", evidence), e.data().get("evidence"), e.toString());
      assertEquals(String.valueOf(evidence.size()), e.data().get("passages"), e.toString());
      double coverageSource = rel.get("coverage").get(swapped ? "b" : "a").asDouble();
      assertEquals(coverageSource, Double.parseDouble(e.data().get("coverage_a")), e.toString());
    }
    assertTrue(decided > 0, "no decided relation in the example corpus");
  }

  // ---------------------------------------------------------------- errors

  private Path smallCorpus() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    String body = "The port authority said on Monday that the strike had halted all container traffic for a third day.\n"
        + "Union leaders said talks with the operators would resume on Wednesday, but warned that the dispute could last weeks.\n"
        + "Shipping companies have begun diverting vessels to other harbours along the coast, the authority said in a statement.\n";
    Files.writeString(in.resolve("origin.txt"), "Harbour Times\n15 Apr 2025, 09:00 GMT+1\nStrike halts the port\n" + body);
    Files.writeString(in.resolve("copy.txt"), "Digest Hub\nApril 17, 2025\n" + body
        + "This article was originally published by Harbour Times.\n");
    return in;
  }

  @Test
  void theFormatComesFromTheExtensionOrTheOption() throws Exception {
    Path in = smallCorpus();
    Path unknown = dir.resolve("graph.xml");
    Run r = AnalyzeCommandTest.run("analyze", in.toString(), "--graph", unknown.toString());
    assertEquals(ExitCodes.USAGE, r.code(), r.err());
    assertTrue(r.err().contains("graph.xml") && r.err().contains(".graphml or .gexf"), r.err());
    assertTrue(r.out().isEmpty(), "a usage error stops before the run: " + r.out());
    assertFalse(Files.exists(unknown));

    r = AnalyzeCommandTest.run("analyze", in.toString(), "--graph", unknown.toString(), "--graph-format", "GEXF");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("└─ verbatim"), "the normal output is still written: " + r.out());
    Document doc = parse(unknown);
    assertEquals(GEXF_NS, doc.getDocumentElement().getNamespaceURI());
    Element edge = (Element) doc.getElementsByTagNameNS(GEXF_NS, "edge").item(0);
    assertEquals("origin.txt", edge.getAttribute("source"));
    assertEquals("copy.txt", edge.getAttribute("target"));

    assertEquals(ExitCodes.USAGE, AnalyzeCommandTest.run("analyze", in.toString(), "--graph", unknown.toString(),
        "--graph-format", "dot").code());
    r = AnalyzeCommandTest.run("analyze", in.toString(), "--graph-format", "graphml");
    assertEquals(ExitCodes.USAGE, r.code());
    assertTrue(r.err().contains("--graph FILE"), r.err());
    Path same = dir.resolve("same.graphml");
    assertEquals(ExitCodes.USAGE, AnalyzeCommandTest.run("analyze", in.toString(), "--out", same.toString(), "--graph",
        same.toString()).code());
  }

  @Test
  void aGraphThatCannotBeWrittenIsReportedWithItsName() throws Exception {
    Path in = smallCorpus();
    Path json = dir.resolve("result.json");
    Path blocker = Files.writeString(dir.resolve("blocker"), "a file where a folder should be");
    Path graph = blocker.resolve("graph.graphml");
    Run r = AnalyzeCommandTest.run("analyze", in.toString(), "--format", "json", "--out", json.toString(), "--graph",
        graph.toString());
    assertEquals(ExitCodes.INTERNAL, r.code(), r.err());
    assertTrue(r.err().contains("cannot write the graph to " + graph), r.err());
    assertFalse(r.err().contains("internal error"), "an I/O error is not reported as a bug: " + r.err());
    assertTrue(Files.size(json) > 0, "the normal output is written first");

    // A folder is refused before the analysis, which may be long (issue 15): a usage error, as for report --out.
    Path folder = Files.createDirectories(dir.resolve("a-folder.gexf"));
    r = AnalyzeCommandTest.run("analyze", in.toString(), "--graph", folder.toString());
    assertEquals(ExitCodes.USAGE, r.code(), r.err());
    assertTrue(r.err().contains("--graph " + folder + " is a folder"), r.err());
  }

  // ---------------------------------------------------------------- helpers

  static Document parse(Path file) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(file.toFile());
  }

  private static List<Edge> edges(Document doc, String ns, String valueTag, String keyAttribute,
      Map<String, String> names, java.util.function.Function<Element, String> valueOf) {
    List<Edge> edges = new ArrayList<>();
    NodeList list = doc.getElementsByTagNameNS(ns, "edge");
    for (int i = 0; i < list.getLength(); i++) {
      Element e = (Element) list.item(i);
      Map<String, String> xml = new HashMap<>();
      for (int j = 0; j < e.getAttributes().getLength(); j++) {
        xml.put(e.getAttributes().item(j).getNodeName(), e.getAttributes().item(j).getNodeValue());
      }
      Map<String, String> data = new HashMap<>();
      NodeList values = e.getElementsByTagNameNS(ns, valueTag);
      for (int j = 0; j < values.getLength(); j++) {
        Element v = (Element) values.item(j);
        data.put(names.get(v.getAttribute(keyAttribute)), valueOf.apply(v));
      }
      edges.add(new Edge(e.getAttribute("source"), e.getAttribute("target"), xml, data));
    }
    return edges;
  }
}
