package org.echotrace.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of an HTML page into a string the way browsers choose its charset, but never silently wrong:
 *
 * <ol>
 *   <li>a byte-order mark wins;
 *   <li>then the charset of the HTTP {@code Content-Type} header, when there was one (WARC, fetch);
 *   <li>then a {@code <meta charset>} or {@code <meta http-equiv="Content-Type">} in the first {@value #PRESCAN_BYTES}
 *       bytes (the WHATWG prescan, which looks at 1 KB; browsers have since gone further);
 *   <li>then strict UTF-8;
 *   <li>then ICU4J detection ({@link TextDecoder}), reported as a guess.
 * </ol>
 *
 * A declared charset is checked before it is trusted: when the bytes do not decode cleanly in it but are valid UTF-8,
 * or are valid UTF-8 with multi-byte letters under a single-byte declaration (the classic "UTF-8 page served as
 * Latin-1" mojibake), UTF-8 is used; a declared windows-1251 that reads as upper-case Cyrillic is KOI8-R (and the
 * other way round). Each override is a warning. Thread-safe: no state.
 */
public final class HtmlDecoder {
  /** How far into the page to look for a meta charset. */
  public static final int PRESCAN_BYTES = 2048;

  private static final Pattern META = Pattern.compile(
      "<meta\\b[^>]*?\\bcharset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:+\\-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern COMMENT = Pattern.compile("<!--.*?(-->|$)", Pattern.DOTALL);
  private static final Pattern CHARSET_PARAM =
      Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9._:+\\-]+)", Pattern.CASE_INSENSITIVE);

  private final TextDecoder text = new TextDecoder();

  /** Decodes a page read from a file: no HTTP header. */
  public TextDecoder.Decoded decode(byte[] bytes) {
    return decode(bytes, null);
  }

  /**
   * Decodes a page.
   *
   * @param httpContentType the HTTP {@code Content-Type} header value, or null when there was none
   */
  public TextDecoder.Decoded decode(byte[] bytes, String httpContentType) {
    if (bytes.length == 0) return refuse("empty file");
    if (hasBom(bytes)) return text.decode(bytes);
    String fromHttp = charsetParameter(httpContentType).orElse(null);
    if (fromHttp != null) {
      TextDecoder.Decoded d = declared(bytes, fromHttp, "the HTTP header");
      if (d != null) return d;
    }
    String fromMeta = metaCharset(bytes).orElse(null);
    if (fromMeta != null) {
      TextDecoder.Decoded d = declared(bytes, fromMeta, "the page's <meta>");
      if (d != null) return d;
    }
    TextDecoder.Decoded d = text.decode(bytes);
    if (!d.ok() || d.warning() == null) return d;
    String because = fromHttp == null && fromMeta == null ? "no charset declared and " : "";
    return new TextDecoder.Decoded(d.text(), d.charset(), because + d.warning(), null);
  }

  /** The {@code charset} parameter of a Content-Type value. */
  public static Optional<String> charsetParameter(String contentType) {
    if (contentType == null) return Optional.empty();
    Matcher m = CHARSET_PARAM.matcher(contentType);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** The charset a {@code <meta>} declares in the first {@value #PRESCAN_BYTES} bytes, comments skipped. */
  static Optional<String> metaCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
    head = COMMENT.matcher(head).replaceAll(" ");
    Matcher m = META.matcher(head);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** Decodes with a declared charset when the bytes bear it out; null to go on to the next step (and say why). */
  private TextDecoder.Decoded declared(byte[] bytes, String label, String where) {
    Charset charset = charsetForLabel(label);
    if (charset == null) {
      TextDecoder.Decoded d = text.decode(bytes);
      return !d.ok() ? d : withWarning(d, "unknown charset \"" + label + "\" declared in " + where + "; "
          + (d.warning() == null ? "decoded as " + d.charset() : d.warning()));
    }
    boolean wide = charset.name().startsWith("UTF-16") || charset.name().startsWith("UTF-32");
    if (!wide && TextDecoder.looksBinary(bytes, 0)) {
      return refuse("binary file (control bytes in the first 8 KB): not text");
    }
    String strict = strict(bytes, charset);
    String utf8 = charset.equals(StandardCharsets.UTF_8) ? strict : strict(bytes, StandardCharsets.UTF_8);
    if (strict == null) {
      if (utf8 != null) {
        return blankOr(utf8, "UTF-8", "declared " + charset.name() + " (in " + where
            + ") does not decode these bytes, but UTF-8 does: decoded as UTF-8");
      }
      TextDecoder.Decoded d = text.decode(bytes);
      return !d.ok() ? d : withWarning(d, "declared " + charset.name() + " (in " + where
          + ") does not decode these bytes; " + (d.warning() == null ? "decoded as " + d.charset() : d.warning()));
    }
    if (!charset.equals(StandardCharsets.UTF_8) && !wide && utf8 != null && hasMultiByteSequence(bytes)) {
      return blankOr(utf8, "UTF-8", "declared " + charset.name() + " (in " + where
          + "), but the bytes are UTF-8 with non-ASCII letters: decoded as UTF-8");
    }
    if (isCyrillicSingleByte(charset)) {
      Charset better = TextDecoder.pickCyrillic(bytes);
      if (!better.equals(charset) && TextDecoder.lowerShare(new String(bytes, better))
          > TextDecoder.lowerShare(strict) + 0.3) {
        return blankOr(new String(bytes, better), better.name(), "declared " + charset.name() + " (in " + where
            + "), but the Cyrillic text reads as " + better.name() + " (letter case): decoded as " + better.name());
      }
    }
    return blankOr(strict, charset.name(), null);
  }

  /**
   * A Java charset for an HTML charset label, with the WHATWG Encoding Standard's mappings that matter: ISO-8859-1 and
   * ASCII labels mean windows-1252, and a {@code <meta>} that says UTF-16 means UTF-8. Null when unknown.
   */
  static Charset charsetForLabel(String label) {
    String l = label.trim().toLowerCase(Locale.ROOT);
    switch (l) {
      case "iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii", "iso_8859-1", "cp819", "x-user-defined":
        return Charset.forName("windows-1252");
      case "utf-16", "utf-16le", "utf-16be":
        return StandardCharsets.UTF_8;
      case "win-1251", "cp-1251":
        return Charset.forName("windows-1251");
      case "koi8r", "koi":
        return Charset.forName("KOI8-R");
      default:
        try {
          return Charset.forName(l);
        } catch (IllegalArgumentException e) {
          return null;
        }
    }
  }

  private static boolean isCyrillicSingleByte(Charset c) {
    String n = c.name();
    return n.equals("windows-1251") || n.equals("KOI8-R");
  }

  private static boolean hasBom(byte[] b) {
    return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF
        || b.length >= 2 && ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF
            || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE);
  }

  /** A lead byte 0xC2..0xF4 followed by a continuation byte: real UTF-8, which Latin-1 text almost never forms. */
  private static boolean hasMultiByteSequence(byte[] b) {
    for (int i = 0; i + 1 < b.length; i++) {
      int v = b[i] & 0xFF;
      if (v >= 0xC2 && v <= 0xF4 && (b[i + 1] & 0xC0) == 0x80) return true;
    }
    return false;
  }

  private static String strict(byte[] bytes, Charset charset) {
    try {
      return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static TextDecoder.Decoded blankOr(String s, String charset, String warning) {
    if (s.isBlank()) return refuse("empty file (only white space)");
    return new TextDecoder.Decoded(s, charset, warning, null);
  }

  private static TextDecoder.Decoded withWarning(TextDecoder.Decoded d, String warning) {
    return new TextDecoder.Decoded(d.text(), d.charset(), warning, null);
  }

  private static TextDecoder.Decoded refuse(String why) {
    return new TextDecoder.Decoded(null, null, null, why);
  }
}
