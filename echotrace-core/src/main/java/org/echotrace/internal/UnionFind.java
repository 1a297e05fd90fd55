package org.echotrace.internal;

/**
 * Disjoint sets over 0..n-1 with path halving; the smaller root wins a union, so the result does not depend on the
 * order of unions. Not thread-safe.
 */
public final class UnionFind {
  private final int[] parent;

  public UnionFind(int n) {
    parent = new int[n];
    for (int i = 0; i < n; i++) parent[i] = i;
  }

  public int find(int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }

  public void union(int a, int b) {
    int ra = find(a), rb = find(b);
    if (ra != rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}
