package org.echotrace.normalize;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * Splits text into words and normalises each: Unicode NFKC (full-width and compatibility forms, ligatures), case
 * folded with {@link Character#toLowerCase(int)} (locale-independent: no Turkish dotless-i surprises), diacritics
 * kept. Quotes, dashes and other punctuation separate words and never take part in matching, so straight and curly
 * quotes, hyphens and em dashes compare equal. A word is a maximal run of letters, digits and marks; an apostrophe
 * inside a word splits it ("Kremlin’s" is "kremlin" + "s") so that ' and ’ agree. Offsets index the original text.
 * Thread-safe: no state.
 */
public final class TextNormalizer {
  public Tokens tokenize(String text) {
    int n = text.length();
    int[] starts = new int[Math.max(16, n / 4)];
    int[] ends = new int[starts.length];
    long[] hashes = new long[starts.length];
    int count = 0;
    int i = 0;
    while (i < n) {
      int c = text.codePointAt(i);
      if (!isWordChar(c)) {
        i += Character.charCount(c);
        continue;
      }
      int s = i;
      boolean ascii = true;
      while (i < n) {
        c = text.codePointAt(i);
        if (!isWordChar(c)) break;
        if (c >= 0x80) ascii = false;
        i += Character.charCount(c);
      }
      if (count == starts.length) {
        int cap = count * 2;
        starts = Arrays.copyOf(starts, cap);
        ends = Arrays.copyOf(ends, cap);
        hashes = Arrays.copyOf(hashes, cap);
      }
      starts[count] = s;
      ends[count] = i;
      hashes[count] = ascii ? hashAscii(text, s, i) : hashUnicode(text.substring(s, i));
      count++;
    }
    return new Tokens(Arrays.copyOf(starts, count), Arrays.copyOf(ends, count), Arrays.copyOf(hashes, count));
  }

  /** The normalised form of one word, as hashed: for tests and debugging. */
  public static String normalizeWord(String word) {
    String nfkc = Normalizer.normalize(word, Normalizer.Form.NFKC);
    StringBuilder b = new StringBuilder(nfkc.length());
    nfkc.codePoints().forEach(cp -> b.appendCodePoint(Character.toLowerCase(cp)));
    return b.toString();
  }

  private static boolean isWordChar(int c) {
    if (c < 0x80) return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'; // fast path
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
        || Character.getType(c) == Character.COMBINING_SPACING_MARK;
  }

  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private static long hashAscii(String text, int from, int to) {
    long h = FNV_OFFSET;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c >= 'A' && c <= 'Z') c = (char) (c + 32);
      h = (h ^ c) * FNV_PRIME;
    }
    return Mix.mix64(h);
  }

  private static long hashUnicode(String word) {
    String norm = normalizeWord(word);
    long h = FNV_OFFSET;
    for (int i = 0; i < norm.length(); i++) h = (h ^ norm.charAt(i)) * FNV_PRIME;
    return Mix.mix64(h);
  }
}
