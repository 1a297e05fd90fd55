package org.echotrace.framing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.echotrace.model.Article;
import org.echotrace.model.FramingHit;

/**
 * Lexicon hits counted per story, outlet and entry: which outlets covering a story say "Kiev regime", which say
 * "Kyiv". Immutable.
 *
 * <pre>{@code
 * FramingTable table = FramingTable.of(articles, hits, Map.of("s1", List.of("000.txt", "001.txt")));
 * for (FramingTable.Row r : table.story("s1").rows()) System.out.println(r.outlet() + " " + r.entry() + " " + r.hits());
 * }</pre>
 *
 * @param rows one row per story, outlet and entry with at least one hit; ordered by story, outlet, category, entry
 */
public record FramingTable(List<Row> rows) {
  /** The story id of {@link #of(List, List)}, which puts every article in one group. */
  public static final String ALL = "all";
  /** The outlet of articles whose outlet is unknown. */
  public static final String UNKNOWN_OUTLET = "(unknown outlet)";

  /**
   * @param story the story id
   * @param outlet the outlet ({@link #UNKNOWN_OUTLET} when the article names none)
   * @param entry the lexicon entry id
   * @param category the entry's category
   * @param hits number of hits of the entry in the outlet's articles of the story
   * @param articles number of the outlet's articles in the story with at least one such hit
   * @param outletArticles number of the outlet's articles in the story
   */
  public record Row(String story, String outlet, String entry, String category, int hits, int articles,
      int outletArticles) {
    public Row {
      Objects.requireNonNull(story, "story");
      Objects.requireNonNull(outlet, "outlet");
      Objects.requireNonNull(entry, "entry");
      Objects.requireNonNull(category, "category");
      if (hits < 1 || articles < 1 || articles > outletArticles) {
        throw new IllegalArgumentException("bad counts: hits " + hits + ", articles " + articles + " of " + outletArticles);
      }
    }
  }

  public FramingTable {
    rows = List.copyOf(rows);
  }

  /** Every article in one group, {@link #ALL}. */
  public static FramingTable of(List<Article> articles, List<FramingHit> hits) {
    return of(articles, hits, Map.of(ALL, articles.stream().map(Article::id).toList()));
  }

  /**
   * Counts per story: {@code stories} maps a story id to its article ids. An article in several stories counts in
   * each; an article in none is not counted; unknown article ids are ignored.
   */
  public static FramingTable of(List<Article> articles, List<FramingHit> hits,
      Map<String, ? extends Collection<String>> stories) {
    Map<String, String> outletOf = new HashMap<>();
    for (Article a : articles) outletOf.put(a.id(), a.outlet() == null ? UNKNOWN_OUTLET : a.outlet());
    Map<String, List<FramingHit>> hitsOf = new HashMap<>();
    for (FramingHit h : hits) hitsOf.computeIfAbsent(h.article(), k -> new ArrayList<>()).add(h);
    List<Row> rows = new ArrayList<>();
    for (var story : new TreeMap<>(stories).entrySet()) {
      Map<String, Integer> outletArticles = new HashMap<>();
      Map<List<String>, int[]> counts = new LinkedHashMap<>(); // {outlet, entry, category} -> {hits, articles}
      for (String id : new TreeSet<>(story.getValue())) {
        String outlet = outletOf.get(id);
        if (outlet == null) continue;
        outletArticles.merge(outlet, 1, Integer::sum);
        Set<String> seen = new HashSet<>();
        for (FramingHit h : hitsOf.getOrDefault(id, List.of())) {
          int[] c = counts.computeIfAbsent(List.of(outlet, h.entry(), h.category()), k -> new int[2]);
          c[0]++;
          if (seen.add(h.entry())) c[1]++;
        }
      }
      counts.forEach((k, c) -> rows.add(new Row(story.getKey(), k.get(0), k.get(1), k.get(2), c[0], c[1],
          outletArticles.get(k.get(0)))));
    }
    rows.sort(Comparator.comparing(Row::story).thenComparing(Row::outlet).thenComparing(Row::category)
        .thenComparing(Row::entry));
    return new FramingTable(rows);
  }

  /** The rows of one story. */
  public FramingTable story(String id) {
    return new FramingTable(rows.stream().filter(r -> r.story().equals(id)).toList());
  }

  public Set<String> stories() {
    return collect(Row::story);
  }

  public Set<String> outlets() {
    return collect(Row::outlet);
  }

  public Set<String> entries() {
    return collect(Row::entry);
  }

  /** Hits of an entry in an outlet's articles, over all stories. */
  public int hits(String outlet, String entry) {
    return rows.stream().filter(r -> r.outlet().equals(outlet) && r.entry().equals(entry)).mapToInt(Row::hits).sum();
  }

  /** Hits per outlet and category, over all stories: outlet → category → hits, both in name order. */
  public Map<String, Map<String, Integer>> byOutletAndCategory() {
    Map<String, Map<String, Integer>> out = new TreeMap<>();
    for (Row r : rows) out.computeIfAbsent(r.outlet(), k -> new TreeMap<>()).merge(r.category(), r.hits(), Integer::sum);
    out.replaceAll((k, v) -> Collections.unmodifiableMap(v));
    return Collections.unmodifiableMap(out);
  }

  private Set<String> collect(Function<Row, String> field) {
    Set<String> out = new TreeSet<>();
    for (Row r : rows) out.add(field.apply(r));
    return Collections.unmodifiableSet(out);
  }
}
