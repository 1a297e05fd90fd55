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
   * The pairs of ASCII characters a cue can begin with: where the alternation alone, given those two characters (or
   * one, at the end of a text), matches or runs out of input wanting more ({@link Matcher#hitEnd()}). A cue is tried only where one of them starts a word,
   * instead of at every character: the regex engine has no literal prefilter for an alternation, and scanning every
   * article's text (once, for its profile) cost about 0.1 ms an article.
   */
  private static final boolean[][] FIRST = first(Pattern.compile(ALTERNATION));
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
      char c = lower(text.charAt(i));
      char d = i + 1 < n ? lower(text.charAt(i + 1)) : 0;
      boolean candidate = c >= 128 || d >= 128
          || FIRST[c][d] && (!wordChar(c) || i == 0 || !wordChar(text.charAt(i - 1)));
      if (candidate && m.region(i, n).lookingAt() && m.end() > i) {
        out.add(asciiLower(m.group()));
        i = m.end();
      } else {
        i++;
      }
    }
    return out;
  }

  private static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
  }

  private static boolean wordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  /** {@code out[c][d]}: a cue can begin with c then d; {@code out[c][0]}: a cue can be c alone or begin with it. */
  private static boolean[][] first(Pattern alternation) {
    boolean[][] out = new boolean[128][128];
    for (char c = 0; c < 128; c++) {
      for (char d = 0; d < 128; d++) {
        Matcher m = alternation.matcher(d == 0 ? String.valueOf(c) : "" + c + d);
        out[c][d] = m.lookingAt() || m.hitEnd();
      }
    }
    return out;
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
