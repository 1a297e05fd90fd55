package org.echotrace.judge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import java.util.stream.IntStream;
import org.echotrace.align.PassageAligner;
import org.echotrace.embed.SentenceEmbedder;
import org.echotrace.fingerprint.PairCounter;
import org.echotrace.internal.SortedArrays;
import org.echotrace.internal.UnionFind;
import org.echotrace.model.Article;
import org.echotrace.model.Origin;
import org.echotrace.model.Relation;
import org.echotrace.model.RelationKind;
import org.echotrace.normalize.TextNormalizer;
import org.echotrace.normalize.Tokens;
import org.echotrace.relate.LexicalEvidence;
import org.echotrace.relate.OriginResolver;
import org.echotrace.relate.RelationBuilder;
import org.echotrace.rewrite.Evidence;
import org.echotrace.rewrite.NeighbourFinder;
import org.echotrace.rewrite.Profile;
import org.echotrace.rewrite.Profiler;
import org.echotrace.rewrite.SentenceComparer;

/**
 * From articles to judged pairs: profiles, candidate pairs, what each pair shares, the judge's verdict, the relation.
 * <ol>
 *   <li>Profiles of all articles; the lead of each is embedded when a sentence model is given (a verbatim copy borrows
 *       its family's lead instead of costing a model run).
 *   <li>Candidates, sub-quadratic: pairs sharing rare fingerprints or MinHash bands (identical wording, found before
 *       this stage), the nearest neighbours of each lead, and pairs sharing {@link #MIN_RARE_ANCHORS} rare numbers and
 *       names (an anchor in at most {@link #MAX_ANCHOR_DOCS} articles), which is how translations meet. Without a
 *       sentence model (identical wording only), only the first, and only verbatim and partial reuse is reported.
 *   <li>Each candidate is measured three ways: identical passages ({@link PassageAligner}), sentences aligned on
 *       vectors (when the model reads both and a cheap filter passes) and on language-independent keys
 *       ({@link SentenceComparer#bridge}); the measures become {@link PairFeatures}.
 *   <li>The {@link PairJudge} decides; copies are oriented by {@link OriginResolver}.
 *   <li>A pair the judge holds for a copy only if both articles copy one common third ({@link Judgement#sibling()})
 *       is reported when two copy relations to one third article back it ({@link #judged}).
 * </ol>
 * Thread-safe: each call has its own state.
 */
public final class PairStage {
  static final int NEIGHBOURS = 8;
  /**
   * Leads less similar than this are not neighbours (MiniLM: unrelated news leads ~0.1-0.4). Every lead threshold here
   * is on the sentence model's scale; the first look's cosines are put on it by {@link #leadScale()}.
   */
  static final double LEAD_NEIGHBOUR = 0.5;
  static final int MAX_ANCHOR_DOCS = 50;
  /**
   * Rare anchors a pair must share to be a candidate: a translation keeps every number and name, and 4 rare ones
   * are seldom shared by chance; independent reports of one event share them too and are judged, not excluded.
   */
  static final int MIN_RARE_ANCHORS = 4;
  static final int OTHER_LANGUAGE_PARTNERS = 8;
  static final int MIN_OTHER_LANGUAGE_ANCHORS = 2;
  /**
   * Language-independent keys (numbers, concepts of news vocabulary, names) that two articles in different languages
   * must share, each key in at most {@link #MAX_ANCHOR_DOCS} articles, to be proposed by keys: a translated paragraph
   * shares a dozen.
   */
  static final int MIN_OTHER_LANGUAGE_KEYS = 6;
  /**
   * The filter before sentences are embedded: leads about the same thing (rewrites and reports of one event on the
   * development pairs: 0.6 and up; unrelated articles on one topic 0.2-0.5), then nearly identical leads, or a share of
   * the smaller article's distinct words found in the other (rewrites and reports of one event: 0.41-0.89; unrelated
   * articles on one topic: 0.20-0.33).
   */
  static final double FILTER_LEAD_MIN = 0.6;
  static final double FILTER_LEAD = 0.8;
  static final double FILTER_WORDS = 0.36;
  /**
   * Articles of at most this many sentences a side (an agency item, an excerpt, a post) cost little to embed, so they
   * are compared on vectors whenever their leads or words come close at all ({@link #SHORT_LEAD_MIN},
   * {@link #SHORT_WORDS}); long articles only past the filter above.
   */
  static final int SHORT = 15;
  static final double SHORT_LEAD_MIN = 0.45;
  static final double SHORT_WORDS = 0.3;
  /** Identical wording over this share of the shorter side is verbatim reuse: vectors add nothing. */
  static final double VERBATIM_SHARE = 0.6;
  /** Members of one family of verbatim copies past which a candidate pair is not expanded to every member. */
  static final int MAX_EXPANDED_MEMBERS = 16;
  /** Leads embedded per call of the lead embedder (one task of the parallel loop). */
  static final int LEAD_BATCH = 32;

  private final Profiler profiler;
  private final SentenceEmbedder embedder;
  /** The embedder of leads ({@link SentenceEmbedder#firstLook()}); null without a model. */
  private final SentenceEmbedder leads;
  private final SentenceComparer comparer;
  private final PairJudge judge;
  private final TextNormalizer normalizer = new TextNormalizer();
  private final PassageAligner aligner = new PassageAligner();
  private final RelationBuilder lexical = new RelationBuilder();
  private final OriginResolver origins = new OriginResolver();

  /**
   * @param embedder the sentence model, or null to compare pairs without vectors
   * @param multilingual whether the model maps languages into one space
   */
  public PairStage(SentenceEmbedder embedder, boolean multilingual, PairJudge judge) {
    this.profiler = new Profiler(embedder, multilingual);
    this.embedder = embedder;
    this.leads = embedder == null ? null : embedder.firstLook();
    this.comparer = new SentenceComparer(embedder, multilingual);
    this.judge = java.util.Objects.requireNonNull(judge, "judge");
  }

  /** How the lead vectors' cosines stand on the sentence model's scale (all lead thresholds are on that scale). */
  public org.echotrace.embed.CosineScale leadScale() {
    return leads == null ? org.echotrace.embed.CosineScale.IDENTITY : leads.scale();
  }

  /** The origin resolver of this stage's run (it caches each article's named sources). */
  public OriginResolver origins() {
    return origins;
  }

  /** One measured pair: everything the judge reads, and the evidence a relation shows. */
  public record Measured(LexicalEvidence lexical, Evidence vectors, Evidence bridge, PairFeatures features) {}

  /**
   * Profiles of all articles, in parallel; then the leads, in batches, except those of {@code skipLead} (verbatim
   * copies), which take the lead of {@code leadOf} (their family's representative).
   */
  public Profile[] profile(List<Article> articles, int[] leadOf, Runnable tick) {
    return profile(articles, leadOf, (Profile[]) null, tick);
  }

  private Profile[] profile(List<Article> articles, int[] leadOf, Profile[] have, Runnable tick) {
    boolean[] own = new boolean[articles.size()];
    for (int i = 0; i < own.length; i++) own[i] = leadOf[i] == i;
    return withFamilyLeads(profile(articles, own, have, tick), leadOf);
  }

  /**
   * As {@link #profile(List, int[], Runnable)}, knowing the lexical pairs: without the sentence model they are the
   * only candidates ({@link #candidates}), so an article in none of them gets only what the corpus counts need
   * ({@link Profiler#counts}). With the model every article may become a candidate and all are profiled in full.
   */
  public Profile[] profile(List<Article> articles, int[] leadOf, long[] lexicalPairs, Runnable tick) {
    return profile(articles, leadOf, lexicalPairs, null, tick);
  }

  /**
   * As {@link #profile(List, int[], long[], Runnable)}, reusing {@code have[i]}, a profile of article {@code i}
   * computed before ({@link org.echotrace.profile.ArticleProfile#text()}: full or counted, no lead), or null where
   * there is none ({@code have} itself may be null). The result is the same as without them.
   */
  public Profile[] profile(List<Article> articles, int[] leadOf, long[] lexicalPairs, Profile[] have,
      Runnable tick) {
    if (embedder != null) return profile(articles, leadOf, have, tick);
    boolean[] paired = new boolean[articles.size()];
    for (long p : lexicalPairs) {
      paired[PairCounter.Counts.first(p)] = true;
      paired[PairCounter.Counts.second(p)] = true;
    }
    Profile[] out = new Profile[articles.size()];
    IntStream.range(0, out.length).parallel()
        .forEach(i -> out[i] = paired[i] ? full(articles, have, i) : counted(articles, have, i));
    for (int i = 0; i < out.length; i++) tick.run();
    return out;
  }

  /**
   * Profiles of {@code articles}, in parallel; then the leads of those marked in {@code embedLead}, in batches of
   * {@link #LEAD_BATCH}. Any slice of a corpus can be profiled on its own: a lead's vector does not depend on the
   * others embedded with it.
   */
  public Profile[] profile(List<Article> articles, boolean[] embedLead, Runnable tick) {
    return profile(articles, embedLead, null, tick);
  }

  private Profile full(List<Article> articles, Profile[] have, int i) {
    Profile p = have == null ? null : have[i];
    return p != null && p.full() ? p : profiler.of(articles.get(i));
  }

  private Profile counted(List<Article> articles, Profile[] have, int i) {
    Profile p = have == null ? null : have[i];
    return p != null ? p.counted() : profiler.counts(articles.get(i));
  }

  private Profile[] profile(List<Article> articles, boolean[] embedLead, Profile[] have, Runnable tick) {
    Profile[] out = new Profile[articles.size()];
    IntStream.range(0, out.length).parallel().forEach(i -> out[i] = full(articles, have, i));
    if (embedder == null) {
      for (int i = 0; i < out.length; i++) tick.run();
      return out;
    }
    int batches = (out.length + LEAD_BATCH - 1) / LEAD_BATCH;
    IntStream.range(0, batches).parallel().forEach(k -> {
      int from = k * LEAD_BATCH, to = Math.min(out.length, from + LEAD_BATCH);
      List<String> texts = new ArrayList<>();
      List<Integer> who = new ArrayList<>();
      for (int i = from; i < to; i++) {
        String lead = !embedLead[i] ? null : profiler.leadText(articles.get(i), out[i]);
        if (lead != null) {
          texts.add(lead);
          who.add(i);
        }
      }
      float[][] vectors = leads.embedAll(texts);
      for (int j = 0; j < vectors.length; j++) out[who.get(j)] = Profiler.withLead(out[who.get(j)], vectors[j]);
      for (int i = from; i < to; i++) tick.run();
    });
    return out;
  }

  /**
   * The profiles (changed in place, and returned) with each verbatim copy taking its family representative's lead
   * ({@code leadOf}), where the copy's language is one the model reads.
   */
  public Profile[] withFamilyLeads(Profile[] out, int[] leadOf) {
    if (embedder == null) return out;
    for (int i = 0; i < out.length; i++) {
      if (leadOf[i] != i && out[leadOf[i]].lead() != null && profiler.readable(out[i].language())) {
        out[i] = Profiler.withLead(out[i], out[leadOf[i]].lead());
      }
    }
    return out;
  }

  /**
   * For each article, the representative of its family of near-identical copies (pairs whose identical passages
   * cover at least 80% of both sides): the earliest dated member, else the smallest id. Articles without such a copy
   * are their own representative.
   */
  public static int[] families(List<Article> articles, long[] pairs, LexicalEvidence[] lexical) {
    int n = articles.size();
    UnionFind uf = new UnionFind(n);
    for (int i = 0; i < pairs.length; i++) {
      LexicalEvidence e = lexical[i];
      if (e != null && e.coverageA() >= 0.8 && e.coverageB() >= 0.8) {
        uf.union(PairCounter.Counts.first(pairs[i]), PairCounter.Counts.second(pairs[i]));
      }
    }
    int[] rep = new int[n];
    Arrays.fill(rep, -1);
    Map<Integer, Integer> best = new HashMap<>();
    for (int i = 0; i < n; i++) best.merge(uf.find(i), i, (x, y) -> earlier(articles.get(y), articles.get(x)) ? y : x);
    for (int i = 0; i < n; i++) rep[i] = best.get(uf.find(i));
    return rep;
  }

  private static boolean earlier(Article x, Article y) {
    if (x.published() != null && y.published() == null) return true;
    if (x.published() == null && y.published() != null) return false;
    if (x.published() != null) {
      long a = x.published().sortKey(), b = y.published().sortKey();
      if (a != b) return a < b;
    }
    return x.id().compareTo(y.id()) < 0;
  }

  /** Identical wording of each pair (quotations both merely quote left out); null where the pair shares none. */
  public LexicalEvidence[] lexical(List<Article> articles, long[] pairs, LongConsumer progress) {
    LexicalEvidence[] out = new LexicalEvidence[pairs.length];
    AtomicLong done = new AtomicLong();
    IntStream.range(0, pairs.length).parallel().forEach(i -> {
      out[i] = lexical(articles.get(PairCounter.Counts.first(pairs[i])),
          articles.get(PairCounter.Counts.second(pairs[i])));
      progress.accept(done.incrementAndGet());
    });
    return out;
  }

  /**
   * Identical wording of one pair, {@code a} the article of the lower index, as
   * {@link #lexical(List, long[], LongConsumer)} measures it.
   */
  public LexicalEvidence lexical(Article a, Article b) {
    Tokens ta = normalizer.tokenize(a.text()), tb = normalizer.tokenize(b.text());
    return lexical.measure(a, ta, b, tb, aligner.align(ta, tb));
  }

  /**
   * Candidate pairs (packed {@code a << 32 | b}, sorted): the lexical ones, the nearest leads, the rare anchors; a
   * pair that touches a family of near-identical copies ({@code rep}) is expanded to every member, since a rewrite of
   * one copy is a rewrite of each.
   */
  public long[] candidates(Profile[] profiles, long[] lexicalPairs, int[] rep) {
    if (embedder == null) return lexicalPairs; // identical wording only: no rewrites, no translations
    long[] near = leadNeighbours(profiles, rep);
    PairCounter anchors = new PairCounter();
    for (int d = 0; d < profiles.length; d++) if (rep[d] == d) for (long h : profiles[d].anchors()) anchors.add(h, d);
    PairCounter.Counts counts = anchors.pairs(MAX_ANCHOR_DOCS);
    long[] rare = new long[counts.size()];
    int n = 0;
    for (int i = 0; i < counts.size(); i++) if (counts.counts()[i] >= MIN_RARE_ANCHORS) rare[n++] = counts.pairs()[i];
    PairCounter keys = new PairCounter();
    for (int d = 0; d < profiles.length; d++) {
      if (rep[d] != d) continue;
      long[] all = new long[0];
      for (long[] sentence : profiles[d].bridge()) all = SortedArrays.union(all, sentence);
      for (long h : all) keys.add(h, d);
    }
    long[] across = SortedArrays.union(otherLanguage(profiles, counts, MIN_OTHER_LANGUAGE_ANCHORS),
        otherLanguage(profiles, keys.pairs(MAX_ANCHOR_DOCS), MIN_OTHER_LANGUAGE_KEYS));
    long[] between = SortedArrays.union(near, SortedArrays.union(Arrays.copyOf(rare, n), across));
    return SortedArrays.union(lexicalPairs, expand(between, rep));
  }

  /**
   * Across languages a short item (a social-media post in five languages) shares only two or three rare names and
   * numbers with its translations, too few for {@link #MIN_RARE_ANCHORS}: each article also takes its
   * {@link #OTHER_LANGUAGE_PARTNERS} articles in other languages that share the most rare anchors (at least
   * {@link #MIN_OTHER_LANGUAGE_ANCHORS}), and as many that share the most language-independent keys (at least
   * {@link #MIN_OTHER_LANGUAGE_KEYS}). At most that many pairs per article, so the cost stays linear.
   */
  static long[] otherLanguage(Profile[] profiles, PairCounter.Counts counts, int min) {
    int n = profiles.length;
    int[][] bestDoc = new int[n][OTHER_LANGUAGE_PARTNERS];
    int[][] bestCount = new int[n][OTHER_LANGUAGE_PARTNERS];
    for (int i = 0; i < counts.size(); i++) {
      int c = counts.counts()[i];
      if (c < min) continue;
      int x = PairCounter.Counts.first(counts.pairs()[i]), y = PairCounter.Counts.second(counts.pairs()[i]);
      String lx = profiles[x].language(), ly = profiles[y].language();
      if (lx == null || ly == null || lx.equals(ly)) continue;
      offer(bestDoc[x], bestCount[x], y, c);
      offer(bestDoc[y], bestCount[y], x, c);
    }
    long[] out = new long[n * OTHER_LANGUAGE_PARTNERS];
    int m = 0;
    for (int x = 0; x < n; x++) {
      for (int k = 0; k < OTHER_LANGUAGE_PARTNERS && bestCount[x][k] > 0; k++) {
        int y = bestDoc[x][k];
        out[m++] = x < y ? (long) x << 32 | y : (long) y << 32 | x;
      }
    }
    return SortedArrays.sortedDistinct(Arrays.copyOf(out, m));
  }

  /** Keeps the best {@code docs.length} partners by count, in descending order. */
  private static void offer(int[] docs, int[] counts, int doc, int count) {
    int p = docs.length - 1;
    if (count <= counts[p]) return;
    while (p > 0 && counts[p - 1] < count) {
      docs[p] = docs[p - 1];
      counts[p] = counts[p - 1];
      p--;
    }
    docs[p] = doc;
    counts[p] = count;
  }

  /** Neighbours among representatives' leads. */
  private long[] leadNeighbours(Profile[] profiles, int[] rep) {
    float[][] leads = new float[profiles.length][];
    for (int i = 0; i < profiles.length; i++) if (rep[i] == i) leads[i] = profiles[i].lead();
    return new NeighbourFinder(NEIGHBOURS, leadScale().fromModel(LEAD_NEIGHBOUR)).pairs(leads);
  }

  /** Pairs of representatives expanded to pairs of their families' members (at most 16 a side). */
  static long[] expand(long[] pairs, int[] rep) {
    Map<Integer, List<Integer>> members = new HashMap<>();
    for (int i = 0; i < rep.length; i++) if (rep[i] != i) members.computeIfAbsent(rep[i], k -> new ArrayList<>()).add(i);
    if (members.isEmpty()) return pairs;
    long[] out = new long[Math.max(16, pairs.length * 2)];
    int n = 0;
    for (long p : pairs) {
      int x = PairCounter.Counts.first(p), y = PairCounter.Counts.second(p);
      List<Integer> xs = withSelf(x, members), ys = withSelf(y, members);
      for (int a = 0; a < Math.min(xs.size(), MAX_EXPANDED_MEMBERS); a++) {
        for (int b = 0; b < Math.min(ys.size(), MAX_EXPANDED_MEMBERS); b++) {
          int i = xs.get(a), j = ys.get(b);
          if (i == j) continue;
          if (n == out.length) out = Arrays.copyOf(out, n * 2);
          out[n++] = i < j ? (long) i << 32 | j : (long) j << 32 | i;
        }
      }
    }
    return SortedArrays.sortedDistinct(Arrays.copyOf(out, n));
  }

  private static List<Integer> withSelf(int x, Map<Integer, List<Integer>> members) {
    List<Integer> m = members.get(x);
    if (m == null) return List.of(x);
    List<Integer> all = new ArrayList<>(m.size() + 1);
    all.add(x);
    all.addAll(m);
    return all;
  }

  /** Measures one pair ({@code a} before {@code b} by id); {@code lex} may be null when not aligned yet. */
  public Measured measure(Article a, Profile pa, Article b, Profile pb, LexicalEvidence lex, Rarity rarity) {
    if (lex == null) lex = lexical(a, b);
    Evidence bridge = comparer.bridge(a, pa, b, pb);
    Evidence vectors = worthEmbedding(pa, pb, lex, bridge) ? comparer.compare(a, pa, b, pb) : null;
    return new Measured(lex, vectors, bridge, PairFeaturizer.of(a, pa, b, pb, lex, vectors, bridge, rarity));
  }

  /**
   * The filter before any sentence is embedded (the model is 90% of the run's time): the model reads both, and either
   * they share some identical wording but not most of it (verbatim reuse needs no vectors; a partial copy may be a
   * rewrite around a quoted passage), or their leads are about the same thing ({@link #FILTER_LEAD_MIN}) and then
   * either nearly identical ({@link #FILTER_LEAD}) or the pair shares many words ({@link #FILTER_WORDS}); short
   * articles ({@link #SHORT}) pass on a looser test. Without it, 27 of every 600-word article's sentences were
   * embedded on word salad (22 articles/s instead of 65 at 2,000).
   */
  boolean worthEmbedding(Profile pa, Profile pb, LexicalEvidence lex, Evidence bridge) {
    if (embedder == null || comparer.crossLingual(pa, pb)) return false;
    if (pa.lead() == null || pb.lead() == null || pa.sentences().length == 0 || pb.sentences().length == 0) return false;
    boolean small = pa.sentences().length <= SHORT && pb.sentences().length <= SHORT;
    if (!lex.passages().isEmpty()) return small || lex.shorterShare() < VERBATIM_SHARE;
    double lead = leadScale().toModel(SentenceEmbedder.cosine(pa.lead(), pb.lead()));
    if (small) return lead >= SHORT_LEAD_MIN || bridge.wordOverlap() >= SHORT_WORDS;
    return lead >= FILTER_LEAD_MIN && (lead >= FILTER_LEAD || bridge.wordOverlap() >= FILTER_WORDS);
  }

  /**
   * What judging the candidates gave: the relations found, sorted by (a, b), and for every judged pair the
   * probability that both articles report one event ({@code pairs} packed {@code a << 32 | b} by article index,
   * {@code sameEvent} beside them), which event clustering weighs.
   */
  public record Judged(List<Relation> relations, long[] pairs, double[] sameEvent) {}

  /**
   * Measures and judges every candidate. {@code lexical} holds the identical wording of {@code lexicalPairs} (same
   * order), which is not aligned twice.
   */
  public Judged relate(List<Article> articles, Profile[] profiles, long[] candidates, long[] lexicalPairs,
      LexicalEvidence[] lexical, LongConsumer progress) {
    Map<Long, LexicalEvidence> known = new HashMap<>();
    for (int i = 0; i < lexicalPairs.length; i++) known.put(lexicalPairs[i], lexical[i]);
    Rarity rarity = Rarity.of(profiles);
    Verdict[] verdicts = new Verdict[candidates.length];
    AtomicLong done = new AtomicLong();
    IntStream.range(0, candidates.length).parallel().forEach(i -> {
      int x = PairCounter.Counts.first(candidates[i]), y = PairCounter.Counts.second(candidates[i]);
      verdicts[i] = judge(articles.get(x), profiles[x], articles.get(y), profiles[y], known.get(candidates[i]), rarity);
      progress.accept(done.incrementAndGet());
    });
    return judged(candidates, verdicts);
  }

  /**
   * The verdict on one candidate pair.
   *
   * @param relation the relation reported, or null
   * @param sameEvent the probability that both report one event
   * @param copy the probability that one copies the other
   * @param sibling the copy relation to report if both articles copy one common third ({@link Judgement#sibling()}),
   *     else null
   * @param support the copy probability both links to that third must reach
   */
  public record Verdict(Relation relation, double sameEvent, double copy, Relation sibling, double support)
      implements java.io.Serializable {
    /** No relation, and nothing to report as siblings. */
    public static final Verdict NONE = new Verdict(null, 0, 0, null, 1);
  }

  /**
   * Measures and judges one candidate pair, {@code x} the article of the lower index; {@code lex} its identical
   * wording measured in that order, or null to measure it here. What {@link #relate} does for each candidate: a job
   * that spreads the candidates over machines calls this, then {@link #judged}.
   */
  public Verdict judge(Article x, Profile px, Article y, Profile py, LexicalEvidence lex, Rarity rarity) {
    boolean swap = x.id().compareTo(y.id()) > 0;
    Article a = swap ? y : x, b = swap ? x : y;
    Profile pa = swap ? py : px, pb = swap ? px : py;
    if (lex != null && swap) lex = swapped(lex);
    Measured m = measure(a, pa, b, pb, lex, rarity);
    Judgement j = judge.judge(a, b, m.features());
    Relation sibling = reported(j.sibling()) ? relation(a, b, m, j.sibling(), j.copy()) : null;
    return new Verdict(reported(j.kind()) ? relation(a, b, m, j.kind(), j.probability()) : null, j.sameEvent(),
        j.copy(), sibling, j.support());
  }

  /** Without the sentence model only identical wording is reported. */
  private boolean reported(RelationKind kind) {
    return kind != null && (embedder != null || kind == RelationKind.VERBATIM || kind == RelationKind.PARTIAL);
  }

  /**
   * Share of the longer of two siblings' stretches of their common source that both took: siblings copy the same
   * material. Two partial copies that each take a different sentence of a long wire text share a source but not a
   * text, and are not copies of each other. One half: most of it, a round number, not fitted.
   */
  static final double SAME_STRETCH = 0.5;

  /** A copy relation to a third article and the judge's copy probability for it. */
  private record Link(Relation relation, double copy) {}

  /**
   * The outcome of judging {@code candidates} (each one's verdict, same order). A sibling reading
   * ({@link Verdict#sibling()}) is reported when both its articles have a copy relation of probability
   * {@link Verdict#support()} or more to one common third article, and took the same stretch of it (at least
   * {@link #SAME_STRETCH} of the longer of their two stretches); of several such thirds, the one whose weaker link is
   * strongest. The pair's direction stays as the dates and credits left it, and when undecided names that third as
   * {@code via}. Siblings back no other sibling: one pass over the pairs that are copies on their own.
   */
  public static Judged judged(long[] candidates, Verdict[] verdicts) {
    Relation[] found = new Relation[verdicts.length];
    double[] sameEvent = new double[verdicts.length];
    Map<String, Map<String, Link>> copies = new HashMap<>();
    for (int i = 0; i < verdicts.length; i++) {
      Verdict v = verdicts[i];
      sameEvent[i] = v.sameEvent();
      Relation r = found[i] = v.relation();
      if (r == null || !r.isCopy()) continue;
      copies.computeIfAbsent(r.a(), k -> new HashMap<>()).put(r.b(), new Link(r, v.copy()));
      copies.computeIfAbsent(r.b(), k -> new HashMap<>()).put(r.a(), new Link(r, v.copy()));
    }
    for (int i = 0; i < verdicts.length; i++) {
      Verdict v = verdicts[i];
      Relation s = v.sibling();
      if (s == null || v.relation() != null && v.relation().isCopy()) continue;
      Map<String, Link> ofA = copies.getOrDefault(s.a(), Map.of()), ofB = copies.getOrDefault(s.b(), Map.of());
      String via = null;
      double weaker = 0;
      for (var e : ofA.entrySet()) {
        Link other = ofB.get(e.getKey());
        if (other == null) continue;
        double w = Math.min(e.getValue().copy(), other.copy());
        if (w < v.support() || via != null && (w < weaker || w == weaker && e.getKey().compareTo(via) > 0)) continue;
        if (sameStretch(e.getValue().relation(), other.relation(), e.getKey()) < SAME_STRETCH) continue;
        via = e.getKey();
        weaker = w;
      }
      if (via != null) found[i] = s.withOrigin(siblingOrigin(s, via, ofA.get(via).copy(), ofB.get(via).copy(), v.copy()));
    }
    List<Relation> out = new ArrayList<>();
    for (Relation r : found) if (r != null) out.add(r);
    out.sort(java.util.Comparator.comparing(Relation::a).thenComparing(Relation::b));
    return new Judged(out, candidates, sameEvent);
  }

  /**
   * The share of the longer of the two stretches of {@code x} (characters inside aligned passages and sentences)
   * that lies in both: how far {@code ax} and {@code bx} took the same material of {@code x}.
   */
  static double sameStretch(Relation ax, Relation bx, String x) {
    int[][] p = stretch(ax, x), q = stretch(bx, x);
    long lp = length(p), lq = length(q), both = 0;
    for (int i = 0, j = 0; i < p.length && j < q.length; ) {
      both += Math.max(0, Math.min(p[i][1], q[j][1]) - Math.max(p[i][0], q[j][0]));
      if (p[i][1] < q[j][1]) i++;
      else j++;
    }
    return Math.max(lp, lq) == 0 ? 0 : (double) both / Math.max(lp, lq);
  }

  /** The merged, sorted character ranges of {@code x} that relation {@code r} aligns. */
  private static int[][] stretch(Relation r, String x) {
    boolean onA = r.a().equals(x);
    List<int[]> ranges = new ArrayList<>();
    for (org.echotrace.model.Passage p : r.passages()) ranges.add(onA ? new int[] {p.aStart(), p.aEnd()} : new int[] {p.bStart(), p.bEnd()});
    for (org.echotrace.model.SentencePair p : r.sentences()) ranges.add(onA ? new int[] {p.aStart(), p.aEnd()} : new int[] {p.bStart(), p.bEnd()});
    ranges.sort(java.util.Comparator.comparingInt(range -> range[0]));
    List<int[]> merged = new ArrayList<>();
    for (int[] range : ranges) {
      int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
      else merged.add(range.clone());
    }
    return merged.toArray(new int[0][]);
  }

  private static long length(int[][] ranges) {
    long n = 0;
    for (int[] r : ranges) n += r[1] - r[0];
    return n;
  }

  private static Origin siblingOrigin(Relation s, String via, double viaA, double viaB, double copy) {
    Origin o = s.origin();
    List<String> reasons = new ArrayList<>(o.reasons());
    reasons.add(String.format(java.util.Locale.ROOT, "both copy the same stretch of %s (probability %.2f and %.2f):"
        + " siblings of one source, though this pair alone scores %.2f", via, viaA, viaB, copy));
    Origin out = new Origin(o.id(), o.confidence(), reasons, o.externalOrigin(), o.via());
    return o.decided() || o.via() != null ? out : out.withVia(via);
  }

  private Relation relation(Article a, Article b, Measured m, RelationKind kind, double probability) {
    LexicalEvidence lex = m.lexical();
    Evidence sentences = kind == RelationKind.TRANSLATION || m.vectors() == null ? m.bridge() : m.vectors();
    boolean wording = (kind == RelationKind.VERBATIM || kind == RelationKind.PARTIAL) && !lex.passages().isEmpty();
    double covA = wording ? lex.coverageA() : sentences.coverageA();
    double covB = wording ? lex.coverageB() : sentences.coverageB();
    double score = wording ? lex.shorterShare() : (a.text().length() <= b.text().length() ? covA : covB);
    Origin origin = kind == RelationKind.SAME_STORY
        ? Origin.undecided("independent reports of one event: neither copies the other")
        : origins.resolve(a, b, covA, covB, wording ? "text" : "content");
    return new Relation(a.id(), b.id(), kind, origin, round(score), round(covA), round(covB), lex.passages(),
        wording ? List.of() : sentences.pairs(), probability);
  }

  private static LexicalEvidence swapped(LexicalEvidence e) {
    List<org.echotrace.model.Passage> p = new ArrayList<>();
    for (org.echotrace.model.Passage x : e.passages()) p.add(x.swapped());
    p.sort(java.util.Comparator.comparingInt(org.echotrace.model.Passage::aStart));
    return new LexicalEvidence(e.tokensB(), e.tokensA(), e.matched(), e.coveredB(), e.coveredA(), e.longest(), p);
  }

  private static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }

  /** Marks which articles are not their family's representative. */
  public static BitSet copiesOf(int[] rep) {
    BitSet b = new BitSet(rep.length);
    for (int i = 0; i < rep.length; i++) if (rep[i] != i) b.set(i);
    return b;
  }
}
