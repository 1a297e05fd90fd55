package org.echotrace.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds top-level quoted regions in a clean article text. Paragraphs are lines (the clean text separates them with
 * blank lines; a single newline also ends a paragraph). Inner quotes (single marks inside double ones) are part of
 * the outer region and are never reported on their own.
 *
 * <p>Rules, in order: a double mark ({@code " “ ” « » „}) opens when nothing is open and it stands before a word
 * (start of paragraph, after a space, a bracket or a dash); it closes the open region when it is a closing kind or a
 * straight mark after a word. Single marks ({@code ‘ ’ ‚ ' ´ `}) between two letters are apostrophes (Zelenskiy’s,
 * don’t, Russia´s); otherwise a single mark opens only at a word start, and closes only before a non-letter, and a
 * top-level single-mark region must close within the same paragraph and {@link #MAX_SINGLE} characters (a stray
 * apostrophe like {@code '90s} or {@code workers’} must not swallow text). A double region left open at the end of
 * its paragraph continues when the next paragraph opens with a double mark (the journalistic convention for a quote
 * over several paragraphs), at most {@link #MAX_PARAGRAPHS} paragraphs; otherwise it is kept only if it opened the
 * paragraph (a paragraph-long quote missing its closing mark) and ends at the paragraph end. Thread-safe: stateless.
 */
final class QuoteMarks {
  /** Longest top-level single-quoted region: 300 characters, about two sentences; longer means a stray apostrophe. */
  static final int MAX_SINGLE = 300;
  /**
   * Longest quoted piece within one paragraph: 5,000 characters (PolNeAR train's longest content span is 1,516). A
   * mark left open longer than that is stray, and the cap keeps the scan linear on pages full of unmatched marks.
   */
  static final int MAX_PIECE = 5_000;
  /** Longest multi-paragraph quote: 8 paragraphs (the longest run seen in PolNeAR train is 6). */
  static final int MAX_PARAGRAPHS = 8;

  /** One quoted region: marks at open/close (close = end of paragraph when missing), content pieces per paragraph. */
  record Region(int open, int close, List<int[]> pieces) {
    int start() {
      return pieces.get(0)[0];
    }

    int end() {
      return pieces.get(pieces.size() - 1)[1];
    }
  }

  private QuoteMarks() {}

  static boolean isDouble(char c) {
    return c == '"' || c == '“' || c == '”' || c == '«' || c == '»' || c == '„' || c == '‟';
  }

  static boolean isSingle(char c) {
    return c == '\'' || c == '‘' || c == '’' || c == '‚' || c == '´' || c == '`' || c == '‹' || c == '›';
  }

  static boolean isMark(char c) {
    return isDouble(c) || isSingle(c);
  }

  static List<Region> find(String text) {
    return find(text, false);
  }

  /**
   * As {@link #find(String)}; with {@code openRunsToEnd} a double region left open runs to its paragraph's end
   * wherever it opened (for a line read on its own, such as an excerpt cut inside a quotation).
   */
  static List<Region> find(String text, boolean openRunsToEnd) {
    List<int[]> paragraphs = paragraphs(text);
    List<Region> out = new ArrayList<>();
    int p = 0;
    while (p < paragraphs.size()) {
      int[] para = paragraphs.get(p);
      int i = para[0];
      int nextParagraph = p + 1;
      while (i < para[1]) {
        char c = text.charAt(i);
        if (isDouble(c) && opensAt(text, i, para)) {
          Closing close = closeDouble(text, i, Math.min(para[1], i + MAX_PIECE));
          if (close.at >= 0) {
            out.add(region(text, i, close.at, List.of(new int[] {i + 1, close.at})));
            i = close.at + 1;
            continue;
          }
          // left open: the multi-paragraph convention, or a paragraph-long quote missing its close
          boolean openAtEnd = para[1] - i <= MAX_PIECE;
          Region multi = openAtEnd ? continued(text, paragraphs, p, i) : null;
          if (multi != null) {
            out.add(multi);
            nextParagraph = paragraphIndex(paragraphs, multi.close()) + 1;
            break;
          }
          if ((i == para[0] || openRunsToEnd) && openAtEnd) {
            out.add(region(text, i, para[1], List.of(new int[] {i + 1, para[1]})));
          }
          i++;
          continue;
        }
        if (isSingle(c) && opensSingle(text, i, para)) {
          int close = closeSingle(text, i, Math.min(para[1], i + MAX_SINGLE));
          if (close >= 0) {
            out.add(region(text, i, close, List.of(new int[] {i + 1, close})));
            i = close + 1;
            continue;
          }
        }
        i++;
      }
      p = nextParagraph;
    }
    out.removeIf(r -> r.end() - r.start() < 1 || text.substring(r.start(), r.end()).isBlank());
    return out;
  }

  /** Paragraph ranges [start, end) of non-blank lines. */
  static List<int[]> paragraphs(String text) {
    List<int[]> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        int s = start, e = i;
        while (s < e && Words.space(text.charAt(s))) s++;
        while (e > s && Words.space(text.charAt(e - 1))) e--;
        if (e > s) out.add(new int[] {s, e});
        start = i + 1;
      }
    }
    return out;
  }

  private static int paragraphIndex(List<int[]> paragraphs, int offset) {
    for (int i = 0; i < paragraphs.size(); i++) if (offset <= paragraphs.get(i)[1]) return i;
    return paragraphs.size() - 1;
  }

  /** Trims whitespace from each piece so that offsets cover the quoted words only. */
  private static Region region(String text, int open, int close, List<int[]> pieces) {
    List<int[]> trimmed = new ArrayList<>();
    for (int[] piece : pieces) {
      int s = piece[0], e = piece[1];
      while (s < e && Words.space(text.charAt(s))) s++;
      while (e > s && Words.space(text.charAt(e - 1))) e--;
      if (e > s) trimmed.add(new int[] {s, e});
    }
    if (trimmed.isEmpty()) trimmed.add(new int[] {open + 1, open + 1});
    return new Region(open, close, trimmed);
  }

  private record Closing(int at) {}

  /** A double mark opens at a word start: paragraph start, or after space, bracket, dash, slash or another mark. */
  private static boolean opensAt(String text, int i, int[] para) {
    char c = text.charAt(i);
    if (c == '”' || c == '»') {
      // a closing-shaped mark used to open (some sites print ” for both): only before a word after a space
      return (i == para[0] || Words.space(text.charAt(i - 1))) && i + 1 < para[1]
          && Character.isLetterOrDigit(text.charAt(i + 1));
    }
    if (i + 1 >= para[1] || Words.space(text.charAt(i + 1))) return false;
    if (i == para[0]) return true;
    char b = text.charAt(i - 1);
    return Words.space(b) || "([{—–-/:".indexOf(b) >= 0 || isMark(b);
  }

  /** The closing double mark in [from+1, limit), skipping nested single regions; -1 when none. */
  private static Closing closeDouble(String text, int from, int limit) {
    char open = text.charAt(from);
    for (int i = from + 1; i < limit; i++) {
      char c = text.charAt(i);
      if (!isDouble(c)) continue;
      if (c == '”' || c == '»' || c == '‟' || (c == '“' && open == '„')) return new Closing(i);
      if (c == '"' || c == '“') {
        boolean afterWord = i > from + 1 && !Words.space(text.charAt(i - 1));
        boolean beforeWord = i + 1 < limit && Character.isLetterOrDigit(text.charAt(i + 1))
            && Words.space(text.charAt(i - 1));
        if (c == '"' && open != '"' && beforeWord) {
          // a straight pair nested in a curly quote: skip to its closing mark
          int inner = text.indexOf('"', i + 1);
          if (inner > 0 && inner < limit) {
            i = inner;
            continue;
          }
        }
        if (afterWord || !beforeWord || c == '"') return new Closing(i);
      }
    }
    return new Closing(-1);
  }

  /** A single mark opens before a letter, at a word start, and is no apostrophe (letter on both sides). */
  private static boolean opensSingle(String text, int i, int[] para) {
    char c = text.charAt(i);
    if (c == '’' || c == '›') return false;
    if (i + 1 >= para[1] || !Character.isLetterOrDigit(text.charAt(i + 1))) return false;
    if (i == para[0]) return true;
    char b = text.charAt(i - 1);
    return Words.space(b) || "([{—–/".indexOf(b) >= 0 || isDouble(b);
  }

  /** The closing single mark: after a non-space, before a non-letter. */
  private static int closeSingle(String text, int from, int limit) {
    for (int i = from + 2; i < limit; i++) {
      char c = text.charAt(i);
      if (isDouble(c)) return -1; // a double mark inside a single region: the single mark was an apostrophe
      if (!isSingle(c) || c == '‘' || c == '‚') continue;
      boolean afterWord = !Words.space(text.charAt(i - 1));
      boolean beforeLetter = i + 1 < text.length() && Character.isLetter(text.charAt(i + 1));
      if (afterWord && !beforeLetter) {
        // "workers’ rights": an s before the mark and a lower-case word after it is a plural possessive
        if (text.charAt(i - 1) == 's' && i + 2 < limit && text.charAt(i + 1) == ' '
            && Character.isLowerCase(text.charAt(i + 2)) && !text.substring(from, i).contains(" ")) continue;
        return i;
      }
    }
    return -1;
  }

  /**
   * A double region open at the end of paragraph p continues when the next paragraph opens with a double mark; it
   * ends at the first paragraph that closes it. Null when the convention does not apply.
   */
  private static Region continued(String text, List<int[]> paragraphs, int p, int open) {
    List<int[]> pieces = new ArrayList<>();
    pieces.add(new int[] {open + 1, paragraphs.get(p)[1]});
    for (int q = p + 1; q < paragraphs.size() && q - p < MAX_PARAGRAPHS; q++) {
      int[] para = paragraphs.get(q);
      if (!isDouble(text.charAt(para[0]))) return null;
      Closing close = closeDouble(text, para[0], Math.min(para[1], para[0] + MAX_PIECE));
      if (close.at >= 0) {
        pieces.add(new int[] {para[0] + 1, close.at});
        return region(text, open, close.at, pieces);
      }
      pieces.add(new int[] {para[0] + 1, para[1]});
    }
    return null;
  }
}
