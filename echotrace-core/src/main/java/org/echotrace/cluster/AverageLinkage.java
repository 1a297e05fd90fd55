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

  /**
   * @param weight similarity of item pairs packed {@code a << 32 | b} (a < b), in [0, 1]
   * @return for each item, the smallest item of its cluster
   */
  static int[] cluster(int n, Map<Long, Double> weight, double threshold) {
    int[] parent = new int[n], size = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
      size[i] = 1;
    }
    // sum of cross-pair similarities between live clusters, keyed by their root ids
    Map<Integer, Map<Integer, Double>> sums = new HashMap<>();
    PriorityQueue<Candidate> queue = new PriorityQueue<>((x, y) -> x.mean != y.mean ? Double.compare(y.mean, x.mean)
        : x.a != y.a ? Integer.compare(x.a, y.a) : Integer.compare(x.b, y.b));
    weight.forEach((pair, w) -> {
      int a = (int) (pair >>> 32), b = (int) (long) pair;
      if (a == b || w <= 0) return;
      sums.computeIfAbsent(a, k -> new HashMap<>()).merge(b, w, Double::sum);
      sums.computeIfAbsent(b, k -> new HashMap<>()).merge(a, w, Double::sum);
    });
    sums.forEach((a, row) -> row.forEach((b, w) -> {
      double mean = w / ((double) size[a] * size[b]);
      if (a < b && mean >= threshold) queue.add(new Candidate(mean, a, b, size[a], size[b]));
    }));
    while (!queue.isEmpty()) {
      Candidate c = queue.poll();
      // stale: a side merged since this candidate was queued
      if (parent[c.a] != c.a || parent[c.b] != c.b || size[c.a] != c.sizeA || size[c.b] != c.sizeB) continue;
      int keep = Math.min(c.a, c.b), gone = Math.max(c.a, c.b);
      parent[gone] = keep;
      size[keep] += size[gone];
      Map<Integer, Double> row = sums.computeIfAbsent(keep, k -> new HashMap<>());
      Map<Integer, Double> other = sums.remove(gone);
      row.remove(gone);
      if (other != null) {
        other.remove(keep);
        other.forEach((d, w) -> {
          row.merge(d, w, Double::sum);
          Map<Integer, Double> back = sums.get(d);
          back.remove(gone);
          back.merge(keep, w, Double::sum);
        });
      }
      for (Map.Entry<Integer, Double> e : row.entrySet()) {
        int d = e.getKey();
        sums.get(d).put(keep, e.getValue());
        double mean = e.getValue() / ((double) size[keep] * size[d]);
        if (mean >= threshold) {
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
}
