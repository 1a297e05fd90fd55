package org.echotrace.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.echotrace.model.AnalysisResult;
import org.echotrace.model.Article;
import org.echotrace.model.FramingHit;
import org.echotrace.model.FramingShift;
import org.echotrace.model.Quote;
import org.echotrace.model.QuoteVariant;
import org.echotrace.model.Story;

/**
 * Look-ups the HTML report needs over one result: articles by id and their page anchors ({@code art0},
 * {@code art1}, ...; never derived from data), the event of each article, quotes and framing hits per article.
 * Immutable once built.
 */
final class ReportIndex {
  final AnalysisResult result;
  private final Map<String, Integer> number = new HashMap<>();
  private final Map<String, Story> storyOf = new HashMap<>();
  private final Map<String, List<Integer>> quotesOf = new HashMap<>();
  private final Map<String, List<FramingHit>> framingOf = new HashMap<>();
  private final List<String> outlets;
  private final Map<String, List<QuoteVariant>> variantsOf = new HashMap<>();
  private final Map<String, List<FramingShift>> shiftsOf = new HashMap<>();

  ReportIndex(AnalysisResult result) {
    this.result = result;
    for (int i = 0; i < result.articles().size(); i++) number.putIfAbsent(result.articles().get(i).id(), i);
    for (Story s : result.stories()) for (String id : s.articles()) storyOf.putIfAbsent(id, s);
    for (int i = 0; i < result.quotes().size(); i++) {
      quotesOf.computeIfAbsent(result.quotes().get(i).article(), k -> new ArrayList<>()).add(i);
    }
    for (FramingHit h : result.framing()) framingOf.computeIfAbsent(h.article(), k -> new ArrayList<>()).add(h);
    for (QuoteVariant v : result.quoteVariants()) {
      variantsOf.computeIfAbsent(pair(v.copy(), v.origin()), k -> new ArrayList<>()).add(v);
    }
    for (FramingShift f : result.framingShifts()) {
      shiftsOf.computeIfAbsent(pair(f.copy(), f.origin()), k -> new ArrayList<>()).add(f);
    }
    outlets = result.articles().stream().map(Article::outlet).filter(o -> o != null).distinct().sorted().toList();
  }

  /** A key for an unordered pair of article ids. */
  private static String pair(String x, String y) {
    return x.compareTo(y) <= 0 ? x + "\u0000" + y : y + "\u0000" + x;
  }

  /** The quote variants between two articles, either way round. */
  List<QuoteVariant> variants(String x, String y) {
    return variantsOf.getOrDefault(pair(x, y), List.of());
  }

  /** The framing shifts between two articles, either way round. */
  List<FramingShift> shifts(String x, String y) {
    return shiftsOf.getOrDefault(pair(x, y), List.of());
  }

  /** The outlets named by the articles, sorted. */
  List<String> outlets() {
    return outlets;
  }

  /** A CSS colour class per outlet ({@code o0}..{@code o11}, by rank in name order, repeating), {@code ox} when unknown. */
  String outletClass(String outlet) {
    int i = outlet == null ? -1 : java.util.Collections.binarySearch(outlets, outlet);
    return i < 0 ? "ox" : "o" + (i % 12);
  }

  /** The article, or null when the result holds none with this id. */
  Article article(String id) {
    Integer i = number.get(id);
    return i == null ? null : result.articles().get(i);
  }

  /** The length of the article's clean text, or 0 when the result holds none with this id. */
  int textLength(String id) {
    Article a = article(id);
    return a == null ? 0 : a.text().length();
  }

  /** The article's number on the page (its index in the result), or -1 when the result holds none with this id. */
  int number(String id) {
    Integer i = number.get(id);
    return i == null ? -1 : i;
  }

  /** The page id of the article's entry in the article list, or {@code articles} when it is not in the result. */
  String anchor(String id) {
    Integer i = number.get(id);
    return i == null ? "articles" : "art" + i;
  }

  Story story(String id) {
    return storyOf.get(id);
  }

  /** Indexes into {@link AnalysisResult#quotes()} of the article's quotes. */
  List<Integer> quotes(String id) {
    return quotesOf.getOrDefault(id, List.of());
  }

  Quote quote(int index) {
    return index >= 0 && index < result.quotes().size() ? result.quotes().get(index) : null;
  }

  List<FramingHit> framing(String id) {
    return framingOf.getOrDefault(id, List.of());
  }

  /** The outlet's name, or the id when the outlet is unknown. */
  String outletOrId(String id) {
    Article a = article(id);
    return a != null && a.outlet() != null ? a.outlet() : id;
  }

  /** Date, outlet and title of an article in one line, for tooltips. */
  String describe(String id) {
    Article a = article(id);
    if (a == null) return id;
    List<String> parts = new ArrayList<>();
    parts.add(a.publishedIso() == null ? "undated" : a.publishedIso());
    if (a.outlet() != null) parts.add(a.outlet());
    if (a.title() != null) parts.add(a.title());
    parts.add(id);
    return String.join(" · ", parts);
  }

  static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f%%", share * 100);
  }

  static String decimal(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }
}
