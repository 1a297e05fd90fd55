package org.echotrace.internal;

import java.util.Locale;

/**
 * Counts in words for messages people read: {@code "1 event"}, {@code "2 events"}, {@code "1,234 articles"}. English
 * only; the plural is the singular plus "s" unless given. Thread-safe: no state. Not API.
 */
public final class Plural {
  private Plural() {}

  /** {@code n} and the noun, pluralised by adding "s": {@code count(1, "problem")} is "1 problem". */
  public static String count(long n, String singular) {
    return count(n, singular, singular + "s");
  }

  /** {@code n} and the noun in the form that fits: {@code count(2, "family", "families")} is "2 families". */
  public static String count(long n, String singular, String plural) {
    return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? singular : plural);
  }
}
