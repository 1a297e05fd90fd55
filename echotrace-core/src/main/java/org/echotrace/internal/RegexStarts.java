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

  public RegexStarts(Pattern expression) {
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
   * {@code i} and {@code i + 1}; always true where either is not ASCII.
   */
  public boolean mayStartAt(CharSequence text, int i) {
    char c = text.charAt(i);
    char d = i + 1 < text.length() ? text.charAt(i + 1) : 0;
    return c >= 128 || d >= 128 || table[c][d];
  }
}
