package org.echotrace.normalize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {
  private final TextNormalizer n = new TextNormalizer();

  @Test
  void quotesDashesCaseAndWidthDoNotMatter() {
    Tokens a = n.tokenize("The Kremlin’s “reassurance” force — half-Fuhrer");
    Tokens b = n.tokenize("the KREMLIN's \"reassurance\" force - half Fuhrer");
    assertArrayEquals(a.hashes(), b.hashes());
    assertArrayEquals(n.tokenize("ＡＢＣ ﬁnal").hashes(), n.tokenize("abc final").hashes());
  }

  @Test
  void offsetsPointIntoTheOriginal() {
    String s = "  «Мы против», — сказал он.";
    Tokens t = n.tokenize(s);
    assertEquals(4, t.size());
    assertEquals("Мы", s.substring(t.starts()[0], t.ends()[0]));
    assertEquals("он", s.substring(t.starts()[3], t.ends()[3]));
  }

  @Test
  void turkishLocaleChangesNothing() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(new Locale("tr", "TR"));
      assertArrayEquals(n.tokenize("INDIA").hashes(), n.tokenize("india").hashes());
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void emptyAndPunctuation() {
    assertEquals(0, n.tokenize("").size());
    assertEquals(0, n.tokenize("... — !!").size());
  }
}
