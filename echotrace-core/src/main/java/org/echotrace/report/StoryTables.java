package org.echotrace.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.echotrace.model.Entity;
import org.echotrace.model.FramingHit;
import org.echotrace.model.Quote;
import org.echotrace.model.QuoteChange;
import org.echotrace.model.QuoteVariant;
import org.echotrace.model.Story;

/**
 * First the framing entries the corpus uses most (entry, category, hits, articles); then per event with several
 * articles (where outlets can be compared): a quotes table (speaker, quote, article, what copies changed) and a
 * framing table (lexicon entry × outlet, counts); then the entities whose naming varies, with who used which name.
 * Events of one article get no tables (their quotes and hits are in the JSON output): on a crawl of unrelated pages
 * they would be thousands of rows that compare nothing. Written only for what the result holds: a result without
 * quotes, framing or entities gets none of these tables. Thread-safe: no state.
 */
final class StoryTables {
  private StoryTables() {}

  static boolean any(ReportIndex index) {
    return !index.result.quotes().isEmpty() || !index.result.framing().isEmpty();
  }

  /** Framing entries in the corpus-wide table. */
  static final int FRAMING_ENTRIES_SHOWN = 20;
  /** Events with tables at most, the largest: a page of a thousand articles stays readable and small. */
  static final int EVENTS_SHOWN = 40;

  static void render(ReportIndex index, StringBuilder out) {
    framingOverview(index, out);
    List<Story> several = index.result.stories().stream().filter(s -> s.articles().size() > 1).toList();
    // the largest events, in their own order
    java.util.Set<Story> largest = new java.util.HashSet<>(several.stream()
        .sorted(java.util.Comparator.comparingInt((Story s) -> -s.articles().size())).limit(EVENTS_SHOWN).toList());
    List<Story> groups = several.stream().filter(largest::contains).toList();
    long others = index.result.stories().size() - groups.size();
    out.append("<p class=\"hint\">Tables per event with several articles, whose outlets can be compared");
    if (several.size() > groups.size()) out.append(", for the ").append(EVENTS_SHOWN).append(" largest");
    if (others > 0) out.append(" (the quotes and framing terms of the other ").append(others)
        .append(" events are in the JSON output)");
    out.append(".</p>");
    Map<Integer, List<String>> changes = changes(index);
    for (Story s : groups) {
      boolean quotes = s.articles().stream().anyMatch(id -> !index.quotes(id).isEmpty());
      boolean framing = s.articles().stream().anyMatch(id -> !index.framing(id).isEmpty());
      if (!quotes && !framing) continue;
      out.append("<h3>").append(Html.escape(s.id()));
      if (s.label() != null) out.append(" <span class=\"label\">").append(Html.escape(s.label())).append("</span>");
      out.append("</h3>");
      if (quotes) quotes(index, s, changes, out);
      if (framing) framing(index, s, out);
    }
  }

  /** Articles named in one row of a quotes table before "and N more". */
  static final int QUOTE_ARTICLES_SHOWN = 6;

  /**
   * One row per distinct quote (same speaker, same words) with the articles that carry it: copies repeat their
   * origin's quotes, and a row per copy made the table of a 20-article event as long as the event's text.
   */
  private static void quotes(ReportIndex index, Story s, Map<Integer, List<String>> changes, StringBuilder out) {
    record Row(String speaker, String text, List<String> ids, List<String> labels) {}
    Map<String, Row> rows = new LinkedHashMap<>();
    for (String id : s.articles()) {
      for (int qi : index.quotes(id)) {
        Quote q = index.quote(qi);
        String speaker = q.speaker() == null ? (q.kind().jsonName().equals("term") ? "(term)" : "(unknown)") : q.speaker();
        Row row = rows.computeIfAbsent(speaker + "\u0000" + q.text(),
            k -> new Row(speaker, q.text(), new ArrayList<>(), new ArrayList<>()));
        if (!row.ids().contains(id)) row.ids().add(id);
        for (String label : changes.getOrDefault(qi, List.of())) if (!row.labels().contains(label)) row.labels().add(label);
      }
    }
    out.append("<table class=\"quotes\"><caption>Quotes</caption><tr><th>Speaker</th><th>Quote</th><th>Articles</th>")
        .append("<th>Change</th></tr>");
    for (Row row : rows.values()) {
      out.append("<tr><td>").append(Html.escape(row.speaker())).append("</td><td class=\"qt\">\u201c")
          .append(Html.escape(row.text())).append("\u201d</td><td>");
      for (int i = 0; i < Math.min(row.ids().size(), QUOTE_ARTICLES_SHOWN); i++) {
        String id = row.ids().get(i);
        if (i > 0) out.append(", ");
        out.append("<a href=\"#").append(index.anchor(id)).append("\">").append(Html.escape(index.outletOrId(id)))
            .append("</a>");
      }
      if (row.ids().size() > QUOTE_ARTICLES_SHOWN) {
        out.append(" and ").append(row.ids().size() - QUOTE_ARTICLES_SHOWN).append(" more");
      }
      out.append("</td><td>").append(row.labels().isEmpty() ? "—" : String.join("<br>", row.labels()))
          .append("</td></tr>");
    }
    out.append("</table>");
  }

  /** For each quote index: what happened to it, as HTML ({@code reworded} from X, {@code dropped} by Y). */
  private static Map<Integer, List<String>> changes(ReportIndex index) {
    Map<Integer, List<String>> changes = new TreeMap<>();
    for (QuoteVariant v : index.result.quoteVariants()) {
      boolean dropped = v.change() == QuoteChange.DROPPED;
      int qi = dropped ? v.originQuote() : v.copyQuote();
      String html = "<span class=\"qlabel ch-" + v.change().jsonName() + "\">" + v.change().jsonName() + "</span> "
          + (dropped ? "by " + Html.escape(index.outletOrId(v.copy())) : "from " + Html.escape(index.outletOrId(v.origin())));
      if (v.change() == QuoteChange.REWORDED || v.change() == QuoteChange.TRIMMED) {
        html += "<br><span class=\"diff\">" + PairView.diff(v, index.quote(qi)) + "</span>";
      }
      changes.computeIfAbsent(qi, k -> new ArrayList<>()).add(html);
    }
    return changes;
  }

  private static void framing(ReportIndex index, Story s, StringBuilder out) {
    List<String> outlets = new ArrayList<>();
    Map<String, Map<String, Integer>> counts = new TreeMap<>();
    Map<String, String> category = new TreeMap<>();
    for (String id : s.articles()) {
      String outlet = index.outletOrId(id);
      if (!outlets.contains(outlet)) outlets.add(outlet);
      for (FramingHit h : index.framing(id)) {
        counts.computeIfAbsent(h.entry(), k -> new LinkedHashMap<>()).merge(outlet, 1, Integer::sum);
        category.putIfAbsent(h.entry(), h.category());
      }
    }
    out.append("<table class=\"framing\"><caption>Framing terms by outlet</caption><tr><th>Entry</th><th>Category</th>");
    for (String o : outlets) out.append("<th>").append(Html.escape(o)).append("</th>");
    out.append("</tr>");
    for (var e : counts.entrySet()) {
      out.append("<tr><td>").append(Html.escape(e.getKey())).append("</td><td>")
          .append(Html.escape(category.get(e.getKey()))).append("</td>");
      for (String o : outlets) {
        Integer c = e.getValue().get(o);
        out.append(c == null ? "<td class=\"zero\">0</td>" : "<td class=\"count\">" + c + "</td>");
      }
      out.append("</tr>");
    }
    out.append("</table>");
  }

  /** The framing entries found in the most articles, with their hits and outlets. */
  private static void framingOverview(ReportIndex index, StringBuilder out) {
    if (index.result.framing().isEmpty()) return;
    Map<String, Set<String>> articles = new TreeMap<>();
    Map<String, Set<String>> outlets = new TreeMap<>();
    Map<String, Integer> hits = new TreeMap<>();
    Map<String, String> category = new TreeMap<>();
    for (FramingHit h : index.result.framing()) {
      articles.computeIfAbsent(h.entry(), k -> new LinkedHashSet<>()).add(h.article());
      outlets.computeIfAbsent(h.entry(), k -> new java.util.TreeSet<>()).add(index.outletOrId(h.article()));
      hits.merge(h.entry(), 1, Integer::sum);
      category.putIfAbsent(h.entry(), h.category());
    }
    List<String> entries = new ArrayList<>(articles.keySet());
    entries.sort(java.util.Comparator.comparingInt((String e) -> -articles.get(e).size()).thenComparing(e -> -hits.get(e))
        .thenComparing(e -> e));
    out.append("<table class=\"framing\"><caption>Framing entries found in the most articles</caption><tr>")
        .append("<th>Entry</th><th>Category</th><th>Hits</th><th>Articles</th><th>Outlets</th></tr>");
    for (String e : entries.subList(0, Math.min(FRAMING_ENTRIES_SHOWN, entries.size()))) {
      List<String> names = new ArrayList<>(outlets.get(e));
      String shown = String.join(", ", names.subList(0, Math.min(6, names.size())))
          + (names.size() > 6 ? " and " + (names.size() - 6) + " more" : "");
      out.append("<tr><td>").append(Html.escape(e)).append("</td><td>").append(Html.escape(category.get(e)))
          .append("</td><td class=\"count\">").append(hits.get(e)).append("</td><td class=\"count\">")
          .append(articles.get(e).size()).append("</td><td>").append(Html.escape(shown)).append("</td></tr>");
    }
    out.append("</table>");
    if (entries.size() > FRAMING_ENTRIES_SHOWN) {
      out.append("<p class=\"hint\">").append(entries.size() - FRAMING_ENTRIES_SHOWN)
          .append(" more entries are in the JSON output (<code>framing</code>).</p>");
    }
  }

  /** Entities named in more than one way, each spelling with its mentions and outlets; the first {@code max}. */
  static void entities(ReportIndex index, int max, StringBuilder out) {
    List<Entity> all = index.result.entities().stream().filter(e -> e.variants().size() > 1).toList();
    List<Entity> varied = all.subList(0, Math.min(max, all.size()));
    if (varied.isEmpty()) {
      out.append("<p>Every entity is named one way throughout (").append(index.result.entities().size())
          .append(" entities).</p>");
      return;
    }
    out.append("<table class=\"entities\"><tr><th>Entity</th><th>Type</th><th>Spelling</th><th>Mentions</th>")
        .append("<th>Outlets</th></tr>");
    for (Entity e : varied) {
      boolean first = true;
      for (Entity.Variant v : e.variants()) {
        out.append("<tr>");
        if (first) {
          out.append("<td rowspan=\"").append(e.variants().size()).append("\">").append(Html.escape(e.name()))
              .append("</td><td rowspan=\"").append(e.variants().size()).append("\">").append(e.type().jsonName())
              .append("</td>");
          first = false;
        }
        out.append("<td>").append(Html.escape(v.text())).append("</td><td>").append(v.mentions()).append("</td><td>")
            .append(Html.escape(String.join(", ", v.outlets()))).append("</td></tr>");
      }
    }
    out.append("</table>");
    if (all.size() > varied.size()) {
      out.append("<p class=\"hint\">").append(all.size() - varied.size())
          .append(" more names spelled several ways are in the JSON output (<code>entities</code>).</p>");
    }
  }
}
