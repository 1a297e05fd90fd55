package org.echotrace.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
  private static final String RUSSIAN =
      "Пресс-секретарь президента России Дмитрий Песков заявил журналистам во вторник, что переговоры продолжаются.";
  private final TextDecoder decoder = new TextDecoder();

  @Test
  void utf8AndBom() {
    TextDecoder.Decoded d = decoder.decode(("\uFEFF" + RUSSIAN).getBytes(StandardCharsets.UTF_8));
    assertEquals(RUSSIAN, d.text());
    assertNull(d.warning());
  }

  @Test
  void windows1251IsDetectedAndDecodedWithAWarning() {
    TextDecoder.Decoded d = decoder.decode(RUSSIAN.getBytes(Charset.forName("windows-1251")));
    assertEquals(RUSSIAN, d.text());
    assertEquals("windows-1251", d.charset());
    assertNotNull(d.warning());
  }

  @Test
  void koi8rIsDetected() {
    TextDecoder.Decoded d = decoder.decode(RUSSIAN.getBytes(Charset.forName("KOI8-R")));
    assertEquals(RUSSIAN, d.text());
    assertEquals("KOI8-R", d.charset());
  }

  @Test
  void latin1() {
    String s = "Le président a déclaré à la presse que la réunion était terminée. Ça a duré trois heures.";
    TextDecoder.Decoded d = decoder.decode(s.getBytes(StandardCharsets.ISO_8859_1));
    assertEquals(s, d.text());
  }

  @Test
  void emptyWhitespaceAndBinaryAreRefused() {
    assertFalse(decoder.decode(new byte[0]).ok());
    assertFalse(decoder.decode(" \n\t\n".getBytes(StandardCharsets.UTF_8)).ok());
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    TextDecoder.Decoded d = decoder.decode(png);
    assertFalse(d.ok());
    assertTrue(d.refusal().contains("binary"));
  }
}
