package org.echotrace.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventBenchmarkTest {
  private static final double EPS = 1e-9;

  /** Gold: a b c in X, d e in Y. */
  private static Map<String, String> gold() {
    Map<String, String> g = new LinkedHashMap<>();
    for (String id : List.of("a", "b", "c")) g.put(id, "X");
    for (String id : List.of("d", "e")) g.put(id, "Y");
    return g;
  }

  @Test
  void bcubedByHand() {
    // predicted {a b} {c d e}. a, b: P 2/2, R 2/3. c: P 1/3, R 1/3. d, e: P 2/3, R 2/2.
    EventBenchmark.BCubed b = EventBenchmark.bcubed(gold(), Map.of("a", "1", "b", "1", "c", "2", "d", "2", "e", "2"));
    assertEquals(5, b.items());
    assertEquals((1 + 1 + 1 / 3.0 + 2 / 3.0 + 2 / 3.0) / 5, b.precision(), EPS); // 11/15
    assertEquals((2 / 3.0 + 2 / 3.0 + 1 / 3.0 + 1 + 1) / 5, b.recall(), EPS); // 11/15
    assertEquals(11 / 15.0, b.f1(), EPS);
  }

  @Test
  void bcubedBaselinesAndMissingItems() {
    // one cluster: X items have P 3/5, Y items 2/5; recall 1
    EventBenchmark.BCubed one = EventBenchmark.bcubed(gold(), Map.of("a", "s", "b", "s", "c", "s", "d", "s", "e", "s"));
    assertEquals((3 * 0.6 + 2 * 0.4) / 5, one.precision(), EPS);
    assertEquals(1, one.recall(), EPS);
    assertEquals(2 * 0.52 / 1.52, one.f1(), EPS);
    // all alone: precision 1, recall (3 * 1/3 + 2 * 1/2) / 5
    EventBenchmark.BCubed alone = EventBenchmark.bcubed(gold(), Map.of());
    assertEquals(1, alone.precision(), EPS);
    assertEquals(0.4, alone.recall(), EPS);
    // e missing from the prediction counts as alone: {a b} {c d} {e}
    EventBenchmark.BCubed partial = EventBenchmark.bcubed(gold(), Map.of("a", "1", "b", "1", "c", "2", "d", "2"));
    assertEquals((1 + 1 + 0.5 + 0.5 + 1) / 5, partial.precision(), EPS);
    assertEquals((2 / 3.0 + 2 / 3.0 + 1 / 3.0 + 0.5 + 0.5) / 5, partial.recall(), EPS);
  }

  @Test
  void microAverageSumsOverDocuments() {
    EventBenchmark.BCubed x = new EventBenchmark.BCubed(2, 1, 2), y = new EventBenchmark.BCubed(1, 3, 4);
    EventBenchmark.BCubed sum = x.plus(y);
    assertEquals(0.5, sum.precision(), EPS);
    assertEquals(4 / 6.0, sum.recall(), EPS);
  }

  @Test
  void rebuildsTextFromTokens() throws IOException {
    String xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <Document doc_name="9_1ecbplus.xml" doc_id="DOC1">
        <token t_id="1" sentence="0" number="0">http</token>
        <token t_id="2" sentence="0" number="1">:</token>
        <token t_id="3" sentence="0" number="2">/</token>
        <token t_id="4" sentence="0" number="3">/</token>
        <token t_id="5" sentence="0" number="4">example</token>
        <token t_id="6" sentence="0" number="5">.</token>
        <token t_id="7" sentence="0" number="6">org</token>
        <token t_id="8" sentence="1" number="0">The</token>
        <token t_id="9" sentence="1" number="1">mayor</token>
        <token t_id="10" sentence="1" number="2">'s</token>
        <token t_id="11" sentence="1" number="3">aide</token>
        <token t_id="12" sentence="1" number="4">(</token>
        <token t_id="13" sentence="1" number="5">Smith</token>
        <token t_id="14" sentence="1" number="6">&amp;</token>
        <token t_id="15" sentence="1" number="7">Co</token>
        <token t_id="16" sentence="1" number="8">)</token>
        <token t_id="17" sentence="1" number="9">said</token>
        <token t_id="18" sentence="1" number="10">``</token>
        <token t_id="19" sentence="1" number="11">we</token>
        <token t_id="20" sentence="1" number="12">do</token>
        <token t_id="21" sentence="1" number="13">n't</token>
        <token t_id="22" sentence="1" number="14">know</token>
        <token t_id="23" sentence="1" number="15">''</token>
        <token t_id="24" sentence="1" number="16">,</token>
        <token t_id="25" sentence="1" number="17">adding</token>
        <token t_id="26" sentence="1" number="18">:</token>
        <token t_id="27" sentence="1" number="19">"</token>
        <token t_id="28" sentence="1" number="20">soon</token>
        <token t_id="29" sentence="1" number="21">"</token>
        <token t_id="30" sentence="1" number="22">.</token>
        <token t_id="31" sentence="2" number="0">It</token>
        <token t_id="32" sentence="2" number="1">cost</token>
        <token t_id="33" sentence="2" number="2">$</token>
        <token t_id="34" sentence="2" number="3">5</token>
        <token t_id="35" sentence="2" number="4">million</token>
        <token t_id="36" sentence="2" number="5">!</token>
        <Markables>
          <ACTION_OCCURRENCE m_id="40" note="x"><token_anchor t_id="17"/></ACTION_OCCURRENCE>
        </Markables>
        <Relations></Relations>
        </Document>
        """;
    String text = EventBenchmark.documentText(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    assertEquals("""
        http://example.org
        The mayor's aide (Smith & Co) said “we don't know”, adding: "soon".
        It cost $5 million!
        """, text);
  }

  @Test
  void joinsTokens() {
    assertEquals("Hello, world.", EventBenchmark.join(List.of("Hello", ",", "world", ".")));
    assertEquals("", EventBenchmark.join(List.of()));
    assertEquals("Lohan’s hearing at 4:59 PM",
        EventBenchmark.join(List.of("Lohan", "’", "s", "hearing", "at", "4", ":", "59", "PM")));
    assertEquals("Note: 4 items", EventBenchmark.join(List.of("Note", ":", "4", "items")));
  }
}
