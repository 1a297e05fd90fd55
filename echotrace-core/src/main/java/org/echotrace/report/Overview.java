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
import org.echotrace.model.Narrative;
import org.echotrace.model.Relation;
import org.echotrace.model.Story;

/**
 * The report's overview, the part a reader sees first: events with several articles on a time axis (grouped by
 * narrative), the copy families as laid-out graphs, and the outlets with what they originated and copied. Each part
 * is sized to stay readable at a thousand articles: events of one article are not drawn (a narrative's are gathered
 * on one row), at most {@link #TIMELINE_EVENTS} events and {@link #FAMILIES_DRAWN} families are drawn, and outlets past
 * the first {@link #OUTLETS_SHOWN} fold away. Thread-safe: no state.
 */
final class Overview {
  /** Rows of events on the axis: 60 rows are ~1,300 px, about two screens. The largest events are kept. */
  static final int TIMELINE_EVENTS = 60;
  /** Families drawn as graphs, the largest first; the rest are listed by name. */
  static final int FAMILIES_DRAWN = 40;
  /** Outlets in the open table; the rest fold into a closed one. */
  static final int OUTLETS_SHOWN = 30;
  /** Outlets named in the timeline's colour legend (colours repeat after twelve anyway). */
  static final int LEGEND_OUTLETS = 24;

  private Overview() {}

  // ------------------------------------------------------------------------------------------------ timeline

  static void timeline(ReportIndex index, StringBuilder b) {
    AnalysisResult r = index.result;
    Map<String, Story> stories = new HashMap<>();
    for (Story s : r.stories()) stories.put(s.id(), s);
    List<Story> multi = new ArrayList<>(r.stories().stream().filter(s -> s.articles().size() > 1).toList());
    multi.sort(Comparator.comparingInt((Story s) -> -s.articles().size()).thenComparing(Story::id));
    Set<String> drawn = new HashSet<>();
    for (Story s : multi.subList(0, Math.min(TIMELINE_EVENTS, multi.size()))) drawn.add(s.id());
    List<TimelineSvg.Row> rows = new ArrayList<>();
    Set<String> inNarrative = new HashSet<>();
    Set<String> outlets = new java.util.TreeSet<>();
    for (Narrative n : listedNarratives(r)) {
      rows.add(new TimelineSvg.Row(n.id() + (n.label() == null ? "" : "  " + n.label()), true, List.of()));
      List<Article> singles = new ArrayList<>();
      for (String sid : n.stories()) {
        Story s = stories.get(sid);
        if (s == null) continue;
        inNarrative.add(sid);
        if (drawn.contains(sid)) rows.add(storyRow(index, s, outlets));
        else if (s.articles().size() == 1 && index.article(s.articles().get(0)) != null) {
          singles.add(index.article(s.articles().get(0)));
        }
      }
      if (!singles.isEmpty()) {
        rows.add(new TimelineSvg.Row(Plural.count(singles.size(), "event") + " of one article", false,
            dots(index, singles, outlets)));
      }
    }
    List<Story> others = multi.stream().filter(s -> drawn.contains(s.id()) && !inNarrative.contains(s.id()))
        .sorted(Comparator.comparing((Story s) -> s.firstSeen() == null ? "~" : s.firstSeen())).toList();
    if (!others.isEmpty() && !rows.isEmpty()) rows.add(new TimelineSvg.Row("Events in no narrative", true, List.of()));
    for (Story s : others) rows.add(storyRow(index, s, outlets));
    b.append("<section id=\"timeline\"><h2>Events on a timeline</h2>")
        .append("<p class=\"hint\">One row per event with several articles (articles that copy one another or report ")
        .append("the same event), grouped by narrative; a narrative's events of one article share a row. One dot per ")
        .append("dated article at its publication time (UTC), coloured by outlet. Dates far from the rest are drawn ")
        .append("hollow in the margin marked <i>earlier</i> or <i>later</i>, so they do not stretch the axis. Hover for ")
        .append("details; click to go to the article.</p>");
    String svg = rows.isEmpty() ? "" : TimelineSvg.render(rows);
    if (svg.isEmpty()) b.append("<p>No event has several dated articles.</p>");
    else b.append("<div class=\"scroll\">").append(svg).append("</div>");
    if (multi.size() > drawn.size()) {
      b.append("<p class=\"hint\">The ").append(drawn.size()).append(" largest of ")
          .append(Plural.count(multi.size(), "event")).append(" with several articles are drawn; all are listed below.</p>");
    }
    legend(index, outlets, b);
    events(index, r, stories, multi, b);
    long undated = r.articles().stream().filter(a -> a.published() == null).count();
    long singles = r.stories().stream().filter(s -> s.articles().size() == 1).count();
    b.append("<p class=\"hint\">").append(Plural.count(singles, "event")).append(" of one article ")
        .append(singles == 1 ? "is" : "are").append(" not listed here; ").append(Plural.count(undated, "article"))
        .append(undated == 1 ? " has" : " have").append(" no date. All are in the <a href=\"#articles\">article list</a>.</p>");
    b.append("</section>\n");
  }

  /** Narratives worth drawing: not one that holds most of the corpus (see {@link TerminalSummary#tooBroad}). */
  static List<Narrative> listedNarratives(AnalysisResult r) {
    return r.narratives().stream().filter(n -> !TerminalSummary.tooBroad(n, r.articles().size())).toList();
  }

  private static TimelineSvg.Row storyRow(ReportIndex index, Story s, Set<String> outlets) {
    List<Article> members = new ArrayList<>();
    for (String id : s.articles()) if (index.article(id) != null) members.add(index.article(id));
    String label = s.id() + (s.label() == null ? "" : "  " + s.label()) + "  (" + s.articles().size() + ")";
    return new TimelineSvg.Row(label, false, dots(index, members, outlets));
  }

  private static List<TimelineSvg.Dot> dots(ReportIndex index, List<Article> articles, Set<String> outlets) {
    List<TimelineSvg.Dot> dots = new ArrayList<>();
    for (Article a : articles) {
      if (a.published() == null) continue;
      if (a.outlet() != null) outlets.add(a.outlet());
      dots.add(new TimelineSvg.Dot(a.published().sortKey(), index.describe(a.id()), index.outletClass(a.outlet()),
          index.anchor(a.id())));
    }
    dots.sort(Comparator.comparingLong(TimelineSvg.Dot::epochSecond));
    return dots;
  }

  private static void legend(ReportIndex index, Set<String> outlets, StringBuilder b) {
    b.append("<ul class=\"legend\">");
    int shown = 0;
    for (String o : outlets) {
      if (shown++ == LEGEND_OUTLETS) break;
      b.append("<li><span class=\"swatch ").append(index.outletClass(o)).append("\"></span>").append(Html.escape(o))
          .append("</li>");
    }
    if (outlets.size() > LEGEND_OUTLETS) {
      b.append("<li>and ").append(outlets.size() - LEGEND_OUTLETS).append(" more outlets (colours repeat)</li>");
    }
    b.append("<li><span class=\"swatch ox\"></span>outlet unknown</li></ul>");
  }

  /**
   * The events with several articles, under their narratives, each with its articles in date order; folded, so that
   * the families follow the timeline on the page.
   */
  private static void events(ReportIndex index, AnalysisResult r, Map<String, Story> stories, List<Story> multi,
      StringBuilder b) {
    if (multi.isEmpty()) return;
    b.append("<details class=\"eventlist\"><summary>").append(Plural.count(multi.size(), "event"))
        .append(" with several articles, each with its articles in date order</summary>");
    Set<String> listed = new HashSet<>();
    for (Narrative n : listedNarratives(r)) {
      List<Story> members = n.stories().stream().map(stories::get).filter(s -> s != null && s.articles().size() > 1)
          .toList();
      if (members.isEmpty()) continue;
      b.append("<h3>Narrative ").append(Html.escape(n.id()));
      if (n.label() != null) b.append(" <span class=\"label\">").append(Html.escape(n.label())).append("</span>");
      b.append(" <span class=\"date\">").append(Plural.count(n.stories().size(), "event")).append(", ")
          .append(Plural.count(n.articles().size(), "article")).append("</span></h3><ul class=\"events\">");
      for (Story s : members) {
        eventItem(index, s, b);
        listed.add(s.id());
      }
      b.append("</ul>");
    }
    List<Story> rest = multi.stream().filter(s -> !listed.contains(s.id())).toList();
    if (!rest.isEmpty()) {
      b.append("<h3>").append(listed.isEmpty() ? "Events with several articles" : "Other events with several articles")
          .append("</h3><ul class=\"events\">");
      for (Story s : rest) eventItem(index, s, b);
      b.append("</ul>");
    }
    b.append("</details>");
  }

  private static void eventItem(ReportIndex index, Story s, StringBuilder b) {
    b.append("<li><b>").append(Html.escape(s.id())).append("</b>");
    if (s.label() != null) b.append(" <span class=\"label\">").append(Html.escape(s.label())).append("</span>");
    b.append(" <span class=\"date\">").append(Html.escape(s.firstSeen() == null ? "undated" : s.firstSeen()));
    if (s.lastSeen() != null && !s.lastSeen().equals(s.firstSeen())) b.append(" → ").append(Html.escape(s.lastSeen()));
    b.append("</span>");
    List<Article> members = new ArrayList<>();
    for (String id : s.articles()) if (index.article(id) != null) members.add(index.article(id));
    members.sort(Comparator.comparingLong((Article a) -> a.published() == null ? Long.MAX_VALUE : a.published().sortKey())
        .thenComparing(Article::id));
    b.append("<ul>");
    for (Article a : members) articleItem(index, a, b);
    b.append("</ul></li>");
  }

  private static void articleItem(ReportIndex index, Article a, StringBuilder b) {
    b.append("<li><span class=\"date\">").append(Html.escape(a.publishedIso() == null ? "undated" : a.publishedIso()))
        .append("</span> <span class=\"swatch ").append(index.outletClass(a.outlet())).append("\"></span>")
        .append(Html.escape(a.outlet() == null ? "(outlet unknown)" : a.outlet())).append(" · <a href=\"#")
        .append(index.anchor(a.id())).append("\">").append(Html.escape(a.title() == null ? a.id() : a.title()))
        .append("</a></li>");
  }

  // ------------------------------------------------------------------------------------------------ families

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
      m.sort(Comparator.comparingLong(Overview::sortKey).thenComparing(Article::id));
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
        articleItem(index, m.get(0), b);
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
        + ". " + OriginWords.explained(x.origin());
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

  // ------------------------------------------------------------------------------------------------ outlets

  /** Per outlet: articles, dates, and copies made from it or by it (decided copy relations only). */
  static void outlets(ReportIndex index, StringBuilder b) {
    AnalysisResult r = index.result;
    Map<String, int[]> counts = new HashMap<>(); // articles, origin of, copies of others, undecided
    Map<String, String[]> span = new HashMap<>();
    for (Article a : r.articles()) {
      String o = name(a.outlet());
      counts.computeIfAbsent(o, k -> new int[4])[0]++;
      if (a.publishedIso() != null) {
        String[] s = span.computeIfAbsent(o, k -> new String[] {a.publishedIso(), a.publishedIso()});
        String d = a.publishedIso().substring(0, 10);
        if (d.compareTo(s[0].substring(0, 10)) < 0) s[0] = a.publishedIso();
        if (d.compareTo(s[1].substring(0, 10)) > 0) s[1] = a.publishedIso();
      }
    }
    for (Relation x : r.relations()) {
      if (!x.isCopy()) continue;
      if (x.origin().decided()) {
        count(counts, index, x.origin().id(), 1);
        count(counts, index, x.copy(), 2);
      } else {
        count(counts, index, x.a(), 3);
        count(counts, index, x.b(), 3);
      }
    }
    List<String> names = new ArrayList<>(counts.keySet());
    names.sort(Comparator.comparingInt((String o) -> -counts.get(o)[0]).thenComparingInt(o -> -counts.get(o)[1])
        .thenComparing(o -> o));
    b.append("<section id=\"outlets\"><h2>Outlets (").append(names.size()).append(")</h2>")
        .append("<p class=\"hint\">Articles per outlet; <i>origin of</i> counts copies whose likely origin is this ")
        .append("outlet's article, <i>copies</i> its articles that copy another, <i>undecided</i> its copy pairs ")
        .append("whose direction is open.</p>");
    int shown = Math.min(OUTLETS_SHOWN, names.size());
    outletTable(names.subList(0, shown), counts, span, b);
    if (names.size() > shown) {
      b.append("<details><summary>").append(Plural.count(names.size() - shown, "more outlet"))
          .append("</summary>");
      outletTable(names.subList(shown, names.size()), counts, span, b);
      b.append("</details>");
    }
    b.append("</section>\n");
  }

  private static void outletTable(List<String> names, Map<String, int[]> counts, Map<String, String[]> span,
      StringBuilder b) {
    b.append("<table class=\"outlets\"><tr><th>Outlet</th><th>Articles</th><th>Dates</th><th>Origin of</th>")
        .append("<th>Copies</th><th>Undecided</th></tr>");
    for (String o : names) {
      int[] c = counts.get(o);
      String[] s = span.get(o);
      b.append("<tr><td>").append(Html.escape(o)).append("</td><td class=\"count\">").append(c[0]).append("</td><td>")
          .append(s == null ? "undated" : Html.escape(s[0].substring(0, 10) + (s[0].regionMatches(0, s[1], 0, 10) ? ""
              : " → " + s[1].substring(0, 10))))
          .append("</td>");
      for (int i = 1; i < 4; i++) {
        b.append(c[i] == 0 ? "<td class=\"zero\">0</td>" : "<td class=\"count\">" + c[i] + "</td>");
      }
      b.append("</tr>");
    }
    b.append("</table>");
  }

  private static void count(Map<String, int[]> counts, ReportIndex index, String id, int column) {
    counts.computeIfAbsent(name(outletOf(index, id)), k -> new int[4])[column]++;
  }

  private static String outletOf(ReportIndex index, String id) {
    Article a = index.article(id);
    return a == null ? null : a.outlet();
  }

  private static String name(String outlet) {
    return outlet == null ? "(outlet unknown)" : outlet;
  }
}
