package org.echotrace.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.echotrace.model.Article;
import org.echotrace.model.FramingHit;
import org.echotrace.model.FramingShift;
import org.echotrace.model.Passage;
import org.echotrace.model.Quote;
import org.echotrace.model.QuoteChange;
import org.echotrace.model.QuoteVariant;
import org.echotrace.model.Relation;
import org.echotrace.model.SentencePair;

/**
 * One relation as a collapsible section, in two parts. The page holds the part that is small: the summary line, why
 * that side is the origin, each side's outlet, date and title, the compared quotes with their word diffs and the
 * framing shifts. The two texts, side by side with the evidence marked, are drawn by the page's script when the
 * section is opened, from {@link #data}: offsets into texts that the page stores once per article
 * ({@link #articleData}), however many relations an article is in. On the texts (see {@code pairs.js}): aligned
 * passages and sentences get one number and colour on both sides, and each number links to its counterpart; quotes
 * are outlined, with the change a copy made labelled; framing terms are underlined with their category as tooltip;
 * framing shifts get a dotted outline. Thread-safe: no state.
 */
final class PairView {
  private PairView() {}

  /** Which side is drawn on the left: the origin when it is decided, else {@code a}. */
  private static boolean swapped(Relation r) {
    return r.origin().decided() && r.origin().id().equals(r.b());
  }

  /** Appends relation number {@code n} as a {@code <details>} element with id {@code rel<n>}. */
  static void render(ReportIndex index, Relation r, int n, boolean open, StringBuilder out) {
    boolean swap = swapped(r);
    String left = swap ? r.b() : r.a(), right = swap ? r.a() : r.b();
    String arrow = r.origin().decided() ? " → " : " ↔ ";
    out.append("<details class=\"pair\" id=\"rel").append(n).append("\" data-rel=\"").append(n).append('"')
        .append(open ? " open>" : ">").append("<summary><span class=\"kind k-")
        .append(r.kind().jsonName()).append("\">").append(r.kind().jsonName()).append("</span> ")
        .append(ReportIndex.percent(r.score())).append(" · ").append(Html.escape(index.outletOrId(left)))
        .append(arrow).append(Html.escape(index.outletOrId(right))).append(" <span class=\"ids\">")
        .append(Html.escape(left)).append(arrow).append(Html.escape(right)).append("</span></summary>");
    out.append("<p class=\"why\">Origin ").append(Html.escape(OriginWords.explained(r.origin())))
        .append(". Coverage: ").append(Html.escape(left)).append(' ')
        .append(ReportIndex.percent(swap ? r.coverageB() : r.coverageA())).append(", ").append(Html.escape(right))
        .append(' ').append(ReportIndex.percent(swap ? r.coverageA() : r.coverageB())).append(".</p>");
    out.append("<div class=\"sides\">");
    side(true, out);
    side(false, out);
    out.append("</div>");
    quoteChanges(index, index.variants(left, right), out);
    shiftList(index.shifts(left, right), out);
    out.append("</details>\n");
  }

  /** An empty side: the script fills in the outlet, date, title and text from the article's data when opened. */
  private static void side(boolean isLeft, StringBuilder out) {
    out.append("<section class=\"side\" data-side=\"").append(isLeft ? 'L' : 'R').append("\"></section>");
  }

  /**
   * What the script needs to draw relation {@code r}'s texts: the page numbers of the two articles ({@code left},
   * {@code right}), passages and sentences as {@code [leftStart, leftEnd, rightStart, rightEnd, words|similarity]},
   * the quote-change labels and framing shifts of each side.
   */
  static Map<String, Object> data(ReportIndex index, Relation r) {
    boolean swap = swapped(r);
    String left = swap ? r.b() : r.a(), right = swap ? r.a() : r.b();
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("left", index.number(left));
    d.put("right", index.number(right));
    if (r.origin().decided()) d.put("decided", true);
    // Passages and sentences are stored from a's point of view; the left side is b's when the origin is b.
    List<List<Object>> passages = new ArrayList<>();
    for (Passage p : r.passages()) {
      passages.add(swap ? List.of(p.bStart(), p.bEnd(), p.aStart(), p.aEnd(), p.words())
          : List.of(p.aStart(), p.aEnd(), p.bStart(), p.bEnd(), p.words()));
    }
    if (!passages.isEmpty()) d.put("passages", passages);
    List<List<Object>> sentences = new ArrayList<>();
    for (SentencePair p : r.sentences()) {
      double sim = Math.round(p.similarity() * 1000) / 1000.0;
      sentences.add(swap ? List.of(p.bStart(), p.bEnd(), p.aStart(), p.aEnd(), sim)
          : List.of(p.aStart(), p.aEnd(), p.bStart(), p.bEnd(), sim));
    }
    if (!sentences.isEmpty()) d.put("sentences", sentences);
    List<QuoteVariant> variants = index.variants(left, right);
    putIfAny(d, "leftLabels", labels(index, left, variants));
    putIfAny(d, "rightLabels", labels(index, right, variants));
    List<FramingShift> shifts = index.shifts(left, right);
    putIfAny(d, "leftShifts", shifts(left, shifts));
    putIfAny(d, "rightShifts", shifts(right, shifts));
    return d;
  }

  /**
   * An article as the script needs it, stored once in the page: {@code id}, {@code outlet} (or the id when unknown),
   * {@code date}, {@code title}, {@code text}, and the {@code quotes} and framing {@code terms} to mark in it.
   */
  static Map<String, Object> articleData(ReportIndex index, Article a) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("id", a.id());
    d.put("outlet", index.outletOrId(a.id()));
    if (a.publishedIso() != null) d.put("date", a.publishedIso());
    if (a.title() != null) d.put("title", a.title());
    d.put("text", a.text());
    List<List<Object>> quotes = new ArrayList<>();
    for (int qi : index.quotes(a.id())) {
      Quote q = index.quote(qi);
      quotes.add(List.of(q.start(), q.end(), q.kind().jsonName() + (q.speaker() == null ? "" : ": " + q.speaker())));
    }
    putIfAny(d, "quotes", quotes);
    List<List<Object>> terms = new ArrayList<>();
    for (FramingHit h : index.framing(a.id())) terms.add(List.of(h.start(), h.end(), h.category() + ": " + h.entry()));
    putIfAny(d, "terms", terms);
    return d;
  }

  private static void putIfAny(Map<String, Object> d, String key, List<?> values) {
    if (!values.isEmpty()) d.put(key, values);
  }

  /** {@code [offset, change]}: at the end of each quote of this side that a copy changed (or dropped). */
  private static List<List<Object>> labels(ReportIndex index, String id, List<QuoteVariant> variants) {
    List<List<Object>> out = new ArrayList<>();
    for (int qi : index.quotes(id)) {
      Quote q = index.quote(qi);
      for (QuoteVariant v : variants) {
        boolean labelled = v.change() == QuoteChange.DROPPED ? v.originQuote() == qi : v.copyQuote() == qi;
        if (labelled && v.change() != QuoteChange.IDENTICAL) out.add(List.of(q.end(), v.change().jsonName()));
      }
    }
    return out;
  }

  /** {@code [start, end, title]} of each framing shift on this side. */
  private static List<List<Object>> shifts(String id, List<FramingShift> shifts) {
    List<List<Object>> out = new ArrayList<>();
    for (FramingShift s : shifts) {
      boolean originSide = s.origin().equals(id);
      String title = "framing shift: \u201c" + s.from() + "\u201d → \u201c" + s.to() + "\u201d"
          + (s.category() == null ? "" : " (" + s.category() + ")");
      out.add(List.of(originSide ? s.originStart() : s.copyStart(), originSide ? s.originEnd() : s.copyEnd(), title));
    }
    return out;
  }

  private static void quoteChanges(ReportIndex index, List<QuoteVariant> variants, StringBuilder out) {
    if (variants.isEmpty()) return;
    out.append("<h5>Quotes compared</h5><ul class=\"qdiff\">");
    for (QuoteVariant v : variants) {
      out.append("<li><span class=\"qlabel ch-").append(v.change().jsonName()).append("\">")
          .append(v.change().jsonName()).append("</span> ");
      Quote shown = index.quote(v.change() == QuoteChange.DROPPED ? v.originQuote() : v.copyQuote());
      if (shown != null && shown.speaker() != null) out.append("<b>").append(Html.escape(shown.speaker())).append("</b>: ");
      out.append(diff(v, shown));
      if (v.similarity() > 0) out.append(" <span class=\"sim\">similarity ").append(ReportIndex.decimal(v.similarity()))
          .append("</span>");
      out.append("</li>");
    }
    out.append("</ul>");
  }

  /** The word diff: deletions struck through, insertions underlined; the quote itself when there is no diff. */
  static String diff(QuoteVariant v, Quote shown) {
    if (v.diff().isEmpty()) return "\u201c" + Html.escape(shown == null ? "" : shown.text()) + "\u201d";
    StringBuilder b = new StringBuilder("\u201c");
    for (QuoteVariant.WordEdit e : v.diff()) {
      if (b.length() > 1) b.append(' ');
      switch (e.op()) {
        case KEEP -> b.append(Html.escape(e.words()));
        case DELETE -> b.append("<del>").append(Html.escape(e.words())).append("</del>");
        case INSERT -> b.append("<ins>").append(Html.escape(e.words())).append("</ins>");
      }
    }
    return b.append('\u201d').toString();
  }

  /** Quoted words, or "(nothing)" where a side has none (a copy that dropped the term). */
  private static String words(String text) {
    return text.isBlank() ? "<em>(nothing)</em>" : "\u201c" + Html.escape(text) + "\u201d";
  }

  private static void shiftList(List<FramingShift> shifts, StringBuilder out) {
    if (shifts.isEmpty()) return;
    out.append("<h5>Framing shifts</h5><ul class=\"shifts\">");
    for (FramingShift s : shifts) {
      out.append("<li>").append(words(s.from())).append(" → ").append(words(s.to()));
      if (s.category() != null) out.append(" <span class=\"cat\">").append(Html.escape(s.category())).append("</span>");
      if (s.entry() != null) out.append(" <span class=\"entry\">").append(Html.escape(s.entry())).append("</span>");
      out.append("</li>");
    }
    out.append("</ul>");
  }
}
