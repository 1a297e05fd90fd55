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
import org.echotrace.model.Article;
import org.echotrace.model.InputProblem;
import org.echotrace.model.Relation;
import org.echotrace.model.RelationKind;

/**
 * The summary for people: counts, each copy family drawn as a tree (origin → copies, with type and share of text
 * reused), pairs whose direction is undecided, the articles with their metadata and clean text, and the problems.
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
    long verbatim = r.relations().stream().filter(x -> x.kind() == RelationKind.VERBATIM).count();
    long groups = r.stories().stream().filter(s -> s.articles().size() > 1).count();
    out.printf(Locale.ROOT, "echotrace: %d articles, %d relations (%d verbatim, %d partial), %d groups of connected articles, %d problems%n",
        r.articles().size(), r.relations().size(), verbatim, r.relations().size() - verbatim, groups, r.problems().size());
    families(r, byId, out);
    undecided(r, out);
    articles(r, out);
    problems(r, out);
    out.flush();
  }

  private void families(AnalysisResult r, Map<String, Article> byId, PrintWriter out) {
    // Each copy hangs under its best-supported origin (highest score), so a family prints as a tree.
    Map<String, Relation> parentOf = new HashMap<>();
    for (Relation rel : r.relations()) {
      if (!rel.origin().decided()) continue;
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
      out.printf(Locale.ROOT, "%s%s      because %s%n", indent, last ? "  " : "│ ", String.join("; ", rel.origin().reasons()));
      if (shown.add(copy)) printChildren(copy, indent + (last ? "   " : "│  "), children, byId, shown, out);
    }
  }

  private static void undecided(AnalysisResult r, PrintWriter out) {
    List<Relation> open = r.relations().stream().filter(x -> !x.origin().decided()).toList();
    if (open.isEmpty()) return;
    out.println();
    out.println("Shared text, direction undecided:");
    for (Relation rel : open) {
      out.printf(Locale.ROOT, "  %s ↔ %s  %s %3.0f%%  (%s)%n", rel.a(), rel.b(), rel.kind().jsonName(), 100 * rel.score(),
          String.join("; ", rel.origin().reasons()));
    }
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
