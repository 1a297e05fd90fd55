package org.echotrace.relate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.echotrace.model.Article;
import org.echotrace.model.Origin;
import org.echotrace.model.OriginConfidence;

/**
 * Decides which of two articles sharing a text came first, how sure that is, and why. Written by hand: this is
 * echotrace's own provenance logic, and it never presents a guess as a fact.
 * <ul>
 *   <li><b>certain</b> only from dates: each stated date is a window of instants ({@link PublicationWindow}: a day
 *       without a time is the whole day in any zone, a time without a zone ±14 h), and the order is certain when the
 *       windows do not overlap, and no credit says otherwise;
 *   <li><b>likely</b> from a credit (the copy names the other's outlet as its source), or from two weaker signs that
 *       agree: an earlier date whose window still overlaps, containment (one text is wholly inside the other, which
 *       has material of its own), machine-rewrite phrasing ({@link MachineRewriteCues}); phrasing or an earlier
 *       date alone also make a direction likely;
 *   <li><b>undecided</b> otherwise, containment alone included: a copy is often cut short, so "holds all of the
 *       other's text" says they share one, not which came first.
 * </ul>
 * Thread-safe: the per-article caches are concurrent.
 */
public final class OriginResolver {
  /** A side counts as contained when this share of its words is aligned with the other. */
  static final double CONTAINED = 0.9;
  /**
   * ...and the other side has at least this share of words outside the alignment: an added paragraph in a 400-word
   * article is ~10%; below 8% the difference is edits, not added material.
   */
  static final double EXTRA = 0.08;
  /** Overlapping windows whose middles are this far apart still hint at an order (half a day). */
  static final Duration HINT = Duration.ofHours(12);
  /** Said after a containment that is the only sign, to explain why it decides nothing. */
  static final String CONTAINMENT_ALONE = " (a copy may be cut short: containment alone does not tell which came first)";
  private static final MachineRewriteCues CUES = new MachineRewriteCues();
  private final SourceMentions mentions = SourceMentions.bundled();
  private final Map<String, List<String>> sources = new ConcurrentHashMap<>();
  private final Map<String, List<String>> cues = new ConcurrentHashMap<>();

  public Origin resolve(Article a, Article b, double coverageA, double coverageB) {
    return resolve(a, b, coverageA, coverageB, "text");
  }

  /** One sign of direction: +1 says a is the origin, -1 says b is. */
  private record Sign(int toward, String why) {}

  /**
   * As above; {@code what} names what the coverage measures in the containment reason: "text" for identical wording,
   * "content" for aligned reworded sentences.
   */
  public Origin resolve(Article a, Article b, double coverageA, double coverageB, String what) {
    int dateOrder = 0;
    List<Sign> weak = new ArrayList<>();
    PublicationWindow wa = PublicationWindow.of(a), wb = PublicationWindow.of(b);
    if (wa != null && wb != null) {
      if (wa.before(wb)) dateOrder = 1;
      else if (wb.before(wa)) dateOrder = -1;
      else if (a.published() != null && b.published() != null && Math.abs(wa.middle() - wb.middle()) >= HINT.toSeconds()) {
        Article first = wa.middle() < wb.middle() ? a : b, second = first == a ? b : a;
        weak.add(new Sign(first == a ? 1 : -1, "published " + first.publishedIso() + ", before " + second.id() + " ("
            + second.publishedIso() + "), though the stated times or zones leave the order open"));
      }
    }
    String aCreditsB = credited(a, b), bCreditsA = credited(b, a);
    int credit = aCreditsB != null && bCreditsA == null ? -1 : bCreditsA != null && aCreditsB == null ? 1 : 0;
    String creditWhy = credit == -1 ? a.id() + " credits " + aCreditsB : credit == 1 ? b.id() + " credits " + bCreditsA : null;
    if (dateOrder != 0) {
      Article first = dateOrder > 0 ? a : b, second = first == a ? b : a;
      // the second is always dated here; when the stated dates alone do not order them, the first's crawl time does
      boolean byDates = first.published() != null
          && PublicationWindow.of(first.published()).before(PublicationWindow.of(second.published()));
      String why = byDates
          ? "published " + first.publishedIso() + ", before " + second.id() + " (" + second.publishedIso()
              + "): the dates cannot overlap in any time zone"
          : first.id() + " was fetched " + first.crawled() + ", before " + second.id() + " was published ("
              + second.publishedIso() + "): a page is not published after it is fetched";
      if (credit == -dateOrder) {
        return new Origin(null, OriginConfidence.UNDECIDED, List.of("dates and credits disagree: " + why + ", but "
            + creditWhy), null, null);
      }
      List<String> reasons = new ArrayList<>(List.of(why));
      if (creditWhy != null) reasons.add(creditWhy);
      return new Origin(first.id(), OriginConfidence.CERTAIN, reasons);
    }
    if (coverageA >= CONTAINED && 1 - coverageB >= EXTRA) weak.add(new Sign(1, contains(b, a, coverageB, what)));
    else if (coverageB >= CONTAINED && 1 - coverageA >= EXTRA) weak.add(new Sign(-1, contains(a, b, coverageA, what)));
    List<String> ca = cues(a), cb = cues(b);
    Sign machine = null;
    if (ca.size() - cb.size() >= MachineRewriteCues.MARGIN) machine = new Sign(-1, machine(a, ca));
    else if (cb.size() - ca.size() >= MachineRewriteCues.MARGIN) machine = new Sign(1, machine(b, cb));
    if (machine != null) weak.add(machine);
    if (credit != 0) {
      List<String> reasons = new ArrayList<>(List.of(creditWhy));
      for (Sign s : weak) if (s.toward() == credit) reasons.add(s.why());
      return new Origin(credit > 0 ? a.id() : b.id(), OriginConfidence.LIKELY, reasons);
    }
    int forA = 0, forB = 0;
    for (Sign s : weak) if (s.toward() > 0) forA++; else forB++;
    boolean onlyContainment = weak.size() == 1 && weak.get(0).why().contains(" holds all of ");
    if ((forA > 0) != (forB > 0) && !onlyContainment) {
      int toward = forA > 0 ? 1 : -1;
      List<String> reasons = new ArrayList<>();
      for (Sign s : weak) reasons.add(s.why());
      return new Origin(toward > 0 ? a.id() : b.id(), OriginConfidence.LIKELY, reasons);
    }
    List<String> why = new ArrayList<>();
    for (Sign s : weak) why.add(s.why() + (onlyContainment ? CONTAINMENT_ALONE : ""));
    if (forA > 0 && forB > 0) why.add(0, "the signs disagree");
    if (why.isEmpty()) {
      why.add(a.published() == null || b.published() == null ? "a date is missing" : "the dates cannot tell them apart");
    }
    String shared = sharedSource(a, b);
    if (shared != null) {
      why.add("both credit " + shared + ": likely copies of a common source");
      return new Origin(null, OriginConfidence.UNDECIDED, why, null, shared);
    }
    return new Origin(null, OriginConfidence.UNDECIDED, why, null, null);
  }

  /** The sources an article names for its report (credit lines found by extraction, then its own text). */
  public List<String> sources(Article a) {
    return sources.computeIfAbsent(a.id(), k -> {
      List<String> all = new ArrayList<>(a.credits());
      for (String s : mentions.find(a.text())) if (all.stream().noneMatch(x -> sameName(x, s))) all.add(s);
      return List.copyOf(all);
    });
  }

  /** The machine-rewrite cues of an article: as {@link #remember remembered}, else found in its text now. */
  List<String> cues(Article a) {
    return cues.computeIfAbsent(a.id(), k -> CUES.find(a.text()));
  }

  /** Takes an article's machine-rewrite cues as found once with its profile, instead of reading its text again. */
  public void remember(String id, List<String> found) {
    cues.put(id, List.copyOf(found));
  }

  private static String machine(Article rewrite, List<String> cues) {
    return rewrite.id() + " reads as a machine rewrite (" + cues.size() + " stock phrases: \""
        + String.join("\", \"", cues.subList(0, Math.min(3, cues.size()))) + "\")";
  }

  private static String contains(Article bigger, Article smaller, double coverageBigger, String what) {
    return String.format(Locale.ROOT, "%s holds all of %s's %s plus %.0f%% more of its own", bigger.id(),
        smaller.id(), what, 100 * (1 - coverageBigger));
  }

  /** The source named by {@code copy} that is {@code origin}'s outlet, or null. */
  private String credited(Article copy, Article origin) {
    for (String credit : sources(copy)) if (sameName(credit, origin.outlet())) return credit;
    return null;
  }

  private String sharedSource(Article a, Article b) {
    for (String x : sources(a)) for (String y : sources(b)) if (sameName(x, y)) return x;
    return null;
  }

  /**
   * "The Harbour Times", "harbour times", "HarbourTimes.com" and "theharbourtimes.co.uk" name the same outlet, as do
   * "WAM" and "wam.ae": a domain name is read as its registrable domain's first label (the public suffix list of
   * crawler-commons, through {@link org.echotrace.extract.Sites#registrableDomain}), so that a credit naming the
   * article's own site ("LISBON, 3 May (HNA) --" on hna.pt) is recognised as the site's own dateline, whatever its
   * country's suffix. A leading "the" counts on neither side ("The Harbour Times", theharbourtimes.com).
   */
  static boolean sameName(String x, String y) {
    if (x == null || y == null) return false;
    String a = key(x), b = key(y);
    return !a.isEmpty() && a.equals(b);
  }

  private static final java.util.regex.Pattern DOMAIN =
      java.util.regex.Pattern.compile("(?:[\\p{L}\\p{N}-]+\\.)+\\p{L}{2,}");
  /** Keys of the names seen (outlets repeat across every pair): bounded, cleared when full. */
  private static final java.util.concurrent.ConcurrentHashMap<String, String> KEYS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static String key(String name) {
    String known = KEYS.get(name);
    if (known != null) return known;
    String k = name.strip().toLowerCase(Locale.ROOT);
    if (k.startsWith("www.")) k = k.substring(4);
    boolean domain = DOMAIN.matcher(k).matches();
    if (domain) {
      String registrable = org.echotrace.extract.Sites.registrableDomain("http://" + k + "/");
      if (registrable != null && registrable.indexOf('.') > 0) k = registrable.substring(0, registrable.indexOf('.'));
    }
    k = k.replaceFirst("^the\\s+", "").replaceAll("[^\\p{L}\\p{N}]", "");
    // a domain writes the article without a space: "theharbourtimes"
    if (domain && k.startsWith("the") && k.length() >= 7) k = k.substring(3);
    if (KEYS.size() > 50_000) KEYS.clear();
    KEYS.put(name, k);
    return k;
  }
}
