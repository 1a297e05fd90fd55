package org.echotrace.rewrite;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.echotrace.embed.SentenceEmbedder;
import org.echotrace.fingerprint.PairCounter;
import org.echotrace.internal.SortedArrays;
import org.echotrace.internal.UnionFind;
import org.echotrace.model.Article;
import org.echotrace.model.Origin;
import org.echotrace.model.Relation;
import org.echotrace.model.RelationKind;
import org.echotrace.relate.OriginResolver;

/**
 * Finds reworded copies, translations and independent reports of one event, beyond what shared wording shows.
 * <ol>
 *   <li>Candidates, sub-quadratic: the nearest neighbours of each article's lead vector ({@link NeighbourFinder}),
 *       pairs sharing {@link #MIN_RARE_ANCHORS} rare numbers and names (an anchor in at most {@link #MAX_ANCHOR_DOCS}
 *       articles), and pairs the lexical stage found partially reused.
 *   <li>A cheap filter before any sentence is embedded: the pair must share a close lead, many words or many
 *       anchors. Only pairs that pass cost sentence embeddings (cached by sentence).
 *   <li>{@link SentenceComparer} measures, {@link RewriteJudge} decides, {@link OriginResolver} orients copies.
 * </ol>
 * With the bundled English model, pairs of two non-English articles are not compared on vectors (its vectors make
 * unrelated German or Portuguese pages look alike); translations are still found on anchors, and a multilingual
 * {@code --model} lifts the restriction. Pairs already found verbatim are left alone; a partial pair judged a paraphrase becomes one (keeping its passages).
 * Thread-safe: each call has its own state.
 */
public final class RewriteDetector {
  static final int NEIGHBOURS = 8;
  /** Leads less similar than this are not neighbours (MiniLM: unrelated news leads ~0.1–0.4). */
  static final double LEAD_NEIGHBOUR = 0.5;
  static final int MAX_ANCHOR_DOCS = 50;
  static final int MIN_RARE_ANCHORS = 4;
  /**
   * The cheap filter: leads about the same thing ({@link #FILTER_LEAD_MIN}; rewrites and reports of one event on the
   * development pairs: 0.63–0.94), and then either a near-identical lead or a share of the smaller article's distinct
   * words found in the other (development rewrites and reports of one event: 0.41–0.89; unrelated articles on one
   * topic: 0.20–0.33); across languages, shared anchors instead.
   */
  static final double FILTER_LEAD_MIN = 0.6;
  static final double FILTER_LEAD = 0.8;
  static final double FILTER_WORDS = 0.36;
  static final int FILTER_ANCHORS = 5;

  private final Profiler profiler;
  private final SentenceEmbedder embedder;
  private final SentenceComparer comparer;
  private final RewriteJudge judge = new RewriteJudge();
  private final OriginResolver origins = new OriginResolver();

  public RewriteDetector(SentenceEmbedder embedder, boolean multilingual) {
    this.profiler = new Profiler(embedder, multilingual);
    this.embedder = embedder;
    this.comparer = new SentenceComparer(embedder, multilingual);
  }

  /** Leads embedded per model run. */
  static final int LEAD_BATCH = 32;

  /** Profiles of all articles, in parallel; then every lead is embedded, in batches. */
  public Profile[] profile(List<Article> articles, Runnable tick) {
    return profile(articles, new java.util.BitSet(), tick);
  }

  /**
   * As above, without the leads of the articles in {@code skipLead}: verbatim copies, whose lead is their original's.
   * Their original stands for them in candidates and narratives (they share its event), which saves a model run per
   * copy; on aggregator crawls most pages are such copies.
   */
  public Profile[] profile(List<Article> articles, java.util.BitSet skipLead, Runnable tick) {
    Profile[] out = new Profile[articles.size()];
    IntStream.range(0, out.length).parallel().forEach(i -> out[i] = profiler.of(articles.get(i)));
    int batches = (out.length + LEAD_BATCH - 1) / LEAD_BATCH;
    IntStream.range(0, batches).parallel().forEach(k -> {
      int from = k * LEAD_BATCH, to = Math.min(out.length, from + LEAD_BATCH);
      List<String> texts = new ArrayList<>();
      List<Integer> who = new ArrayList<>();
      for (int i = from; i < to; i++) {
        String lead = skipLead.get(i) ? null : profiler.leadText(articles.get(i), out[i]);
        if (lead != null) {
          texts.add(lead);
          who.add(i);
        }
      }
      float[][] vectors = embedder.embedAll(texts);
      for (int j = 0; j < vectors.length; j++) out[who.get(j)] = Profiler.withLead(out[who.get(j)], vectors[j]);
      for (int i = from; i < to; i++) tick.run();
    });
    return out;
  }

  /**
   * The articles whose lead need not be embedded: in each family of verbatim copies (connected by verbatim
   * relations), every member but one, the earliest dated (ties and undated: the smallest id).
   */
  public static java.util.BitSet verbatimCopies(List<Article> articles, List<Relation> relations) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < articles.size(); i++) index.put(articles.get(i).id(), i);
    int n = articles.size();
    UnionFind families = new UnionFind(n);
    boolean[] inFamily = new boolean[n];
    for (Relation r : relations) {
      if (r.kind() != RelationKind.VERBATIM) continue;
      int a = index.get(r.a()), b = index.get(r.b());
      inFamily[a] = inFamily[b] = true;
      families.union(a, b);
    }
    Map<Integer, Integer> keep = new HashMap<>();
    for (int i = 0; i < n; i++) {
      if (!inFamily[i]) continue;
      keep.merge(families.find(i), i, (x, y) -> earlier(articles.get(y), articles.get(x)) ? y : x);
    }
    java.util.BitSet skip = new java.util.BitSet(n);
    for (int i = 0; i < n; i++) if (inFamily[i] && keep.get(families.find(i)) != i) skip.set(i);
    return skip;
  }

  /** Whether {@code x} comes before {@code y}: dated before undated, then by date, then by id. */
  private static boolean earlier(Article x, Article y) {
    if (x.published() != null && y.published() == null) return true;
    if (x.published() == null && y.published() != null) return false;
    if (x.published() != null) {
      long a = x.published().sortKey(), b = y.published().sortKey();
      if (a != b) return a < b;
    }
    return x.id().compareTo(y.id()) < 0;
  }

  /** Candidate pairs (packed {@code a << 32 | b}, sorted), lexical partial pairs not included. */
  public long[] candidates(Profile[] profiles) {
    long[] near = leadNeighbours(profiles);
    PairCounter anchors = new PairCounter();
    for (int d = 0; d < profiles.length; d++) for (long h : profiles[d].anchors()) anchors.add(h, d);
    PairCounter.Counts counts = anchors.pairs(MAX_ANCHOR_DOCS);
    long[] rare = new long[counts.size()];
    int n = 0;
    for (int i = 0; i < counts.size(); i++) if (counts.counts()[i] >= MIN_RARE_ANCHORS) rare[n++] = counts.pairs()[i];
    return SortedArrays.union(near, Arrays.copyOf(rare, n));
  }

  /** Members of one lead group past which a neighbour pair is not expanded further (a family of copies). */
  static final int MAX_EXPANDED_MEMBERS = 16;

  /**
   * Neighbours among distinct leads: verbatim copies share their lead, and a family of ten copies would otherwise fill
   * every slot of the original's neighbour list and push its rewrites out. Each pair of lead groups is expanded to
   * the pairs of their members (at most {@link #MAX_EXPANDED_MEMBERS} a side).
   */
  static long[] leadNeighbours(Profile[] profiles) {
    Map<LeadKey, Integer> groupOf = new HashMap<>();
    List<List<Integer>> members = new ArrayList<>();
    List<float[]> reps = new ArrayList<>();
    for (int i = 0; i < profiles.length; i++) {
      float[] lead = profiles[i].lead();
      if (lead == null) continue;
      Integer g = groupOf.get(new LeadKey(lead));
      if (g == null) {
        g = members.size();
        groupOf.put(new LeadKey(lead), g);
        members.add(new ArrayList<>());
        reps.add(lead);
      }
      members.get(g).add(i);
    }
    long[] groupPairs = new NeighbourFinder(NEIGHBOURS, LEAD_NEIGHBOUR).pairs(reps.toArray(new float[0][]));
    long[] out = new long[Math.max(16, groupPairs.length * 2)];
    int n = 0;
    for (long gp : groupPairs) {
      List<Integer> x = members.get((int) (gp >>> 32)), y = members.get((int) gp);
      for (int a = 0; a < Math.min(x.size(), MAX_EXPANDED_MEMBERS); a++) {
        for (int b = 0; b < Math.min(y.size(), MAX_EXPANDED_MEMBERS); b++) {
          int i = x.get(a), j = y.get(b);
          if (n == out.length) out = Arrays.copyOf(out, n * 2);
          out[n++] = i < j ? (long) i << 32 | j : (long) j << 32 | i;
        }
      }
    }
    return SortedArrays.sortedDistinct(Arrays.copyOf(out, n));
  }

  /** A lead vector compared by content. */
  private record LeadKey(float[] v) {
    @Override
    public boolean equals(Object o) {
      return o instanceof LeadKey k && Arrays.equals(v, k.v);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(v);
    }
  }

  /**
   * Relations for the candidate pairs, merged with the lexical ones: returns the lexical relations (partial ones
   * upgraded where they prove to be paraphrases) plus the new ones, sorted by (a, b).
   */
  public List<Relation> detect(List<Article> articles, Profile[] profiles, long[] candidates, List<Relation> lexical,
      java.util.function.LongConsumer progress) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < articles.size(); i++) index.put(articles.get(i).id(), i);
    Map<Long, Relation> byPair = new HashMap<>();
    long[] partial = new long[lexical.size()];
    int np = 0;
    for (Relation r : lexical) {
      int x = index.get(r.a()), y = index.get(r.b());
      long key = x < y ? (long) x << 32 | y : (long) y << 32 | x;
      byPair.put(key, r);
      if (r.kind() == RelationKind.PARTIAL) partial[np++] = key;
    }
    long[] partialPairs = Arrays.copyOf(partial, np);
    Arrays.sort(partialPairs);
    long[] all = SortedArrays.union(candidates, partialPairs);
    Relation[] found = new Relation[all.length];
    AtomicLong done = new AtomicLong();
    IntStream.range(0, all.length).parallel().forEach(i -> {
      long pair = all[i];
      Relation known = byPair.get(pair);
      if (known == null || known.kind() == RelationKind.PARTIAL) {
        int x = PairCounter.Counts.first(pair), y = PairCounter.Counts.second(pair);
        found[i] = relate(articles.get(x), profiles[x], articles.get(y), profiles[y], known);
      }
      progress.accept(done.incrementAndGet());
    });
    for (int i = 0; i < all.length; i++) if (found[i] != null) byPair.put(all[i], found[i]);
    List<Relation> out = new ArrayList<>(byPair.values());
    out.sort(java.util.Comparator.comparing(Relation::a).thenComparing(Relation::b));
    return out;
  }

  /** The relation of one pair from rewriting alone, or the lexical one ({@code known}, may be null) unchanged. */
  public Relation relate(Article x, Profile px, Article y, Profile py, Relation known) {
    boolean swap = x.id().compareTo(y.id()) > 0;
    Article a = swap ? y : x, b = swap ? x : y;
    Profile pa = swap ? py : px, pb = swap ? px : py;
    if (!worthComparing(pa, pb)) return known;
    Evidence e = comparer.compare(a, pa, b, pb);
    boolean differentLanguages = pa.language() != null && pb.language() != null && !pa.language().equals(pb.language());
    RelationKind kind = judge.decide(e, a, b, differentLanguages);
    if (kind == null || kind == RelationKind.SAME_STORY && known != null) return known;
    double score = Math.round(RewriteJudge.shorterCoverage(e, a, b) * 1000) / 1000.0;
    Origin origin = kind == RelationKind.SAME_STORY
        ? Origin.undecided("independent reports of one event: neither copies the other")
        : orient(a, b, e);
    return new Relation(a.id(), b.id(), kind, origin, score, round(e.coverageA()), round(e.coverageB()),
        known == null ? List.of() : known.passages(), e.pairs());
  }

  /** The cheap filter: is this pair worth embedding sentences for? */
  boolean worthComparing(Profile pa, Profile pb) {
    if (pa.sentences().length == 0 || pb.sentences().length == 0) return false;
    if (comparer.crossLingual(pa, pb)) return SortedArrays.shared(pa.anchors(), pb.anchors()) >= FILTER_ANCHORS;
    if (pa.lead() == null || pb.lead() == null) return false; // the model cannot read one of them
    double lead = SentenceEmbedder.cosine(pa.lead(), pb.lead());
    if (lead < FILTER_LEAD_MIN) return false;
    return lead >= FILTER_LEAD || SentenceComparer.wordOverlap(pa, pb) >= FILTER_WORDS;
  }

  /** Dates, credits, then containment; plus which side added or dropped material. */
  private Origin orient(Article a, Article b, Evidence e) {
    Origin o = origins.resolve(a, b, e.coverageA(), e.coverageB(), "content");
    List<String> why = new ArrayList<>(o.reasons());
    double gap = e.coverageA() - e.coverageB();
    if (Math.abs(gap) >= 0.2) {
      Article fuller = gap < 0 ? a : b, leaner = gap < 0 ? b : a;
      why.add(String.format(Locale.ROOT, "%s has %.0f%% of its words outside the alignment, %s %.0f%%: one side added"
          + " or dropped material", fuller.id(), 100 * (1 - Math.min(e.coverageA(), e.coverageB())), leaner.id(),
          100 * (1 - Math.max(e.coverageA(), e.coverageB()))));
    }
    return new Origin(o.id(), why);
  }

  private static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }

}
