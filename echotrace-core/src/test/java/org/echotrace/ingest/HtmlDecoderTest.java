package org.echotrace.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Charset choice for HTML: BOM, HTTP header, meta prescan, UTF-8, detection; declarations checked, guesses warned. */
class HtmlDecoderTest {
  private static final String TITLE = "Порт Карроу остановил работу из-за забастовки";
  private final HtmlDecoder decoder = new HtmlDecoder();

  @Test
  void declaredWindows1251IsTakenWithoutWarning() {
    TextDecoder.Decoded d = decoder.decode(Fixtures.bytes("cp1251-declared.html"));
    assertEquals("windows-1251", d.charset());
    assertTrue(d.text().contains("<title>" + TITLE + "</title>"), d.text());
    assertNull(d.warning());
  }

  @Test
  void undeclaredWindows1251IsDetectedWithAWarning() {
    TextDecoder.Decoded d = decoder.decode(Fixtures.bytes("cp1251-undeclared.html"));
    assertEquals("windows-1251", d.charset());
    assertTrue(d.text().contains(TITLE));
    assertNotNull(d.warning());
    assertTrue(d.warning().startsWith("no charset declared and not UTF-8: decoded as windows-1251"), d.warning());
  }

  @Test
  void koi8rDeclaredByHttpEquiv() {
    TextDecoder.Decoded d = decoder.decode(Fixtures.bytes("koi8r-declared.html"));
    assertEquals("KOI8-R", d.charset());
    assertTrue(d.text().contains(TITLE));
    assertNull(d.warning());
  }

  @Test
  void utf8BytesUnderALatin1DeclarationComeOutAsUtf8WithAWarning() {
    TextDecoder.Decoded d = decoder.decode(Fixtures.bytes("utf8-declared-latin1.html"));
    assertEquals("UTF-8", d.charset());
    assertTrue(d.text().contains("Le président a déclaré"), d.text());
    assertTrue(d.warning().contains("declared windows-1252") && d.warning().contains("decoded as UTF-8"), d.warning());
  }

  @Test
  void httpHeaderWinsOverMeta() {
    byte[] koi8 = Fixtures.bytes("koi8r-declared.html");
    // the header is right (KOI8-R); a wrong meta must not matter
    byte[] lying = new String(koi8, StandardCharsets.ISO_8859_1).replace("charset=koi8-r", "charset=utf-8")
        .getBytes(StandardCharsets.ISO_8859_1);
    TextDecoder.Decoded d = decoder.decode(lying, "text/html; charset=KOI8-R");
    assertEquals("KOI8-R", d.charset());
    assertTrue(d.text().contains(TITLE));
    assertNull(d.warning());
  }

  @Test
  void windows1251DeclaredOverKoi8rBytesIsCorrectedByLetterCase() {
    byte[] koi8 = Fixtures.bytes("koi8r-declared.html");
    TextDecoder.Decoded d = decoder.decode(koi8, "text/html; charset=windows-1251");
    assertEquals("KOI8-R", d.charset());
    assertTrue(d.text().contains(TITLE));
    assertTrue(d.warning().contains("reads as KOI8-R"), d.warning());
  }

  @Test
  void declaredUtf8ThatIsNotFallsBackToDetectionWithAWarning() {
    String page = "<html><head><meta charset=\"utf-8\"></head><body><p>" + TITLE + ". Докеры порта начали забастовку.</p></body></html>";
    TextDecoder.Decoded d = decoder.decode(page.getBytes(Charset.forName("windows-1251")));
    assertEquals("windows-1251", d.charset());
    assertTrue(d.text().contains(TITLE));
    assertTrue(d.warning().contains("declared UTF-8") && d.warning().contains("does not decode"), d.warning());
  }

  @Test
  void unknownCharsetLabelIsReportedAndDetectionTakesOver() {
    String page = "<meta charset=\"x-no-such-charset\"><p>Plain ASCII body.</p>";
    TextDecoder.Decoded d = decoder.decode(page.getBytes(StandardCharsets.US_ASCII));
    assertEquals("UTF-8", d.charset());
    assertTrue(d.warning().contains("unknown charset \"x-no-such-charset\""), d.warning());
  }

  @Test
  void metaInsideACommentOrPastThePrescanIsIgnored() {
    String commented = "<!-- <meta charset=\"koi8-r\"> --><p>" + TITLE + "</p>";
    assertEquals("UTF-8", decoder.decode(commented.getBytes(StandardCharsets.UTF_8)).charset());
    String late = "<p>" + "x".repeat(HtmlDecoder.PRESCAN_BYTES) + "</p><meta charset=\"koi8-r\"><p>" + TITLE + "</p>";
    TextDecoder.Decoded d = decoder.decode(late.getBytes(StandardCharsets.UTF_8));
    assertEquals("UTF-8", d.charset());
    assertTrue(d.text().contains(TITLE));
  }

  @Test
  void bomWinsOverEverything() {
    byte[] body = ("<meta charset=\"windows-1251\"><p>" + TITLE + "</p>").getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    TextDecoder.Decoded d = decoder.decode(withBom, "text/html; charset=iso-8859-1");
    assertEquals("UTF-8", d.charset());
    assertTrue(d.text().contains(TITLE));
  }

  @Test
  void emptyAndBinaryAreRefusedEvenWhenDeclared() {
    assertFalse(decoder.decode(new byte[0]).ok());
    assertFalse(decoder.decode(" \n ".getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8").ok());
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    assertTrue(decoder.decode(png, "text/html; charset=utf-8").refusal().contains("binary"));
  }

  @Test
  void charsetParameterOfAContentType() {
    assertEquals("KOI8-R", HtmlDecoder.charsetParameter("text/html;charset=\"KOI8-R\"").orElseThrow());
    assertTrue(HtmlDecoder.charsetParameter("text/html").isEmpty());
    assertTrue(HtmlDecoder.charsetParameter(null).isEmpty());
  }
}
