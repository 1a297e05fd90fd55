package org.echotrace.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.echotrace.model.Origin;
import org.echotrace.model.OriginConfidence;

/**
 * An origin's confidence, reasons and qualifiers in one line for people, said once: a reason that repeats the
 * confidence word ("undecided: a date is missing" under an undecided origin) loses that prefix, so a line never reads
 * "undecided: undecided: …". Thread-safe: no state.
 */
final class OriginWords {
  private OriginWords() {}

  /** {@code "likely: published 2025-04-15, before b.txt; via Reuters"}. */
  static String explained(Origin o) {
    return o.confidence().jsonName() + ": " + reasons(o);
  }

  /**
   * The confidence and the first, deciding reason, for a tooltip whose element links to the full reasons:
   * {@code "likely: published 2025-04-15, before b.txt (+1 more reason)"}.
   */
  static String headline(Origin o) {
    if (o.reasons().size() < 2) return explained(o);
    int more = o.reasons().size() - 1;
    return o.confidence().jsonName() + ": " + withoutConfidence(o.reasons().get(0)) + " (+" + more
        + (more == 1 ? " more reason)" : " more reasons)");
  }

  /** The reasons and qualifiers without the confidence word, for lines whose heading already says it. */
  static String reasons(Origin o) {
    List<String> parts = new ArrayList<>();
    for (String r : o.reasons()) parts.add(withoutConfidence(r));
    String q = o.qualifiers();
    if (!q.isEmpty()) parts.add(q);
    String joined = String.join("; ", parts);
    return joined.isEmpty() ? "no reason given" : joined;
  }

  private static String withoutConfidence(String reason) {
    String lower = reason.toLowerCase(Locale.ROOT);
    for (OriginConfidence c : OriginConfidence.values()) {
      String prefix = c.jsonName() + ": ";
      if (lower.startsWith(prefix)) return reason.substring(prefix.length());
    }
    return reason;
  }
}
