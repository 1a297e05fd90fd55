package org.echotrace.relate;

import java.util.BitSet;

/**
 * Which characters of a text lie inside quotation marks ("…", “…”, «…», „…“). Used to tell reused reporting from a
 * quotation that two independent reports both carry. A quote left open closes at the end of its paragraph.
 */
public final class QuotedText {
  private QuotedText() {}

  /** The quoted stretches of the text, as {@code {start, end}} character spans (marks included), in order. */
  public static int[][] spans(String text) {
    BitSet q = of(text);
    java.util.List<int[]> out = new java.util.ArrayList<>();
    for (int s = q.nextSetBit(0); s >= 0; ) {
      int e = q.nextClearBit(s);
      out.add(new int[] {s, e});
      s = q.nextSetBit(e);
    }
    return out.toArray(new int[0][]);
  }

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
