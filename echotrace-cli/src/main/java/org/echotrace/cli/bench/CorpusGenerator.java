package org.echotrace.cli.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.echotrace.cli.bench.SyntheticCorpus.Role;
import org.echotrace.model.RawDocument;
import org.echotrace.model.RelationKind;

/**
 * The random process behind {@link SyntheticCorpus}: one seeded {@link Random}, consumed in a fixed order, so that a
 * seed always gives the same corpus. Bodies are kept as word numbers while generating (copies share the arrays of
 * their source until an edit copies one sentence) and dropped once the pages and the ground truth are built.
 * Not thread-safe: one generator per corpus.
 */
final class CorpusGenerator {
  /** 2025-01-01T00:00:00Z; originals are spread over the 180 days after it. */
  private static final long EPOCH_2025 = 1_735_689_600L;
  private static final int SPAN_MINUTES = 180 * 24 * 60;
  private static final int LIFT_MIN = 50;
  private static final int LIFT_MAX = 100;

  /** One body: sentences as word numbers, the planted-text number of each sentence, and paragraph ends. */
  private record Body(short[][] sentences, int[] keys, int[] paragraphEnds) {
    int words() {
      int n = 0;
      for (short[] s : sentences) n += s.length;
      return n;
    }
  }

  private final int n;
  private final int words;
  private final long seed;
  private final Random random;
  private final Vocabulary vocab;
  private final Outlet[] outlets;
  private final Body[] bodies;
  private final Role[] roles;
  private final int[] outletOf;
  private final int[] family;
  private final long[] minute;
  private final String[] titles;
  private final int[] originals;
  private final int[] copies;
  private int originalCount;
  private int copyCount;
  /** Words of each planted sentence, by its number. */
  private int[] keyWords = new int[1024];
  private int nextKey;

  /** (original, rewrite) pairs, packed by {@link PlantedPairs#key}. */
  private final java.util.Set<Long> rewrites = new java.util.HashSet<>();

  CorpusGenerator(int n, int words, long seed, Vocabulary.Source source) {
    this.n = n;
    this.words = words;
    this.seed = seed;
    this.random = new Random(seed);
    this.vocab = new Vocabulary(random, source);
    this.outlets = Outlet.many(SyntheticCorpus.OUTLETS, random);
    bodies = new Body[n];
    roles = new Role[n];
    outletOf = new int[n];
    family = new int[n];
    minute = new long[n];
    titles = new String[n];
    originals = new int[n];
    copies = new int[n];
  }

  SyntheticCorpus generate() {
    List<RawDocument> docs = new ArrayList<>(n);
    int[] bodyWords = new int[n];
    for (int i = 0; i < n; i++) {
      plan(i);
      bodyWords[i] = bodies[i].words();
      String id = SyntheticCorpus.id(i);
      docs.add(RawDocument.ofText(id, id, page(i)));
    }
    return new SyntheticCorpus(words, seed, docs, roles, bodyWords, plantedPairs());
  }

  private void plan(int i) {
    Role role = chooseRole();
    if (role == Role.COPY_OF_COPY && copyCount == 0) role = Role.COPY;
    if (originalCount == 0) role = Role.ORIGINAL;
    int src = switch (role) {
      case ORIGINAL -> -1;
      case COPY, REWRITE -> originals[random.nextInt(originalCount)];
      case COPY_OF_COPY -> copies[random.nextInt(copyCount)];
      case PARTIAL_REUSE -> random.nextInt(i);
    };
    boolean copy = role == Role.COPY || role == Role.COPY_OF_COPY;
    bodies[i] = switch (role) {
      case ORIGINAL -> fresh(target());
      case COPY, COPY_OF_COPY -> copy(bodies[src]);
      case PARTIAL_REUSE -> reuse(bodies[src]);
      case REWRITE -> rewrite(bodies[src]);
    };
    if (role == Role.REWRITE) rewrites.add(PlantedPairs.key(src, i));
    roles[i] = role;
    family[i] = copy ? family[src] : i;
    if (copy) copies[copyCount++] = i;
    else if (role != Role.REWRITE) originals[originalCount++] = i; // rewrites are not copied further
    outletOf[i] = src < 0 ? random.nextInt(outlets.length) : otherOutlet(outletOf[src]);
    if (src < 0) minute[i] = random.nextInt(SPAN_MINUTES);
    else minute[i] = minute[src] + (copy ? 30 + random.nextInt(3 * 24 * 60) : 60 + random.nextInt(7 * 24 * 60));
    titles[i] = copy ? titles[src] : role == Role.REWRITE ? condensed(titles[src]) : headline(6, 12);
  }

  private Role chooseRole() {
    double r = random.nextDouble();
    if (r < SyntheticCorpus.COPY_SHARE) return Role.COPY;
    r -= SyntheticCorpus.COPY_SHARE;
    if (r < SyntheticCorpus.COPY_OF_COPY_SHARE) return Role.COPY_OF_COPY;
    r -= SyntheticCorpus.COPY_OF_COPY_SHARE;
    if (r < SyntheticCorpus.PARTIAL_SHARE) return Role.PARTIAL_REUSE;
    r -= SyntheticCorpus.PARTIAL_SHARE;
    return r < SyntheticCorpus.REWRITE_SHARE ? Role.REWRITE : Role.ORIGINAL;
  }

  private int target() {
    return (int) Math.round(words * (0.85 + 0.3 * random.nextDouble()));
  }

  private int otherOutlet(int not) {
    int o = random.nextInt(outlets.length - 1);
    return o >= not ? o + 1 : o;
  }

  /** New paragraphs of 2–4 sentences of 8–25 words until {@code target} words. */
  private Body fresh(int target) {
    BodyBuilder b = new BodyBuilder();
    while (b.words < target) {
      int sentences = 2 + random.nextInt(3);
      for (int s = 0; s < sentences; s++) {
        short[] sentence = sentence();
        b.add(sentence, newKey(sentence.length));
      }
      b.endParagraph();
    }
    return b.build();
  }

  private int newKey(int words) {
    if (nextKey == keyWords.length) keyWords = Arrays.copyOf(keyWords, nextKey * 2);
    keyWords[nextKey] = words;
    return nextKey++;
  }

  private short[] sentence() {
    short[] s = new short[8 + random.nextInt(18)];
    for (int i = 0; i < s.length; i++) s[i] = vocab.next(random);
    return s;
  }

  /** The source's body; in half of the copies with 1–3 words per paragraph replaced. */
  private Body copy(Body src) {
    if (random.nextBoolean()) return src;
    short[][] s = src.sentences().clone();
    int from = 0;
    for (int end : src.paragraphEnds()) {
      int edits = 1 + random.nextInt(3);
      for (int e = 0; e < edits; e++) {
        int j = from + random.nextInt(end - from);
        if (s[j] == src.sentences()[j]) s[j] = s[j].clone();
        int p = random.nextInt(s[j].length);
        short w;
        do w = vocab.nextContent(random); while (w == s[j][p]);
        s[j][p] = w;
      }
      from = end;
    }
    return new Body(s, src.keys(), src.paragraphEnds());
  }

  /**
   * The source's sentences in order, each condensed: one word in every four (at a random phase) dropped, and in
   * every other sentence two neighbouring words swapped, so that no run of five words survives and identical-wording
   * detection cannot see the pair, while what remains is the same sentence shortened, as a rewrite that trims
   * words does. (Replacing words by random ones instead would make word salad: no paraphrase of anything.) Each
   * rewritten sentence is new text (a new key), so the pair shares no planted sentence; it is recorded as a
   * rewrite pair instead.
   */
  private Body rewrite(Body src) {
    BodyBuilder b = new BodyBuilder();
    int from = 0;
    for (int end : src.paragraphEnds()) {
      for (int j = from; j < end; j++) {
        short[] s = src.sentences()[j];
        int phase = random.nextInt(4);
        short[] kept = new short[s.length];
        int k = 0;
        for (int p = 0; p < s.length; p++) if (p % 4 != phase) kept[k++] = s[p];
        kept = Arrays.copyOf(kept, k);
        if (k >= 4 && random.nextBoolean()) {
          int p = 1 + random.nextInt(k - 2);
          short t = kept[p];
          kept[p] = kept[p + 1];
          kept[p + 1] = t;
        }
        b.add(kept, newKey(kept.length));
      }
      b.endParagraph();
      from = end;
    }
    return b.build();
  }

  /** A new body with 1–2 runs of whole sentences (50–100 words each) lifted from {@code src} as paragraphs. */
  private Body reuse(Body src) {
    int runs = 1 + random.nextInt(2);
    List<int[]> lifts = new ArrayList<>();
    int lifted = 0;
    for (int r = 0; r < runs; r++) {
      int[] run = liftRun(src, lifts);
      if (run == null) continue;
      lifts.add(run);
      for (int s = run[0]; s < run[1]; s++) lifted += src.sentences()[s].length;
    }
    Body own = fresh(Math.max(LIFT_MIN, target() - lifted));
    int paragraphs = own.paragraphEnds().length;
    int[] at = new int[lifts.size()];
    for (int k = 0; k < at.length; k++) at[k] = random.nextInt(paragraphs + 1);
    BodyBuilder b = new BodyBuilder();
    int from = 0;
    for (int p = 0; p <= paragraphs; p++) {
      for (int k = 0; k < at.length; k++) {
        if (at[k] != p) continue;
        for (int s = lifts.get(k)[0]; s < lifts.get(k)[1]; s++) b.add(src.sentences()[s], src.keys()[s]);
        b.endParagraph();
      }
      if (p == paragraphs) break;
      for (int s = from; s < own.paragraphEnds()[p]; s++) b.add(own.sentences()[s], own.keys()[s]);
      b.endParagraph();
      from = own.paragraphEnds()[p];
    }
    return b.build();
  }

  /** Sentences [from, to) of {@code src} holding 50–100 words and overlapping no earlier lift, or null. */
  private int[] liftRun(Body src, List<int[]> taken) {
    short[][] s = src.sentences();
    for (int attempt = 0; attempt < 20; attempt++) {
      int start = random.nextInt(s.length);
      int goal = LIFT_MIN + random.nextInt(LIFT_MAX - LIFT_MIN + 1);
      int total = 0, j = start;
      while (j < s.length && total < goal && total + s[j].length <= LIFT_MAX) total += s[j++].length;
      if (total < LIFT_MIN) continue;
      int from = start, to = j;
      if (taken.stream().noneMatch(t -> t[0] < to && from < t[1])) return new int[] {from, to};
    }
    return null;
  }

  /** A rewrite's headline: the original's with one word dropped. */
  private String condensed(String title) {
    String[] w = title.split(" ");
    if (w.length < 4) return title;
    int drop = 1 + random.nextInt(w.length - 1);
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < w.length; k++) if (k != drop) b.append(b.length() == 0 ? "" : " ").append(w[k]);
    return b.toString();
  }

  private String headline(int min, int max) {
    int len = min + random.nextInt(max - min + 1);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < len; i++) {
      String w = vocab.word(i == 0 || i == len - 1 ? vocab.nextContent(random) : vocab.next(random));
      if (i > 0) b.append(' ');
      b.append(i == 0 ? Vocabulary.capitalised(w) : w);
    }
    return b.toString();
  }

  private String page(int i) {
    Outlet o = outlets[outletOf[i]];
    Body body = bodies[i];
    StringBuilder b = new StringBuilder(words * 9 + 800);
    b.append(o.name()).append('\n');
    b.append("Published: ").append(Instant.ofEpochSecond(EPOCH_2025 + minute[i] * 60)).append('\n');
    b.append(titles[i]).append("\n\n");
    int from = 0;
    for (int p = 0; p < body.paragraphEnds().length; p++) {
      int end = body.paragraphEnds()[p];
      for (int s = from; s < end; s++) {
        if (s > from) b.append(' ');
        short[] sentence = body.sentences()[s];
        vocab.appendSentence(b, sentence, body.keys()[s] % 4 == 0 ? sentence.length / 2 : -1);
      }
      b.append("\n\n");
      if (p == 1 && o.appealInBody()) b.append(o.appeal()).append("\n\n");
      from = end;
    }
    if (!o.appealInBody()) b.append(o.appeal()).append('\n');
    b.append("More from ").append(o.name()).append('\n');
    for (int t = 0; t < 5; t++) b.append(headline(6, 10)).append("...\n");
    b.append(o.copyright()).append('\n');
    return b.toString();
  }

  /**
   * Every pair of articles that share planted sentences, with the number of words shared; verbatim within a copy
   * family, partial otherwise.
   */
  private PlantedPairs plantedPairs() {
    long[] postings = new long[1024];
    int m = 0;
    for (int i = 0; i < n; i++) {
      int[] keys = bodies[i].keys().clone();
      Arrays.sort(keys);
      for (int k = 0; k < keys.length; k++) {
        if (k > 0 && keys[k] == keys[k - 1]) continue;
        if (m == postings.length) postings = Arrays.copyOf(postings, m * 2);
        postings[m++] = (long) keys[k] << 32 | i;
      }
    }
    Arrays.sort(postings, 0, m);
    Map<Long, RelationKind> kinds = new HashMap<>();
    Map<Long, Integer> shared = new HashMap<>();
    for (int a = 0, b; a < m; a = b) {
      for (b = a + 1; b < m && postings[b] >>> 32 == postings[a] >>> 32; b++) {}
      int words = keyWords[(int) (postings[a] >>> 32)];
      for (int x = a; x < b; x++) {
        for (int y = x + 1; y < b; y++) {
          int dx = (int) postings[x], dy = (int) postings[y];
          long pair = PlantedPairs.key(dx, dy);
          kinds.put(pair, family[dx] == family[dy] ? RelationKind.VERBATIM : RelationKind.PARTIAL);
          shared.merge(pair, words, Integer::sum);
        }
      }
    }
    // a rewrite of an original is also a rewrite of the original's verbatim copies: tolerated, not required
    Map<Integer, List<Integer>> members = new HashMap<>();
    for (int i = 0; i < n; i++) members.computeIfAbsent(family[i], k -> new ArrayList<>()).add(i);
    java.util.Set<Long> tolerated = new java.util.HashSet<>();
    for (long pair : rewrites) {
      int src = (int) (pair >>> 32), rewrite = (int) pair;
      if (roles[src] == Role.REWRITE) { int t = src; src = rewrite; rewrite = t; }
      for (int k : members.getOrDefault(family[src], List.of())) if (k != src && k != rewrite) tolerated.add(PlantedPairs.key(k, rewrite));
    }
    return new PlantedPairs(kinds, shared, rewrites, tolerated);
  }

  /** Collects sentences and paragraph ends. */
  private static final class BodyBuilder {
    private final List<short[]> sentences = new ArrayList<>();
    private int[] keys = new int[64];
    private int[] ends = new int[16];
    private int paragraphs;
    int words;

    void add(short[] sentence, int key) {
      if (sentences.size() == keys.length) keys = Arrays.copyOf(keys, keys.length * 2);
      keys[sentences.size()] = key;
      sentences.add(sentence);
      words += sentence.length;
    }

    void endParagraph() {
      if (paragraphs > 0 && ends[paragraphs - 1] == sentences.size()) return;
      if (paragraphs == ends.length) ends = Arrays.copyOf(ends, paragraphs * 2);
      ends[paragraphs++] = sentences.size();
    }

    Body build() {
      return new Body(sentences.toArray(short[][]::new), Arrays.copyOf(keys, sentences.size()),
          Arrays.copyOf(ends, paragraphs));
    }
  }
}
