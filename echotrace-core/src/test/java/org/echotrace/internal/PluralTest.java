package org.echotrace.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PluralTest {
  @Test
  void oneIsSingularEverythingElsePlural() {
    assertEquals("1 event", Plural.count(1, "event"));
    assertEquals("0 events", Plural.count(0, "event"));
    assertEquals("2 problems", Plural.count(2, "problem"));
    assertEquals("1 family", Plural.count(1, "family", "families"));
    assertEquals("3 families", Plural.count(3, "family", "families"));
    assertEquals("12,345 articles", Plural.count(12_345, "article"));
  }
}
