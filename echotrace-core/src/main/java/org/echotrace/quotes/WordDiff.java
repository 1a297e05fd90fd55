package org.echotrace.quotes;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.echotrace.internal.WordAlignment;
import org.echotrace.model.QuoteVariant.Op;
import org.echotrace.model.QuoteVariant.WordEdit;

/**
 * Word-level comparison of two short texts (quotes). Words are runs of letters and digits (hyphenated and apostrophe
 * words kept whole), compared case-, accent- and punctuation-blind: their comparison keys are aligned by
 * {@link WordAlignment} (java-diff-utils), at most {@link #MAX_WORDS} words per side, which is all a quote needs.
 */
public final class WordDiff {
  /** Longer texts are cut to this many words before diffing. */
  static final int MAX_WORDS = 400;

  private WordDiff() {}

  /**
   * The words of a text as written (punctuation around them removed), with scraping's hyphenation marks taken out of
   * them ("grund\u00ADle\u00ADgende", "neg---at---ively": see {@link ScrapingArtefacts#unbroken}).
   */
  public static List<String> words(String raw) {
    String text = ScrapingArtefacts.unbroken(raw);
    List<String> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      while (i < n && !Character.isLetterOrDigit(text.codePointAt(i))) i += Character.charCount(text.codePointAt(i));
      int start = i;
      while (i < n) {
        int c = text.codePointAt(i);
        if (Character.isLetterOrDigit(c)) {
          i += Character.charCount(c);
        } else if ((c == '-' || c == '\'' || c == '\u2019' || c == '\u2010' || c == '.' || c == ',')
            && i + 1 < n && Character.isLetterOrDigit(text.codePointAt(i + 1)) && i > start) {
          i++; // half-Fuhrer, don't, 8.5, 840,000
        } else {
          break;
        }
      }
      if (i > start) out.add(text.substring(start, i));
    }
    return out;
  }

  /** The comparison key of a word: lower case, accents and apostrophe variants folded. */
  public static String key(String word) {
    String s = Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return s.replace('\u2019', '\'').replace('\u2010', '-').toLowerCase(Locale.ROOT);
  }

  /** The comparison keys of a text's words. */
  public static List<String> keys(String text) {
    List<String> words = words(text);
    List<String> keys = new ArrayList<>(words.size());
    for (String w : words) keys.add(key(w));
    return keys;
  }

  /**
   * The edits that turn {@code from} into {@code to}: runs of kept, deleted and inserted words (as written in the
   * respective text), in order; deletions before insertions at the same place.
   */
  public static List<WordEdit> diff(String from, String to) {
    List<String> a = cap(words(from));
    List<String> b = cap(words(to));
    int n = a.size();
    int m = b.size();
    List<String> ka = new ArrayList<>(n);
    List<String> kb = new ArrayList<>(m);
    for (String w : a) ka.add(key(w));
    for (String w : b) kb.add(key(w));
    int[] match = WordAlignment.matches(ka, kb);
    List<WordEdit> out = new ArrayList<>();
    Run run = new Run(out);
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
      if (i < n && match[i] == j) {
        run.add(Op.KEEP, b.get(j));
        i++;
        j++;
      } else if (i < n && match[i] < 0) {
        run.add(Op.DELETE, a.get(i++));
      } else {
        run.add(Op.INSERT, b.get(j++));
      }
    }
    run.flush();
    return List.copyOf(out);
  }

  /** Length of the longest common subsequence of two key lists, over the share of the longer: 0..1. */
  public static double overlap(List<String> a, List<String> b) {
    if (a.isEmpty() || b.isEmpty()) return 0;
    List<String> x = cap(a);
    List<String> y = cap(b);
    return WordAlignment.common(x, y) / (double) Math.max(x.size(), y.size());
  }

  /** Index of {@code part} as a contiguous run inside {@code whole}, or -1. */
  public static int indexOf(List<String> whole, List<String> part) {
    if (part.isEmpty() || part.size() > whole.size()) return -1;
    outer:
    for (int i = 0; i + part.size() <= whole.size(); i++) {
      for (int k = 0; k < part.size(); k++) {
        if (!whole.get(i + k).equals(part.get(k))) continue outer;
      }
      return i;
    }
    return -1;
  }

  private static <T> List<T> cap(List<T> list) {
    return list.size() <= MAX_WORDS ? list : list.subList(0, MAX_WORDS);
  }

  /** Collects consecutive words of one operation into one edit. */
  private static final class Run {
    private final List<WordEdit> out;
    private Op op;
    private final StringBuilder words = new StringBuilder();

    Run(List<WordEdit> out) {
      this.out = out;
    }

    void add(Op next, String word) {
      if (next != op) flush();
      op = next;
      if (words.length() > 0) words.append(' ');
      words.append(word);
    }

    void flush() {
      if (op != null && words.length() > 0) out.add(new WordEdit(op, words.toString()));
      words.setLength(0);
      op = null;
    }
  }
}
