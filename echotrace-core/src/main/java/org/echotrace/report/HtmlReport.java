package org.echotrace.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.echotrace.internal.UnionFind;
import org.echotrace.model.AnalysisResult;
import org.echotrace.model.Article;
import org.echotrace.model.InputProblem;
import org.echotrace.model.Narrative;
import org.echotrace.model.Relation;
import org.echotrace.model.RelationKind;
import org.echotrace.model.Story;

/**
 * Writes an {@link AnalysisResult} as one self-contained HTML page for people: a summary; events on a time axis,
 * grouped by narrative; each copy family drawn as a graph; every relation with the two texts side by side and the
 * evidence marked; quotes, framing and entity tables when the result has them; the articles; the input problems.
 *
 * <p><b>Self-contained and inert.</b> The page loads nothing: CSS is inline, the drawings are inline SVG made here,
 * and there is no script at all. Its Content-Security-Policy ({@code default-src 'none'}) forbids every load and every
 * script, so even a bug in escaping could not run one. All data (text, titles, ids, URLs, outlet names) is escaped
 * with {@link Html#escape} and goes only into element text and quoted attribute values; element ids and link targets
 * are numbers made here ({@code art3}, {@code rel7}), never data. URLs are shown as text, not links.
 *
 * <p><b>Highlights</b> are character offsets into {@link Article#text()}; overlapping ones (a framing term in a quote
 * in a passage) nest correctly, see {@link MarkedText}. Relations are {@code <details>} elements, closed but for the first, so a page
 * with hundreds of pairs stays usable. Output is deterministic: no time stamp.
 *
 * <p>Thread-safe: no state.
 */
public final class HtmlReport {
  private final String corpus;

  /** A report whose title names no corpus. */
  public HtmlReport() {
    this(null);
  }

  /** A report titled after its corpus ("web-dev/articles"), or untitled when {@code corpus} is null or blank. */
  public HtmlReport(String corpus) {
    this.corpus = corpus == null || corpus.isBlank() ? null : corpus.strip();
  }

  /** The page title: "echotrace report: web-dev/articles". */
  String title() {
    return corpus == null ? "echotrace report" : "echotrace report: " + corpus;
  }

  /** Writes the page to {@code out}; does not close it. Store it as UTF-8 (the page declares that charset). */
  public void write(AnalysisResult result, Writer out) throws IOException {
    String title = Html.escape(title());
    ReportIndex index = new ReportIndex(result);
    StringBuilder b = new StringBuilder(1 << 16);
    b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; ")
        .append("img-src data:; base-uri 'none'; form-action 'none'\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(title).append("</title>\n<style>").append(ReportStyle.CSS).append("</style></head>\n<body>\n");
    b.append(FamilySvg.definitions());
    header(index, title, b);
    flush(b, out);
    timeline(index, b);
    flush(b, out);
    families(index, b);
    flush(b, out);
    relations(index, b, out);
    if (StoryTables.any(index)) {
      b.append("<section id=\"quotes\"><h2>Quotes and framing by event</h2>");
      StoryTables.render(index, b);
      b.append("</section>\n");
    }
    if (!result.entities().isEmpty()) {
      b.append("<section id=\"entities\"><h2>Names and their variants</h2>");
      StoryTables.entities(index, b);
      b.append("</section>\n");
    }
    flush(b, out);
    articles(index, b);
    problems(result, b);
    b.append("<footer>Written by echotrace. Offsets, scores and reasons are in the JSON output "
        + "(<code>echotrace analyze --format json</code>).</footer>\n</body></html>\n");
    flush(b, out);
    out.flush();
  }

  private static void flush(StringBuilder b, Writer out) throws IOException {
    out.append(b);
    b.setLength(0);
  }

  private static void header(ReportIndex index, String title, StringBuilder b) {
    AnalysisResult r = index.result;
    Map<RelationKind, Integer> kinds = new EnumMap<>(RelationKind.class);
    for (Relation x : r.relations()) kinds.merge(x.kind(), 1, Integer::sum);
    long events = r.stories().stream().filter(s -> s.articles().size() > 1).count();
    b.append("<header><h1>").append(title).append("</h1><ul class=\"summary\">")
        .append("<li><b>").append(r.articles().size()).append("</b> articles</li>")
        .append("<li><b>").append(r.relations().size()).append("</b> relations");
    if (!kinds.isEmpty()) {
      List<String> parts = new ArrayList<>();
      kinds.forEach((k, n) -> parts.add(n + " <span class=\"kind k-" + k.jsonName() + "\">" + k.jsonName() + "</span>"));
      b.append(": ").append(String.join(", ", parts));
    }
    b.append("</li><li><b>").append(events).append("</b> events with several articles (").append(r.stories().size())
        .append(" in all)</li><li><b>").append(r.narratives().size()).append("</b> narratives</li>");
    if (!r.quotes().isEmpty()) b.append("<li><b>").append(r.quotes().size()).append("</b> quotes</li>");
    if (!r.framing().isEmpty()) b.append("<li><b>").append(r.framing().size()).append("</b> framing terms</li>");
    if (!r.entities().isEmpty()) b.append("<li><b>").append(r.entities().size()).append("</b> entities</li>");
    b.append("<li><b>").append(r.problems().size()).append("</b> input problems</li></ul>");
    b.append("<nav><a href=\"#timeline\">Timeline</a> <a href=\"#families\">Copy families</a> ")
        .append("<a href=\"#relations\">Relations</a> ");
    if (StoryTables.any(index)) b.append("<a href=\"#quotes\">Quotes and framing</a> ");
    if (!r.entities().isEmpty()) b.append("<a href=\"#entities\">Names</a> ");
    b.append("<a href=\"#articles\">Articles</a> <a href=\"#problems\">Problems</a></nav></header>\n");
  }

  private static void timeline(ReportIndex index, StringBuilder b) {
    AnalysisResult r = index.result;
    Map<String, Story> stories = new HashMap<>();
    for (Story s : r.stories()) stories.put(s.id(), s);
    List<TimelineSvg.Row> rows = new ArrayList<>();
    Set<String> inNarrative = new HashSet<>();
    for (Narrative n : r.narratives()) {
      rows.add(new TimelineSvg.Row(n.id() + (n.label() == null ? "" : "  " + n.label()), true, List.of()));
      for (String sid : n.stories()) {
        Story s = stories.get(sid);
        if (s == null) continue;
        inNarrative.add(sid);
        rows.add(storyRow(index, s));
      }
    }
    List<Story> others = r.stories().stream().filter(s -> !inNarrative.contains(s.id())).toList();
    if (!others.isEmpty() && !r.narratives().isEmpty()) {
      rows.add(new TimelineSvg.Row("Events in no narrative", true, List.of()));
    }
    for (Story s : others) rows.add(storyRow(index, s));
    b.append("<section id=\"timeline\"><h2>Events on a timeline</h2>")
        .append("<p class=\"hint\">One row per event (articles about one event), grouped by narrative; one dot per ")
        .append("dated article at its publication time (UTC), coloured by outlet. Hover for details; click to go to ")
        .append("the article.</p>");
    String svg = TimelineSvg.render(rows);
    b.append(svg.isEmpty() ? "<p>No article is dated.</p>" : "<div class=\"scroll\">" + svg + "</div>");
    outletLegend(index, b);
    eventList(index, r, stories, inNarrative, b);
    List<Article> undated = r.articles().stream().filter(a -> a.published() == null).toList();
    if (!undated.isEmpty()) {
      b.append("<h3>Undated articles (").append(undated.size()).append(")</h3><ul class=\"undated\">");
      for (Article a : undated) articleItem(index, a, b);
      b.append("</ul>");
    }
    b.append("</section>\n");
  }

  private static TimelineSvg.Row storyRow(ReportIndex index, Story s) {
    List<TimelineSvg.Dot> dots = new ArrayList<>();
    List<Article> dated = new ArrayList<>();
    for (String id : s.articles()) {
      Article a = index.article(id);
      if (a != null && a.published() != null) dated.add(a);
    }
    dated.sort(Comparator.comparingLong((Article a) -> a.published().sortKey()).thenComparing(Article::id));
    for (Article a : dated) {
      dots.add(new TimelineSvg.Dot(a.published().sortKey(), index.describe(a.id()), outletClass(index, a.outlet()),
          index.anchor(a.id())));
    }
    String label = s.id() + (s.label() == null ? "" : "  " + s.label()) + "  (" + s.articles().size() + ")";
    return new TimelineSvg.Row(label, false, dots);
  }

  private static String outletClass(ReportIndex index, String outlet) {
    return index.outletClass(outlet);
  }

  private static void outletLegend(ReportIndex index, StringBuilder b) {
    b.append("<ul class=\"legend\">");
    for (String o : index.outlets()) {
      b.append("<li><span class=\"swatch ").append(outletClass(index, o)).append("\"></span>").append(Html.escape(o))
          .append("</li>");
    }
    b.append("<li><span class=\"swatch ox\"></span>outlet unknown</li></ul>");
  }

  private static void eventList(ReportIndex index, AnalysisResult r, Map<String, Story> stories,
      Set<String> inNarrative, StringBuilder b) {
    for (Narrative n : r.narratives()) {
      b.append("<h3>Narrative ").append(Html.escape(n.id()));
      if (n.label() != null) b.append(" <span class=\"label\">").append(Html.escape(n.label())).append("</span>");
      b.append("</h3><ul class=\"events\">");
      for (String sid : n.stories()) if (stories.containsKey(sid)) eventItem(index, stories.get(sid), b);
      b.append("</ul>");
    }
    List<Story> multi = r.stories().stream()
        .filter(s -> !inNarrative.contains(s.id()) && s.articles().size() > 1).toList();
    List<Story> single = r.stories().stream()
        .filter(s -> !inNarrative.contains(s.id()) && s.articles().size() <= 1).toList();
    if (!multi.isEmpty()) {
      b.append("<h3>Events with several articles</h3><ul class=\"events\">");
      for (Story s : multi) eventItem(index, s, b);
      b.append("</ul>");
    }
    if (!single.isEmpty()) {
      b.append("<details><summary>Single-article events (").append(single.size()).append(")</summary><ul class=\"events\">");
      for (Story s : single) eventItem(index, s, b);
      b.append("</ul></details>");
    }
  }

  private static void eventItem(ReportIndex index, Story s, StringBuilder b) {
    b.append("<li><b>").append(Html.escape(s.id())).append("</b>");
    if (s.label() != null) b.append(" <span class=\"label\">").append(Html.escape(s.label())).append("</span>");
    b.append(" <span class=\"date\">").append(Html.escape(s.firstSeen() == null ? "undated" : s.firstSeen()));
    if (s.lastSeen() != null && !s.lastSeen().equals(s.firstSeen())) b.append(" → ").append(Html.escape(s.lastSeen()));
    b.append("</span>");
    if (!s.outlets().isEmpty()) {
      b.append(" <span class=\"outlets\">").append(Html.escape(String.join(", ", s.outlets()))).append("</span>");
    }
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
        .append("</span> <span class=\"swatch ").append(outletClass(index, a.outlet())).append("\"></span>")
        .append(Html.escape(a.outlet() == null ? "(outlet unknown)" : a.outlet())).append(" · <a href=\"#")
        .append(index.anchor(a.id())).append("\">").append(Html.escape(a.title() == null ? a.id() : a.title()))
        .append("</a></li>");
  }

  private static void families(ReportIndex index, StringBuilder b) {
    AnalysisResult r = index.result;
    List<Article> articles = r.articles();
    Map<String, Integer> at = new HashMap<>();
    for (int i = 0; i < articles.size(); i++) at.putIfAbsent(articles.get(i).id(), i);
    UnionFind families = new UnionFind(articles.size());
    for (Relation x : r.relations()) {
      if (x.isCopy() && at.containsKey(x.a()) && at.containsKey(x.b())) families.union(at.get(x.a()), at.get(x.b()));
    }
    Map<Integer, List<Integer>> members = new TreeMap<>();
    for (Relation x : r.relations()) {
      if (!x.isCopy() || !at.containsKey(x.a()) || !at.containsKey(x.b())) continue;
      members.computeIfAbsent(families.find(at.get(x.a())), k -> new ArrayList<>());
    }
    for (int i = 0; i < articles.size(); i++) {
      List<Integer> m = members.get(families.find(i));
      if (m != null) m.add(i);
    }
    List<List<Integer>> ordered = new ArrayList<>(members.values());
    ordered.sort(Comparator.comparingInt((List<Integer> m) -> -m.size()).thenComparingInt(m -> m.get(0)));
    b.append("<section id=\"families\"><h2>Copy families (").append(ordered.size()).append(")</h2>")
        .append("<p class=\"hint\">Articles linked by copying (verbatim, partial, paraphrase, translation). Arrows ")
        .append("run from the likely origin to the copy; a line without arrowhead is a pair whose origin is undecided. ")
        .append("Click an edge for the two texts side by side.</p>")
        .append("<ul class=\"legend\"><li><span class=\"eline e-verbatim\"></span>verbatim</li>")
        .append("<li><span class=\"eline e-partial\"></span>partial</li>")
        .append("<li><span class=\"eline e-paraphrase\"></span>paraphrase</li>")
        .append("<li><span class=\"eline e-translation\"></span>translation</li></ul>");
    if (ordered.isEmpty()) b.append("<p>No copies found.</p>");
    int k = 0;
    for (List<Integer> m : ordered) family(index, m, ++k, b);
    b.append("</section>\n");
  }

  private static void family(ReportIndex index, List<Integer> members, int k, StringBuilder b) {
    AnalysisResult r = index.result;
    List<Article> nodes = new ArrayList<>();
    for (int i : members) nodes.add(r.articles().get(i));
    nodes.sort(Comparator.comparingLong((Article a) -> a.published() == null ? Long.MAX_VALUE : a.published().sortKey())
        .thenComparing(Article::id));
    Map<String, Integer> position = new HashMap<>();
    List<FamilySvg.Node> drawn = new ArrayList<>();
    for (Article a : nodes) {
      position.put(a.id(), drawn.size());
      drawn.add(new FamilySvg.Node(a.outlet() == null ? a.id() : a.outlet(),
          a.publishedIso() == null ? "undated" : a.publishedIso(), index.describe(a.id()), index.anchor(a.id())));
    }
    List<FamilySvg.Edge> edges = new ArrayList<>();
    for (int n = 0; n < r.relations().size(); n++) {
      Relation x = r.relations().get(n);
      if (!x.isCopy() || !position.containsKey(x.a()) || !position.containsKey(x.b())) continue;
      boolean directed = x.origin().decided();
      String from = directed ? x.origin().id() : x.a(), to = directed ? x.copy() : x.b();
      String label = x.kind().jsonName() + " " + ReportIndex.percent(x.score());
      String tip = label + (directed ? "" : " (origin undecided)") + ": " + from + (directed ? " → " : " ↔ ") + to
          + ". " + String.join("; ", x.origin().reasons());
      edges.add(new FamilySvg.Edge(position.get(from), position.get(to), x.kind().jsonName(), directed, label, tip,
          "rel" + n));
    }
    b.append("<figure class=\"familyfig\"><figcaption>Family ").append(k).append(": ").append(nodes.size())
        .append(" articles, first ").append(Html.escape(index.describe(nodes.get(0).id()))).append("</figcaption>")
        .append("<div class=\"scroll\">").append(FamilySvg.render(drawn, edges)).append("</div></figure>");
  }

  private static void relations(ReportIndex index, StringBuilder b, Writer out) throws IOException {
    AnalysisResult r = index.result;
    b.append("<section id=\"relations\"><h2>Relations (").append(r.relations().size()).append(")</h2>")
        .append("<p class=\"hint\">Each pair opens to its two clean texts, the origin on the left. Identical passages ")
        .append("(P) and aligned sentences (S, with their similarity) share a number and colour on both sides; click a ")
        .append("number to jump to its counterpart. <span class=\"q\">Quotes</span> are outlined, with what a copy ")
        .append("changed labelled; <u class=\"term\">framing terms</u> are underlined (hover for the category).</p>");
    for (int n = 0; n < r.relations().size(); n++) {
      PairView.render(index, r.relations().get(n), n, b);
      if (b.length() > 1 << 16) flush(b, out);
    }
    b.append("</section>\n");
  }

  private static void articles(ReportIndex index, StringBuilder b) {
    b.append("<section id=\"articles\"><h2>Articles (").append(index.result.articles().size()).append(")</h2>")
        .append("<table class=\"articles\"><tr><th>Article</th><th>Outlet</th><th>Published</th><th>Title</th>")
        .append("<th>Lang.</th><th>Event</th><th>URL</th></tr>");
    for (Article a : index.result.articles()) {
      Story s = index.story(a.id());
      b.append("<tr id=\"").append(index.anchor(a.id())).append("\"><td>").append(Html.escape(a.id()))
          .append("</td><td>").append(Html.escape(a.outlet())).append("</td><td>").append(Html.escape(a.publishedIso()))
          .append("</td><td>").append(Html.escape(a.title())).append("</td><td>").append(Html.escape(a.language()))
          .append("</td><td>").append(Html.escape(s == null ? null : s.id())).append("</td><td class=\"url\">")
          .append(Html.escape(a.url())).append("</td></tr>");
    }
    b.append("</table></section>\n");
  }

  private static void problems(AnalysisResult r, StringBuilder b) {
    b.append("<section id=\"problems\"><h2>Input problems (").append(r.problems().size()).append(")</h2>");
    if (r.problems().isEmpty()) b.append("<p>None: every input was read.</p>");
    else {
      b.append("<ul class=\"problems\">");
      for (InputProblem p : r.problems()) {
        b.append("<li><span class=\"sev ").append(p.severity() == InputProblem.Severity.ERROR ? "error" : "warning")
            .append("\">").append(p.severity() == InputProblem.Severity.ERROR ? "skipped" : "warning")
            .append("</span> <code>").append(Html.escape(p.path())).append(p.line() > 0 ? ":" + p.line() : "")
            .append("</code> ").append(Html.escape(p.message())).append("</li>");
      }
      b.append("</ul>");
    }
    b.append("</section>\n");
  }
}
