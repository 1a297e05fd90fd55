package org.echotrace.cli.bench;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.echotrace.model.RelationKind;

/**
 * The ground truth of a synthetic corpus: every pair of articles that share planted text, with its kind.
 * {@link RelationKind#VERBATIM} for two members of one copy family (an original, its copies and copies of copies:
 * they share the whole body), {@link RelationKind#PARTIAL} for articles that share only lifted paragraphs.
 *
 * <p>A pair that shares fewer than {@link #MIN_SHARED_WORDS} words is <em>incidental</em>: this happens only through
 * chains of lifts (c lifts 60 words from b, of which one 12-word sentence b had lifted from a), so a and c share one
 * sentence. Such a pair is not required (it counts in no recall) but is not wrong when reported either. Pairs are
 * unordered and keyed by article number. Immutable; thread-safe.
 */
public final class PlantedPairs {
  /** The smallest planted lift: a pair sharing less was not planted as such. */
  public static final int MIN_SHARED_WORDS = 50;

  private final Map<Long, RelationKind> pairs;
  private final Set<Long> incidental;
  private final Set<Long> rewrites;

  PlantedPairs(Map<Long, RelationKind> kinds, Map<Long, Integer> sharedWords, Set<Long> rewrites,
      Set<Long> toleratedRewrites) {
    this.rewrites = Set.copyOf(rewrites);
    Map<Long, RelationKind> required = new HashMap<>();
    Set<Long> minor = new HashSet<>();
    for (var e : kinds.entrySet()) {
      if (sharedWords.getOrDefault(e.getKey(), 0) >= MIN_SHARED_WORDS) required.put(e.getKey(), e.getValue());
      else minor.add(e.getKey());
    }
    this.pairs = Collections.unmodifiableMap(required);
    minor.addAll(toleratedRewrites);
    this.incidental = Collections.unmodifiableSet(minor);
  }

  /** (original, rewrite) pairs keyed by {@link #key(int, int)}: expected as paraphrases. */
  public Set<Long> rewrites() {
    return rewrites;
  }

  /** The unordered pair {x, y} packed into one long: smaller number in the upper half. */
  public static long key(int x, int y) {
    return (long) Math.min(x, y) << 32 | Math.max(x, y);
  }

  /** The planted kind of pair {x, y}, or null when the two share no planted text (or only incidentally). */
  public RelationKind kind(int x, int y) {
    return pairs.get(key(x, y));
  }

  public int count(RelationKind kind) {
    int n = 0;
    for (RelationKind k : pairs.values()) if (k == kind) n++;
    return n;
  }

  public int size() {
    return pairs.size();
  }

  /** The required pairs, keyed by {@link #key(int, int)}. */
  public Map<Long, RelationKind> asMap() {
    return pairs;
  }

  /** Pairs that share fewer than {@link #MIN_SHARED_WORDS} planted words, keyed by {@link #key(int, int)}. */
  public Set<Long> incidental() {
    return incidental;
  }
}
