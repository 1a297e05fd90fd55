package org.echotrace.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RegexStartsTest {
  /** Expressions of the shapes the cue files use: alternations, optional parts, classes, digits, boundaries. */
  private static final List<String> EXPRESSIONS = List.of(
      "(?iu)(?:read more|see also|related( stories| articles)?|more from)",
      "(?iu)(?:\\d+ (comments|replies)|tags?\\s*:|categor(y|ies)\\s*:)",
      "(?iu)(?:e-?mail|sign[- ]up|log ?in|app|cookies?)",
      "(?iu)(?:mehr (zu|zum|über)\\b|noch mehr|top[- ]themen)",
      "(?i)(?:it is worth noting|in a significant development|overall,)",
      "(?iu)(?:©|\\(c\\) \\d{4}|a?b)");

  @Test
  void whereTheTableSaysNoTheExpressionNeverMatches() {
    Random random = new Random(7);
    String alphabet = "aAbBcCeEgGiIlLmMnNoOrRsStTuUzZ-:©() 0123456789,.\u00e9\u00fc";
    for (String e : EXPRESSIONS) {
      Pattern p = Pattern.compile(e);
      RegexStarts starts = new RegexStarts(p);
      int skipped = 0;
      for (int n = 0; n < 20_000; n++) {
        StringBuilder b = new StringBuilder();
        int len = 1 + random.nextInt(12);
        for (int k = 0; k < len; k++) b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        if (random.nextInt(3) == 0) b.insert(0, List.of("read more", "Sign-up", "Tags:", "12 comments", "mehr zu",
            "Overall,", "(c) 2024", "ab").get(random.nextInt(8)));
        String text = b.toString();
        for (int i = 0; i < text.length(); i++) {
          if (starts.mayStartAt(text, i)) continue;
          skipped++;
          assertFalse(p.matcher(text).region(i, text.length()).lookingAt(),
              () -> e + " matches \"" + text + "\" where the table said it cannot");
        }
      }
      assertTrue(skipped > 10_000, e + ": the table rules out few places (" + skipped + ")");
    }
  }

  @Test
  void nonAsciiCharactersAreAlwaysCandidates() {
    RegexStarts starts = new RegexStarts(Pattern.compile("(?iu)(?:read more)"));
    assertTrue(starts.mayStartAt("\u00e9x", 0));
    assertTrue(starts.mayStartAt("x\u00e9", 0));
    assertTrue(starts.mayStartAt("Read", 0));
    assertTrue(starts.mayStartAt("r", 0)); // the end of the text: "r" may begin "read more"
    assertFalse(starts.mayStartAt("xread", 0));
  }

  @Test
  void theThirdCharacterRulesOutCommonWordStarts() {
    RegexStarts starts = new RegexStarts(Pattern.compile("(?i)(?:this comes as|in a move)"));
    assertTrue(starts.mayStartAt("This comes", 0));
    assertTrue(starts.mayStartAt("in a", 0));
    assertFalse(starts.mayStartAt("the war", 0)); // "th" may begin "this", "the" may not
    assertFalse(starts.mayStartAt("into", 0));
    assertTrue(starts.mayStartAt("th", 0)); // the end of the text after two characters
    assertTrue(starts.mayStartAt("th\u00ef", 0)); // not ASCII: always a candidate
  }
}
