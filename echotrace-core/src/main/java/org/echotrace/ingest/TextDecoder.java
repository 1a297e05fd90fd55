package org.echotrace.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Turns the bytes of a text file into a string, or says why it cannot. UTF-8 (with or without BOM) and UTF-16 with BOM
 * are taken as they are; anything else is detected with ICU4J's {@link CharsetDetector} and decoded, with a warning,
 * so that a windows-1251 page is read rather than dropped. Thread-safe: no state.
 */
public final class TextDecoder {
  /** A decoding outcome: the text, or a reason it was refused. */
  public record Decoded(String text, String charset, String warning, String refusal) {
    public boolean ok() {
      return refusal == null;
    }
  }

  private static final Charset KOI8_R = Charset.forName("KOI8-R");
  private static final Charset CP1251 = Charset.forName("windows-1251");

  public Decoded decode(byte[] bytes) {
    if (bytes.length == 0) return refuse("empty file");
    int bom = 0;
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) bom = 3;
    else if (startsWith(bytes, 0xFE, 0xFF)) return accept(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE", null);
    else if (startsWith(bytes, 0xFF, 0xFE)) return accept(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE", null);
    if (looksBinary(bytes, bom)) return refuse("binary file (control bytes in the first 8 KB): not text");
    String utf8 = strictUtf8(bytes, bom);
    if (utf8 != null) {
      if (utf8.isBlank()) return refuse("empty file (only white space)");
      return accept(utf8, "UTF-8", null);
    }
    return detect(bytes);
  }

  private Decoded detect(byte[] bytes) {
    CharsetDetector detector = new CharsetDetector();
    detector.setText(bytes);
    CharsetMatch match = detector.detect();
    String name = match == null ? "windows-1252" : match.getName();
    Charset charset;
    try {
      charset = Charset.forName(name);
    } catch (IllegalArgumentException e) {
      charset = Charset.forName("windows-1252");
    }
    if (isCyrillic(charset) || cyrillicShare(bytes) > 0.3) charset = pickCyrillic(bytes);
    String text = new String(bytes, charset);
    int confidence = match == null ? 0 : match.getConfidence();
    return accept(text, charset.name(), "not UTF-8: decoded as " + charset.name() + " (detected, confidence " + confidence + "%)");
  }

  private static boolean isCyrillic(Charset charset) {
    String n = charset.name().toLowerCase(Locale.ROOT);
    return n.contains("1251") || n.contains("koi8") || n.contains("8859-5") || n.contains("ibm866");
  }

  /** Share of bytes in 0xC0..0xFF, where both Cyrillic single-byte encodings keep their letters. */
  private static double cyrillicShare(byte[] bytes) {
    int high = 0, letters = 0;
    for (byte b : bytes) {
      int v = b & 0xFF;
      if (v >= 0xC0) high++;
      if (v >= 0xC0 || Character.isLetter(v)) letters++;
    }
    return letters == 0 ? 0 : (double) high / letters;
  }

  /**
   * Chooses windows-1251 or KOI8-R. Both put Cyrillic letters in 0xC0..0xFF but swap the cases: running text is mostly
   * lower case, so the decoding that yields more lower-case letters is right. ICU alone confuses the two on short texts.
   */
  static Charset pickCyrillic(byte[] bytes) {
    return lowerShare(new String(bytes, KOI8_R)) > lowerShare(new String(bytes, CP1251)) ? KOI8_R : CP1251;
  }

  /** Share of Cyrillic letters that are lower case (0 when there are none). */
  static double lowerShare(String s) {
    int lower = 0, letters = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC) {
        letters++;
        if (Character.isLowerCase(c)) lower++;
      }
    }
    return letters == 0 ? 0 : (double) lower / letters;
  }

  private static String strictUtf8(byte[] bytes, int offset) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** NUL bytes, or more than 5% control bytes other than tab, CR, LF, FF, in the first 8 KB. */
  static boolean looksBinary(byte[] bytes, int from) {
    int n = Math.min(bytes.length, from + 8192);
    int control = 0;
    for (int i = from; i < n; i++) {
      int v = bytes[i] & 0xFF;
      if (v == 0) return true;
      if (v < 0x20 && v != '\t' && v != '\n' && v != '\r' && v != '\f') control++;
    }
    return control > 0.05 * (n - from);
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) return false;
    for (int i = 0; i < prefix.length; i++) if ((bytes[i] & 0xFF) != prefix[i]) return false;
    return true;
  }

  private static Decoded accept(String text, String charset, String warning) {
    return new Decoded(text, charset, warning, null);
  }

  private static Decoded refuse(String why) {
    return new Decoded(null, null, null, why);
  }
}
