package org.echotrace.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.echotrace.embed.SentenceEmbedder;
import org.echotrace.model.Article;
import org.echotrace.model.Narrative;
import org.echotrace.model.Origin;
import org.echotrace.model.Relation;
import org.echotrace.model.RelationKind;
import org.echotrace.model.Story;

/**
 * Narratives: events linked over time by carrying the same line. An event's vector is the normalised mean of its
 * articles' lead vectors; two events are linked when their vectors' cosine reaches {@link #LINK} and they began at
 * most {@link #MAX_DAYS} days apart (undated events link on content alone). Narratives grow by average linkage over
 * these links: two groups of events join when at least {@link #MAJORITY} of their cross pairs are linked, so a chain
 * of loosely similar events (single linkage: 2,000 unrelated files had become one narrative) no longer closes into
 * one. Kept when they hold at least two events.
 *
 * <p>Small narratives (up to {@link #LIST_PAIRS_UP_TO} articles) also list their {@code same-narrative} pairs (articles
 * of different events); larger ones leave them implicit in the cluster. Thread-safe: no state.
 */
public final class NarrativeClusterer {
  /** Event vectors this similar carry the same line (seed leads on one line: 0.52–0.84 pairwise; unrelated < 0.3). */
  static final double LINK = 0.5;
  static final long MAX_DAYS = 183;
  /** Share of cross pairs of events that must be linked for two groups to join: most of them. */
  static final double MAJORITY = 0.5;
  static final int LIST_PAIRS_UP_TO = 25;
  /** Above this many events, only events whose articles are lead neighbours are compared. */
  static final int ALL_PAIRS_LIMIT = 3000;

  private final org.echotrace.embed.CosineScale scale;

  /** Lead vectors of the sentence model itself. */
  public NarrativeClusterer() {
    this(org.echotrace.embed.CosineScale.IDENTITY);
  }

  /** Lead vectors whose cosines stand on the model's scale through {@code scale} (a first look's vectors). */
  public NarrativeClusterer(org.echotrace.embed.CosineScale scale) {
    this.scale = java.util.Objects.requireNonNull(scale, "scale");
  }

  /** What one run produced. */
  public record Result(List<Narrative> narratives, List<Relation> relations) {}

  /**
   * @param leads lead vectors by article index (entries may be null)
   * @param neighbourPairs article pairs (packed a << 32 | b) to compare events through when there are many events
   * @param relatedPairs pairs already related, as {@code a + "\n" + b} with a < b: no same-narrative pair for them
   */
  public Result group(List<Article> articles, float[][] leads, List<Story> stories, long[] neighbourPairs,
      Labeler labeler, java.util.Set<String> relatedPairs) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < articles.size(); i++) index.put(articles.get(i).id(), i);
    int n = stories.size();
    float[][] centroid = new float[n][];
    long[] day = new long[n];
    int[] storyOf = new int[articles.size()];
    for (int s = 0; s < n; s++) {
      float[] sum = null;
      for (String id : stories.get(s).articles()) {
        int i = index.get(id);
        storyOf[i] = s;
        if (leads[i] == null) continue;
        if (sum == null) sum = new float[leads[i].length];
        for (int d = 0; d < sum.length; d++) sum[d] += leads[i][d];
      }
      centroid[s] = sum == null ? null : SentenceEmbedder.normalize(sum);
      String first = stories.get(s).firstSeen();
      day[s] = first == null ? Long.MIN_VALUE : java.time.LocalDate.parse(first.substring(0, 10)).toEpochDay();
    }
    Map<Long, Double> links = new HashMap<>();
    if (n <= ALL_PAIRS_LIMIT) {
      for (int x = 0; x < n; x++) for (int y = x + 1; y < n; y++) if (linked(centroid, day, x, y)) links.put((long) x << 32 | y, 1.0);
    } else {
      for (long p : neighbourPairs) {
        int x = storyOf[(int) (p >>> 32)], y = storyOf[(int) p];
        if (x == y || !linked(centroid, day, Math.min(x, y), Math.max(x, y))) continue;
        links.put((long) Math.min(x, y) << 32 | Math.max(x, y), 1.0);
      }
    }
    int[] root = AverageLinkage.cluster(n, links, MAJORITY);
    Map<Integer, List<Integer>> groups = new HashMap<>();
    for (int s = 0; s < n; s++) groups.computeIfAbsent(root[s], k -> new ArrayList<>()).add(s);
    TreeMap<String, List<Integer>> ordered = new TreeMap<>();
    for (List<Integer> members : groups.values()) {
      if (members.size() < 2) continue;
      ordered.put(stories.get(members.get(0)).articles().get(0), members);
    }
    List<Narrative> narratives = new ArrayList<>();
    List<Relation> pairs = new ArrayList<>();
    for (List<Integer> members : ordered.values()) {
      members.sort(Comparator.comparing((Integer s) -> stories.get(s).firstSeen() == null)
          .thenComparing(s -> stories.get(s).firstSeen() == null ? "" : stories.get(s).firstSeen()));
      List<String> ids = new ArrayList<>();
      List<Article> memberArticles = new ArrayList<>();
      for (int s : members) {
        for (String id : stories.get(s).articles()) {
          ids.add(id);
          memberArticles.add(articles.get(index.get(id)));
        }
      }
      ids.sort(null);
      narratives.add(new Narrative("n" + (narratives.size() + 1), labeler == null ? null : labeler.label(memberArticles),
          members.stream().map(s -> stories.get(s).id()).toList(), ids));
      if (ids.size() <= LIST_PAIRS_UP_TO) pairs.addAll(pairs(ids, index, storyOf, leads, relatedPairs));
    }
    return new Result(narratives, pairs);
  }

  private boolean linked(float[][] centroid, long[] day, int x, int y) {
    if (centroid[x] == null || centroid[y] == null) return false;
    if (day[x] != Long.MIN_VALUE && day[y] != Long.MIN_VALUE && Math.abs(day[x] - day[y]) > MAX_DAYS) return false;
    return scale.toModel(SentenceEmbedder.cosine(centroid[x], centroid[y])) >= LINK;
  }

  /** Pairs of articles in different events, except pairs already related otherwise (one relation per pair). */
  private List<Relation> pairs(List<String> ids, Map<String, Integer> index, int[] storyOf, float[][] leads,
      java.util.Set<String> relatedPairs) {
    List<Relation> out = new ArrayList<>();
    for (int x = 0; x < ids.size(); x++) {
      for (int y = x + 1; y < ids.size(); y++) {
        int i = index.get(ids.get(x)), j = index.get(ids.get(y));
        if (storyOf[i] == storyOf[j] || relatedPairs.contains(ids.get(x) + "\n" + ids.get(y))) continue;
        double score = leads[i] == null || leads[j] == null ? 0 : scale.toModel(SentenceEmbedder.cosine(leads[i], leads[j]));
        out.add(new Relation(ids.get(x), ids.get(y), RelationKind.SAME_NARRATIVE,
            Origin.undecided("the same line over different events: neither copies the other"),
            Math.round(Math.max(0, score) * 1000) / 1000.0, 0, 0, List.of()));
      }
    }
    return out;
  }
}
