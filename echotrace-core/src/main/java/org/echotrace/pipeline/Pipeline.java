package org.echotrace.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.echotrace.align.PassageAligner;
import org.echotrace.cluster.EventClusterer;
import org.echotrace.cluster.Labeler;
import org.echotrace.cluster.NarrativeClusterer;
import org.echotrace.embed.Embedders;
import org.echotrace.embed.SentenceEmbedder;
import org.echotrace.model.Narrative;
import org.echotrace.model.Story;
import org.echotrace.judge.LearnedJudge;
import org.echotrace.judge.PairJudge;
import org.echotrace.judge.PairStage;
import org.echotrace.relate.FamilyOrigins;
import org.echotrace.relate.LexicalEvidence;
import org.echotrace.rewrite.Profile;
import org.echotrace.extract.ArticleExtractor;
import org.echotrace.extract.Page;
import org.echotrace.fingerprint.CandidateFinder;
import org.echotrace.fingerprint.Fingerprint;
import org.echotrace.ingest.CorpusReader;
import org.echotrace.entities.EntityFinder;
import org.echotrace.framing.FramingShifts;
import org.echotrace.framing.Lexicon;
import org.echotrace.model.FramingHit;
import org.echotrace.model.Quote;
import org.echotrace.model.QuoteVariant;
import org.echotrace.profile.ArticleProfile;
import org.echotrace.profile.ArticleProfiler;
import org.echotrace.quotes.QuoteMatcher;
import org.echotrace.model.FramingShift;
import org.echotrace.model.AnalysisResult;
import org.echotrace.model.Article;
import org.echotrace.model.InputProblem;
import org.echotrace.model.RawDocument;
import org.echotrace.model.Relation;
import org.echotrace.normalize.TextNormalizer;
import org.echotrace.normalize.Tokens;
import org.echotrace.relate.RelationBuilder;

/**
 * The only class that knows the stage order: ingest → extract → profile (one pass per article: {@link ArticleProfile})
 * → fingerprint candidates → align → relate → rewrites (paraphrase, translation, same-story) → cluster (events,
 * narratives) → names, quotations, framing (read from the profiles). Articles are processed in parallel on the common fork-join pool (one thread per core); results come out in
 * input order, so runs are reproducible. Thread-safe: each run has its own state.
 */
public final class Pipeline {
  private final ProgressListener progress;
  private final ArticleExtractor extractor = new ArticleExtractor();
  private final TextNormalizer normalizer = new TextNormalizer();
  private final PassageAligner aligner = new PassageAligner();
  private final RelationBuilder relations = new RelationBuilder();
  private final SentenceEmbedder embedder;
  private final boolean multilingual;
  private PairJudge judge;
  private final Lexicon lexicon;
  private final ArticleProfiler profiler;

  /**
   * @param embedder the sentence model for rewrites, translations, same-story and narratives, or null to detect only
   *     reuse of identical wording (and group events from it)
   * @param multilingual whether the model maps sentences of different languages into one space (then translations
   *     are aligned on vectors, otherwise on numbers and names)
   */
  public Pipeline(ProgressListener progress, SentenceEmbedder embedder, boolean multilingual) {
    this(progress, embedder, multilingual, Lexicon.bundled());
  }

  /** @param lexicon the framing lexicon (bundled, or bundled extended by a user's file) */
  public Pipeline(ProgressListener progress, SentenceEmbedder embedder, boolean multilingual, Lexicon lexicon) {
    this.progress = java.util.Objects.requireNonNull(progress, "progress");
    this.embedder = embedder;
    this.multilingual = multilingual;
    this.lexicon = java.util.Objects.requireNonNull(lexicon, "lexicon");
    this.profiler = new ArticleProfiler(lexicon, embedder != null);
  }

  /**
   * This pipeline with another pair judge than the bundled one (benchmarks plug in judges trained without the pairs
   * they measure). Not for use while a run is going on.
   */
  public Pipeline withJudge(PairJudge judge) {
    this.judge = java.util.Objects.requireNonNull(judge, "judge");
    return this;
  }

  /** The full pipeline with the bundled English model. */
  public Pipeline(ProgressListener progress) {
    this(progress, Embedders.bundled(), false);
  }

  public Pipeline() {
    this(ProgressListener.NONE);
  }

  /** Reuse of identical wording only: no model is loaded, no rewrites or narratives are looked for. */
  public static Pipeline lexicalOnly(ProgressListener progress) {
    return new Pipeline(progress, null, false);
  }

  /**
   * The quote with its speaker named as the corpus names that person most fully (the article said "Sergei Lavrov",
   * the corpus mostly "Sergey Lavrov"); organisations and unknown names stay as found.
   */
  private static Quote canonicalSpeaker(Quote q, EntityFinder.Entities entities) {
    String name = entities.person(q.speaker());
    if (name == null || name.equals(q.speaker())) return q;
    return new Quote(q.article(), q.text(), q.start(), q.end(), q.kind(), name, q.mention(), q.mentionStart(),
        q.mentionEnd(), q.cue());
  }

  /** Reads the paths (files or folders) and analyses what could be read. */
  public AnalysisResult run(List<Path> paths) {
    List<InputProblem> problems = Collections.synchronizedList(new ArrayList<>());
    List<RawDocument> read = new ArrayList<>();
    new CorpusReader(problems::add).read(paths, read::add);
    RawDocument[] docs = read.toArray(new RawDocument[0]);
    read = null; // the array is the only reference left: each document is dropped once it is cut into lines
    progress.progress("read", docs.length, docs.length);
    return analyzeOwned(docs, problems, ExtractionMemo.NONE);
  }

  /** Analyses documents already read; {@code problems} are carried into the result. */
  public AnalysisResult analyze(List<RawDocument> docs, List<InputProblem> problems) {
    return analyzeOwned(docs.toArray(new RawDocument[0]), problems, ExtractionMemo.NONE);
  }

  /**
   * As {@link #analyze(List, List)}, taking the articles {@code memo} extracted before when their line counts are
   * unchanged, and giving it what this run extracts. The result is the same as without the memo.
   */
  public AnalysisResult analyze(List<RawDocument> docs, List<InputProblem> problems, ExtractionMemo memo) {
    return analyzeOwned(docs.toArray(new RawDocument[0]), problems, java.util.Objects.requireNonNull(memo, "memo"));
  }

  /** Analyses the documents of an array it may clear: each slot is nulled once its page is read, to free its text. */
  private AnalysisResult analyzeOwned(RawDocument[] docs, List<InputProblem> problems, ExtractionMemo memo) {
    int n = docs.length;
    Page[] pages = new Page[n];
    long[][] lineKeys = new long[n][];
    boolean remembers = memo != ExtractionMemo.NONE;
    ExtractionMemo.Entry[] known = remembers ? memo.getAll(docs) : new ExtractionMemo.Entry[n];
    IntStream.range(0, n).parallel().forEach(i -> {
      if (known[i] != null) {
        lineKeys[i] = known[i].lineKeysShared();
      } else {
        pages[i] = extractor.read(memo.document(docs[i]));
        lineKeys[i] = CorpusLineFrequency.distinctKeys(pages[i]);
      }
      if (!remembers) docs[i] = null; // a memo may need the document again to re-read a page whose counts changed
    });
    CorpusLineFrequency frequency = CorpusLineFrequency.ofKeys(java.util.Arrays.asList(lineKeys));
    AtomicLong done = new AtomicLong();
    Article[] articles = new Article[n];
    ArticleProfile[] profiles = new ArticleProfile[n];
    long[] signatures = new long[remembers ? n : 0];
    boolean[] changed = new boolean[remembers ? n : 0]; // extracted or profiled in this run: the memo is told
    String version = profiler.version();
    IntStream.range(0, n).parallel().forEach(i -> {
      long signature = remembers ? frequency.signature(lineKeys[i]) : 0; // only a memo compares signatures
      if (known[i] != null && known[i].signature() == signature) {
        articles[i] = known[i].article();
        if (version != null && version.equals(known[i].profileVersion())) profiles[i] = known[i].profile();
      } else {
        Page page = pages[i] != null ? pages[i] : extractor.read(memo.document(docs[i]));
        articles[i] = extractor.extract(page, frequency);
      }
      if (profiles[i] == null) {
        profiles[i] = profiler.of(articles[i]);
        if (remembers) changed[i] = true;
      }
      if (remembers) signatures[i] = signature;
      pages[i] = null;
      if (!remembers) docs[i] = null; // a memo is given each document's entry at the end
      known[i] = null;
      tick("extract", done, n);
    });
    Fingerprint[] prints = new Fingerprint[n];
    for (int i = 0; i < n; i++) prints[i] = profiles[i].fingerprint();
    long[] lexicalPairs = new CandidateFinder().find(List.of(prints));
    progress.progress("candidates", lexicalPairs.length, lexicalPairs.length);
    AnalysisResult result = finish(List.of(articles), profiles, changed, lexicalPairs, null, problems, PairWork.LOCAL);
    if (remembers) {
      IntStream.range(0, n).parallel().filter(i -> changed[i]).forEach(i -> memo.put(docs[i],
          new ExtractionMemo.Entry(lineKeys[i], signatures[i], articles[i], profiles[i], version)));
    }
    return result;
  }

  /** The page of a document, cut into lines: the first step of extraction, one document at a time. */
  public Page read(RawDocument doc) {
    return extractor.read(doc);
  }

  /** The article of a page, given how many pages of the corpus hold each of its lines. */
  public Article extract(Page page, org.echotrace.extract.LineFrequency frequency) {
    return extractor.extract(page, frequency);
  }

  /** The framing lexicon of this pipeline. */
  public Lexicon lexicon() {
    return lexicon;
  }

  /** Everything the later stages read of an article, computed in one pass ({@link ArticleProfiler}). */
  public ArticleProfile profile(Article article) {
    return profiler.of(article);
  }

  /**
   * Everything after extraction and lexical candidates: for jobs that extract and find candidates elsewhere (a
   * cluster job), which then get exactly what {@link #analyze} gives for the same articles in the same order.
   *
   * @param articles the extracted articles, in corpus order
   * @param lexicalPairs what {@link CandidateFinder#find} gives for their fingerprints (packed index pairs, sorted)
   * @param lexical the identical wording of each pair, as {@link PairStage#lexical(Article, Article)} measures it with
   *     the lower index first, or null to measure it here
   */
  public AnalysisResult finish(List<Article> articles, long[] lexicalPairs, LexicalEvidence[] lexical,
      List<InputProblem> problems) {
    return finish(articles, lexicalPairs, lexical, problems, PairWork.LOCAL);
  }

  /** As {@link #finish(List, long[], LexicalEvidence[], List)}, profiling and judging pairs through {@code work}. */
  public AnalysisResult finish(List<Article> articles, long[] lexicalPairs, LexicalEvidence[] lexical,
      List<InputProblem> problems, PairWork work) {
    return finish(articles, null, lexicalPairs, lexical, problems, work);
  }

  /**
   * As {@link #finish(List, long[], LexicalEvidence[], List, PairWork)}, given each article's profile ({@link
   * #profile}, computed where the article was extracted), or null to profile them here.
   */
  public AnalysisResult finish(List<Article> articles, List<ArticleProfile> profiles, long[] lexicalPairs,
      LexicalEvidence[] lexical, List<InputProblem> problems, PairWork work) {
    List<Article> articleList = List.copyOf(articles);
    ArticleProfile[] own = profiles != null ? profiles.toArray(new ArticleProfile[0])
        : articleList.parallelStream().map(profiler::of).toArray(ArticleProfile[]::new);
    if (own.length != articleList.size()) {
      throw new IllegalArgumentException(own.length + " profiles for " + articleList.size() + " articles");
    }
    return finish(articleList, own, new boolean[0], lexicalPairs, lexical, problems, work);
  }

  /**
   * The analysis after lexical candidates. {@code profiles} is completed in place: an article that a pair reaches
   * gets its full pair profile, and is marked in {@code changed} (when that is not empty).
   */
  private AnalysisResult finish(List<Article> articleList, ArticleProfile[] own, boolean[] changed,
      long[] lexicalPairs, LexicalEvidence[] lexical, List<InputProblem> problems, PairWork work) {
    int n = articleList.size();
    PairStage stage = new PairStage(embedder, multilingual, judge != null ? judge : LearnedJudge.bundled(embedder != null));
    for (int i = 0; i < n; i++) stage.origins().remember(articleList.get(i).id(), own[i].machineCues());
    long lexicalTotal = lexicalPairs.length;
    if (lexical == null) {
      lexical = stage.lexical(articleList, lexicalPairs, d -> {
        if (d % 1000 == 0 || d == lexicalTotal) progress.progress("align", d, lexicalTotal);
      });
    } else if (lexical.length != lexicalPairs.length) {
      throw new IllegalArgumentException(lexical.length + " lexical evidences for " + lexicalPairs.length + " pairs");
    }
    int[] family = PairStage.families(articleList, lexicalPairs, lexical);
    AtomicLong profiled = new AtomicLong();
    Profile[] have = new Profile[n];
    for (int i = 0; i < n; i++) have[i] = own[i].text();
    Profile[] profiles = work.profile(stage, articleList, family, lexicalPairs, have, () -> tick("profile", profiled, n));
    have = null;
    for (int i = 0; i < n; i++) {
      if (!own[i].text().full() && profiles[i].full()) {
        own[i] = own[i].withText(profiles[i]); // kept for the next run (a store's)
        if (changed.length > 0) changed[i] = true;
      }
    }
    long[] candidates = stage.candidates(profiles, lexicalPairs, family);
    progress.progress("pair candidates", candidates.length, candidates.length);
    long total = candidates.length;
    PairStage.Judged judged = work.relate(stage, articleList, profiles, candidates, lexicalPairs, lexical, d -> {
      if (d % 1000 == 0 || d == total) progress.progress("pairs", d, total);
    });
    Labeler labeler = new Labeler(articleList);
    List<Story> stories =
        new EventClusterer().group(articleList, judged.relations(), judged.pairs(), judged.sameEvent(), labeler);
    List<Relation> found = FamilyOrigins.complete(articleList, withinEvents(judged.relations(), stories), stage.origins());
    List<Narrative> narratives = List.of();
    if (embedder != null) {
      float[][] leads = new float[n][];
      for (int i = 0; i < n; i++) leads[i] = profiles[i].lead();
      java.util.Set<String> related = new java.util.HashSet<>();
      for (Relation rel : found) related.add(rel.a() + "\n" + rel.b());
      NarrativeClusterer.Result r =
          new NarrativeClusterer(stage.leadScale()).group(articleList, leads, stories, candidates, labeler, related);
      narratives = r.narratives();
      if (!r.relations().isEmpty()) {
        found = new ArrayList<>(found);
        found.addAll(r.relations());
        found.sort(java.util.Comparator.comparing(Relation::a).thenComparing(Relation::b));
      }
    }
    EntityFinder.Entities entities = new EntityFinder().find(articleList,
        java.util.Arrays.stream(own).map(ArticleProfile::names).toList());
    progress.progress("entities", entities.entities().size(), entities.entities().size());
    List<Quote> quotes = java.util.Arrays.stream(own).parallel().flatMap(p -> p.quotes().stream())
        .map(q -> canonicalSpeaker(q, entities)).toList();
    List<QuoteVariant> variants = new QuoteMatcher(embedder).match(articleList, found, quotes);
    progress.progress("quotes", quotes.size(), quotes.size());
    List<FramingHit> hits = java.util.Arrays.stream(own).parallel().flatMap(p -> p.framing().stream()).toList();
    List<FramingShift> shifts = FramingShifts.find(articleList, found, hits);
    progress.progress("framing", hits.size(), hits.size());
    return new AnalysisResult(articleList, found, stories, narratives, problems, quotes, variants,
        entities.entities(), hits, shifts);
  }

  /**
   * Extracts one document on its own, without a corpus around it (no cross-page line frequencies): for checking pages
   * one by one ({@code echotrace extract}).
   */
  public Article extract(RawDocument doc) {
    return extractor.extract(doc, org.echotrace.extract.LineFrequency.NONE);
  }

  /** Aligns and relates one pair; the pair is ordered by id so that {@code a} < {@code b}. */
  public Optional<Relation> relatePair(Article x, Article y) {
    Article a = x.id().compareTo(y.id()) <= 0 ? x : y, b = a == x ? y : x;
    Tokens ta = normalizer.tokenize(a.text()), tb = normalizer.tokenize(b.text());
    return relations.build(a, ta, b, tb, aligner.align(ta, tb));
  }

  /**
   * The relations without the same-story pairs that event clustering put into different events: a pair the judge
   * found likely one event, but which the rest of either event does not vouch for, is not reported as one.
   */
  static List<Relation> withinEvents(List<Relation> relations, List<Story> stories) {
    java.util.Map<String, String> eventOf = new java.util.HashMap<>();
    for (Story s : stories) for (String a : s.articles()) eventOf.put(a, s.id());
    List<Relation> out = new ArrayList<>(relations.size());
    for (Relation r : relations) {
      if (r.kind() == org.echotrace.model.RelationKind.SAME_STORY
          && !java.util.Objects.equals(eventOf.get(r.a()), eventOf.get(r.b()))) {
        continue;
      }
      out.add(r);
    }
    return out;
  }

  private void tick(String stage, AtomicLong done, long total) {
    long d = done.incrementAndGet();
    if (d % 1000 == 0 || d == total) progress.progress(stage, d, total);
  }
}
