package org.echotrace.bench.provenance;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.echotrace.embed.Embedders;
import org.echotrace.judge.Feature;
import org.echotrace.judge.JudgeTrainer;
import org.echotrace.judge.Judgement;
import org.echotrace.judge.LearnedJudge;
import org.echotrace.judge.PairClass;
import org.echotrace.judge.PairFeatures;
import org.echotrace.judge.PairJudge;
import org.echotrace.judge.PairModel;
import org.echotrace.model.AnalysisResult;
import org.echotrace.model.Article;
import org.echotrace.pipeline.Pipeline;
import org.echotrace.pipeline.ProgressListener;

/**
 * Learns the pair judge from labelled corpora and measures it honestly: cross-validation by story.
 *
 * <p>Corpora: {@code ../shared/corpus/web-dev} (real pages, 16 languages), {@code examples/corpus} and
 * {@code ../shared/corpus/seeds}. Each corpus's stories (events; distractors are stories of their own) are dealt into
 * {@code --folds} folds, largest first to the smallest fold. A pair belongs to the folds of its two articles. For each
 * set of one or two folds, a model is trained on the pairs that touch neither, and its two thresholds are chosen on
 * that training part alone, by an inner cross-validation of the same kind; the full pipeline is then run with a judge
 * that asks, for each pair, the model that never saw its stories, and the output is scored like
 * {@code ../shared/tools/score_corpus.py} (copy pairs, event B-cubed, origins). That is the cross-validated number.
 * The shipped model is trained on every pair, with thresholds chosen on the cross-validated probabilities; its
 * in-sample score is printed beside, never in place of, the cross-validated one.
 *
 * <p>Beside the labelled corpora, the development part of trafilatura-eval joins as pages that report no common event
 * ({@link LabelledCorpus#distractors}): their pairs that share a specific fact teach the event judge what such facts
 * look like between unrelated pages, and their event clusters are scored (B-cubed precision: false merges).
 *
 * <p>Two judges are learned: {@code full} (with the sentence model) and {@code lexical} (runs without it).
 *
 * <p>Usage: {@code bin/echotrace-bench provenance [--folds 5] [--seed S] [--write-model DIR] [--features FILE]
 * [--only full|lexical] [--distractors yes|no|score]}; {@code --write-model} writes {@code pair-judge-full.tribuo},
 * {@code pair-judge-lexical.tribuo} and {@code pair-judge.json} (the shipped judge lives in
 * echotrace-core/src/main/resources/org/echotrace/judge).
 */
public final class ProvenanceBenchmark {
  /** One labelled candidate pair. */
  record Row(String corpus, String a, String b, PairFeatures features, PairClass label, int foldA, int foldB) {
    boolean touches(Set<Integer> folds) {
      return folds.contains(foldA) || folds.contains(foldB);
    }

    Set<Integer> folds() {
      return new TreeSet<>(List.of(foldA, foldB));
    }
  }

  /**
   * A row with the probabilities models that did not see it gave: {@code p} the kind model's (null for rows of
   * corpora whose copies are not labelled), {@code event} the event model's.
   */
  record Scored(Row row, double[] p, double event) {}

  /** The kind and event models trained on some rows. */
  record Models(PairModel kind, PairModel event) {}

  /** Rows of corpora whose copies are labelled: what the kind model learns from. */
  static final java.util.Set<String> EVENTS_ONLY = new java.util.HashSet<>();

  static Models train(List<Row> rows) {
    List<JudgeTrainer.Row> kind = new ArrayList<>(), event = new ArrayList<>();
    for (Row r : rows) {
      if (!EVENTS_ONLY.contains(r.corpus())) kind.add(trainingRow(r));
      event.add(new JudgeTrainer.Row(r.features().forEvents(), r.label() == PairClass.NONE ? PairClass.NONE : PairClass.SAME_STORY));
    }
    return new Models(new JudgeTrainer(learner, seed).train(kind), new JudgeTrainer(eventLearner, seed).train(event));
  }

  static Scored score(Models m, Row r, String variant) {
    PairFeatures f = variant.equals("full") ? r.features() : r.features().withoutVectors();
    double event = m.event().probabilities(f.forEvents())[PairClass.SAME_STORY.ordinal()];
    if (!LearnedJudge.specific(r.features())) event = Math.min(event, LearnedJudge.UNSPECIFIC);
    return new Scored(r, EVENTS_ONLY.contains(r.corpus()) ? null : m.kind().probabilities(f), event);
  }

  /** Records the features of every pair the pipeline measures, and relates none. */
  static final class RecordingJudge implements PairJudge {
    final Map<String, PairFeatures> seen = new ConcurrentHashMap<>();
    final Map<String, String[]> ids = new ConcurrentHashMap<>();

    @Override
    public Judgement judge(Article a, Article b, PairFeatures f) {
      seen.put(a.id() + "\n" + b.id(), f);
      ids.put(a.id() + "\n" + b.id(), new String[] {a.id(), b.id()});
      return Judgement.NONE;
    }
  }

  /** Asks, for each pair, the judge trained without the folds of its two articles. */
  record FoldJudge(Map<String, Integer> foldOf, Map<Set<Integer>, LearnedJudge> judges) implements PairJudge {
    @Override
    public Judgement judge(Article a, Article b, PairFeatures f) {
      Set<Integer> key = new TreeSet<>(List.of(foldOf.get(LabelledCorpus.stem(a.id())),
          foldOf.get(LabelledCorpus.stem(b.id()))));
      return judges.get(key).judge(a, b, f);
    }
  }

  /** The learner, {@code --learner logistic|forest}. */
  static JudgeTrainer.Learner learner = JudgeTrainer.Learner.LOGISTIC;
  /** The event model's learner, {@code --event-learner logistic|forest}. */
  static JudgeTrainer.Learner eventLearner = JudgeTrainer.Learner.LOGISTIC;
  /** The learners' seed ({@code --seed}): other values than the shipped one show the spread of every figure. */
  static long seed = JudgeTrainer.SEED;
  /**
   * Whether trafilatura-eval's development pages join as unrelated pages ({@code --distractors yes|no|score}, default
   * yes in {@link #main}; {@code score}: scored, never trained on). Off for other callers of {@link #corpora}.
   */
  static boolean withDistractors = false;
  /** Whether those pages are only scored, never trained on ({@code --distractors score}): the judge as it was. */
  static boolean distractorsScoredOnly = false;
  /** Whether ECB+ (topics 1-35) joins the labelled corpora ({@code --ecb yes|no}, default yes). */
  static boolean withEcb = true;
  /** Where to write each cross-validated run as the JSON document ({@code --json DIR}), or null. */
  static Path jsonDir;

  public static void main(String[] args) throws IOException {
    learner = JudgeTrainer.Learner.valueOf(option(args, "--learner", "logistic").toUpperCase(Locale.ROOT));
    eventLearner = JudgeTrainer.Learner.valueOf(option(args, "--event-learner", "logistic").toUpperCase(Locale.ROOT));
    withEcb = !option(args, "--ecb", "yes").equals("no");
    withDistractors = !option(args, "--distractors", "yes").equals("no");
    distractorsScoredOnly = option(args, "--distractors", "yes").equals("score");
    seed = Long.parseLong(option(args, "--seed", Long.toString(JudgeTrainer.SEED)));
    jsonDir = option(args, "--json", null) == null ? null : Path.of(option(args, "--json", null));
    int folds = Integer.parseInt(option(args, "--folds", "5"));
    String only = option(args, "--only", null);
    Path out = option(args, "--write-model", null) == null ? null : Path.of(option(args, "--write-model", null));
    Path featureFile = option(args, "--features", null) == null ? null : Path.of(option(args, "--features", null));
    if (out != null && seed != JudgeTrainer.SEED) {
      System.err.println("echotrace-bench: --write-model writes the shipped judge, which is trained with the default seed;"
          + " drop --seed");
      System.exit(2);
    }
    Path shared = Path.of(option(args, "--shared", "../shared"));
    List<LabelledCorpus> corpora = corpora(shared);
    if (corpora.isEmpty()) {
      System.err.println("provenance: no labelled corpus found (../shared/corpus/web-dev, examples/corpus)");
      System.exit(2);
    }
    ObjectNode config = new ObjectMapper().createObjectNode();
    for (String variant : List.of("full", "lexical")) {
      if (only != null && !only.equals(variant)) continue;
      Pipeline pipeline = variant.equals("full")
          ? new Pipeline(ProgressListener.NONE, Embedders.bundled(), false)
          : Pipeline.lexicalOnly(ProgressListener.NONE);
      System.out.printf(Locale.ROOT, "%n=== judge: %s ===%n", variant);
      ObjectNode v = config.putObject(variant);
      run(variant, pipeline, corpora, folds, out, featureFile, v, System.out);
    }
    if (out != null) {
      Files.createDirectories(out);
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
          .writeValue(out.resolve("pair-judge.json").toFile(), config);
      System.out.println("wrote " + out.resolve("pair-judge.json"));
    }
  }

  static List<LabelledCorpus> corpora(Path shared) throws IOException {
    List<LabelledCorpus> out = new ArrayList<>();
    if (Files.isRegularFile(shared.resolve("corpus/web-dev/labels.json"))) {
      out.add(LabelledCorpus.webDev(shared.resolve("corpus/web-dev")));
    } else {
      System.err.println("provenance: SKIPPED web-dev (no " + shared.resolve("corpus/web-dev") + ")");
    }
    if (Files.isRegularFile(Path.of("examples/expected.json"))) {
      out.add(LabelledCorpus.expected("examples", Path.of("examples/corpus"), Path.of("examples/expected.json")));
    }
    if (Files.isRegularFile(shared.resolve("corpus/seeds/expected.json"))) {
      out.add(LabelledCorpus.expected("seeds", shared.resolve("corpus/seeds"), shared.resolve("corpus/seeds/expected.json")));
    }
    if (withEcb && Files.isDirectory(shared.resolve("datasets/ecbplus"))) {
      out.add(LabelledCorpus.ecbPlus(shared.resolve("datasets/ecbplus")));
    }
    if (withDistractors && Files.isRegularFile(shared.resolve("datasets/trafilatura-eval/evaldata.json"))) {
      out.add(LabelledCorpus.distractors(shared.resolve("datasets/trafilatura-eval")));
    }
    return out;
  }

  static void run(String variant, Pipeline pipeline, List<LabelledCorpus> corpora, int k, Path out,
      Path featureFile, ObjectNode config, PrintStream print) throws IOException {
    Map<String, Map<String, Integer>> foldOf = new LinkedHashMap<>();
    List<Row> rows = new ArrayList<>();
    for (LabelledCorpus c : corpora) {
      if (c.eventsOnly()) EVENTS_ONLY.add(c.name());
      Map<String, Integer> fold = deal(c, k);
      foldOf.put(c.name(), fold);
      RecordingJudge rec = new RecordingJudge();
      AnalysisResult seen = analyse(pipeline.withJudge(rec), c);
      for (var e : rec.seen.entrySet()) {
        String[] ab = rec.ids.get(e.getKey());
        String ga = LabelledCorpus.stem(ab[0]), gb = LabelledCorpus.stem(ab[1]);
        if (!fold.containsKey(ga) || !fold.containsKey(gb)) continue;
        if (c.type(ga, gb).equals(LabelledCorpus.UNLABELLED)) continue;
        if (c.name().equals("distractors")) {
          if (distractorsScoredOnly) continue;
          // only pairs that share a specific fact: the event judge gives the others no weight (LearnedJudge#specific),
          // and 25,000 of them would drown the few hundred labelled unrelated pairs of the other corpora
          if (!LearnedJudge.specific(e.getValue())) continue;
        }
        PairClass label = PairClass.ofLabel(labelOf(c.type(ga, gb)));
        if (c.eventsOnly() && e.getValue().get(Feature.LEX_MATCHED) > 0) continue; // copies are not labelled there
        rows.add(new Row(c.name(), ga, gb, e.getValue(), label, fold.get(ga), fold.get(gb)));
      }
      candidateRecall(c, rec, seen, print);
    }
    rows.sort(Comparator.comparing(Row::corpus).thenComparing(Row::a).thenComparing(Row::b));
    Map<PairClass, Integer> counts = new TreeMap<>();
    for (Row r : rows) counts.merge(r.label(), 1, Integer::sum);
    print.println("labelled candidate pairs: " + rows.size() + " " + counts);
    // outer models: one per set of one or two folds
    Map<Set<Integer>, LearnedJudge> judges = new HashMap<>();
    List<Scored> outerOof = new ArrayList<>();
    for (Set<Integer> held : foldSets(k)) {
      List<Row> train = rows.stream().filter(r -> !r.touches(held)).toList();
      LearnedJudge.Thresholds t = choose(oof(train, variant), print, null);
      Models m = train(train);
      judges.put(held, new LearnedJudge(m.kind(), m.event(), t, variant.equals("full")));
      for (Row r : rows) if (r.folds().equals(held)) outerOof.add(score(m, r, variant));
    }
    if (featureFile != null) {
      writeFeatures(featureFile.resolveSibling(featureFile.getFileName() + "." + variant), outerOof);
    }
    print.println("\ncross-validated by story (" + k + " folds; every pair judged by a model that never saw its stories):");
    ObjectNode cv = config.putObject("cross_validated");
    for (LabelledCorpus c : corpora) {
      AnalysisResult r = analyse(pipeline.withJudge(new FoldJudge(foldOf.get(c.name()), judges)), c);
      if (jsonDir != null) {
        Files.createDirectories(jsonDir);
        try (OutputStream o = Files.newOutputStream(jsonDir.resolve(c.name() + "-" + variant + "-cv.json"))) {
          new org.echotrace.report.JsonReport().writeJson(r, o);
        }
      }
      CorpusScore s = CorpusScore.of(c, r);
      print.println("-- " + c.name());
      print.print(s.format());
      summary(cv.putObject(c.name()), s);
    }
    // the shipped model: every pair; thresholds from the cross-validated probabilities
    print.println("\nthresholds chosen on the cross-validated probabilities of all pairs:");
    LearnedJudge.Thresholds t = choose(outerOof, print, print);
    Models models = train(rows);
    LearnedJudge shipped = new LearnedJudge(models.kind(), models.event(), t, variant.equals("full"));
    print.println("\nin-sample (the shipped model, trained on these very pairs; not a measure of quality):");
    ObjectNode in = config.putObject("in_sample");
    for (LabelledCorpus c : corpora) {
      CorpusScore s = CorpusScore.of(c, analyse(pipeline.withJudge(shipped), c));
      print.println("-- " + c.name());
      print.print(s.format());
      summary(in.putObject(c.name()), s);
    }
    ObjectNode th = config.putObject("thresholds");
    th.put("copy", t.copy());
    th.put("same_event", t.sameEvent());
    th.put("sibling", t.sibling());
    th.put("sibling_support", t.siblingSupport());
    ObjectNode trained = config.putObject("trained_on");
    counts.forEach((label, n) -> trained.put(label.label(), n));
    config.put("folds", k);
    weights("kind", models.kind(), print);
    weights("event", models.event(), print);
    if (out != null) {
      Files.createDirectories(out);
      for (var e : Map.of("kind", models.kind(), "event", models.event()).entrySet()) {
        Path file = out.resolve("pair-judge-" + variant + "-" + e.getKey() + ".tribuo");
        try (OutputStream o = Files.newOutputStream(file)) {
          e.getValue().write(o);
        }
        print.println("wrote " + file);
      }
    }
  }

  private static JudgeTrainer.Row trainingRow(Row r) {
    return new JudgeTrainer.Row(r.features(), r.label());
  }


  static String labelOf(String goldType) {
    return switch (goldType) {
      case "verbatim", "partial", "paraphrase", "translation", "same-story" -> goldType;
      default -> "none";
    };
  }

  /**
   * The corpus analysed: its inputs in one run, or each of its document lists in a run of its own, the results put
   * together (story ids prefixed by the run's number).
   */
  static AnalysisResult analyse(Pipeline pipeline, LabelledCorpus c) {
    if (c.runs().isEmpty()) return pipeline.run(c.inputs());
    List<Article> articles = new ArrayList<>();
    List<org.echotrace.model.Relation> relations = new ArrayList<>();
    List<org.echotrace.model.Story> stories = new ArrayList<>();
    int k = 0;
    for (List<org.echotrace.model.RawDocument> docs : c.runs()) {
      AnalysisResult r = pipeline.analyze(docs, new ArrayList<>());
      articles.addAll(r.articles());
      relations.addAll(r.relations());
      for (var s : r.stories()) stories.add(new org.echotrace.model.Story("r" + k + "." + s.id(), s.articles()));
      k++;
    }
    return new AnalysisResult(articles, relations, stories, List.of());
  }

  /** Groups (stories, or ECB+ topics) dealt into k folds, largest first, each to the fold with the fewest articles. */
  static Map<String, Integer> deal(LabelledCorpus c, int k) {
    Map<String, List<String>> byStory = new TreeMap<>();
    c.story().forEach((id, s) -> byStory.computeIfAbsent(c.groupOf(s), x -> new ArrayList<>()).add(id));
    List<Map.Entry<String, List<String>>> stories = new ArrayList<>(byStory.entrySet());
    stories.sort(Comparator.comparingInt((Map.Entry<String, List<String>> e) -> -e.getValue().size())
        .thenComparing(Map.Entry::getKey));
    int[] size = new int[k];
    Map<String, Integer> fold = new HashMap<>();
    for (var e : stories) {
      int f = 0;
      for (int i = 1; i < k; i++) if (size[i] < size[f]) f = i;
      size[f] += e.getValue().size();
      for (String id : e.getValue()) fold.put(id, f);
    }
    return fold;
  }

  /** Every set of one or two folds. */
  static List<Set<Integer>> foldSets(int k) {
    List<Set<Integer>> out = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      out.add(Set.of(i));
      for (int j = i + 1; j < k; j++) out.add(new TreeSet<>(List.of(i, j)));
    }
    return out;
  }

  /** Out-of-fold probabilities of rows: each from models trained on the rows that touch none of its folds. */
  static List<Scored> oof(List<Row> rows, String variant) {
    Map<Set<Integer>, List<Row>> byFolds = new HashMap<>();
    for (Row r : rows) byFolds.computeIfAbsent(r.folds(), x -> new ArrayList<>()).add(r);
    List<Scored> out = new ArrayList<>();
    for (var e : byFolds.entrySet()) {
      List<Row> train = rows.stream().filter(r -> !r.touches(e.getKey())).toList();
      if (train.stream().noneMatch(r -> !EVENTS_ONLY.contains(r.corpus()))) continue;
      Models m = train(train);
      for (Row r : e.getValue()) out.add(score(m, r, variant));
    }
    return out;
  }

  /**
   * The copy threshold with the best F1 of "copy or not" among those reaching precision 0.95 (the best F1 overall
   * when none does), then the same-event threshold with the best F1 of "same event or not".
   */
  static LearnedJudge.Thresholds choose(List<Scored> scored, PrintStream print, PrintStream table) {
    double bestCopy = 0.5, bestF = -1;
    boolean precise = false;
    for (double t = 0.05; t <= 0.951; t += 0.01) {
      int tp = 0, fp = 0, fn = 0;
      for (Scored s : scored) {
        if (s.p() == null) continue;
        boolean pred = copy(s.p()) >= t, gold = s.row().label().isCopy();
        if (pred && gold) tp++;
        else if (pred) fp++;
        else if (gold) fn++;
      }
      double p = tp + fp == 0 ? 1 : (double) tp / (tp + fp), r = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
      double f = CorpusScore.f1(p, r);
      boolean ok = p >= 0.95;
      if (ok && !precise || ok == precise && f > bestF) {
        bestF = f;
        bestCopy = t;
        precise = ok;
      }
    }
    double bestEvent = 0.5, bestE = -1;
    for (double t = 0.05; t <= 0.951; t += 0.01) {
      int tp = 0, fp = 0, fn = 0;
      for (Scored s : scored) {
        double c = s.p() == null ? 0 : copy(s.p());
        boolean pred = c >= bestCopy || Math.max(c, s.event()) >= t;
        boolean gold = s.row().label() != PairClass.NONE;
        if (pred && gold) tp++;
        else if (pred) fp++;
        else if (gold) fn++;
      }
      double f = CorpusScore.f1(tp + fp == 0 ? 1 : (double) tp / (tp + fp), tp + fn == 0 ? 1 : (double) tp / (tp + fn));
      if (f > bestE) {
        bestE = f;
        bestEvent = t;
      }
    }
    double[] sibling = sibling(scored, round(bestCopy), precise);
    if (table != null) {
      table.printf(Locale.ROOT, "  copy >= %.2f (candidate-pair F1 %.3f%s), same event >= %.2f (F1 %.3f)%n", bestCopy,
          bestF, precise ? ", precision >= 0.95" : ", precision 0.95 not reached", bestEvent, bestE);
      table.printf(Locale.ROOT, "  siblings: %s%n", sibling[0] >= round(bestCopy) ? "not read (no setting gains F1)"
          : String.format(Locale.ROOT, "copy >= %.2f when both copy one third at >= %.2f (candidate-pair F1 %.3f)",
              sibling[0], sibling[1], sibling[2]));
    }
    return new LearnedJudge.Thresholds(round(bestCopy), round(bestEvent), sibling[0], sibling[1]);
  }

  /**
   * The sibling thresholds ({@link LearnedJudge.Thresholds#sibling()}, {@link LearnedJudge.Thresholds#siblingSupport()})
   * with the best F1 of "copy or not" over the pairs, as {@link org.echotrace.judge.PairStage#judged} applies them
   * (a pair below {@code copy} is a copy when both its articles copy one common third at the support or more),
   * keeping precision at 0.95 when the copy threshold reached it; {@code {copy, 1, F1}} (siblings not read) when no
   * setting gains. Returns {sibling, support, F1}.
   */
  static double[] sibling(List<Scored> scored, double copyThreshold, boolean precise) {
    Map<String, Map<String, Double>> copyOf = new HashMap<>();
    List<Scored> rows = new ArrayList<>();
    for (Scored s : scored) {
      if (s.p() == null) continue;
      rows.add(s);
      String a = s.row().corpus() + "\n" + s.row().a(), b = s.row().corpus() + "\n" + s.row().b();
      copyOf.computeIfAbsent(a, k -> new HashMap<>()).put(b, copy(s.p()));
      copyOf.computeIfAbsent(b, k -> new HashMap<>()).put(a, copy(s.p()));
    }
    double[] support = new double[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i).row();
      Map<String, Double> ofA = copyOf.get(r.corpus() + "\n" + r.a()), ofB = copyOf.get(r.corpus() + "\n" + r.b());
      for (var e : ofA.entrySet()) {
        Double other = ofB.get(e.getKey());
        if (other != null) support[i] = Math.max(support[i], Math.min(e.getValue(), other));
      }
    }
    double[] best = {copyThreshold, 1, -1};
    for (double sib = copyThreshold; sib >= 0.049; sib -= 0.05) {
      for (double sup = Math.max(copyThreshold, 0.5); sup <= 0.951; sup += 0.05) {
        int tp = 0, fp = 0, fn = 0;
        for (int i = 0; i < rows.size(); i++) {
          double c = copy(rows.get(i).p());
          boolean pred = c >= copyThreshold || c >= sib && support[i] >= sup && support[i] >= copyThreshold;
          boolean gold = rows.get(i).row().label().isCopy();
          if (pred && gold) tp++;
          else if (pred) fp++;
          else if (gold) fn++;
        }
        double p = tp + fp == 0 ? 1 : (double) tp / (tp + fp), r = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        double f = CorpusScore.f1(p, r);
        if (precise && p < 0.95) continue;
        if (f > best[2] + 1e-9) best = new double[] {round(sib), round(sup), f};
      }
    }
    return best;
  }

  private static double round(double x) {
    return Math.round(x * 100) / 100.0;
  }

  private static double copy(double[] p) {
    double c = 0;
    for (PairClass k : PairClass.values()) if (k.isCopy()) c += p[k.ordinal()];
    return c;
  }

  /** How many labelled pairs the candidate stage proposed at all: the ceiling of recall. */
  private static void candidateRecall(LabelledCorpus c, RecordingJudge rec, AnalysisResult r, PrintStream print) {
    Set<String> seen = new TreeSet<>();
    for (String[] ab : rec.ids.values()) seen.add(LabelledCorpus.key(ab[0], ab[1]));
    Map<String, int[]> byType = new TreeMap<>();
    c.types().forEach((key, t) -> {
      if (t.equals("same-narrative")) return;
      int[] n = byType.computeIfAbsent(t, x -> new int[2]);
      n[1]++;
      if (seen.contains(key)) n[0]++;
    });
    StringBuilder b = new StringBuilder();
    byType.forEach((t, n) -> b.append(' ').append(t).append(' ').append(n[0]).append('/').append(n[1]));
    print.printf(Locale.ROOT, "%s: %d articles, %d candidate pairs; labelled pairs among candidates:%s%n", c.name(),
        r.articles().size(), seen.size(), b);
  }

  private static void summary(ObjectNode o, CorpusScore s) {
    o.put("copy_precision", round3(s.copyPrecision()));
    o.put("copy_recall", round3(s.copyRecall()));
    o.put("copy_f1", round3(CorpusScore.f1(s.copyPrecision(), s.copyRecall())));
    s.recallByType().forEach((t, n) -> o.put("recall_" + t, n[0] + "/" + n[1]));
    o.put("event_bcubed_f1", round3(s.bcubedF1()));
    if (s.narrativeBcubed() != null) {
      o.put("narrative_bcubed_f1", round3(CorpusScore.f1(s.narrativeBcubed()[0], s.narrativeBcubed()[1])));
    }
    o.put("origins", s.originsRight() + "/" + s.originsLabelled());
    o.put("certain_wrong", s.certainWrong());
    o.put("copies_on_unrelated", s.copiesOnUnrelated());
  }

  private static double round3(double x) {
    return Math.round(x * 1000) / 1000.0;
  }

  private static void weights(String name, PairModel model, PrintStream print) {
    print.println("\nweights of the shipped " + name + " model (per class, largest first):");
    model.weights().forEach((label, list) -> {
      StringBuilder b = new StringBuilder();
      for (var p : list.subList(0, Math.min(8, list.size()))) {
        b.append(String.format(Locale.ROOT, " %s %+.2f", p.getA(), p.getB()));
      }
      print.println("  " + label + ":" + b);
    });
  }

  /** The labelled pairs with their features and cross-validated probabilities, one per line. */
  private static void writeFeatures(Path file, List<Scored> scored) throws IOException {
    StringBuilder b = new StringBuilder("corpus\ta\tb\tlabel\tfold_a\tfold_b");
    for (PairClass c : PairClass.values()) b.append("\tp_").append(c.label());
    b.append("\tp_event");
    for (Feature f : Feature.values()) b.append('\t').append(f.key());
    b.append('\n');
    List<Scored> sorted = new ArrayList<>(scored);
    sorted.sort(Comparator.comparing((Scored s) -> s.row().corpus()).thenComparing(s -> s.row().a())
        .thenComparing(s -> s.row().b()));
    for (Scored s : sorted) {
      Row r = s.row();
      b.append(r.corpus()).append('\t').append(r.a()).append('\t').append(r.b()).append('\t').append(r.label().label())
          .append('\t').append(r.foldA()).append('\t').append(r.foldB());
      for (int c = 0; c < PairClass.values().length; c++) {
        b.append('\t').append(s.p() == null ? "" : String.format(Locale.ROOT, "%.3f", s.p()[c]));
      }
      b.append('\t').append(String.format(Locale.ROOT, "%.3f", s.event()));
      for (double x : r.features().toArray()) b.append('\t').append(String.format(Locale.ROOT, "%.4f", x));
      b.append('\n');
    }
    Files.writeString(file, b);
  }

  private static String option(String[] args, String name, String fallback) {
    for (int i = 0; i + 1 < args.length; i++) if (args[i].equals(name)) return args[i + 1];
    return fallback;
  }
}
