package org.echotrace.cluster;

import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Average-linkage agglomerative clustering on a sparse similarity graph: clusters merge, best pair first, while the
 * mean similarity over all their cross pairs reaches a threshold; pairs without an edge count as 0. Deterministic:
 * ties break on the smaller cluster ids. O(E log E) for E edges, as each merge only touches the merged clusters'
 * neighbours. Written by hand: no library at hand clusters a sparse graph this way. Thread-safe: no state.
 */
final class AverageLinkage {
  private AverageLinkage() {}

  private record Candidate(double mean, int a, int b, int sizeA, int sizeB) {}

  /** The day of an item without a date. */
  static final long UNDATED = Long.MIN_VALUE;

  /**
   * @param weight similarity of item pairs packed {@code a << 32 | b} (a < b), in [0, 1]
   * @return for each item, the smallest item of its cluster
   */
  static int[] cluster(int n, Map<Long, Double> weight, double threshold) {
    return cluster(n, weight, threshold, null, null, Long.MAX_VALUE);
  }

  /**
   * As above, and two clusters never merge when the days of their items lie more than {@code maxGap} days apart
   * ({@code firstDay[i]} to {@code lastDay[i]} the days item i covers, {@link #UNDATED} in both for none; an undated
   * cluster is near every other).
   */
  static int[] cluster(int n, Map<Long, Double> weight, double threshold, long[] firstDay, long[] lastDay,
      long maxGap) {
    return cluster(n, weight, threshold, firstDay, lastDay, maxGap, 2, 1);
  }

  /**
   * As above, and two clusters also merge when the mean over the cross pairs that have an edge reaches
   * {@code observed} and such pairs are at least {@code share} of all cross pairs (2 for {@code observed} never).
   */
  static int[] cluster(int n, Map<Long, Double> weight, double threshold, long[] firstDay, long[] lastDay,
      long maxGap, double observed, double share) {
    long[] first = new long[n], last = new long[n]; // per root: the earliest and latest day of its items
    for (int i = 0; i < n; i++) {
      boolean dated = firstDay != null && firstDay[i] != UNDATED;
      first[i] = dated ? firstDay[i] : Long.MAX_VALUE;
      last[i] = dated ? lastDay[i] : Long.MIN_VALUE;
    }
    int[] parent = new int[n], size = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
      size[i] = 1;
    }
    // sum of cross-pair similarities between live clusters, keyed by their root ids
    Map<Integer, Map<Integer, Double>> sums = new HashMap<>();
    Map<Integer, Map<Integer, Integer>> counts = new HashMap<>(); // cross pairs with an edge
    PriorityQueue<Candidate> queue = new PriorityQueue<>((x, y) -> x.mean != y.mean ? Double.compare(y.mean, x.mean)
        : x.a != y.a ? Integer.compare(x.a, y.a) : Integer.compare(x.b, y.b));
    weight.forEach((pair, w) -> {
      int a = (int) (pair >>> 32), b = (int) (long) pair;
      if (a == b || w <= 0) return;
      sums.computeIfAbsent(a, k -> new HashMap<>()).merge(b, w, Double::sum);
      sums.computeIfAbsent(b, k -> new HashMap<>()).merge(a, w, Double::sum);
      counts.computeIfAbsent(a, k -> new HashMap<>()).merge(b, 1, Integer::sum);
      counts.computeIfAbsent(b, k -> new HashMap<>()).merge(a, 1, Integer::sum);
    });
    sums.forEach((a, row) -> row.forEach((b, w) -> {
      double mean = w / ((double) size[a] * size[b]);
      if (a < b && merges(w, counts.get(a).get(b), size[a], size[b], threshold, observed, share)) {
        queue.add(new Candidate(mean, a, b, size[a], size[b]));
      }
    }));
    while (!queue.isEmpty()) {
      Candidate c = queue.poll();
      // stale: a side merged since this candidate was queued
      if (parent[c.a] != c.a || parent[c.b] != c.b || size[c.a] != c.sizeA || size[c.b] != c.sizeB) continue;
      boolean bothDated = first[c.a] <= last[c.a] && first[c.b] <= last[c.b];
      if (bothDated && Math.max(first[c.a], first[c.b]) - Math.min(last[c.a], last[c.b]) > maxGap) {
        continue; // the pair may come back after other merges change its mean
      }
      long from = Math.min(first[c.a], first[c.b]), to = Math.max(last[c.a], last[c.b]);
      int keep = Math.min(c.a, c.b), gone = Math.max(c.a, c.b);
      parent[gone] = keep;
      size[keep] += size[gone];
      first[keep] = from;
      last[keep] = to;
      Map<Integer, Double> row = absorb(sums, keep, gone, Double::sum);
      Map<Integer, Integer> countRow = absorb(counts, keep, gone, Integer::sum);
      for (Map.Entry<Integer, Double> e : row.entrySet()) {
        int d = e.getKey();
        double mean = e.getValue() / ((double) size[keep] * size[d]);
        if (merges(e.getValue(), countRow.get(d), size[keep], size[d], threshold, observed, share)) {
          int x = Math.min(keep, d), y = Math.max(keep, d);
          queue.add(new Candidate(mean, x, y, size[x], size[y]));
        }
      }
    }
    int[] root = new int[n];
    for (int i = 0; i < n; i++) {
      int r = i;
      while (parent[r] != r) r = parent[r];
      root[i] = r;
    }
    return root;
  }

  /** Whether two clusters with cross-pair similarity {@code sum} over {@code count} edges merge. */
  private static boolean merges(double sum, int count, int sizeA, int sizeB, double threshold, double observed,
      double share) {
    double all = (double) sizeA * sizeB;
    return sum / all >= threshold || count >= share * all && sum / count >= observed;
  }

  /**
   * Folds cluster {@code gone}'s row of a symmetric cross-pair table into {@code keep}'s (and every neighbour's entry
   * for {@code gone} into its entry for {@code keep}); returns {@code keep}'s row.
   */
  private static <V> Map<Integer, V> absorb(Map<Integer, Map<Integer, V>> table, int keep, int gone,
      java.util.function.BinaryOperator<V> plus) {
    Map<Integer, V> row = table.computeIfAbsent(keep, k -> new HashMap<>());
    Map<Integer, V> other = table.remove(gone);
    row.remove(gone);
    if (other != null) {
      other.remove(keep);
      other.forEach((d, w) -> {
        row.merge(d, w, plus);
        Map<Integer, V> back = table.get(d);
        back.remove(gone);
        back.merge(keep, w, plus);
      });
    }
    for (var e : row.entrySet()) table.get(e.getKey()).put(keep, e.getValue());
    return row;
  }
}
