package org.echotrace.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lines that credit a source or an author: "AFP contributed reporting.", "(Reuters)", "Source: RT",
 * "This article was originally published by Harbour Times.", "By Jane Doe". The credited name is provenance evidence:
 * a copy that credits outlet X points at X as its origin.
 */
final class CreditLines {
  private CreditLines() {}

  /** A credit found in a line: the label ({@code credit} or {@code byline}) and the credited name. */
  record Credit(String label, String name) {}

  private static final String NAME = "([\\p{Lu}\\d][\\p{L}\\d&.'’-]*(?:\\s+(?:of\\s+|the\\s+|de\\s+)?[\\p{Lu}\\d][\\p{L}\\d&.'’-]*){0,5})";
  /** The phrasing lives in {@code credits.tsv}: agencies, credit lines (in file order), the byline. */
  private static final Pattern AGENCY;
  private static final Pattern[] CREDITS;
  private static final Pattern BYLINE;
  /**
   * A wire dateline opening a paragraph: a place (and a day) in a few words, the agency in brackets, a dash ("TOKYO
   * (AP) —", "WASHINGTON, April 2 (Reuters) -", "Kyiv, 3 May (AFP) –"). The agency is the story's credited source.
   */
  private static final Pattern DATELINE;
  /** Every credit pattern holds one of these words: the patterns run only on lines that have one. */
  private static final String[] CREDIT_WORDS;

  static {
    String agencies = null, byline = null;
    List<Pattern> credits = new ArrayList<>();
    Set<String> words = new LinkedHashSet<>();
    for (String[] row : RuleFile.rows("credits.tsv", 6)) {
      String pattern = row[2].replace("{NAME}", NAME);
      switch (row[0]) {
        case "agency" -> agencies = row[2];
        case "credit" -> {
          credits.add(Pattern.compile(pattern));
          for (String k : row[3].split(",")) words.add(k.strip());
        }
        case "byline" -> byline = pattern;
        default -> { } // author labels: HtmlMetadataReader
      }
    }
    AGENCY = Pattern.compile("(?i)^[\\s(\\[—–-]*(" + agencies + ")[\\s)\\].]*$");
    DATELINE = Pattern.compile("^\\p{Lu}[^()\\n.!?]{1,60}?\\((?i:(" + agencies + "))(?:[/,][^)]{1,20})?\\)\\s*[—–-]");
    CREDITS = credits.toArray(new Pattern[0]);
    BYLINE = Pattern.compile(byline);
    CREDIT_WORDS = words.toArray(new String[0]);
  }

  /** The agency of the wire dateline that opens {@code paragraph}, if it opens with one. */
  static Optional<String> dateline(String paragraph) {
    Matcher m = DATELINE.matcher(paragraph);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  static Optional<Credit> find(String line, int words) {
    if (words > 30) return Optional.empty();
    String s = line.strip();
    if (words <= 4) {
      Matcher a = AGENCY.matcher(s);
      if (a.matches()) return Optional.of(new Credit("credit", a.group(1).strip()));
    }
    String lower = s.toLowerCase(java.util.Locale.ROOT);
    boolean maybe = false;
    for (String k : CREDIT_WORDS) if (lower.contains(k)) {
      maybe = true;
      break;
    }
    for (Pattern p : maybe ? CREDITS : new Pattern[0]) {
      Matcher m = p.matcher(s);
      if (m.find()) return Optional.of(new Credit("credit", trimName(m.group(1))));
    }
    if (words <= 10) {
      Matcher b = BYLINE.matcher(s);
      if (b.matches()) return Optional.of(new Credit("byline", trimName(b.group(1))));
    }
    return Optional.empty();
  }

  private static String trimName(String name) {
    return name.replaceAll("[.,;:]+$", "").strip();
  }
}
