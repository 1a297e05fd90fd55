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
  /** The cues of {@code machine-rewrite-cues.tsv}, in its order, as one alternation matched at a word start. */
  private static final Pattern CUES = Pattern.compile("\\b(?:" + String.join("|",
      org.echotrace.internal.ResourceTable.entries("/org/echotrace/relate/machine-rewrite-cues.tsv", 2).stream()
          .map(row -> row[0]).toList()) + ")");
  /** One side needs this many more cues than the other to count as the rewrite. */
  static final int MARGIN = 3;

  /** The cues found in the text, in order (lower case). */
  public List<String> find(String text) {
    List<String> out = new ArrayList<>();
    // ASCII letters lowered, nothing else touched, then a case-sensitive match: what CASE_INSENSITIVE (ASCII only)
    // would match, without folding every character compared
    Matcher m = CUES.matcher(asciiLower(text));
    while (m.find()) out.add(m.group());
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
