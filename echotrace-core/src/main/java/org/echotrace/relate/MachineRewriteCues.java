package org.echotrace.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stock phrases of language-model rewrites of news ({@code machine-rewrite-cues.tsv}: "In a significant development",
 * "It is worth noting that", "Overall, the announcement highlights..."): content farms that launder articles through
 * a model leave them in the copy, and original reporting rarely stacks them. Counted per article;
 * {@link OriginResolver} uses the difference between two sides of a rewrite as a weak sign of which side is the
 * rewrite, after dates and credits.
 * English only so far. Thread-safe: no state.
 */
public final class MachineRewriteCues {
  private static final String ALTERNATION = "(?:" + String.join("|",
      org.echotrace.internal.ResourceTable.entries("/org/echotrace/relate/machine-rewrite-cues.tsv", 2).stream()
          .map(row -> row[0]).toList()) + ")";
  /** The cues of {@code machine-rewrite-cues.tsv}, in its order, as one alternation matched at a word start. */
  private static final Pattern CUES = Pattern.compile("\\b" + ALTERNATION, Pattern.CASE_INSENSITIVE);
  /**
   * Where a cue can begin ({@link org.echotrace.internal.RegexStarts}): a cue is tried only where one of its first two
   * characters starts a word, instead of at every character; scanning every article's text (once, for its profile)
   * with the alternation alone cost about 0.1 ms an article.
   */
  private static final org.echotrace.internal.RegexStarts STARTS =
      new org.echotrace.internal.RegexStarts(Pattern.compile(ALTERNATION, Pattern.CASE_INSENSITIVE));
  /** One side needs this many more cues than the other to count as the rewrite. */
  static final int MARGIN = 3;

  /** The cues found in the text, in order (lower case). */
  public List<String> find(String text) {
    List<String> out = new ArrayList<>();
    // CASE_INSENSITIVE without UNICODE_CASE folds ASCII letters only, as the cues are written (lower case, ASCII);
    // the regex runs only where a cue can start, so folding costs little
    Matcher m = CUES.matcher(text).useTransparentBounds(true); // \\b sees the character before the region
    int n = text.length();
    for (int i = 0; i < n; ) {
      char c = text.charAt(i);
      // the word-start test first: it is cheaper than the cue starts and rules out most positions (inside words)
      boolean candidate = (c >= 128 || !wordChar(c) || i == 0 || !wordChar(text.charAt(i - 1)))
          && STARTS.mayStartAt(text, i);
      if (candidate && m.region(i, n).lookingAt() && m.end() > i) {
        out.add(asciiLower(m.group()));
        i = m.end();
      } else {
        i++;
      }
    }
    return out;
  }

  private static boolean wordChar(char c) {
    if (c < 128) return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    return Character.isLetterOrDigit(c);
  }

  private static String asciiLower(String text) {
    char[] c = null;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch >= 'A' && ch <= 'Z') {
        if (c == null) c = text.toCharArray();
        c[i] = (char) (ch + 32);
      }
    }
    return c == null ? text : new String(c);
  }
}
