package org.echotrace.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.echotrace.internal.Plural;
import org.echotrace.model.AnalysisResult;
import org.echotrace.model.Article;
import org.echotrace.model.Entity;
import org.echotrace.model.FramingHit;
import org.echotrace.model.FramingShift;
import org.echotrace.model.InputProblem;
import org.echotrace.model.Narrative;
import org.echotrace.model.Quote;
import org.echotrace.model.QuoteChange;
import org.echotrace.model.QuoteKind;
import org.echotrace.model.QuoteVariant;
import org.echotrace.model.Relation;
import org.echotrace.model.RelationKind;
import org.echotrace.model.Story;

/**
 * The summary for people, sized for a screen: the counts, then the largest copy families (origin → copies, with type,
 * share of text reused and why that side is the origin), copies whose direction is undecided, the largest events,
 * the narratives, the most telling quote changes, framing shifts and terms, names spelled several ways, and the
 * problems. Each section lists at most {@link #SHOWN} items (ranked by size, then interest) and ends with "… N more
 * (--all to list)"; with {@code all} every item is listed. Events of one article are never listed, nor narratives
 * that hold most of the corpus (see {@link #tooBroad}). The articles themselves are listed only when asked
 * ({@code textChars > 0}).
 *
 * <p>Thread-safe: no state beyond the options.
 */
public final class TerminalSummary {
  /** Items per section: ten of each kind, with the counts, keep a 164-article run under 200 lines. */
  public static final int SHOWN = 10;
  /** Copies shown under one origin: a wire story copied 40 times shows its first five and a count. */
  static final int COPIES_SHOWN = 5;
  /** Same-story pairs shown under one event, and events shown under one narrative. */
  static final int DETAILS_SHOWN = 3;
  static final int NARRATIVE_EVENTS_SHOWN = 6;
  /** Outlets named on an event's line. */
  static final int OUTLETS_SHOWN = 8;
  /** A name's line is cut here (spellings, counts and outlets can run on for a screenful); --all prints it whole. */
  static final int LINE_CHARS = 220;
  /** Outlets named per spelling of a name: a spelling used by 300 outlets would fill the screen with one line. */
  static final int VARIANT_OUTLETS_SHOWN = 3;
  /** A narrative holding more than this share of a corpus of 20+ articles says nothing about any of them. */
  static final double BROAD_SHARE = 0.5;
  static final int BROAD_MIN_ARTICLES = 20;

  private final int textChars;
  private final boolean all;

  /**
   * @param textChars how much of each article's clean text to show in the article list; {@code Integer.MAX_VALUE}
   *     for all of it, 0 to leave the article list out
   * @param all list every item of every section instead of the first {@link #SHOWN}
   */
  public TerminalSummary(int textChars, boolean all) {
    this.textChars = textChars;
    this.all = all;
  }

  public void write(AnalysisResult r, PrintWriter out) {
    Map<String, Article> byId = new HashMap<>();
    for (Article a : r.articles()) byId.put(a.id(), a);
    headline(r, out);
    families(r, byId, out);
    undecided(r, out);
    events(r, out);
    narratives(r, out);
    quotes(r, out);
    framing(r, out);
    entities(r, out);
    articles(r, out);
    problems(r, out);
    out.flush();
  }

  private static void headline(AnalysisResult r, PrintWriter out) {
    Map<RelationKind, Long> kinds = new EnumMap<>(RelationKind.class);
    for (Relation x : r.relations()) kinds.merge(x.kind(), 1L, Long::sum);
    List<String> counts = new ArrayList<>();
    for (var e : kinds.entrySet()) counts.add(e.getValue() + " " + e.getKey().jsonName());
    long events = r.stories().stream().filter(s -> s.articles().size() > 1).count();
    out.printf(Locale.ROOT, "echotrace: %s, %s%s, %s with several articles, %s, %s%n",
        Plural.count(r.articles().size(), "article"), Plural.count(r.relations().size(), "relation"),
        counts.isEmpty() ? "" : " (" + String.join(", ", counts) + ")", Plural.count(events, "event"),
        Plural.count(r.narratives().size(), "narrative"), Plural.count(r.problems().size(), "problem"));
  }

  /** The first {@link #SHOWN} items, or all of them. */
  private <T> List<T> head(List<T> items) {
    return all || items.size() <= SHOWN ? items : items.subList(0, SHOWN);
  }

  private static void more(PrintWriter out, String indent, int total, int shown, String singular, String plural) {
    if (total > shown) {
      out.println(indent + "… " + Plural.count(total - shown, "more " + singular, "more " + plural)
          + " (--all to list)");
    }
  }

  private void families(AnalysisResult r, Map<String, Article> byId, PrintWriter out) {
    // Each copy hangs under its best-supported origin (highest score), so a family prints as a tree.
    Map<String, Relation> parentOf = new HashMap<>();
    for (Relation rel : r.relations()) {
      if (!rel.isCopy() || !rel.origin().decided()) continue;
      Relation best = parentOf.get(rel.copy());
      if (best == null || rel.score() > best.score()) parentOf.put(rel.copy(), rel);
    }
    Map<String, List<Relation>> children = new HashMap<>();
    for (Relation rel : parentOf.values()) children.computeIfAbsent(rel.origin().id(), k -> new ArrayList<>()).add(rel);
    List<String> roots = new ArrayList<>();
    for (String origin : children.keySet()) if (!parentOf.containsKey(origin)) roots.add(origin);
    Map<String, Integer> size = new HashMap<>();
    for (String root : roots) size.put(root, treeSize(root, children, new HashSet<>()));
    roots.sort(Comparator.comparing((String root) -> -size.get(root)).thenComparing(root -> sortKey(byId.get(root)))
        .thenComparing(root -> root));
    out.println();
    if (roots.isEmpty()) {
      out.println("Copy families: none found");
      return;
    }
    out.println("Copy families (" + Plural.count(roots.size(), "family", "families") + ", largest first; origin → copies):");
    Set<String> shown = new HashSet<>();
    List<String> listed = head(roots);
    for (String root : listed) {
      out.println("  " + describe(byId.get(root), root));
      printChildren(root, "  ", children, byId, shown, out);
    }
    more(out, "  ", roots.size(), listed.size(), "family", "families");
  }

  private static int treeSize(String node, Map<String, List<Relation>> children, Set<String> seen) {
    if (!seen.add(node)) return 0;
    int n = 1;
    for (Relation rel : children.getOrDefault(node, List.of())) n += treeSize(rel.copy(), children, seen);
    return n;
  }

  private void printChildren(String node, String indent, Map<String, List<Relation>> children,
      Map<String, Article> byId, Set<String> shown, PrintWriter out) {
    List<Relation> kids = new ArrayList<>(children.getOrDefault(node, List.of()));
    kids.sort(Comparator.comparing((Relation rel) -> sortKey(byId.get(rel.copy()))).thenComparing(Relation::copy));
    int listed = all ? kids.size() : Math.min(COPIES_SHOWN, kids.size());
    for (int i = 0; i < listed; i++) {
      Relation rel = kids.get(i);
      String copy = rel.copy();
      boolean last = i == kids.size() - 1;
      out.printf(Locale.ROOT, "%s%s %s %3.0f%%  %s%n", indent, last ? "└─" : "├─", rel.kind().jsonName(),
          100 * rel.score(), describe(byId.get(copy), copy));
      out.printf(Locale.ROOT, "%s%s      %s%n", indent, last ? "  " : "│ ", OriginWords.explained(rel.origin()));
      if (shown.add(copy)) printChildren(copy, indent + (last ? "   " : "│  "), children, byId, shown, out);
    }
    if (listed < kids.size()) {
      out.println(indent + "└─ … " + Plural.count(kids.size() - listed, "more copy", "more copies")
          + " (--all to list)");
    }
  }

  /** Copies whose direction is undecided, the largest share of reused text first. */
  private void undecided(AnalysisResult r, PrintWriter out) {
    List<Relation> open = new ArrayList<>(r.relations().stream().filter(x -> x.isCopy() && !x.origin().decided())
        .toList());
    if (open.isEmpty()) return;
    open.sort(Comparator.comparingDouble((Relation x) -> -x.score()).thenComparing(Relation::a).thenComparing(Relation::b));
    out.println();
    out.println("Copies, direction undecided (" + open.size() + ", most text shared first):");
    List<Relation> listed = head(open);
    for (Relation rel : listed) {
      out.printf(Locale.ROOT, "  %s ↔ %s  %s %3.0f%%  (%s)%n", rel.a(), rel.b(), rel.kind().jsonName(),
          100 * rel.score(), OriginWords.reasons(rel.origin()));
    }
    more(out, "  ", open.size(), listed.size(), "pair", "pairs");
  }

  /** Events with more than one article, the largest first; independent reports (same-story) are listed under them. */
  private void events(AnalysisResult r, PrintWriter out) {
    List<Story> multi = new ArrayList<>(r.stories().stream().filter(s -> s.articles().size() > 1).toList());
    if (multi.isEmpty()) return;
    multi.sort(Comparator.comparingInt((Story s) -> -s.articles().size())
        .thenComparing(s -> s.firstSeen() == null ? "~" : s.firstSeen()).thenComparing(Story::id));
    Map<String, List<Relation>> sameStory = new HashMap<>();
    Map<String, Story> storyOf = new HashMap<>();
    for (Story s : multi) for (String id : s.articles()) storyOf.put(id, s);
    for (Relation rel : r.relations()) {
      Story s = storyOf.get(rel.a());
      if (rel.kind() == RelationKind.SAME_STORY && s != null) sameStory.computeIfAbsent(s.id(), k -> new ArrayList<>()).add(rel);
    }
    out.println();
    out.println("Events with several articles (" + multi.size() + ", largest first):");
    List<Story> listed = head(multi);
    for (Story s : listed) {
      out.printf(Locale.ROOT, "  %s  %s  %s → %s  %s%n", s.id(), s.label() == null ? "" : "«" + s.label() + "»",
          s.firstSeen() == null ? "?" : s.firstSeen(), s.lastSeen() == null ? "?" : s.lastSeen(),
          Plural.count(s.articles().size(), "article"));
      if (!s.outlets().isEmpty()) {
        List<String> outlets = all ? s.outlets() : s.outlets().subList(0, Math.min(OUTLETS_SHOWN, s.outlets().size()));
        out.println("      outlets in order: " + String.join(", ", outlets)
            + (outlets.size() < s.outlets().size() ? " and " + (s.outlets().size() - outlets.size()) + " more" : ""));
      }
      List<Relation> pairs = sameStory.getOrDefault(s.id(), List.of());
      int shown = all ? pairs.size() : Math.min(DETAILS_SHOWN, pairs.size());
      for (Relation rel : pairs.subList(0, shown)) {
        out.printf(Locale.ROOT, "      same-story  %s ↔ %s  (%s alike)%n", rel.a(), rel.b(),
            Plural.count(rel.sentences().size(), "sentence"));
      }
      more(out, "      ", pairs.size(), shown, "same-story pair", "same-story pairs");
    }
    more(out, "  ", multi.size(), listed.size(), "event", "events");
  }

  /** Whether a narrative holds so much of the corpus that listing it would list the corpus. */
  static boolean tooBroad(Narrative n, int articles) {
    return articles >= BROAD_MIN_ARTICLES && n.articles().size() > BROAD_SHARE * articles;
  }

  private void narratives(AnalysisResult r, PrintWriter out) {
    if (r.narratives().isEmpty()) return;
    Map<String, Story> stories = new HashMap<>();
    for (Story s : r.stories()) stories.put(s.id(), s);
    List<Narrative> listable = new ArrayList<>();
    List<Narrative> broad = new ArrayList<>();
    for (Narrative n : r.narratives()) (tooBroad(n, r.articles().size()) ? broad : listable).add(n);
    listable.sort(Comparator.comparingInt((Narrative n) -> -n.articles().size()).thenComparing(Narrative::id));
    out.println();
    out.println("Narratives (the same line over several events; " + r.narratives().size() + ", largest first):");
    List<Narrative> listed = head(listable);
    for (Narrative n : listed) {
      out.printf(Locale.ROOT, "  %s  %s  %s, %s%n", n.id(), n.label() == null ? "" : "«" + n.label() + "»",
          Plural.count(n.stories().size(), "event"), Plural.count(n.articles().size(), "article"));
      int shown = all ? n.stories().size() : Math.min(NARRATIVE_EVENTS_SHOWN, n.stories().size());
      for (String id : n.stories().subList(0, shown)) {
        Story s = stories.get(id);
        if (s == null) continue;
        out.printf(Locale.ROOT, "      %-10s %s  %s%n", s.firstSeen() == null ? "undated" : s.firstSeen().substring(0, 10),
            id, joinClipped(s.articles(), all ? Integer.MAX_VALUE : 6));
      }
      more(out, "      ", n.stories().size(), shown, "event", "events");
    }
    more(out, "  ", listable.size(), listed.size(), "narrative", "narratives");
    for (Narrative n : broad) {
      out.printf(Locale.ROOT, "  %s holds %d of the %d articles: too broad to mean one line, not listed%n", n.id(),
          n.articles().size(), r.articles().size());
    }
  }

  private static String joinClipped(List<String> ids, int max) {
    if (ids.size() <= max) return String.join(", ", ids);
    return String.join(", ", ids.subList(0, max)) + " and " + (ids.size() - max) + " more";
  }

  /** Which changes a reader wants first: a quote given to someone else, then reworded, trimmed, dropped, added. */
  private static int interest(QuoteChange c) {
    return switch (c) {
      case SPEAKER_CHANGED -> 0;
      case REWORDED -> 1;
      case TRIMMED -> 2;
      case DROPPED -> 3;
      case ADDED -> 4;
      case IDENTICAL -> 5;
    };
  }

  /** Quotes that changed between a copy and its origin: everything but identical ones, the most telling first. */
  private void quotes(AnalysisResult r, PrintWriter out) {
    long speech = r.quotes().stream().filter(q -> q.kind() == QuoteKind.QUOTE).count();
    if (speech == 0) return;
    List<QuoteVariant> changes = new ArrayList<>(r.quoteVariants().stream()
        .filter(v -> v.change() != QuoteChange.IDENTICAL).toList());
    // Among rewordings, the least similar (the most rewritten) first.
    changes.sort(Comparator.comparingInt((QuoteVariant v) -> interest(v.change()))
        .thenComparingDouble(QuoteVariant::similarity).thenComparing(QuoteVariant::copy));
    out.println();
    out.printf(Locale.ROOT, "Quotes: %s, %s; %s between copies and origins%s%n",
        Plural.count(speech, "direct quote"), Plural.count(r.quotes().size() - speech, "scare-quoted term"),
        Plural.count(changes.size(), "change"), changes.isEmpty() ? "" : " (most telling first):");
    List<QuoteVariant> listed = head(changes);
    for (QuoteVariant v : listed) {
      Quote q = v.copyQuote() >= 0 ? r.quotes().get(v.copyQuote()) : r.quotes().get(v.originQuote());
      out.printf(Locale.ROOT, "  %-15s %s ← %s  %s: “%s”%n", v.change().jsonName(), v.copy(), v.origin(),
          q.speaker() == null ? "unattributed" : q.speaker(), clip(q.text(), 90));
      if (v.change() == QuoteChange.REWORDED || v.change() == QuoteChange.TRIMMED) {
        out.printf(Locale.ROOT, "                  was “%s”%n", clip(r.quotes().get(v.originQuote()).text(), 90));
      }
    }
    more(out, "  ", changes.size(), listed.size(), "change", "changes");
  }

  /** Substitutions between copies first (what a copy changed), then the terms used most widely, or every hit. */
  private void framing(AnalysisResult r, PrintWriter out) {
    if (r.framing().isEmpty() && r.framingShifts().isEmpty()) return;
    Set<String> articles = new HashSet<>();
    for (FramingHit h : r.framing()) articles.add(h.article());
    out.println();
    out.printf(Locale.ROOT, "Framing: %s in %s, %s between copies and origins%n",
        Plural.count(r.framing().size(), "lexicon hit"), Plural.count(articles.size(), "article"),
        Plural.count(r.framingShifts().size(), "shift"));
    List<FramingShift> shifts = head(r.framingShifts());
    for (FramingShift f : shifts) {
      out.printf(Locale.ROOT, "  shift %s → %s: %s → %s [%s]%n", f.origin(), f.copy(), shown(f.from()), shown(f.to()),
          f.category());
    }
    more(out, "  ", r.framingShifts().size(), shifts.size(), "shift", "shifts");
    if (all) {
      perArticle(r, out);
      return;
    }
    // term [category] → articles using it; the most widespread first
    Map<String, Set<String>> using = new TreeMap<>();
    Map<String, Integer> hits = new HashMap<>();
    for (FramingHit h : r.framing()) {
      String key = h.text().toLowerCase(Locale.ROOT) + " [" + h.category() + "]";
      using.computeIfAbsent(key, k -> new HashSet<>()).add(h.article());
      hits.merge(key, 1, Integer::sum);
    }
    List<String> terms = new ArrayList<>(using.keySet());
    terms.sort(Comparator.comparingInt((String t) -> -using.get(t).size()).thenComparing(t -> -hits.get(t))
        .thenComparing(t -> t));
    List<String> listed = head(terms);
    for (String t : listed) {
      out.printf(Locale.ROOT, "  %s: %s in %s%n", t, Plural.count(hits.get(t), "hit"),
          Plural.count(using.get(t).size(), "article"));
    }
    more(out, "  ", terms.size(), listed.size(), "term", "terms");
  }

  private static void perArticle(AnalysisResult r, PrintWriter out) {
    Map<String, TreeMap<String, Integer>> byArticle = new TreeMap<>();
    for (FramingHit h : r.framing()) {
      byArticle.computeIfAbsent(h.article(), k -> new TreeMap<>())
          .merge(h.text().toLowerCase(Locale.ROOT) + " [" + h.category() + "]", 1, Integer::sum);
    }
    for (var e : byArticle.entrySet()) {
      List<String> terms = new ArrayList<>();
      for (var t : e.getValue().entrySet()) terms.add(t.getKey() + (t.getValue() > 1 ? " ×" + t.getValue() : ""));
      out.println("  " + e.getKey() + ": " + String.join("; ", terms));
    }
  }

  /** Names spelled several ways, with who uses which spelling. */
  private void entities(AnalysisResult r, PrintWriter out) {
    List<Entity> varied = r.entities().stream().filter(e -> e.variants().size() > 1).toList();
    if (varied.isEmpty()) return;
    out.println();
    out.println("Naming variants (who writes which; " + varied.size() + " names):");
    List<Entity> listed = head(varied);
    for (Entity e : listed) {
      List<String> parts = new ArrayList<>();
      for (Entity.Variant v : e.variants()) {
        List<String> outlets = all ? v.outlets() : v.outlets().subList(0, Math.min(VARIANT_OUTLETS_SHOWN, v.outlets().size()));
        String more = outlets.size() < v.outlets().size() ? " and " + (v.outlets().size() - outlets.size()) + " more" : "";
        parts.add(v.text() + " ×" + v.mentions() + (outlets.isEmpty() ? "" : " (" + String.join(", ", outlets) + more + ")"));
      }
      String line = String.format(Locale.ROOT, "  %-12s %s: %s", e.type().jsonName(), e.name(), String.join("; ", parts));
      out.println(all || line.length() <= LINE_CHARS ? line : line.substring(0, LINE_CHARS - 1) + "…");
    }
    more(out, "  ", varied.size(), listed.size(), "name", "names");
  }

  private static String shown(String words) {
    return words.isBlank() ? "(nothing)" : "“" + words + "”";
  }

  private static String clip(String text, int max) {
    String t = text.replaceAll("\\s+", " ").strip();
    return t.length() <= max ? t : t.substring(0, max - 1) + "…";
  }

  private void articles(AnalysisResult r, PrintWriter out) {
    out.println();
    if (textChars <= 0) {
      out.println("Articles: " + r.articles().size() + " (--all lists them with title, date, outlet and the start of "
          + "the text; --full-text with the whole text)");
      return;
    }
    out.println("Articles:");
    for (Article a : r.articles()) {
      out.println("  " + a.id());
      field(out, "title", a.title());
      field(out, "published", a.publishedIso());
      field(out, "attribution", a.attribution());
      field(out, "outlet", a.outlet());
      field(out, "language", a.language());
      String text = a.text().replace("\n\n", " ¶ ");
      if (text.length() > textChars) text = text.substring(0, textChars) + "…";
      field(out, "text", text.isEmpty() ? "(no body text found)" : text);
    }
  }

  private static void field(PrintWriter out, String name, String value) {
    out.printf(Locale.ROOT, "    %-12s %s%n", name, value == null ? "—" : value);
  }

  private void problems(AnalysisResult r, PrintWriter out) {
    if (r.problems().isEmpty()) return;
    out.println();
    out.println("Problems (skipped or repaired inputs; " + r.problems().size() + "):");
    List<InputProblem> listed = head(r.problems());
    for (InputProblem p : listed) out.println("  " + p);
    more(out, "  ", r.problems().size(), listed.size(), "problem", "problems");
  }

  /** Undated articles sort last. */
  private static long sortKey(Article a) {
    return a == null || a.published() == null ? Long.MAX_VALUE : a.published().sortKey();
  }

  private static String describe(Article a, String id) {
    if (a == null) return id;
    StringBuilder b = new StringBuilder(id);
    List<String> facts = new ArrayList<>();
    if (a.publishedIso() != null) facts.add(a.publishedIso());
    if (a.outlet() != null) facts.add(a.outlet());
    if (!facts.isEmpty()) b.append("  [").append(String.join(", ", facts)).append(']');
    return b.toString();
  }
}
