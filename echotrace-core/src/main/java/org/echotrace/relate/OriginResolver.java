package org.echotrace.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.echotrace.model.Article;
import org.echotrace.model.Origin;

/**
 * Decides which of two articles sharing text is the likely origin. Written by hand: this is echotrace's own
 * provenance logic. In order of strength:
 * <ol>
 *   <li>dates: the earlier publication wins (compared only as far as the stated precision and zones allow);
 *   <li>credits: a page that credits the other's outlet ("originally published by X", "Source: X") is the copy;
 *   <li>containment: when one text is almost wholly inside the other and the other has substantial extra material,
 *       the contained one is the origin and the other added to it (an aggregator adding its intro, say);
 *   <li>machine-rewrite phrasing: a side with clearly more stock phrases of model rewrites ({@link MachineRewriteCues})
 *       is the rewrite.
 * </ol>
 * Otherwise the direction is undecided, and we say so. Thread-safe: no state.
 */
public final class OriginResolver {
  /** A side counts as contained when this share of its words is aligned with the other. */
  static final double CONTAINED = 0.9;
  /**
   * ...and the other side has at least this share of words outside the alignment: an added paragraph in a 400-word
   * article is ~10%; below 8% the difference is edits, not added material.
   */
  static final double EXTRA = 0.08;
  private static final MachineRewriteCues CUES = new MachineRewriteCues();

  public Origin resolve(Article a, Article b, double coverageA, double coverageB) {
    return resolve(a, b, coverageA, coverageB, "text");
  }

  /**
   * As above; {@code what} names what the coverage measures in the containment reason: "text" for identical wording,
   * "content" for aligned reworded sentences.
   */
  public Origin resolve(Article a, Article b, double coverageA, double coverageB, String what) {
    if (a.published() != null && b.published() != null) {
      int cmp = a.published().soundlyCompare(b.published());
      if (cmp != 0) {
        Article first = cmp < 0 ? a : b, second = cmp < 0 ? b : a;
        return new Origin(first.id(), List.of("published " + first.publishedIso() + ", before " + second.id()
            + " (" + second.publishedIso() + ")"));
      }
    }
    String aCreditsB = credited(a, b), bCreditsA = credited(b, a);
    if (aCreditsB != null && bCreditsA == null) return new Origin(b.id(), List.of(a.id() + " credits " + aCreditsB));
    if (bCreditsA != null && aCreditsB == null) return new Origin(a.id(), List.of(b.id() + " credits " + bCreditsA));
    if (coverageA >= CONTAINED && 1 - coverageB >= EXTRA) {
      return new Origin(a.id(), List.of(contains(b, a, coverageB, what)));
    }
    if (coverageB >= CONTAINED && 1 - coverageA >= EXTRA) {
      return new Origin(b.id(), List.of(contains(a, b, coverageA, what)));
    }
    List<String> cuesA = CUES.find(a.text()), cuesB = CUES.find(b.text());
    if (cuesA.size() - cuesB.size() >= MachineRewriteCues.MARGIN) return new Origin(b.id(), List.of(machine(a, cuesA)));
    if (cuesB.size() - cuesA.size() >= MachineRewriteCues.MARGIN) return new Origin(a.id(), List.of(machine(b, cuesB)));
    List<String> why = new ArrayList<>();
    why.add("undecided: " + (a.published() == null || b.published() == null ? "a date is missing" : "same date"));
    String shared = sharedCredit(a, b);
    if (shared != null) why.add("both credit " + shared + ": likely copies of a common source");
    return new Origin(null, why);
  }

  private static String machine(Article rewrite, List<String> cues) {
    return rewrite.id() + " reads as a machine rewrite (" + cues.size() + " stock phrases: \""
        + String.join("\", \"", cues.subList(0, Math.min(3, cues.size()))) + "\")";
  }

  private static String contains(Article bigger, Article smaller, double coverageBigger, String what) {
    return String.format(Locale.ROOT, "%s holds all of %s's %s plus %.0f%% more of its own", bigger.id(),
        smaller.id(), what, 100 * (1 - coverageBigger));
  }

  /** The credit of {@code copy} that names {@code origin}'s outlet, or null. */
  private static String credited(Article copy, Article origin) {
    for (String credit : copy.credits()) {
      if (sameName(credit, origin.outlet())) return credit;
    }
    return null;
  }

  private static String sharedCredit(Article a, Article b) {
    for (String x : a.credits()) for (String y : b.credits()) if (sameName(x, y)) return x;
    return null;
  }

  /** "The Harbour Times", "harbour times" and "HarbourTimes.com" name the same outlet. */
  static boolean sameName(String x, String y) {
    if (x == null || y == null) return false;
    String a = key(x), b = key(y);
    return !a.isEmpty() && a.equals(b);
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT)
        .replaceFirst("^the\\s+", "")
        .replaceFirst("\\.(com|net|org|co\\.uk|ru|info|news)$", "")
        .replaceAll("[^\\p{L}\\p{N}]", "");
  }
}
