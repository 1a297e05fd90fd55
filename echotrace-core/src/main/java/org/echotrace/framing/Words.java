package org.echotrace.framing;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * The words of a text as the lexicon sees them: a word is a maximal run of letters, digits and combining marks;
 * everything else separates words. Each word is folded (NFKC, lower case in {@link Locale#ROOT}, diacritics dropped
 * from Latin letters so that "Führer" and "Fuhrer" agree, ё read as е, ß as ss). A possessive "'s" after a word (with
 * any apostrophe: ' ’ ´ ʼ ‘ `) is not a word of its own, so "Zelenskiy’s regime" reads as "zelenskiy regime".
 * Offsets index the original text. Arrays are owned by this object. Not API.
 */
final class Words {
  /** Apostrophes seen in news text, including the acute accent some CMSs put for one ("Russia´s"). */
  static final String APOSTROPHES = "'’´ʼ‘`";
  /** Characters that may stand between two words of one phrase: spaces, hyphens and dashes, quotes. */
  private static final String HYPHENS = "-‐‑‒–—";
  private static final String JOINERS = " \t\u00a0\"“”„«»‹›" + HYPHENS + APOSTROPHES;
  /** A longer gap is layout, not a phrase ("Kiev \n\n Regime" is two lines). */
  private static final int MAX_GAP = 4;

  final int[] starts;
  final int[] ends;
  /** The folded words; in a lazy instance ({@link #lazy}) only those {@link #folded(int)} was asked for. */
  final String[] folded;
  private final String text;
  /** This thread's table of folded ASCII words (see {@link #ASCII_FOLDED}), looked up once per text. */
  private final String[] known;
  /**
   * What stands between word i and word i+1, read when first asked ({@link #joined}, {@link #hyphenated}): the scanner
   * asks only after a word that begins a phrase. 0: not read yet.
   */
  private final byte[] gaps;
  private static final byte APART = 1, JOINED = 2, HYPHENATED = 3;

  private Words(String text, String[] known, int[] starts, int[] ends, String[] folded) {
    this.text = text;
    this.known = known;
    this.starts = starts;
    this.ends = ends;
    this.folded = folded;
    this.gaps = new byte[folded.length];
  }

  /** Word i and word i+1 may belong to one phrase (no sentence or clause punctuation between them). */
  boolean joined(int i) {
    return gap(i) >= JOINED;
  }

  /** A hyphen or dash stands between word i and word i+1 ("so-called", "half-Fuhrer"), and nothing else parts them. */
  boolean hyphenated(int i) {
    return gap(i) == HYPHENATED;
  }

  private byte gap(int i) {
    byte g = gaps[i];
    if (g == 0) {
      if (i + 1 >= starts.length || !joins(text, ends[i], starts[i + 1])) g = APART;
      else g = hasHyphen(text, ends[i], starts[i + 1]) ? HYPHENATED : JOINED;
      gaps[i] = g;
    }
    return g;
  }

  int size() {
    return folded.length;
  }

  /** The words of a text, every one folded. */
  static Words of(String text) {
    return of(text, true);
  }

  /**
   * The words of a text, each folded when {@link #folded(int)} first asks for it: the scanner folds only the words
   * that may begin or continue a phrase, a small share of a text (folding every word was most of the scan).
   */
  static Words lazy(String text) {
    return of(text, false);
  }

  /** Word {@code i} folded. */
  String folded(int i) {
    String f = folded[i];
    if (f == null) folded[i] = f = fold(text, starts[i], ends[i], known);
    return f;
  }

  private static Words of(String text, boolean fold) {
    int n = text.length();
    int cap = Math.max(16, n / 5);
    int[] starts = new int[cap];
    int[] ends = new int[cap];
    int count = 0;
    int i = 0;
    while (i < n) {
      char ch = text.charAt(i);
      if (ch < 0x80 ? !ASCII_WORD[ch] : !isWordChar(text.codePointAt(i))) {
        i += ch < 0x80 ? 1 : Character.charCount(text.codePointAt(i));
        continue;
      }
      int s = i;
      while (i < n) {
        ch = text.charAt(i);
        if (ch < 0x80) {
          if (!ASCII_WORD[ch]) break;
          i++;
        } else {
          int c = text.codePointAt(i);
          if (!isWordChar(c)) break;
          i += Character.charCount(c);
        }
      }
      if (count == starts.length) {
        starts = Arrays.copyOf(starts, count * 2);
        ends = Arrays.copyOf(ends, count * 2);
      }
      starts[count] = s;
      ends[count] = i;
      count++;
      if (isPossessive(text, i)) i += 2;
    }
    String[] folded = new String[count];
    String[] known = ASCII_FOLDED.get();
    if (fold) for (int k = 0; k < count; k++) folded[k] = fold(text, starts[k], ends[k], known);
    return new Words(text, known, Arrays.copyOf(starts, count), Arrays.copyOf(ends, count), folded);
  }

  /** {@link #isWordChar} of the ASCII characters. */
  private static final boolean[] ASCII_WORD = new boolean[0x80];

  static {
    for (char c = 0; c < 0x80; c++) ASCII_WORD[c] = isWordChar(c);
  }

  private static boolean hasHyphen(String text, int from, int to) {
    for (int k = from; k < to; k++) if (HYPHENS.indexOf(text.charAt(k)) >= 0) return true;
    return false;
  }

  static boolean isWordChar(int c) {
    if (c < 0x80) return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    int type = Character.getType(c);
    return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  /** "’s" right after a word and not followed by a letter: the English possessive. */
  private static boolean isPossessive(String text, int at) {
    if (at + 1 >= text.length() || APOSTROPHES.indexOf(text.charAt(at)) < 0) return false;
    char s = text.charAt(at + 1);
    if (s != 's' && s != 'S') return false;
    return at + 2 >= text.length() || !isWordChar(text.codePointAt(at + 2));
  }

  private static boolean joins(String text, int from, int to) {
    if (isPossessive(text, from)) from += 2;
    if (to - from > MAX_GAP) return false;
    for (int k = from; k < to; k++) if (JOINERS.indexOf(text.charAt(k)) < 0) return false;
    return true;
  }

  /**
   * Folded ASCII words remembered per thread in a direct-mapped table (a power of two of slots), looked up by the
   * text's characters: a word seen before costs no new string. Cutting out and lower-casing every word was three
   * quarters of the framing scan (profiled while adding to a 100,000-article store). No library offers a map looked
   * up by a range of a string's characters, so this is hand-written.
   */
  private static final ThreadLocal<String[]> ASCII_FOLDED = ThreadLocal.withInitial(() -> new String[1 << 14]);

  /** Whether {@code folded} is the ASCII text between {@code from} and {@code to} in lower case. */
  private static boolean sameFolded(String folded, String text, int from, int to) {
    if (folded.length() != to - from) return false;
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if ((c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) != folded.charAt(k - from)) return false;
    }
    return true;
  }

  /** The word between {@code from} and {@code to} folded; {@code known} is this thread's table of ASCII words. */
  private static String fold(String text, int from, int to, String[] known) {
    boolean ascii = true;
    int hash = 0;
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c >= 0x80) {
        ascii = false;
        break;
      }
      hash = 31 * hash + (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
    }
    if (ascii) {
      int slot = (hash ^ hash >>> 14) & (known.length - 1);
      String seen = known[slot];
      if (seen != null && sameFolded(seen, text, from, to)) return seen;
      String folded = text.substring(from, to).toLowerCase(Locale.ROOT);
      known[slot] = folded;
      return folded;
    }
    String nfd = Normalizer.normalize(Normalizer.normalize(text.substring(from, to), Normalizer.Form.NFKC),
        Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(nfd.length());
    char base = 0;
    for (int k = 0; k < nfd.length(); k++) {
      char c = nfd.charAt(k);
      if (Character.getType(c) == Character.NON_SPACING_MARK && base != 0 && base < 0x250) continue;
      b.append(c);
      base = c;
    }
    String out = Normalizer.normalize(b, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    return out.replace('ё', 'е').replace("ß", "ss");
  }
}
