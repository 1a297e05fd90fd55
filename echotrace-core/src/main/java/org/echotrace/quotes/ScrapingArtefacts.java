package org.echotrace.quotes;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marks that scraping leaves in text and that are not speech: hyphenation points left in a word (a soft hyphen, or
 * dash runs as in "neg---at---ively"), and quotation marks around something that is not words at all ("-----BEGIN
 * CERTIFICATE-----", "*****"). Structural rules, no word list. Thread-safe: no state.
 */
final class ScrapingArtefacts {
  private static final char SOFT_HYPHEN = '\u00AD';
  /**
   * A word cut at two or more places by runs of two or more hyphens: hyphenation points a page rendered as text
   * ("neg---at---ively"). One run alone is left as it is: "tried--and" is an old-style dash between two words.
   */
  private static final Pattern BROKEN_WORD = Pattern.compile("\\p{L}+(?:-{2,}\\p{L}+){2,}");
  private static final Pattern DASH_RUN = Pattern.compile("-{2,}");
  /**
   * Opens or closes with three or more of one drawing character: a banner, a rule or a code marker, not speech.
   * Dots, exclamation and question marks are left out: "I guess I'll see you later then..." and "HIDEOUS!!!!" are
   * speech.
   */
  private static final Pattern FRAMED = Pattern.compile("^\\s*([-=_*~#+<>|/\\\\])\\1{2,}|([-=_*~#+<>|/\\\\])\\2{2,}\\s*$");
  /** A letter or digit: a quote with none ("—", "***", "…") says nothing. */
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]");

  private ScrapingArtefacts() {}

  /** {@code text} with soft hyphens removed and words cut by hyphenation dashes joined again. */
  static String unbroken(String text) {
    String t = text.indexOf(SOFT_HYPHEN) >= 0 ? text.replace(String.valueOf(SOFT_HYPHEN), "") : text;
    if (t.indexOf("--") < 0) return t;
    Matcher m = BROKEN_WORD.matcher(t);
    StringBuilder out = new StringBuilder(t.length());
    while (m.find()) m.appendReplacement(out, Matcher.quoteReplacement(DASH_RUN.matcher(m.group()).replaceAll("")));
    m.appendTail(out);
    return out.toString();
  }

  /** Whether quoted text is a scraping artefact rather than a quote. */
  static boolean notSpeech(String quoted) {
    String t = unbroken(quoted);
    return !WORD.matcher(t).find() || FRAMED.matcher(t).find();
  }
}
