package org.echotrace.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.echotrace.model.Relation;
import org.echotrace.model.Story;

/**
 * A first, simple grouping: the connected components of the relation graph (union-find with path halving). Every
 * article gets a story; singletons included. Story ids follow the order of each group's smallest article id, so the
 * same corpus always gives the same ids. Thread-safe: no state.
 */
public final class StoryGrouper {
  public List<Story> group(List<String> articleIds, List<Relation> relations) {
    Map<String, Integer> index = new HashMap<>();
    for (String id : articleIds) index.putIfAbsent(id, index.size());
    int[] parent = new int[index.size()];
    for (int i = 0; i < parent.length; i++) parent[i] = i;
    for (Relation r : relations) {
      Integer a = index.get(r.a()), b = index.get(r.b());
      if (a != null && b != null) union(parent, a, b);
    }
    Map<Integer, List<String>> groups = new HashMap<>();
    for (var e : index.entrySet()) groups.computeIfAbsent(find(parent, e.getValue()), k -> new ArrayList<>()).add(e.getKey());
    TreeMap<String, List<String>> ordered = new TreeMap<>();
    for (List<String> members : groups.values()) {
      members.sort(null);
      ordered.put(members.get(0), members);
    }
    List<Story> stories = new ArrayList<>();
    for (List<String> members : ordered.values()) stories.add(new Story("s" + (stories.size() + 1), members));
    return stories;
  }

  private static int find(int[] parent, int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a), rb = find(parent, b);
    if (ra != rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}
