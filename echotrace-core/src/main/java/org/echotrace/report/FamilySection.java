package org.echotrace.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.echotrace.internal.Plural;
import org.echotrace.internal.UnionFind;
import org.echotrace.model.AnalysisResult;
import org.echotrace.model.Article;
import org.echotrace.model.Relation;

/**
 * The overview's copy families: articles linked by copy relations (connected components), the largest first, each
 * laid out by {@link FamilyLayout} and drawn by {@link FamilySvg}; at most {@link #FAMILIES_DRAWN} are drawn, the rest
 * listed by name. Thread-safe: no state.
 */
final class FamilySection {
  /** Families drawn as graphs, the largest first; the rest are listed by name. */
  static final int FAMILIES_DRAWN = 40;

  private FamilySection() {}

  /** Articles linked by copy relations (connected components), the largest first, then the earliest. */
  static List<List<Article>> families(AnalysisResult r) {
    List<Article> articles = r.articles();
    Map<String, Integer> at = new HashMap<>();
    for (int i = 0; i < articles.size(); i++) at.putIfAbsent(articles.get(i).id(), i);
    UnionFind sets = new UnionFind(articles.size());
    Set<Integer> linked = new HashSet<>();
    for (Relation x : r.relations()) {
      if (!x.isCopy() || !at.containsKey(x.a()) || !at.containsKey(x.b())) continue;
      sets.union(at.get(x.a()), at.get(x.b()));
      linked.add(at.get(x.a()));
      linked.add(at.get(x.b()));
    }
    Map<Integer, List<Article>> members = new TreeMap<>();
    for (int i = 0; i < articles.size(); i++) {
      if (linked.contains(i)) members.computeIfAbsent(sets.find(i), k -> new ArrayList<>()).add(articles.get(i));
    }
    List<List<Article>> out = new ArrayList<>();
    for (List<Article> m : members.values()) {
      m.sort(Comparator.comparingLong(FamilySection::sortKey).thenComparing(Article::id));
      out.add(m);
    }
    out.sort(Comparator.comparingInt((List<Article> m) -> -m.size()).thenComparingLong(m -> sortKey(m.get(0)))
        .thenComparing(m -> m.get(0).id()));
    return out;
  }

  private static long sortKey(Article a) {
    return a.published() == null ? Long.MAX_VALUE : a.published().sortKey();
  }

  static void families(ReportIndex index, StringBuilder b) {
    List<List<Article>> families = families(index.result);
    b.append("<section id=\"families\"><h2>Copy families (").append(families.size()).append(")</h2>")
        .append("<p class=\"hint\">Articles linked by copying (verbatim, partial, paraphrase, translation), laid out ")
        .append("left to right: the family's first article outlined, each copy to the right of what it copies, copies ")
        .append("of one origin in date order. A line without arrowhead is a pair whose origin is undecided. Click an ")
        .append("edge for the two texts side by side, a box for the article.</p>")
        .append("<ul class=\"legend\"><li><span class=\"eline e-verbatim\"></span>verbatim</li>")
        .append("<li><span class=\"eline e-partial\"></span>partial</li>")
        .append("<li><span class=\"eline e-paraphrase\"></span>paraphrase</li>")
        .append("<li><span class=\"eline e-translation\"></span>translation</li></ul>");
    if (families.isEmpty()) b.append("<p>No copies found.</p>");
    Map<String, List<Integer>> relationsOf = new HashMap<>();
    List<Relation> relations = index.result.relations();
    for (int n = 0; n < relations.size(); n++) {
      if (relations.get(n).isCopy()) relationsOf.computeIfAbsent(relations.get(n).a(), k -> new ArrayList<>()).add(n);
    }
    int drawn = Math.min(FAMILIES_DRAWN, families.size());
    for (int k = 0; k < drawn; k++) family(index, families.get(k), relationsOf, k + 1, b);
    if (families.size() > drawn) {
      b.append("<details><summary>").append(Plural.count(families.size() - drawn, "smaller family", "smaller families"))
          .append(", not drawn</summary><ul class=\"events\">");
      for (List<Article> m : families.subList(drawn, families.size())) {
        b.append("<li>").append(m.size()).append(" articles, first ");
        Overview.articleItem(index, m.get(0), b);
        b.append("</li>");
      }
      b.append("</ul></details>");
    }
    b.append("</section>\n");
  }

  /**
   * Which relations of a family to draw: all of them in a family of up to {@link #ALL_EDGES_UP_TO} articles; in a
   * larger one every decided copy, and of the undecided pairs only those that join parts the others leave apart
   * (strongest first, a spanning forest). Twenty reports of one event that each share a paragraph with every other
   * make a hundred undecided pairs: drawn all, they hide the copies; every pair is listed under Relations anyway.
   */
  static List<Integer> drawnRelations(AnalysisResult r, List<Article> members, Map<String, List<Integer>> relationsOf) {
    Map<String, Integer> at = new HashMap<>();
    for (Article a : members) at.put(a.id(), at.size());
    List<Integer> decided = new ArrayList<>(), undecided = new ArrayList<>();
    for (Article a : members) {
      for (int n : relationsOf.getOrDefault(a.id(), List.of())) {
        Relation x = r.relations().get(n);
        if (!at.containsKey(x.b())) continue;
        (x.origin().decided() ? decided : undecided).add(n);
      }
    }
    if (members.size() <= ALL_EDGES_UP_TO) {
      decided.addAll(undecided);
      return decided;
    }
    UnionFind parts = new UnionFind(members.size());
    for (int n : decided) parts.union(at.get(r.relations().get(n).a()), at.get(r.relations().get(n).b()));
    undecided.sort(Comparator.comparingDouble((Integer n) -> -r.relations().get(n).score()).thenComparingInt(n -> n));
    List<Integer> out = new ArrayList<>(decided);
    for (int n : undecided) {
      int a = at.get(r.relations().get(n).a()), b = at.get(r.relations().get(n).b());
      if (parts.find(a) != parts.find(b)) {
        parts.union(a, b);
        out.add(n);
      }
    }
    return out;
  }

  /** Relation {@code n} as a link from its origin to its copy (undecided: from the earlier-dated side). */
  private static void link(ReportIndex index, int n, List<FamilyLayout.Link> links,
      Map<FamilyLayout.Link, FamilySvg.Target> targets, Set<String> copies, Set<String> origins) {
    Relation x = index.result.relations().get(n);
    boolean directed = x.origin().decided();
    String from = directed ? x.origin().id() : x.a(), to = directed ? x.copy() : x.b();
    if (!directed && sortKey(index.article(to)) < sortKey(index.article(from))) {
      String t = from;
      from = to;
      to = t;
    }
    if (directed) {
      copies.add(to);
      origins.add(from);
    }
    String label = x.kind().jsonName() + " " + ReportIndex.percent(x.score());
    FamilyLayout.Link link = new FamilyLayout.Link(from, to, x.kind().jsonName(), directed, label);
    links.add(link);
    String tip = label + (directed ? "" : " (origin undecided)") + ": " + from + (directed ? " → " : " ↔ ") + to
        + ". " + OriginWords.headline(x.origin()); // the edge links to the full reasons
    targets.put(link, new FamilySvg.Target("rel" + n, tip));
  }

  /** Families up to this size draw every relation; eight boxes with all their pairs still read at a glance. */
  static final int ALL_EDGES_UP_TO = 8;

  private static void family(ReportIndex index, List<Article> members, Map<String, List<Integer>> relationsOf, int k,
      StringBuilder b) {
    List<FamilyLayout.Link> links = new ArrayList<>();
    Map<FamilyLayout.Link, FamilySvg.Target> linkTargets = new IdentityHashMap<>();
    Set<String> copies = new HashSet<>(), origins = new HashSet<>();
    List<Integer> drawn = drawnRelations(index.result, members, relationsOf);
    Set<String> ids = new HashSet<>();
    for (Article a : members) ids.add(a.id());
    int all = 0;
    for (Article a : members) {
      for (int n : relationsOf.getOrDefault(a.id(), List.of())) if (ids.contains(index.result.relations().get(n).b())) all++;
    }
    for (int n : drawn) link(index, n, links, linkTargets, copies, origins);
    List<FamilyLayout.Node> nodes = new ArrayList<>();
    Map<String, FamilySvg.Target> nodeTargets = new LinkedHashMap<>();
    for (Article a : members) {
      boolean first = origins.contains(a.id()) && !copies.contains(a.id());
      nodes.add(new FamilyLayout.Node(a.id(), a.outlet(), a.title(), a.publishedIso(), first));
      nodeTargets.put(a.id(), new FamilySvg.Target(index.anchor(a.id()), index.describe(a.id())));
    }
    FamilyLayout.Layout layout = FamilyLayout.of(nodes, links);
    b.append("<figure class=\"familyfig\"><figcaption>Family ").append(k).append(": ")
        .append(Plural.count(members.size(), "article")).append(", first ")
        .append(Html.escape(index.describe(members.get(0).id())));
    if (drawn.size() < all) {
      b.append(" <span class=\"hint\">(").append(all - drawn.size())
          .append(" weaker undecided pairs not drawn; all are under Relations)</span>");
    }
    b.append("</figcaption>")
        .append("<div class=\"scroll\">").append(FamilySvg.render(layout, nodeTargets, linkTargets))
        .append("</div></figure>");
  }

}
