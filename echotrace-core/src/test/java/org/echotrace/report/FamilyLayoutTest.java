package org.echotrace.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The family layout (ELK layered) keeps what issue 15 asked of it: the origin at the left, each copy right of what it
 * copies, copies of one origin top to bottom in date order, no label over another label or a box, boxes that say
 * outlet, title and date.
 */
class FamilyLayoutTest {
  /** A wire story copied by six outlets, one of whose copies is copied again, and an undecided pair of siblings. */
  private static FamilyLayout.Layout wire() {
    List<FamilyLayout.Node> nodes = new ArrayList<>();
    nodes.add(new FamilyLayout.Node("wire", "Wire Agency", "Port strike halts container traffic for a third day",
        "2025-04-15", true));
    for (int i = 1; i <= 6; i++) nodes.add(new FamilyLayout.Node("c" + i, "Outlet " + i, "Copy " + i, "2025-04-1" + (5 + i), false));
    nodes.add(new FamilyLayout.Node("cc", "Digest", null, null, false));
    List<FamilyLayout.Link> links = new ArrayList<>();
    for (int i = 1; i <= 6; i++) links.add(new FamilyLayout.Link("wire", "c" + i, "verbatim", true, "verbatim 9" + i + "%"));
    links.add(new FamilyLayout.Link("c2", "cc", "paraphrase", true, "paraphrase 81%"));
    links.add(new FamilyLayout.Link("c3", "c4", "verbatim", false, "verbatim 88%"));
    return FamilyLayout.of(nodes, links);
  }

  private static Map<String, FamilyLayout.Box> boxes(FamilyLayout.Layout l) {
    Map<String, FamilyLayout.Box> out = new HashMap<>();
    for (FamilyLayout.Box b : l.boxes()) out.put(b.node().id(), b);
    return out;
  }

  @Test
  void originLeftCopiesRightCopiesOfCopiesFurther() {
    Map<String, FamilyLayout.Box> b = boxes(wire());
    FamilyLayout.Box wire = b.get("wire");
    for (int i = 1; i <= 6; i++) assertTrue(b.get("c" + i).x() > wire.x() + wire.width(), "c" + i + " right of the origin");
    assertTrue(b.get("cc").x() > b.get("c2").x() + b.get("c2").width(), "the copy of a copy further right");
  }

  @Test
  void copiesOfOneOriginStackInDateOrder() {
    Map<String, FamilyLayout.Box> b = boxes(wire());
    List<String> column = new ArrayList<>(List.of("c1", "c2", "c5", "c6"));
    for (int i = 1; i < column.size(); i++) {
      assertTrue(b.get(column.get(i)).y() > b.get(column.get(i - 1)).y(), column + ": " + b);
    }
  }

  @Test
  void labelsOverlapNeitherEachOtherNorBoxes() {
    FamilyLayout.Layout l = wire();
    List<double[]> labels = new ArrayList<>();
    for (FamilyLayout.Route r : l.routes()) {
      assertTrue(r.labelAt() != null, "every edge has its label placed");
      labels.add(new double[] {r.labelAt().x(), r.labelAt().y(), r.labelWidth(), r.labelHeight()});
      assertTrue(r.path().size() >= 2, "a routed edge");
    }
    for (int i = 0; i < labels.size(); i++) {
      for (int j = i + 1; j < labels.size(); j++) assertFalse(overlap(labels.get(i), labels.get(j)), "labels " + i + ", " + j);
      for (FamilyLayout.Box b : l.boxes()) {
        assertFalse(overlap(labels.get(i), new double[] {b.x(), b.y(), b.width(), b.height()}), "label " + i + " on " + b);
      }
    }
    assertEquals(l.routes().size(), 8);
  }

  @Test
  void boxesSayOutletTitleAndDateCut() {
    FamilyLayout.Box wire = boxes(wire()).get("wire");
    assertEquals(List.of("Wire Agency", "Port strike halts container…", "2025-04-15"), wire.lines());
    FamilyLayout.Box cc = boxes(wire()).get("cc");
    assertEquals(List.of("Digest", "undated"), cc.lines());
    assertTrue(wire.width() >= FamilyLayout.textWidth(wire.lines().get(1)), "the box holds its longest line");
  }

  @Test
  void theSameInputGivesTheSameLayout() {
    assertEquals(wire(), wire());
  }

  private static boolean overlap(double[] a, double[] b) {
    return a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];
  }
}
