package org.echotrace.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.echotrace.model.AnalysisResult;
import org.echotrace.model.Entity;
import org.echotrace.model.FramingHit;
import org.echotrace.model.FramingShift;
import org.echotrace.model.Quote;
import org.echotrace.model.QuoteChange;
import org.echotrace.model.QuoteKind;
import org.echotrace.model.QuoteVariant;
import org.echotrace.model.Article;
import org.echotrace.model.InputProblem;
import org.echotrace.model.Relation;
import org.echotrace.model.RelationKind;

/**
 * The summary for people: counts, each copy family drawn as a tree (origin → copies, with type and share of text
 * reused), copies whose direction is undecided, events as timelines, narratives, the articles with their metadata
 * and clean text, and the problems.
 * Thread-safe: no state.
 */
public final class TerminalSummary {
  /** How much of each article's clean text to show; {@code Integer.MAX_VALUE} for all of it. */
  private final int textChars;

  public TerminalSummary(int textChars) {
    this.textChars = textChars;
  }

  public void write(AnalysisResult r, PrintWriter out) {
    Map<String, Article> byId = new HashMap<>();
    for (Article a : r.articles()) byId.put(a.id(), a);
    Map<RelationKind, Long> kinds = new java.util.EnumMap<>(RelationKind.class);
    for (Relation x : r.relations()) kinds.merge(x.kind(), 1L, Long::sum);
    List<String> counts = new ArrayList<>();
    for (var e : kinds.entrySet()) counts.add(e.getValue() + " " + e.getKey().jsonName());
    long events = r.stories().stream().filter(s -> s.articles().size() > 1).count();
    out.printf(Locale.ROOT, "echotrace: %d articles, %d relations%s, %d events with several articles, %d narratives, %d problems%n",
        r.articles().size(), r.relations().size(), counts.isEmpty() ? "" : " (" + String.join(", ", counts) + ")",
        events, r.narratives().size(), r.problems().size());
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
    roots.sort(null);
    out.println();
    out.println("Copy families (origin → copies):");
    if (roots.isEmpty()) out.println("  none found");
    Set<String> shown = new HashSet<>();
    for (String root : roots) {
      out.println("  " + describe(byId.get(root), root));
      printChildren(root, "  ", children, byId, shown, out);
    }
  }

  private void printChildren(String node, String indent, Map<String, List<Relation>> children,
      Map<String, Article> byId, Set<String> shown, PrintWriter out) {
    List<Relation> kids = new ArrayList<>(children.getOrDefault(node, List.of()));
    kids.sort(Comparator.comparing(Relation::copy));
    for (int i = 0; i < kids.size(); i++) {
      Relation rel = kids.get(i);
      String copy = rel.copy();
      boolean last = i == kids.size() - 1;
      out.printf(Locale.ROOT, "%s%s %s %3.0f%%  %s%n", indent, last ? "└─" : "├─", rel.kind().jsonName(),
          100 * rel.score(), describe(byId.get(copy), copy));
      out.printf(Locale.ROOT, "%s%s      %s%n", indent, last ? "  " : "│ ", rel.origin().explained());
      if (shown.add(copy)) printChildren(copy, indent + (last ? "   " : "│  "), children, byId, shown, out);
    }
  }

  private static void undecided(AnalysisResult r, PrintWriter out) {
    List<Relation> open = r.relations().stream().filter(x -> x.isCopy() && !x.origin().decided()).toList();
    if (open.isEmpty()) return;
    out.println();
    out.println("Copies, direction undecided:");
    for (Relation rel : open) {
      out.printf(Locale.ROOT, "  %s ↔ %s  %s %3.0f%%  (%s)%n", rel.a(), rel.b(), rel.kind().jsonName(), 100 * rel.score(),
          rel.origin().explained());
    }
  }

  /** Events with more than one article, as timelines; independent reports (same-story) are listed under them. */
  private static void events(AnalysisResult r, PrintWriter out) {
    List<org.echotrace.model.Story> multi = r.stories().stream().filter(s -> s.articles().size() > 1).toList();
    if (multi.isEmpty()) return;
    out.println();
    out.println("Events (articles about one event):");
    for (org.echotrace.model.Story s : multi) {
      out.printf(Locale.ROOT, "  %s  %s  %s → %s  %d articles%n", s.id(), s.label() == null ? "" : "«" + s.label() + "»",
          s.firstSeen() == null ? "?" : s.firstSeen(), s.lastSeen() == null ? "?" : s.lastSeen(), s.articles().size());
      if (!s.outlets().isEmpty()) out.println("      outlets in order: " + String.join(", ", s.outlets()));
      for (Relation rel : r.relations()) {
        if (rel.kind() == RelationKind.SAME_STORY && s.articles().contains(rel.a())) {
          out.printf(Locale.ROOT, "      same-story  %s ↔ %s  (%d sentences alike)%n", rel.a(), rel.b(), rel.sentences().size());
        }
      }
    }
  }

  private static void narratives(AnalysisResult r, PrintWriter out) {
    if (r.narratives().isEmpty()) return;
    Map<String, org.echotrace.model.Story> stories = new HashMap<>();
    for (org.echotrace.model.Story s : r.stories()) stories.put(s.id(), s);
    out.println();
    out.println("Narratives (the same line over several events):");
    for (org.echotrace.model.Narrative n : r.narratives()) {
      out.printf(Locale.ROOT, "  %s  %s  %d events, %d articles%n", n.id(), n.label() == null ? "" : "«" + n.label() + "»",
          n.stories().size(), n.articles().size());
      for (String id : n.stories()) {
        org.echotrace.model.Story s = stories.get(id);
        out.printf(Locale.ROOT, "      %-10s %s  %s%n", s.firstSeen() == null ? "undated" : s.firstSeen().substring(0, 10),
            id, String.join(", ", s.articles()));
      }
    }
  }

  /** Quotes that changed between a copy and its origin: everything but identical ones. */
  private static void quotes(AnalysisResult r, PrintWriter out) {
    long speech = r.quotes().stream().filter(q -> q.kind() == QuoteKind.QUOTE).count();
    if (speech == 0) return;
    out.println();
    out.printf(Locale.ROOT, "Quotes: %d direct quotes, %d scare-quoted terms; changes between copies and origins:%n",
        speech, r.quotes().size() - speech);
    int shown = 0;
    for (QuoteVariant v : r.quoteVariants()) {
      if (v.change() == QuoteChange.IDENTICAL) continue;
      Quote q = v.copyQuote() >= 0 ? r.quotes().get(v.copyQuote()) : r.quotes().get(v.originQuote());
      out.printf(Locale.ROOT, "  %-15s %s ← %s  %s: “%s”%n", v.change().jsonName(), v.copy(), v.origin(),
          q.speaker() == null ? "unattributed" : q.speaker(), clip(q.text(), 90));
      if (v.change() == QuoteChange.REWORDED || v.change() == QuoteChange.TRIMMED) {
        out.printf(Locale.ROOT, "                  was “%s”%n", clip(r.quotes().get(v.originQuote()).text(), 90));
      }
      if (++shown == 40) {
        out.println("  ... (all in the JSON output: quote_variants)");
        break;
      }
    }
    if (shown == 0) out.println("  none");
  }

  /** Framing terms per article, and substitutions between copies. */
  private static void framing(AnalysisResult r, PrintWriter out) {
    if (r.framing().isEmpty() && r.framingShifts().isEmpty()) return;
    out.println();
    out.println("Framing (lexicon hits per article):");
    Map<String, java.util.TreeMap<String, Integer>> byArticle = new java.util.TreeMap<>();
    for (FramingHit h : r.framing()) {
      byArticle.computeIfAbsent(h.article(), k -> new java.util.TreeMap<>())
          .merge(h.text().toLowerCase(Locale.ROOT) + " [" + h.category() + "]", 1, Integer::sum);
    }
    for (var e : byArticle.entrySet()) {
      List<String> terms = new ArrayList<>();
      for (var t : e.getValue().entrySet()) terms.add(t.getKey() + (t.getValue() > 1 ? " ×" + t.getValue() : ""));
      out.println("  " + e.getKey() + ": " + String.join("; ", terms));
    }
    for (FramingShift f : r.framingShifts()) {
      out.printf(Locale.ROOT, "  shift %s → %s: %s → %s [%s]%n", f.origin(), f.copy(), shown(f.from()), shown(f.to()),
          f.category());
    }
  }

  /** Names spelled several ways, with who uses which spelling. */
  private static void entities(AnalysisResult r, PrintWriter out) {
    List<Entity> varied = r.entities().stream().filter(e -> e.variants().size() > 1).toList();
    if (varied.isEmpty()) return;
    out.println();
    out.println("Naming variants (who writes which):");
    for (Entity e : varied.subList(0, Math.min(30, varied.size()))) {
      List<String> parts = new ArrayList<>();
      for (Entity.Variant v : e.variants()) {
        parts.add(v.text() + " ×" + v.mentions() + (v.outlets().isEmpty() ? "" : " (" + String.join(", ", v.outlets()) + ")"));
      }
      out.printf(Locale.ROOT, "  %-12s %s: %s%n", e.type().jsonName(), e.name(), String.join("; ", parts));
    }
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

  private static void problems(AnalysisResult r, PrintWriter out) {
    if (r.problems().isEmpty()) return;
    out.println();
    out.println("Problems (skipped or repaired inputs):");
    for (InputProblem p : r.problems()) out.println("  " + p);
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
