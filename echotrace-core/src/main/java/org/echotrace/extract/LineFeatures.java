package org.echotrace.extract;

import java.util.BitSet;
import org.echotrace.quotes.QuoteRegions;

/**
 * What the classifier knows about one line: shape (words, sentences, terminal punctuation, truncation),
 * voice (does it address the reader or speak for the outlet, outside quotation marks) and recurrence in the corpus.
 */
record LineFeatures(
    String text,
    int words,
    int sentences,
    boolean sentenceEnd,
    boolean truncated,
    boolean readerAddress,
    boolean outletVoice,
    double quoted,
    int documents) {

  private static final int READER = 1, OUTLET = 2;

  /**
   * Whether the text addresses the reader (you, your, yours, in English: other languages' pronouns, German du or Sie,
   * cost more recall than they gained) or speaks for the outlet (we, our, and "us" in lower case only: "US" is the
   * country). A word scan, not a regex: this runs on every line of every page.
   */
  static int voice(String text) {
    int flags = 0, i = 0, n = text.length();
    while (i < n) {
      while (i < n && !Character.isLetter(text.charAt(i))) i++;
      int start = i;
      while (i < n && Character.isLetter(text.charAt(i))) i++;
      int len = i - start;
      if (len < 2 || len > 5) continue;
      char c0 = text.charAt(start);
      if (c0 == 'y' || c0 == 'Y') {
        if (wordIs(text, start, len, "you") || wordIs(text, start, len, "your") || wordIs(text, start, len, "yours")) flags |= READER;
      } else if (c0 == 'w' || c0 == 'W') {
        if (len == 2 && (text.charAt(start + 1) == 'e')) flags |= OUTLET;
      } else if (c0 == 'o' || c0 == 'O') {
        if (len == 3 && text.charAt(start + 1) == 'u' && text.charAt(start + 2) == 'r') flags |= OUTLET;
      } else if (c0 == 'u' && len == 2 && text.charAt(start + 1) == 's') {
        flags |= OUTLET;
      }
      if (flags == (READER | OUTLET)) return flags;
    }
    return flags;
  }

  private static boolean wordIs(String text, int start, int len, String word) {
    return len == word.length() && text.regionMatches(true, start, word, 0, len);
  }

  private static final SentenceSplitter SPLITTER = new SentenceSplitter();

  static LineFeatures of(String text, int documents) {
    String outside = outsideQuotes(text);
    int words = countWords(text);
    String end = text.stripTrailing();
    char last = end.isEmpty() ? ' ' : end.charAt(end.length() - 1);
    boolean truncated = truncated(end);
    boolean sentenceEnd = !truncated && endsSentence(end, last);
    double quoted = text.isEmpty() ? 0 : 1.0 - (double) outside.length() / text.length();
    // the sentence count only matters for lines without a sentence end (see sentenceLike)
    int sentences = words == 0 ? 0 : sentenceEnd ? 1 : SPLITTER.split(text).size();
    int voice = voice(outside);
    return new LineFeatures(text, words, sentences, sentenceEnd, truncated, (voice & READER) != 0,
        (voice & OUTLET) != 0, quoted, documents);
  }

  /** Ends with "..", "..." or "…", possibly followed by a closing quote or bracket and spaces. */
  private static boolean truncated(String end) {
    int i = end.length() - 1;
    while (i >= 0 && Character.isWhitespace(end.charAt(i))) i--;
    if (i >= 0 && "\"”’)".indexOf(end.charAt(i)) >= 0) i--;
    while (i >= 0 && Character.isWhitespace(end.charAt(i))) i--;
    if (i < 0) return false;
    if (end.charAt(i) == '…') return true;
    return i >= 1 && end.charAt(i) == '.' && end.charAt(i - 1) == '.';
  }

  private static boolean endsSentence(String s, char last) {
    if (isStop(last)) return true;
    if ((last == '"' || last == '”' || last == '“' || last == '’' || last == '\'' || last == ')' || last == '»' || last == '」')
        && s.length() > 1) {
      char before = s.charAt(s.length() - 2);
      return isStop(before) || before == ',';
    }
    return false;
  }

  /** Full stops of the scripts we read: Latin, CJK (。！？), Arabic (؟ ۔), Devanagari (।). */
  private static boolean isStop(char c) {
    return c == '.' || c == '!' || c == '?' || c == '。' || c == '！' || c == '？' || c == '؟' || c == '۔' || c == '।';
  }

  /**
   * Words; in scripts written without spaces (Chinese, Japanese) every two ideographs or kana count as one word, about
   * the average word length there, so that length thresholds mean the same in every language.
   */
  static int countWords(String text) {
    int n = 0, cjk = 0;
    boolean in = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isCjk(c)) {
        cjk++;
        in = false;
        continue;
      }
      boolean letter = Character.isLetterOrDigit(c);
      if (letter && !in) n++;
      in = letter;
    }
    return n + (cjk + 1) / 2;
  }

  static boolean isCjk(char c) {
    if (c < 0x2E80) return false; // below the CJK radicals: Latin, Cyrillic, Arabic, ... (the common case, fast)
    Character.UnicodeScript s = Character.UnicodeScript.of(c);
    return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
        || s == Character.UnicodeScript.KATAKANA;
  }

  /**
   * The text with quoted stretches removed, as the quote finder reads them ({@link QuoteRegions}: the one detector of
   * quotation marks; an unclosed quote runs to the line's end).
   */
  static String outsideQuotes(String text) {
    if (!QuoteRegions.mayQuote(text)) return text; // most lines: nothing to remove, nothing to copy
    BitSet quoted = QuoteRegions.lineMask(text);
    if (quoted.isEmpty()) return text;
    StringBuilder b = new StringBuilder(text.length());
    for (int i = quoted.nextClearBit(0); i < text.length(); i = quoted.nextClearBit(i + 1)) b.append(text.charAt(i));
    return b.toString();
  }

  boolean sentenceLike() {
    return sentenceEnd || sentences >= 2 && words >= 12;
  }
}
