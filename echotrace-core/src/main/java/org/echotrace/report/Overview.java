package org.echotrace.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.echotrace.internal.Plural;
import org.echotrace.model.AnalysisResult;
import org.echotrace.model.Article;
import org.echotrace.model.Narrative;
import org.echotrace.model.Relation;
import org.echotrace.model.Story;

/**
 * The report's overview, the part a reader sees first: events with several articles on a time axis (grouped by
 * narrative), the copy families as laid-out graphs, and the outlets with what they originated and copied. Each part
 * is sized to stay readable at a thousand articles: events of one article are not drawn (a narrative's are gathered
 * on one row), at most {@link #TIMELINE_EVENTS} events are drawn, and outlets past the first {@link #OUTLETS_SHOWN}
 * fold away. The families are {@link FamilySection}'s. Thread-safe: no state.
 */
final class Overview {
  /** Rows of events on the axis: 60 rows are ~1,300 px, about two screens. The largest events are kept. */
  static final int TIMELINE_EVENTS = 60;
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
    List<TimelineSvg.Dot> dots = dots(index, members, outlets);
    // count first: a long label is cut at its end, and the words matter least
    String label = s.id() + " (" + s.articles().size() + (dots.isEmpty() ? ", undated" : "") + ")"
        + (s.label() == null ? "" : "  " + s.label());
    return new TimelineSvg.Row(label, false, dots);
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

  static void articleItem(ReportIndex index, Article a, StringBuilder b) {
    b.append("<li><span class=\"date\">").append(Html.escape(a.publishedIso() == null ? "undated" : a.publishedIso()))
        .append("</span> <span class=\"swatch ").append(index.outletClass(a.outlet())).append("\"></span>")
        .append(Html.escape(a.outlet() == null ? "(outlet unknown)" : a.outlet())).append(" · <a href=\"#")
        .append(index.anchor(a.id())).append("\">").append(Html.escape(a.title() == null ? a.id() : a.title()))
        .append("</a></li>");
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
