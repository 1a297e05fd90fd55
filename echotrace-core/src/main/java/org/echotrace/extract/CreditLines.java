package org.echotrace.extract;

import java.util.Optional;
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
  private static final Pattern AGENCY = Pattern.compile(
      "(?i)^[\\s(\\[—–-]*(reuters|afp|ap|associated press|agence france-presse|tass|ria novosti|interfax|xinhua|bloomberg|"
          + "dpa|ansa|efe|unian|ukrinform|pti|ians|anadolu|sputnik|rt|upi|kyodo|yonhap|bernama|ani)[\\s)\\].]*$");
  private static final Pattern[] CREDITS = {
    Pattern.compile("^(?:with )?(?:additional )?(?:reporting|writing|editing) (?:by|from) " + NAME, Pattern.CASE_INSENSITIVE),
    Pattern.compile("^(?:\\(?with )?" + NAME + " contributed (?:to this )?(?:reporting|report|story|article)"),
    Pattern.compile("(?i)originally (?:published|appeared|ran)(?: \\w+)? (?:on|in|by|at) (?:the )?(?:website of )?" + NAME),
    Pattern.compile("(?i)first (?:published|appeared) (?:on|in|by) " + NAME),
    // German and Russian forms of the same credits: "Dieser Artikel erschien zuerst ... bei X", "Источник: X"
    Pattern.compile("(?iu)erschien zuerst(?: [\\p{L}]+){0,3} (?:bei|in|auf) (?:der |dem |den )?" + NAME),
    Pattern.compile("(?iu)^(?:quelle|источник)\\s*[:\\-–—]\\s*" + NAME),
    Pattern.compile("(?i)^(?:source|via|courtesy(?: of)?|republished from|reprinted from|credit)\\s*[:\\-–—]?\\s*" + NAME),
    Pattern.compile("(?i)(?:published|republished|reproduced) (?:here )?with (?:the )?permission (?:of|from) " + NAME),
  };
  private static final Pattern BYLINE = Pattern.compile(
      "^(?:(?:Posted|Written|Words|Story|Text|Report(?:ed)?) )?(?:By|BY|by)\\s+" + NAME
          + "(?:\\s+\\p{Ll}+){0,2}(?:\\s*(?:,|and|&|\\||·|-|—)\\s*.*)?$");

  /** Every credit pattern holds one of these words: the patterns run only on lines that have one. */
  private static final String[] CREDIT_WORDS = {"report", "writing", "editing", "contributed", "originally", "first ",
      "source", "via", "courtesy", "republished", "reprinted", "credit", "permission", "zuerst", "quelle", "источник"};

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
