package org.echotrace.rewrite;

import java.util.ArrayList;
import java.util.List;
import org.echotrace.embed.SentenceEmbedder;
import org.echotrace.internal.SortedArrays;
import org.echotrace.model.Article;
import org.echotrace.model.SentencePair;
import org.echotrace.normalize.Anchors;

/**
 * Measures two articles against each other ({@link Evidence}): sentence vectors aligned in order when both are in one
 * language (or the model is multilingual), anchors (numbers, names) aligned in order when they are not. Thread-safe.
 */
public final class SentenceComparer {
  /**
   * A sentence pair this similar says the same thing (MiniLM: near-duplicates ~0.95, close paraphrases 0.75+);
   * checked against MSRP (docs/BENCHMARKS.md). The pair judge reads the share of words in such pairs.
   */
  public static final double STRONG = 0.72;
  /** Sentences below this cosine are never aligned: on MiniLM, unrelated sentences on one topic reach ~0.5. */
  static final double FLOOR = 0.55;
  /**
   * Sentences compared on language-independent keys are never aligned below this Dice overlap: a translated sentence
   * keeps its numbers, names and most cognates (0.3-0.7 on the development translations), two unrelated sentences on
   * one topic share a name or two among a dozen keys (below 0.2).
   */
  static final double BRIDGE_FLOOR = 0.25;
  /** A bridge-aligned sentence pair this close keeps most of its keys: a translated sentence, not a shared fact. */
  static final double BRIDGE_STRONG = 0.5;
  /** Sentences per model run: one run of 32 short sentences costs far less than 32 runs. */
  static final int BATCH = 32;

  private final SentenceEmbedder embedder;
  private final boolean multilingual;
  private final SentenceAligner aligner = new SentenceAligner(FLOOR);
  private final SentenceAligner bridgeAligner = new SentenceAligner(BRIDGE_FLOOR);

  public SentenceComparer(SentenceEmbedder embedder, boolean multilingual) {
    this.embedder = embedder;
    this.multilingual = multilingual;
  }

  /** True when the two can only be compared on anchors (two known, different languages, monolingual model). */
  public boolean crossLingual(Profile pa, Profile pb) {
    return !multilingual && pa.language() != null && pb.language() != null && !pa.language().equals(pb.language());
  }

  public Evidence compare(Article a, Profile pa, Article b, Profile pb) {
    double words = wordOverlap(pa, pb);
    int anchors = SortedArrays.shared(pa.anchors(), pb.anchors());
    double anchorOrder = anchorOrder(pa, pb);
    if (crossLingual(pa, pb)) return bridge(a, pa, b, pb);
    float[][] va = vectors(a, pa), vb = vectors(b, pb);
    float[][] ma = merged(va), mb = merged(vb);
    SentenceAligner.Similarity sim = (af, at, bf, bt) -> SentenceEmbedder.cosine(
        at - af == 2 ? ma[af] : va[af], bt - bf == 2 ? mb[bf] : vb[bf]);
    List<SentenceAligner.Group> groups = aligner.align(va.length, vb.length, sim);
    int greedy = 0;
    for (int i = 0; i < va.length; i++) {
      for (int j = 0; j < vb.length; j++) {
        if (SentenceEmbedder.cosine(va[i], vb[j]) >= FLOOR) {
          greedy += pa.sentenceWords()[i];
          break;
        }
      }
    }
    return evidence(a, pa, b, pb, groups, greedy, words, anchors, anchorOrder, false);
  }

  /**
   * Measures the pair on language-independent keys ({@link org.echotrace.normalize.BridgeKeys}): sentences aligned in
   * order by the Dice overlap of their keys. Works for any two languages and needs no model; it is what a translation
   * is recognised by when the model reads only English, and a second opinion on every other pair.
   */
  public Evidence bridge(Article a, Profile pa, Article b, Profile pb) {
    long[][] ka = pa.bridge(), kb = pb.bridge();
    long[][] ua = adjacentUnions(ka), ub = adjacentUnions(kb); // once per pair, not once per merge tried
    KeyPostings pkb = new KeyPostings(kb); // both sides' single sentences meet kb: its index is built once
    int[][] ss = pkb.shared(ka), us = pkb.shared(ua), su = new KeyPostings(ub).shared(ka);
    SentenceAligner.Similarity sim = (af, at, bf, bt) -> {
      boolean oneA = at - af == 1, oneB = bt - bf == 1;
      long[] x = oneA ? ka[af] : ua[af], y = oneB ? kb[bf] : ub[bf];
      if (!oneA && !oneB) return keyDice(x, y);
      return keyDice(x, y, oneA ? (oneB ? ss[af][bf] : su[af][bf]) : us[af][bf]);
    };
    List<SentenceAligner.Group> groups = bridgeAligner.align(ka.length, kb.length, sim);
    int greedy = 0;
    for (int i = 0; i < ka.length; i++) {
      for (int j = 0; j < kb.length; j++) {
        if (keyDice(ka[i], kb[j], ss[i][j]) >= BRIDGE_FLOOR) {
          greedy += pa.sentenceWords()[i];
          break;
        }
      }
    }
    return evidence(a, pa, b, pb, groups, greedy, wordOverlap(pa, pb), SortedArrays.shared(pa.anchors(), pb.anchors()),
        anchorOrder(pa, pb), true);
  }

  /** For each sentence i but the last, the keys of sentences i and i + 1 together. */
  static long[][] adjacentUnions(long[][] keys) {
    long[][] out = new long[Math.max(0, keys.length - 1)][];
    for (int i = 0; i + 1 < keys.length; i++) out[i] = SortedArrays.union(keys[i], keys[i + 1]);
    return out;
  }

  /**
   * Keys a sentence needs before its overlap with another counts in the key alignment: "10." against "10 Min." or
   * "11." against "11 von 17" (a reference list's numbers and a recipe's) are identical on their one or two keys and
   * say nothing about what either text reports; such pairs had made a medical paper and a cake recipe "one event".
   */
  static final int MIN_KEYS = 3;

  /** {@link #dice(long[], long[])}, 0 when either side has fewer than {@link #MIN_KEYS} keys. */
  static double keyDice(long[] x, long[] y) {
    return x.length < MIN_KEYS || y.length < MIN_KEYS ? 0 : dice(x, y);
  }

  /** {@link #keyDice(long[], long[])} of two key sets known to share {@code shared} keys. */
  static double keyDice(long[] x, long[] y, int shared) {
    if (x.length < MIN_KEYS || y.length < MIN_KEYS) return 0;
    return 2.0 * shared / (x.length + y.length);
  }

  /**
   * How many keys each set of {@code xs} shares with each set of {@code ys} (all sorted and distinct), counted through
   * an index of the keys of {@code ys}: the aligner asks for every pair of sentences and of adjacent sentence pairs,
   * and merging two key lists for each of them was a tenth of a lexical run. Counting through the index costs what
   * the sets actually share.
   */
  static int[][] sharedKeys(long[][] xs, long[][] ys) {
    return new KeyPostings(ys).shared(xs);
  }

  /**
   * The sets of {@code ys} in which each key stands, in an open-addressing table of primitive keys (written by hand:
   * a {@code HashMap<Long, int[]>} boxed every key of every pair and was most of the bridge measure's time).
   */
  static final class KeyPostings {
    private final int sets;
    private final long[] keys;
    private final int[][] lists; // {count, set, set, ...}; null where the slot is empty
    private final int mask;

    KeyPostings(long[][] ys) {
      sets = ys.length;
      int n = 0;
      for (long[] y : ys) n += y.length;
      int capacity = Integer.highestOneBit(Math.max(4, n * 2 + 1) - 1) << 1;
      keys = new long[capacity];
      lists = new int[capacity][];
      mask = capacity - 1;
      for (int j = 0; j < ys.length; j++) {
        for (long key : ys[j]) {
          int slot = slot(key);
          int[] list = lists[slot];
          if (list == null) {
            keys[slot] = key;
            lists[slot] = new int[] {1, j};
          } else {
            if (list[0] + 1 == list.length) lists[slot] = list = java.util.Arrays.copyOf(list, list.length * 2);
            list[++list[0]] = j;
          }
        }
      }
    }

    /** The slot of {@code key}: where it stands, or the empty slot where it would. */
    private int slot(long key) {
      int i = (int) org.echotrace.normalize.Mix.mix64(key) & mask;
      while (lists[i] != null && keys[i] != key) i = (i + 1) & mask;
      return i;
    }

    /** For each set of {@code xs}, how many keys it shares with each indexed set. */
    int[][] shared(long[][] xs) {
      int[][] out = new int[xs.length][sets];
      if (sets == 0) return out;
      for (int i = 0; i < xs.length; i++) {
        int[] row = out[i];
        for (long key : xs[i]) {
          int[] list = lists[slot(key)];
          if (list == null) continue;
          for (int k = 1; k <= list[0]; k++) row[list[k]]++;
        }
      }
      return out;
    }
  }

  /** Dice overlap of two sorted distinct key sets. */
  public static double dice(long[] x, long[] y) {
    if (x.length == 0 || y.length == 0) return 0;
    return 2.0 * SortedArrays.shared(x, y) / (x.length + y.length);
  }

  /** Dice overlap of the keys of sentences [af, at) of a and [bf, bt) of b (one or two sentences a side). */
  public static double dice(long[][] ka, int af, int at, long[][] kb, int bf, int bt) {
    long[] x = at - af == 1 ? ka[af] : SortedArrays.union(ka[af], ka[af + 1]);
    long[] y = bt - bf == 1 ? kb[bf] : SortedArrays.union(kb[bf], kb[bf + 1]);
    return dice(x, y);
  }

  private static Evidence evidence(Article a, Profile pa, Article b, Profile pb, List<SentenceAligner.Group> groups,
      int greedyWords, double words, int anchors, double anchorOrder, boolean crossLingual) {
    double strongCut = crossLingual ? BRIDGE_STRONG : STRONG;
    int coveredA = 0, coveredB = 0, strong = 0, strongA = 0, strongB = 0;
    double weighted = 0, logSum = 0, logSquares = 0;
    List<SentencePair> pairs = new ArrayList<>();
    for (SentenceAligner.Group g : groups) {
      int wa = sum(pa.sentenceWords(), g.aFrom(), g.aTo()), wb = sum(pb.sentenceWords(), g.bFrom(), g.bTo());
      coveredA += wa;
      coveredB += wb;
      weighted += g.similarity() * (wa + wb);
      int ca = pa.sentences()[g.aTo() - 1][1] - pa.sentences()[g.aFrom()][0];
      int cb = pb.sentences()[g.bTo() - 1][1] - pb.sentences()[g.bFrom()][0];
      double log = Math.log((1.0 + ca) / (1.0 + cb));
      logSum += log;
      logSquares += log * log;
      if (g.similarity() >= strongCut) {
        strong++;
        strongA += wa;
        strongB += wb;
      }
      pairs.add(new SentencePair(pa.sentences()[g.aFrom()][0], pa.sentences()[g.aTo() - 1][1],
          pb.sentences()[g.bFrom()][0], pb.sentences()[g.bTo() - 1][1], Math.round(g.similarity() * 1000) / 1000.0));
    }
    double covA = (double) coveredA / Math.max(1, pa.words()), covB = (double) coveredB / Math.max(1, pb.words());
    double similarity = coveredA + coveredB == 0 ? 0 : weighted / (coveredA + coveredB);
    double order = greedyWords == 0 ? 0 : Math.min(1, (double) coveredA / greedyWords);
    int g = groups.size();
    double spread = g < 2 ? 1 : Math.sqrt(Math.max(0, logSquares / g - (logSum / g) * (logSum / g)));
    double start = groups.isEmpty() ? 1 : Math.min((double) groups.get(0).aFrom() / pa.sentences().length,
        (double) groups.get(0).bFrom() / pb.sentences().length);
    int adjacent = 0;
    for (int i = 1; i < g; i++) {
      if (groups.get(i).aFrom() == groups.get(i - 1).aTo() && groups.get(i).bFrom() == groups.get(i - 1).bTo()) adjacent++;
    }
    double contiguity = g < 2 ? 0 : (double) adjacent / (g - 1);
    return new Evidence(covA, covB, (double) strongA / Math.max(1, pa.words()), (double) strongB / Math.max(1, pb.words()),
        similarity, strong, order, words, anchors, anchorOrder, crossLingual, spread, start, contiguity, pairs);
  }

  /** The article's sentence vectors, in batches of {@link #BATCH} (cached ones are not embedded again). */
  private float[][] vectors(Article a, Profile p) {
    float[][] v = new float[p.sentences().length][];
    for (int from = 0; from < v.length; from += BATCH) {
      List<String> texts = new ArrayList<>();
      for (int i = from; i < Math.min(v.length, from + BATCH); i++) {
        texts.add(a.text().substring(p.sentences()[i][0], p.sentences()[i][1]));
      }
      float[][] batch = embedder.embedAll(texts);
      System.arraycopy(batch, 0, v, from, batch.length);
    }
    return v;
  }

  /** merged[i] is the normalised sum of sentences i and i+1. */
  private static float[][] merged(float[][] v) {
    float[][] m = new float[Math.max(0, v.length - 1)][];
    for (int i = 0; i < m.length; i++) {
      float[] s = new float[v[i].length];
      for (int d = 0; d < s.length; d++) s[d] = v[i][d] + v[i + 1][d];
      m[i] = SentenceEmbedder.normalize(s);
    }
    return m;
  }

  private static int sum(int[] v, int from, int to) {
    int s = 0;
    for (int i = from; i < to; i++) s += v[i];
    return s;
  }

  /** Share of the smaller article's word set that the other holds. */
  static double wordOverlap(Profile pa, Profile pb) {
    int min = Math.min(pa.wordSet().length, pb.wordSet().length);
    return min == 0 ? 0 : (double) SortedArrays.shared(pa.wordSet(), pb.wordSet()) / min;
  }

  /** Longest common subsequence of the anchor sequences, over the shorter sequence (capped at 400 anchors a side). */
  static double anchorOrder(Profile pa, Profile pb) {
    List<Anchors.Anchor> x = pa.anchorSequence(), y = pb.anchorSequence();
    int n = Math.min(x.size(), 400), m = Math.min(y.size(), 400);
    if (n == 0 || m == 0) return 0;
    int[] prev = new int[m + 1], cur = new int[m + 1];
    for (int i = 1; i <= n; i++) {
      String key = x.get(i - 1).key();
      for (int j = 1; j <= m; j++) {
        cur[j] = key.equals(y.get(j - 1).key()) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return (double) prev[m] / Math.min(n, m);
  }
}
