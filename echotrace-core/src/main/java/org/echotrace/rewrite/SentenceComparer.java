package org.echotrace.rewrite;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
  /** Sentences below this cosine are never aligned: on MiniLM, unrelated sentences on one topic reach ~0.5. */
  static final double FLOOR = 0.55;
  /** Across languages, sentences need this share of their anchors in common. */
  static final double ANCHOR_FLOOR = 0.34;
  /** Sentences per model run: one run of 32 short sentences costs far less than 32 runs. */
  static final int BATCH = 32;

  private final SentenceEmbedder embedder;
  private final boolean multilingual;
  private final SentenceAligner aligner = new SentenceAligner(FLOOR);
  private final SentenceAligner anchorAligner = new SentenceAligner(ANCHOR_FLOOR);

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
    if (crossLingual(pa, pb)) return byAnchors(a, pa, b, pb, words, anchors, anchorOrder);
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

  private Evidence byAnchors(Article a, Profile pa, Article b, Profile pb, double words, int anchors,
      double anchorOrder) {
    Set<String> common = keys(pa);
    common.retainAll(keys(pb));
    List<Set<String>> sa = sentenceAnchors(pa, common), sb = sentenceAnchors(pb, common);
    SentenceAligner.Similarity sim = (af, at, bf, bt) -> jaccard(union(sa, af, at), union(sb, bf, bt));
    List<SentenceAligner.Group> groups = anchorAligner.align(sa.size(), sb.size(), sim);
    return evidence(a, pa, b, pb, groups, 0, words, anchors, anchorOrder, true);
  }

  private static Evidence evidence(Article a, Profile pa, Article b, Profile pb, List<SentenceAligner.Group> groups,
      int greedyWords, double words, int anchors, double anchorOrder, boolean crossLingual) {
    int coveredA = 0, coveredB = 0, strong = 0, strongA = 0, strongB = 0;
    double weighted = 0;
    List<SentencePair> pairs = new ArrayList<>();
    for (SentenceAligner.Group g : groups) {
      int wa = sum(pa.sentenceWords(), g.aFrom(), g.aTo()), wb = sum(pb.sentenceWords(), g.bFrom(), g.bTo());
      coveredA += wa;
      coveredB += wb;
      weighted += g.similarity() * (wa + wb);
      if (g.similarity() >= RewriteJudge.STRONG) {
        strong++;
        strongA += wa;
        strongB += wb;
      }
      pairs.add(new SentencePair(pa.sentences()[g.aFrom()][0], pa.sentences()[g.aTo() - 1][1],
          pb.sentences()[g.bFrom()][0], pb.sentences()[g.bTo() - 1][1], Math.round(g.similarity() * 1000) / 1000.0));
    }
    double covA = (double) coveredA / Math.max(1, pa.words()), covB = (double) coveredB / Math.max(1, pb.words());
    double similarity = coveredA + coveredB == 0 ? 0 : weighted / (coveredA + coveredB);
    double order = crossLingual ? anchorOrder : greedyWords == 0 ? 0 : Math.min(1, (double) coveredA / greedyWords);
    return new Evidence(covA, covB, (double) strongA / Math.max(1, pa.words()), (double) strongB / Math.max(1, pb.words()),
        similarity, strong, order, words, anchors, anchorOrder, crossLingual, pairs);
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

  private static Set<String> keys(Profile p) {
    Set<String> keys = new HashSet<>();
    for (Anchors.Anchor x : p.anchorSequence()) keys.add(x.key());
    return keys;
  }

  /**
   * Each sentence's anchors, restricted to anchors both articles hold: German capitalises every noun, and those
   * "names" would otherwise dilute every sentence's overlap with its English counterpart.
   */
  private static List<Set<String>> sentenceAnchors(Profile p, Set<String> common) {
    List<Set<String>> out = new ArrayList<>();
    int k = 0;
    List<Anchors.Anchor> seq = p.anchorSequence();
    for (int[] s : p.sentences()) {
      Set<String> set = new HashSet<>();
      while (k < seq.size() && seq.get(k).start() < s[0]) k++;
      while (k < seq.size() && seq.get(k).start() < s[1]) {
        String key = seq.get(k++).key();
        if (common.contains(key)) set.add(key);
      }
      out.add(set);
    }
    return out;
  }

  private static Set<String> union(List<Set<String>> sets, int from, int to) {
    if (to - from == 1) return sets.get(from);
    Set<String> u = new HashSet<>(sets.get(from));
    u.addAll(sets.get(from + 1));
    return u;
  }

  private static double jaccard(Set<String> x, Set<String> y) {
    if (x.isEmpty() || y.isEmpty()) return 0;
    int shared = 0;
    for (String s : x) if (y.contains(s)) shared++;
    return (double) shared / (x.size() + y.size() - shared);
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
