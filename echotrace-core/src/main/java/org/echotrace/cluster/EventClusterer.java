package org.echotrace.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.echotrace.internal.UnionFind;
import org.echotrace.model.Article;
import org.echotrace.model.Published;
import org.echotrace.model.Relation;
import org.echotrace.model.RelationKind;
import org.echotrace.model.Story;

/**
 * Event clusters: articles about one event. Two articles belong to one event when one copies the other (verbatim,
 * paraphrase, translation — a copy five days later still reports the same event), when they are independent reports
 * of it (same-story), or when they share a passage (partial) and were published at most {@link #PARTIAL_DAYS} days
 * apart: a background paragraph reused months later does not make the later article about the old event. Clusters
 * are the connected components (union-find), so adding an article only joins or merges clusters — incremental in
 * spirit. Each cluster gets its timeline (first and last seen, outlets in order of appearance) and a label.
 * Thread-safe: no state beyond the labeler.
 */
public final class EventClusterer {
  static final long PARTIAL_DAYS = 3;

  public List<Story> group(List<Article> articles, List<Relation> relations, Labeler labeler) {
    Map<String, Integer> index = new HashMap<>();
    for (Article a : articles) index.putIfAbsent(a.id(), index.size());
    UnionFind sets = new UnionFind(index.size());
    for (Relation r : relations) {
      Integer a = index.get(r.a()), b = index.get(r.b());
      if (a == null || b == null || !sameEvent(r, articles.get(a), articles.get(b))) continue;
      sets.union(a, b);
    }
    Map<Integer, List<Article>> groups = new HashMap<>();
    for (Article a : articles) groups.computeIfAbsent(sets.find(index.get(a.id())), k -> new ArrayList<>()).add(a);
    TreeMap<String, List<Article>> ordered = new TreeMap<>();
    for (List<Article> members : groups.values()) {
      members.sort(Comparator.comparing(Article::id));
      ordered.put(members.get(0).id(), members);
    }
    List<List<Article>> groupsInOrder = new ArrayList<>(ordered.values());
    Story[] stories = new Story[groupsInOrder.size()];
    java.util.stream.IntStream.range(0, stories.length).parallel()
        .forEach(k -> stories[k] = timeline("s" + (k + 1), groupsInOrder.get(k), labeler));
    return List.of(stories);
  }

  static boolean sameEvent(Relation r, Article a, Article b) {
    if (r.kind() == RelationKind.SAME_NARRATIVE) return false;
    if (r.kind() != RelationKind.PARTIAL) return true;
    return a.published() == null || b.published() == null
        || Math.abs(a.published().date().toEpochDay() - b.published().date().toEpochDay()) <= PARTIAL_DAYS;
  }

  /** A story with first/last seen, outlets in order of appearance (undated last) and a label. */
  static Story timeline(String id, List<Article> members, Labeler labeler) {
    List<Article> byDate = new ArrayList<>(members);
    byDate.sort(Comparator.comparing((Article a) -> a.published() == null)
        .thenComparingLong(a -> a.published() == null ? 0 : a.published().sortKey()));
    Published first = null, last = null;
    for (Article a : byDate) {
      if (a.published() == null) continue;
      if (first == null || a.published().soundlyCompare(first) < 0) first = a.published();
      if (last == null || a.published().soundlyCompare(last) > 0) last = a.published();
    }
    LinkedHashSet<String> outlets = new LinkedHashSet<>();
    for (Article a : byDate) if (a.outlet() != null) outlets.add(a.outlet());
    List<String> ids = members.stream().map(Article::id).sorted().toList();
    return new Story(id, ids, first == null ? null : first.iso(), last == null ? null : last.iso(),
        labeler == null ? null : labeler.label(members), List.copyOf(outlets));
  }
}
