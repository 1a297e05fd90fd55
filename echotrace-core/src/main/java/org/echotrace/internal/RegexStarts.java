package org.echotrace.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pairs of ASCII characters a regular expression can begin a match with, found once by asking the expression
 * itself: given those two characters alone (or one, at the end of a text) it matches, or runs out of input wanting
 * more ({@link Matcher#hitEnd()}). Where the table says no, no text that begins so can match, and the expression need
 * not run there. Hand-written because {@code java.util.regex} has no literal prefilter: an alternation of phrases is
 * tried phrase by phrase at every place it is asked about, which made such scans a large part of extraction and
 * profiling. Not API.
 *
 * <p>The expression must be what a match begins with (an alternation, without {@code ^} or a look-behind before it);
 * look-arounds inside it are safe, since at the end of the input they report {@code hitEnd}. Thread-safe once built.
 */
public final class RegexStarts {
  /** {@code table[c][d]}: a match can begin with c then d; {@code table[c][0]}: with c (then anything, or nothing). */
  private final boolean[][] table = new boolean[128][];
  private static final boolean[] NONE = new boolean[128];
  private final Pattern expression;
  /**
   * {@code third[c << 7 | d][e]}: a match can begin with c, d, e; a row is asked of the expression the first time a
   * text holds an allowed pair (some hundred pairs of 16,384 are ever read, and asking for all would cost seconds).
   * Two characters let through every common word start where a cue begins with a short word ("in", "th"): the third
   * keeps the expression from running at most of them.
   */
  private final java.util.concurrent.atomic.AtomicReferenceArray<boolean[]> third =
      new java.util.concurrent.atomic.AtomicReferenceArray<>(128 * 128);

  public RegexStarts(Pattern expression) {
    this.expression = expression;
    Matcher m = expression.matcher(""); // one matcher for all the questions: a new one allocates its group arrays
    for (char c = 0; c < 128; c++) {
      if (!may(m, String.valueOf(c))) {
        table[c] = NONE; // no pair that begins with c can do better than c alone
        continue;
      }
      boolean[] row = new boolean[128];
      row[0] = true;
      for (char d = 1; d < 128; d++) row[d] = may(m, "" + c + d);
      table[c] = row;
    }
  }

  private static boolean may(Matcher m, String input) {
    m.reset(input);
    return m.lookingAt() || m.hitEnd();
  }

  /**
   * Whether a match may begin at {@code i} of {@code text} ({@code i} < its length), judged by the characters at
   * {@code i}, {@code i + 1} and {@code i + 2}; always true where one of them is not ASCII (or is NUL).
   */
  public boolean mayStartAt(CharSequence text, int i) {
    int n = text.length();
    char c = text.charAt(i);
    char d = i + 1 < n ? text.charAt(i + 1) : 0;
    if (c >= 128 || d >= 128) return true;
    if (!table[c][d]) return false;
    char e = i + 2 < n ? text.charAt(i + 2) : 0;
    if (d == 0 || e == 0 || e >= 128) return true;
    int at = c << 7 | d;
    boolean[] row = third.get(at);
    if (row == null) {
      row = new boolean[128];
      Matcher m = expression.matcher("");
      for (char x = 1; x < 128; x++) row[x] = may(m, "" + c + d + x);
      third.set(at, row); // filled before it is published; two threads may both fill it, alike
    }
    return row[e];
  }
}
