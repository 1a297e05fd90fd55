package org.echotrace.report;

import java.util.List;
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
 * One relation as a collapsible section: the two clean texts side by side (the origin on the left when it is decided)
 * with the evidence marked on both. Aligned passages and sentences get one number and colour on both sides, and
 * each number links to its counterpart; quotes are outlined, with the change a copy made labelled; framing terms are
 * underlined with their category as tooltip; framing shifts get a dotted outline. Below the texts: each compared
 * quote with its word diff, and each framing shift. Thread-safe: no state.
 */
final class PairView {
  /** Nesting rank of each highlight for equal extents: passages outside, framing terms innermost. */
  private static final int PASSAGE = 0, SENTENCE = 1, QUOTE = 2, SHIFT = 3, TERM = 4;
  /** Passages and sentence pairs cycle through this many colours (CSS classes c0..c7). */
  private static final int COLOURS = 8;

  private PairView() {}

  /** Appends relation number {@code n} as a {@code <details>} element with id {@code rel<n>}. */
  static void render(ReportIndex index, Relation r, int n, StringBuilder out) {
    boolean swap = r.origin().decided() && r.origin().id().equals(r.b());
    String left = swap ? r.b() : r.a(), right = swap ? r.a() : r.b();
    String arrow = r.origin().decided() ? " → " : " ↔ ";
    out.append("<details class=\"pair\" id=\"rel").append(n).append(n == 0 ? "\" open>" : "\">")
        .append("<summary><span class=\"kind k-")
        .append(r.kind().jsonName()).append("\">").append(r.kind().jsonName()).append("</span> ")
        .append(ReportIndex.percent(r.score())).append(" · ").append(Html.escape(index.outletOrId(left)))
        .append(arrow).append(Html.escape(index.outletOrId(right))).append(" <span class=\"ids\">")
        .append(Html.escape(left)).append(arrow).append(Html.escape(right)).append("</span></summary>");
    out.append("<p class=\"why\">Origin ");
    out.append(Html.escape(OriginWords.explained(r.origin()))).append(". Coverage: ")
        .append(Html.escape(left)).append(' ').append(ReportIndex.percent(swap ? r.coverageB() : r.coverageA()))
        .append(", ").append(Html.escape(right)).append(' ')
        .append(ReportIndex.percent(swap ? r.coverageA() : r.coverageB())).append(".</p>");
    List<QuoteVariant> variants = index.variants(left, right);
    List<FramingShift> shifts = index.shifts(left, right);
    out.append("<div class=\"sides\">");
    side(index, r, n, swap, true, left, variants, shifts, out);
    side(index, r, n, swap, false, right, variants, shifts, out);
    out.append("</div>");
    quoteChanges(index, variants, out);
    shiftList(shifts, out);
    out.append("</details>\n");
  }

  private static void side(ReportIndex index, Relation r, int n, boolean swap, boolean isLeft, String id,
      List<QuoteVariant> variants, List<FramingShift> shifts, StringBuilder out) {
    Article a = index.article(id);
    String role = r.origin().decided() ? (isLeft ? "origin" : "copy") : "undecided";
    out.append("<section class=\"side\"><h4><span class=\"role\">").append(role).append("</span> ")
        .append(Html.escape(index.outletOrId(id))).append(" <span class=\"date\">")
        .append(Html.escape(a == null || a.publishedIso() == null ? "undated" : a.publishedIso()))
        .append("</span></h4><p class=\"meta\"><a href=\"#").append(index.anchor(id)).append("\">")
        .append(Html.escape(id)).append("</a>");
    if (a != null && a.title() != null) out.append(" · ").append(Html.escape(a.title()));
    out.append("</p>");
    if (a == null || a.text().isEmpty()) {
      out.append("<p class=\"empty\">(no body text found)</p></section>");
      return;
    }
    MarkedText text = new MarkedText(a.text());
    String me = "rel" + n + (isLeft ? "L" : "R"), other = "rel" + n + (isLeft ? "R" : "L");
    // Passages and sentences are stored from a's point of view; the left side is b's when the origin is b.
    boolean useA = isLeft != swap;
    for (int i = 0; i < r.passages().size(); i++) {
      Passage p = r.passages().get(i);
      evidence(text, useA ? p.aStart() : p.bStart(), useA ? p.aEnd() : p.bEnd(), PASSAGE, "pa c" + (i % COLOURS),
          me + "p" + (i + 1), other + "p" + (i + 1), "P" + (i + 1),
          "passage " + (i + 1) + ", " + p.words() + " words identical");
    }
    for (int i = 0; i < r.sentences().size(); i++) {
      SentencePair p = r.sentences().get(i);
      String sim = ReportIndex.decimal(p.similarity());
      evidence(text, useA ? p.aStart() : p.bStart(), useA ? p.aEnd() : p.bEnd(), SENTENCE, "se c" + (i % COLOURS),
          me + "s" + (i + 1), other + "s" + (i + 1), "S" + (i + 1) + " " + sim,
          "aligned sentences " + (i + 1) + ", similarity " + sim);
    }
    quotes(index, id, variants, text);
    for (FramingShift s : shifts) {
      boolean originSide = s.origin().equals(id);
      String title = "framing shift: \u201c" + s.from() + "\u201d → \u201c" + s.to() + "\u201d"
          + (s.category() == null ? "" : " (" + s.category() + ")");
      text.span(originSide ? s.originStart() : s.copyStart(), originSide ? s.originEnd() : s.copyEnd(), SHIFT,
          "<span class=\"shift\" title=\"" + Html.escape(title) + "\">", "</span>");
    }
    for (FramingHit h : index.framing(id)) {
      text.span(h.start(), h.end(), TERM, "<u class=\"term\" title=\"" + Html.escape(h.category() + ": " + h.entry())
          + "\">", "</u>");
    }
    out.append("<div class=\"text\">").append(text.html()).append("</div></section>");
  }

  /** A passage or sentence: a coloured span, and at its start a numbered link to its counterpart on the other side. */
  private static void evidence(MarkedText text, int start, int end, int rank, String cls, String id, String target,
      String number, String title) {
    String open = "<span class=\"" + cls + "\" title=\"" + Html.escape(title) + "\">";
    text.span(start, end, rank, open, "</span>");
    text.point(start, rank, "<a class=\"num " + cls + "\" id=\"" + id + "\" href=\"#" + target + "\">" + number + "</a>");
  }

  private static void quotes(ReportIndex index, String id, List<QuoteVariant> variants, MarkedText text) {
    for (int qi : index.quotes(id)) {
      Quote q = index.quote(qi);
      String who = q.kind().jsonName() + (q.speaker() == null ? "" : ": " + q.speaker());
      text.span(q.start(), q.end(), QUOTE, "<span class=\"q\" title=\"" + Html.escape(who) + "\">", "</span>");
      for (QuoteVariant v : variants) {
        boolean labelled = v.change() == QuoteChange.DROPPED ? v.originQuote() == qi : v.copyQuote() == qi;
        if (!labelled || v.change() == QuoteChange.IDENTICAL) continue;
        text.point(q.end(), 0, "<span class=\"qlabel ch-" + v.change().jsonName() + "\">" + v.change().jsonName()
            + "</span>");
      }
    }
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
