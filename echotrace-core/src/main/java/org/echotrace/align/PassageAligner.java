package org.echotrace.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.echotrace.internal.Check;
import org.echotrace.normalize.Tokens;

/**
 * Word-level alignment of two texts into maximal shared passages, tolerant of small edits and of reordered
 * paragraphs. Written by hand: no maintained Java library does local alignment of long texts with reordering
 * (java-diff-utils gives one global, order-preserving diff).
 *
 * <p>Method: (1) greedy string tiling (Wise 1993, as in JPlag and sim_text): find the maximal exact matches of at
 * least {@code minTile} words through a hash table of word k-grams, and accept them longest first where neither side
 * is already covered; (2) chain tiles that follow each other in the same order on both sides with gaps of at most
 * {@code maxGap} words into passages: a copy with a changed number or a swapped word stays one passage; (3) keep
 * passages with at least {@code minWords} exactly aligned words that are dense (aligned words are at least
 * {@code minDensity} of the passage on both sides): a paraphrase shares many short phrases in order, but sparsely.
 *
 * <p>Cost is linear in the words of both texts plus the matches found. Thread-safe: no state.
 */
public final class PassageAligner {
  /** A tile of 5 words: the shingle size, so every candidate fingerprint can be confirmed. */
  public static final int DEFAULT_MIN_TILE = 5;
  /** Up to 6 words of difference between two tiles: a replaced phrase or an inserted clause. */
  public static final int DEFAULT_MAX_GAP = 6;
  /** 15 exactly aligned words: shorter shared runs are names and stock phrases ("Kremlin spokesman Dmitry Peskov"). */
  public static final int DEFAULT_MIN_WORDS = 15;
  /** Edited copies keep 80-95% of words in a passage; paraphrases that happen to chain keep well under 70%. */
  public static final double DEFAULT_MIN_DENSITY = 0.75;

  private final int minTile;
  private final int maxGap;
  private final int minWords;
  private final double minDensity;

  public PassageAligner(int minTile, int maxGap, int minWords, double minDensity) {
    this.minTile = Check.positive(minTile, "minTile");
    this.maxGap = Check.nonNegative(maxGap, "maxGap");
    this.minWords = Check.positive(minWords, "minWords");
    this.minDensity = Check.unitInterval(minDensity, "minDensity");
  }

  public PassageAligner() {
    this(DEFAULT_MIN_TILE, DEFAULT_MAX_GAP, DEFAULT_MIN_WORDS, DEFAULT_MIN_DENSITY);
  }

  /** Passages in order of b. */
  public List<TokenPassage> align(Tokens a, Tokens b) {
    List<int[]> tiles = tiles(a.hashes(), b.hashes());
    return chain(tiles);
  }

  /** Greedy string tiling: tiles as {aFrom, bFrom, length}, non-overlapping on both sides. */
  List<int[]> tiles(long[] a, long[] b) {
    List<int[]> matches = maximalMatches(a, b);
    matches.sort(Comparator.comparingInt((int[] m) -> -m[2]).thenComparingInt(m -> m[1]).thenComparingInt(m -> m[0]));
    boolean[] usedA = new boolean[a.length];
    boolean[] usedB = new boolean[b.length];
    List<int[]> tiles = new ArrayList<>();
    for (int[] m : matches) {
      int run = 0;
      for (int t = 0; t <= m[2]; t++) {
        boolean free = t < m[2] && !usedA[m[0] + t] && !usedB[m[1] + t];
        if (free) {
          run++;
          continue;
        }
        if (run >= minTile) {
          int from = t - run;
          tiles.add(new int[] {m[0] + from, m[1] + from, run});
          Arrays.fill(usedA, m[0] + from, m[0] + t, true);
          Arrays.fill(usedB, m[1] + from, m[1] + t, true);
        }
        run = 0;
      }
    }
    return tiles;
  }

  /** Left- and right-maximal exact matches of at least minTile words, via a chained hash table of a's k-grams. */
  private List<int[]> maximalMatches(long[] a, long[] b) {
    int k = minTile;
    List<int[]> out = new ArrayList<>();
    if (a.length < k || b.length < k) return out;
    int grams = a.length - k + 1;
    int cap = Integer.highestOneBit(Math.max(16, grams * 2) - 1) << 1;
    int[] head = new int[cap];
    Arrays.fill(head, -1);
    int[] next = new int[grams];
    long[] gramA = new long[grams];
    for (int i = 0; i < grams; i++) {
      gramA[i] = gram(a, i, k);
      int slot = (int) (gramA[i] ^ gramA[i] >>> 32) & (cap - 1);
      next[i] = head[slot];
      head[slot] = i;
    }
    for (int j = 0; j + k <= b.length; j++) {
      long g = gram(b, j, k);
      for (int i = head[(int) (g ^ g >>> 32) & (cap - 1)]; i >= 0; i = next[i]) {
        if (gramA[i] != g || !equal(a, i, b, j, k)) continue;
        if (i > 0 && j > 0 && a[i - 1] == b[j - 1]) continue; // not left-maximal: found from an earlier start
        int len = k;
        while (i + len < a.length && j + len < b.length && a[i + len] == b[j + len]) len++;
        out.add(new int[] {i, j, len});
      }
    }
    return out;
  }

  /** Chains tiles into passages (in order of b) and keeps those that are long and dense enough. */
  private List<TokenPassage> chain(List<int[]> tiles) {
    tiles.sort(Comparator.comparingInt((int[] t) -> t[1]));
    List<TokenPassage> out = new ArrayList<>();
    boolean[] taken = new boolean[tiles.size()];
    for (int s = 0; s < tiles.size(); s++) {
      if (taken[s]) continue;
      int[] t = tiles.get(s);
      int aFrom = t[0], bFrom = t[1], aTo = t[0] + t[2], bTo = t[1] + t[2], matched = t[2];
      for (int u = s + 1; u < tiles.size(); u++) {
        int[] v = tiles.get(u);
        if (taken[u]) continue;
        int gapB = v[1] - bTo;
        if (gapB > maxGap) break;
        int gapA = v[0] - aTo;
        if (gapA < 0 || gapA > maxGap) continue;
        taken[u] = true;
        aTo = v[0] + v[2];
        bTo = v[1] + v[2];
        matched += v[2];
      }
      boolean dense = matched >= minDensity * (aTo - aFrom) && matched >= minDensity * (bTo - bFrom);
      if (matched >= minWords && dense) out.add(new TokenPassage(aFrom, aTo, bFrom, bTo, matched));
    }
    return out;
  }

  private static long gram(long[] h, int from, int k) {
    long g = 0;
    for (int i = from; i < from + k; i++) g = g * 0x9E3779B97F4A7C15L + h[i];
    return g;
  }

  private static boolean equal(long[] a, int i, long[] b, int j, int k) {
    for (int t = 0; t < k; t++) if (a[i + t] != b[j + t]) return false;
    return true;
  }
}
