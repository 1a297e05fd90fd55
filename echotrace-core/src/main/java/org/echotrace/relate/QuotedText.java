package org.echotrace.relate;

import java.util.BitSet;

/**
 * Which characters of a text lie inside quotation marks ("…", “…”, «…», „…“). Used to tell reused reporting from a
 * quotation that two independent reports both carry. A quote left open closes at the end of its paragraph.
 */
final class QuotedText {
  private QuotedText() {}

  static BitSet of(String text) {
    BitSet quoted = new BitSet(text.length());
    char close = 0;
    int open = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (close != 0) {
        if (c == close || close == '"' && c == '”' || c == '\n') {
          quoted.set(open, i + 1);
          close = 0;
        }
        continue;
      }
      switch (c) {
        case '“' -> close = '”';
        case '„' -> close = '“';
        case '«' -> close = '»';
        case '"' -> close = '"';
        default -> close = 0;
      }
      if (close != 0) open = i;
    }
    if (close != 0) quoted.set(open, text.length());
    return quoted;
  }
}
