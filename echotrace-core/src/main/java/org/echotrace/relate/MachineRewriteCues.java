package org.echotrace.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stock phrases of language-model rewrites of news ("In a significant development", "It is worth noting that",
 * "Overall, the announcement highlights..."): content farms that launder articles through a model leave them in
 * the copy, and original reporting rarely stacks them. Counted per article; {@link OriginResolver} uses the
 * difference between two sides of a rewrite as a weak sign of which side is the rewrite, after dates and credits.
 * English only so far. Thread-safe: no state.
 */
public final class MachineRewriteCues {
  private static final Pattern CUES = Pattern.compile(
      "\\b(?:in a (?:significant|notable|major) development|it is (?:worth noting|important to note|noteworthy)"
          + "|it['’]?s worth noting|notably,|overall,|in conclusion,|furthermore,|moreover,|additionally,"
          + "|in light of (?:this|these)|this development (?:comes|highlights|underscores)"
          + "|(?:highlights|underscores) the (?:ongoing|growing|importance)|it remains to be seen"
          + "|as the situation (?:continues to (?:unfold|evolve|develop)|unfolds|evolves|develops)|in a move (?:that|aimed)"
          + "|amid (?:growing|ongoing|mounting) (?:tensions|concerns)|sparking (?:concerns|debate)"
          + "|the move comes as|this comes as|delve)");
  /** One side needs this many more cues than the other to count as the rewrite. */
  static final int MARGIN = 3;

  /** The cues found in the text, in order (lower case). */
  public List<String> find(String text) {
    List<String> out = new ArrayList<>();
    // ASCII letters lowered, nothing else touched, then a case-sensitive match: what CASE_INSENSITIVE (ASCII only)
    // matches, at a third of its cost (it folds every character it compares)
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
