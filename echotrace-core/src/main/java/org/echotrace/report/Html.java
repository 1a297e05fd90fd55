package org.echotrace.report;

/**
 * The one escaper of the HTML report, for element text and for quoted attribute values alike: {@code & < > " '}
 * become character references, so no input can open a tag, close an attribute or start an entity. C0 control
 * characters other than tab and line breaks, and unpaired surrogates, become U+FFFD: the HTML parser would turn
 * most of them into parse errors or U+FFFD anyway, and a report must show what it got without surprises. Data never
 * goes anywhere else (no URLs, no script, no style), so this is the only context the report needs.
 *
 * <p>Thread-safe: no state.
 */
final class Html {
  private Html() {}

  /** {@code s} escaped for text and double- or single-quoted attribute values; null becomes the empty string. */
  static String escape(String s) {
    if (s == null) return "";
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String rep = replacement(s, i, c);
      if (rep == null) {
        if (b != null) b.append(c);
        continue;
      }
      if (b == null) b = new StringBuilder(s.length() + 16).append(s, 0, i);
      b.append(rep);
    }
    return b == null ? s : b.toString();
  }

  /** What to write instead of the char at {@code i}, or null to keep it. */
  private static String replacement(String s, int i, char c) {
    switch (c) {
      case '&': return "&amp;";
      case '<': return "&lt;";
      case '>': return "&gt;";
      case '"': return "&quot;";
      case '\'': return "&#39;";
      case '\t', '\n', '\r': return null;
      default: break;
    }
    if (c < 0x20 || c == 0x7f) return "\uFFFD";
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)) ? null : "\uFFFD";
    }
    if (Character.isLowSurrogate(c)) {
      return i > 0 && Character.isHighSurrogate(s.charAt(i - 1)) ? null : "\uFFFD";
    }
    return null;
  }
}
