package org.echotrace.bench.provenance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.echotrace.embed.CosineScale;
import org.echotrace.embed.Embedders;
import org.echotrace.embed.OnnxSentenceEmbedder;
import org.echotrace.embed.SentenceEmbedder;
import org.echotrace.embed.StaticEmbedder;
import org.echotrace.model.Article;
import org.echotrace.pipeline.Pipeline;
import org.echotrace.pipeline.ProgressListener;
import org.echotrace.rewrite.NeighbourFinder;
import org.echotrace.rewrite.Profile;
import org.echotrace.rewrite.Profiler;

/**
 * Fits and checks the first look's cosine scale ({@link CosineScale}): every article's lead (web-dev, the examples,
 * the seeds and ECB+, read at run time) is embedded by the sentence model and by its static vectors, and the knots
 * are placed where both pass the same share of lead pairs. No label is read to fit. Labels are read only to check,
 * on stories the scale was not fitted on (stories dealt into two halves; fit on one, measure on the other, and the
 * other way round): how many pairs pass each threshold under both, and how many labelled copies and same-event pairs
 * each finds among its lead neighbours (the candidate rule: 8 nearest, at least 0.5 on the model's scale).
 *
 * <p>{@code bin/echotrace-bench first-look [--write FILE]} — FILE receives the scale fitted on all pairs.
 */
public final class FirstLookCalibration {
  /** Model cosines where knots are placed. */
  static final double[] KNOTS = {0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85,
      0.9, 0.95};
  /** The lead thresholds the core uses (PairStage, NarrativeClusterer), on the model's scale. */
  static final double[] THRESHOLDS = {0.45, 0.5, 0.6, 0.8};

  private FirstLookCalibration() {}

  /** One lead: its corpus, story group (fold unit), id, and both vectors. */
  record Lead(int corpus, String group, String id, float[] model, float[] first) {}

  public static void main(String[] args) throws IOException {
    Path write = null;
    for (int i = 0; i < args.length; i++) if (args[i].equals("--write") && i + 1 < args.length) write = Path.of(args[++i]);
    List<LabelledCorpus> corpora = ProvenanceBenchmark.corpora(Path.of("../shared"));
    OnnxSentenceEmbedder model = (OnnxSentenceEmbedder) Embedders.bundledModel();
    long t0 = System.nanoTime();
    StaticEmbedder first = model.staticVectors();
    System.out.printf(Locale.ROOT, "static vectors %s: %d dimensions, ready in %.1f s (distilled or read from %s)%n",
        first.name(), first.dimension(), (System.nanoTime() - t0) / 1e9, Embedders.cacheDirectory());
    Profiler profiler = new Profiler(model, false);
    Pipeline pipeline = Pipeline.lexicalOnly(ProgressListener.NONE);
    List<Lead> leads = new ArrayList<>();
    long modelNanos = 0, firstNanos = 0;
    for (int c = 0; c < corpora.size(); c++) {
      LabelledCorpus corpus = corpora.get(c);
      List<String> texts = new ArrayList<>(), ids = new ArrayList<>(), groups = new ArrayList<>();
      for (Article a : ProvenanceBenchmark.analyse(pipeline, corpus).articles()) {
        Profile p = profiler.of(a);
        String lead = profiler.leadText(a, p);
        String story = corpus.storyOf(a.id());
        if (lead == null || story == null) continue;
        texts.add(lead);
        ids.add(a.id());
        groups.add(corpus.groupOf(story));
      }
      long m0 = System.nanoTime();
      float[][] mv = model.embedAll(texts);
      long m1 = System.nanoTime();
      float[][] fv = first.embedAll(texts);
      long m2 = System.nanoTime();
      modelNanos += m1 - m0;
      firstNanos += m2 - m1;
      for (int i = 0; i < texts.size(); i++) leads.add(new Lead(c, groups.get(i), ids.get(i), mv[i], fv[i]));
      System.out.printf(Locale.ROOT, "%-10s %5d leads%n", corpus.name(), texts.size());
    }
    System.out.printf(Locale.ROOT, "embedding the %d leads: model %.2f s, static %.3f s (one thread)%n", leads.size(),
        modelNanos / 1e9, firstNanos / 1e9);

    boolean[] half = new boolean[leads.size()];
    for (int i = 0; i < half.length; i++) half[i] = (leads.get(i).group().hashCode() & 1) == 0;
    System.out.println();
    System.out.println("fit on one half of the stories, measured on the other (pairs within a corpus):");
    System.out.println("measured on  threshold  static cut  model pass  static pass  both   agreement (Jaccard)");
    for (boolean side : new boolean[] {true, false}) {
      CosineScale scale = fit(leads, half, side);
      for (double t : THRESHOLDS) {
        double cut = scale.fromModel(t);
        long m = 0, f = 0, both = 0;
        for (int i = 0; i < leads.size(); i++) {
          if (half[i] != side) continue;
          for (int j = i + 1; j < leads.size(); j++) {
            if (half[j] != side || leads.get(i).corpus() != leads.get(j).corpus()) continue;
            boolean a = SentenceEmbedder.cosine(leads.get(i).model(), leads.get(j).model()) >= t;
            boolean b = SentenceEmbedder.cosine(leads.get(i).first(), leads.get(j).first()) >= cut;
            if (a) m++;
            if (b) f++;
            if (a && b) both++;
          }
        }
        System.out.printf(Locale.ROOT, "half %-7s  %9.2f  %10.4f  %10d  %11d  %5d  %.3f%n", side ? "B" : "A", t, cut, m, f,
            both, m + f - both == 0 ? 1 : (double) both / (m + f - both));
      }
    }
    System.out.println();
    System.out.println("labelled pairs found among lead neighbours (8 nearest, >= 0.5 on the model's scale), held-out half:");
    System.out.println("measured on  type            pairs  model  static");
    for (boolean side : new boolean[] {true, false}) {
      CosineScale scale = fit(leads, half, side);
      neighbourRecall(leads, half, side, scale, corpora);
    }

    CosineScale all = fit(leads, new boolean[leads.size()]);
    System.out.println();
    System.out.println("scale fitted on all " + leads.size() + " leads: " + all);

    if (write != null) {
      List<String> lines = new ArrayList<>(Files.readAllLines(write, StandardCharsets.UTF_8));
      lines.removeIf(l -> !l.startsWith("#") && !l.isBlank() && l.startsWith(first.name() + "\t"));
      lines.addAll(all.rows(first.name()));
      Files.write(write, lines, StandardCharsets.UTF_8);
      System.out.println("wrote " + write);
    }
  }

  /**
   * The scale fitted on pairs within a corpus whose leads are both outside {@code side}; it is measured on the pairs
   * inside {@code side}.
   */
  static CosineScale fit(List<Lead> leads, boolean[] half, boolean side) {
    boolean[] skip = new boolean[leads.size()];
    for (int i = 0; i < skip.length; i++) skip[i] = half[i] == side;
    return fit(leads, skip);
  }

  /** The scale fitted on pairs within a corpus whose leads are both not marked in {@code skip}. */
  static CosineScale fit(List<Lead> leads, boolean[] skip) {
    int n = leads.size();
    double[] model = new double[16], first = new double[16];
    int k = 0;
    for (int i = 0; i < n; i++) {
      if (skip[i]) continue;
      for (int j = i + 1; j < n; j++) {
        if (skip[j] || leads.get(i).corpus() != leads.get(j).corpus()) continue;
        if (k == model.length) {
          model = java.util.Arrays.copyOf(model, k * 2);
          first = java.util.Arrays.copyOf(first, k * 2);
        }
        model[k] = SentenceEmbedder.cosine(leads.get(i).model(), leads.get(j).model());
        first[k++] = SentenceEmbedder.cosine(leads.get(i).first(), leads.get(j).first());
      }
    }
    return CosineScale.fit(java.util.Arrays.copyOf(first, k), java.util.Arrays.copyOf(model, k), KNOTS);
  }

  private static void neighbourRecall(List<Lead> leads, boolean[] half, boolean side, CosineScale scale,
      List<LabelledCorpus> corpora) {
    for (int c = 0; c < corpora.size(); c++) {
      List<Integer> members = new ArrayList<>();
      for (int i = 0; i < leads.size(); i++) if (leads.get(i).corpus() == c && half[i] == side) members.add(i);
      if (members.size() < 2) continue;
      float[][] mv = new float[members.size()][], fv = new float[members.size()][];
      for (int i = 0; i < mv.length; i++) {
        mv[i] = leads.get(members.get(i)).model();
        fv[i] = leads.get(members.get(i)).first();
      }
      Set<Long> byModel = packed(new NeighbourFinder(8, 0.5).pairs(mv));
      Set<Long> byFirst = packed(new NeighbourFinder(8, scale.fromModel(0.5)).pairs(fv));
      LabelledCorpus corpus = corpora.get(c);
      java.util.Map<String, int[]> counts = new java.util.TreeMap<>();
      for (int x = 0; x < mv.length; x++) {
        for (int y = x + 1; y < mv.length; y++) {
          Lead a = leads.get(members.get(x)), b = leads.get(members.get(y));
          String type = corpus.type(a.id(), b.id());
          if (type.equals("unrelated")) {
            if (!corpus.storyOf(a.id()).equals(corpus.storyOf(b.id()))) continue;
            type = "same-story";
          }
          int[] n = counts.computeIfAbsent(type, t -> new int[3]);
          long key = (long) x << 32 | y;
          n[0]++;
          if (byModel.contains(key)) n[1]++;
          if (byFirst.contains(key)) n[2]++;
        }
      }
      counts.forEach((type, n) -> System.out.printf(Locale.ROOT, "half %s %-8s %-15s %5d  %5d  %6d%n",
          side ? "B" : "A", corpus.name(), type, n[0], n[1], n[2]));
    }
  }

  private static Set<Long> packed(long[] pairs) {
    Set<Long> s = new HashSet<>();
    for (long p : pairs) s.add(p);
    return s;
  }
}
