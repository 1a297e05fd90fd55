package org.echotrace.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into sentences, including sentences glued together by careless scraping ("said on Tuesday.Peskov made",
 * "promote war.”He added"). Written by hand: ICU's BreakIterator does not split glued sentences and breaks after
 * abbreviations such as "St." in "St. Petersburg". Thread-safe: no state.
 */
public final class SentenceSplitter {
  /** Abbreviations after which a full stop does not end a sentence (lower case, without the stop). */
  private static final Set<String> ABBREVIATIONS = Set.of(
      "mr", "mrs", "ms", "dr", "st", "sr", "jr", "prof", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "gov",
      "sen", "rep", "rev", "hon", "pres", "no", "nos", "vs", "etc", "inc", "ltd", "co", "corp", "jan", "feb", "mar",
      "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "fig", "approx", "est", "dept", "univ", "mt",
      "ft", "e.g", "i.e", "u.s", "u.k", "u.n", "a.m", "p.m", "op", "cf", "al", "vol", "pp");

  /** Sentence spans as {@code int[]{start, end}}, trimmed, in order. */
  public List<int[]> split(String text) {
    List<int[]> spans = new ArrayList<>();
    int start = skipSpace(text, 0);
    int n = text.length();
    for (int i = start; i < n; i++) {
      char c = text.charAt(i);
      if (c != '.' && c != '!' && c != '?' && c != '…') continue;
      int end = i + 1;
      while (end < n && (isTerminal(text.charAt(end)) || isClosing(text.charAt(end)))) end++;
      if (!isBoundary(text, i, end)) continue;
      addSpan(spans, text, start, end);
      start = skipSpace(text, end);
      i = start - 1;
    }
    if (start < n) addSpan(spans, text, start, n);
    return spans;
  }

  /** Sentences as strings. */
  public List<String> sentences(String text) {
    List<String> out = new ArrayList<>();
    for (int[] s : split(text)) out.add(text.substring(s[0], s[1]));
    return out;
  }

  /**
   * Inserts the missing space where sentences were glued ("Tuesday.Peskov" becomes "Tuesday. Peskov"); text without
   * glued sentences comes back unchanged.
   */
  public String repairGlued(String text) {
    StringBuilder out = null;
    int copied = 0;
    for (int[] s : split(text)) {
      if (s[0] > 0 && !Character.isWhitespace(text.charAt(s[0] - 1))) {
        if (out == null) out = new StringBuilder(text.length() + 16);
        out.append(text, copied, s[0]).append(' ');
        copied = s[0];
      }
    }
    if (out == null) return text;
    return out.append(text, copied, text.length()).toString();
  }

  private static boolean isBoundary(String text, int stop, int end) {
    int n = text.length();
    if (end >= n) return true;
    char next = text.charAt(end);
    boolean glued = !Character.isWhitespace(next);
    int k = glued ? end : skipSpace(text, end);
    if (k >= n) return true;
    int f = isOpening(text.charAt(k)) && k + 1 < n ? k + 1 : k;
    char first = text.charAt(f);
    if (text.charAt(stop) == '.' && isAbbreviation(text, stop)) return false;
    if (glued) {
      // "Tuesday.Peskov", "war.”He", "Kiev.“There": a lower-case letter, digit or closing quote before the stop, and a
      // capitalised word after it. "U.S.President" (capital before the stop), "3.5" and "RT.com" are not boundaries.
      char before = lastBefore(text, stop);
      boolean prevOk = Character.isLowerCase(before) || isClosing(before)
          || Character.isDigit(before) && text.charAt(stop) != '.';
      return prevOk && Character.isUpperCase(first) && f + 1 < n && Character.isLowerCase(text.charAt(f + 1));
    }
    return Character.isUpperCase(first) || Character.isDigit(first) || !Character.isLetter(first);
  }

  private static char lastBefore(String text, int stop) {
    return stop == 0 ? ' ' : text.charAt(stop - 1);
  }

  private static boolean isAbbreviation(String text, int stop) {
    int s = stop;
    while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) s--;
    String word = text.substring(s, stop).toLowerCase(Locale.ROOT);
    if (word.isEmpty()) return false;
    if (word.length() == 1 && Character.isUpperCase(text.charAt(s))) return true; // an initial: "J. Smith"
    if (ABBREVIATIONS.contains(word)) return true;
    // dotted acronyms: "U.S.", "a.m."
    return word.indexOf('.') > 0 && word.length() <= 6;
  }

  private static void addSpan(List<int[]> spans, String text, int start, int end) {
    int e = end;
    while (e > start && Character.isWhitespace(text.charAt(e - 1))) e--;
    if (e > start) spans.add(new int[] {start, e});
  }

  private static int skipSpace(String text, int i) {
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
    return i;
  }

  private static boolean isTerminal(char c) {
    return c == '.' || c == '!' || c == '?' || c == '…';
  }

  static boolean isClosing(char c) {
    return c == '"' || c == '\'' || c == '”' || c == '’' || c == '»' || c == ')' || c == ']';
  }

  static boolean isOpening(char c) {
    return c == '"' || c == '“' || c == '„' || c == '«' || c == '‘' || c == '(' || c == '\'';
  }
}
