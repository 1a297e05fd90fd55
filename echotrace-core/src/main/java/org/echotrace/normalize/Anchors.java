package org.echotrace.normalize;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.echotrace.internal.SortedArrays;

/**
 * Language-independent anchors of a text: numbers and names, the facts a rewrite or a translation keeps when every
 * other word changes. Numbers are digit strings with thousands separators removed ("1,000", "1.000" and "1 000" are
 * {@code 1000}; a decimal comma is a point). Names are capitalised words that do not start a sentence, transliterated
 * to Latin with ICU ("Песков" → "peskov") , so that inflected forms
 * ("Пескова", "Peskows") and spelling variants (Zelensky/Zelenskiy) meet. The skeleton is crude, but an anchor only
 * nominates or supports a pair: sentence alignment decides. Written by hand; the transliteration is ICU's.
 * Thread-safe: the transliterator and a memo of name keys are per thread.
 */
public final class Anchors {
  /** Name keys: the first letter and up to three consonants. */
  static final int NAME_KEY = 4;
  private static final ThreadLocal<Transliterator> TO_LATIN =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Russian-Latin/BGN; Any-Latin; Latin-ASCII; Lower"));

  /** One anchor: its normalised form and where it stands in the text. */
  public record Anchor(String key, int start, int end, boolean number) implements java.io.Serializable {
    public long hash() {
      long h = 0xcbf29ce484222325L;
      for (int i = 0; i < key.length(); i++) h = (h ^ key.charAt(i)) * 0x100000001b3L;
      return Mix.mix64(h ^ (number ? 1 : 2));
    }
  }

  /** Anchors in text order. */
  public List<Anchor> of(String text) {
    List<Anchor> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    boolean sentenceStart = true;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isDigit(c)) {
        int s = i;
        StringBuilder digits = new StringBuilder();
        int grouped = 0; // thousands separators read so far: "2024 150" is a year and a count, "1 000 000" one number
        while (i < n) {
          char d = text.charAt(i);
          if (Character.isDigit(d)) {
            digits.append(Character.forDigit(Character.digit(d, 10), 10));
            i++;
          } else if ((d == ',' || d == '.' || d == ' ' || d == '\u00A0' || d == '\u202F' || d == '\'') && i + 1 < n
              && Character.isDigit(text.charAt(i + 1)) && !(isSpace(d) && grouped == 0 && digits.length() > 3)) {
            int run = 0;
            while (i + 1 + run < n && Character.isDigit(text.charAt(i + 1 + run))) run++;
            if (run == 3) {
              grouped++;
              i++; // thousands separator ("3.141" is read as 3141: rare in news, and harmless for an anchor)
            } else if (d == ',' || d == '.') {
              digits.append('.');
              i++;
            } else {
              break;
            }
          } else {
            break;
          }
        }
        String key = digits.toString();
        if (key.length() >= 2 || key.contains(".")) out.add(new Anchor(key, s, i, true));
        sentenceStart = false;
        continue;
      }
      if (Character.isLetter(c)) {
        int s = i;
        while (i < n && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '-')) i++;
        if (Character.isUpperCase(c) && !sentenceStart && (i - s >= 3 || acronym(text, s, i)) && !allUpperShort(text, s, i)) {
          String key = nameKey(text.substring(s, i), allUpper(text, s, i));
          if (key.length() >= 2) out.add(new Anchor(key, s, i, false));
        }
        sentenceStart = false;
        continue;
      }
      if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ':') sentenceStart = true;
      else if (!Character.isWhitespace(c) && "\"“”«»„‘’'()[]—–-".indexOf(c) < 0) {
        sentenceStart = false;
      }
      i++;
    }
    return out;
  }

  /** Names remembered per thread before the memo is emptied. */
  static final int MEMO_NAMES = 1 << 15;
  private static final ThreadLocal<Map<String, String>> NAME_KEYS = ThreadLocal.withInitial(HashMap::new);

  /**
   * A capitalised word's anchor key, remembered per thread: ICU transliteration of every name occurrence was a tenth
   * of the profile's time, and names repeat.
   */
  private static String nameKey(String word, boolean allUpper) {
    Map<String, String> memo = NAME_KEYS.get();
    String known = memo.get(word);
    if (known != null) return known;
    if (memo.size() >= MEMO_NAMES) memo.clear();
    String latin = TO_LATIN.get().transliterate(word);
    String key = allUpper ? lettersOnly(latin) : skeleton(latin); // EU, NATO: as written
    memo.put(word, key);
    return key;
  }

  /** The letters a-z of {@code latin}, in order (a loop: a regular expression here was a tenth of profiling). */
  static String lettersOnly(String latin) {
    StringBuilder b = null;
    for (int i = 0; i < latin.length(); i++) {
      char c = latin.charAt(i);
      boolean keep = c >= 'a' && c <= 'z';
      if (!keep && b == null) b = new StringBuilder(latin.length()).append(latin, 0, i);
      else if (keep && b != null) b.append(c);
    }
    return b == null ? latin : b.toString();
  }

  /**
   * The name's consonant skeleton: first letter, then up to {@link #NAME_KEY} - 1 consonants, with the spellings
   * transliteration varies on merged (German tsch, French tch and English ch; sch/sh; ch/kh/h; y/j/i; w/v; z/s; ck/k;
   * ph/f; doubled letters). "Mehta" and "Mekhta", "Saltbush" and "Soltbush", "Zelensky", "Zelenskiy" and "Selenskyj",
   * "Kamchatka" and "Kamtschatka" meet; so do inflected forms that only change the ending.
   */
  static String skeleton(String latin) {
    String w = lettersOnly(latin).replace("tsch", "ch").replace("tch", "ch").replace("sch", "sh")
        .replace("ch", "h").replace("kh", "h").replace("ck", "k").replace("ph", "f").replace('w', 'v').replace('z', 's')
        .replace('j', 'i').replace('y', 'i');
    if (w.isEmpty()) return w;
    StringBuilder b = new StringBuilder().append(w.charAt(0));
    for (int i = 1; i < w.length() && b.length() < NAME_KEY; i++) {
      char c = w.charAt(i);
      if ("aeiou".indexOf(c) >= 0 || c == b.charAt(b.length() - 1)) continue;
      b.append(c);
    }
    return b.toString();
  }

  /**
   * The key two spellings of one name share (Sergey/Sergei, Zelensky/Zelenskiy/Зеленский, Kiev/Kyiv): the word
   * transliterated to Latin, then its consonant skeleton.
   */
  public static String nameKey(String word) {
    return skeleton(TO_LATIN.get().transliterate(word));
  }

  /** The word transliterated to lower-case ASCII Latin ("Зеленский" → "zelenskiy"). */
  public static String latin(String word) {
    return TO_LATIN.get().transliterate(word);
  }

  /** Distinct anchor hashes, sorted: for set overlap and inverted indexes. */
  public long[] hashes(String text) {
    List<Anchor> all = of(text);
    long[] h = new long[all.size()];
    for (int i = 0; i < h.length; i++) h[i] = all.get(i).hash();
    return SortedArrays.sortedDistinct(h);
  }

  /** How many of two sorted distinct arrays' values are shared. */
  public static int shared(long[] a, long[] b) {
    return SortedArrays.shared(a, b);
  }


  private static boolean isSpace(char d) {
    return d == ' ' || d == '\u00A0' || d == '\u202F';
  }

  private static boolean allUpper(String text, int from, int to) {
    for (int i = from; i < to; i++) if (!Character.isUpperCase(text.charAt(i))) return false;
    return true;
  }

  /** Two capitals ("EU", "UN"): an acronym, kept as a name. */
  private static boolean acronym(String text, int from, int to) {
    return to - from == 2 && Character.isUpperCase(text.charAt(from + 1));
  }

  /** Acronyms like "EU", "NATO" stay (they are names), but skip shouting words longer than 5 letters ("BREAKING"). */
  private static boolean allUpperShort(String text, int from, int to) {
    if (to - from <= 5) return false;
    for (int i = from; i < to; i++) if (Character.isLowerCase(text.charAt(i))) return false;
    return true;
  }
}
