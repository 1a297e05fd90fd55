package org.echotrace.bench.provenance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.echotrace.model.AnalysisResult;
import org.echotrace.model.OriginConfidence;
import org.echotrace.model.Relation;
import org.echotrace.model.Story;

/**
 * One run scored against a {@link LabelledCorpus} the way {@code ../shared/tools/score_corpus.py} scores a JSON result
 * (same definitions; checked to give the same numbers on web-dev): copy pairs (verbatim, partial, paraphrase,
 * translation), event pairs (a copy, same-story, or one predicted story), B-cubed of stories, origin accuracy over
 * labelled origins, copies claimed between unrelated or same-narrative pairs; plus what the scorer does not measure:
 * wrong origins stated as certain.
 */
record CorpusScore(int goldCopies, int predictedCopies, int foundCopies, Map<String, int[]> recallByType,
    int exactType, int goldEvents, int predictedEvents, int foundEvents, double bcubedP, double bcubedR,
    int originsRight, int originsLabelled, int copiesOnUnrelated, int certainWrong, int certain, double[] narrativeBcubed) {
  static final Set<String> COPY = Set.of("verbatim", "partial", "paraphrase", "translation");

  static CorpusScore of(LabelledCorpus gold, AnalysisResult r) {
    Set<String> ids = new HashSet<>();
    for (var a : r.articles()) ids.add(LabelledCorpus.stem(a.id()));
    ids.retainAll(gold.story().keySet());
    Map<String, String> predType = new HashMap<>(), predOrigin = new HashMap<>();
    Map<String, Relation> byKey = new HashMap<>();
    for (Relation rel : r.relations()) {
      String k = LabelledCorpus.key(rel.a(), rel.b());
      predType.put(k, rel.kind().jsonName());
      predOrigin.put(k, rel.origin().id() == null ? null : LabelledCorpus.stem(rel.origin().id()));
      byKey.put(k, rel);
    }
    Set<String> goldCopy = new HashSet<>(), goldEvent = new HashSet<>();
    gold.types().forEach((k, t) -> {
      if (COPY.contains(t)) goldCopy.add(k);
      if (COPY.contains(t) || t.equals("same-story")) goldEvent.add(k);
    });
    Set<String> predCopy = new HashSet<>(), predEvent = new HashSet<>();
    predType.forEach((k, t) -> {
      if (COPY.contains(t)) predCopy.add(k);
      if (COPY.contains(t) || t.equals("same-story")) predEvent.add(k);
    });
    Map<String, String> predStory = new HashMap<>();
    for (Story s : r.stories()) for (String a : s.articles()) predStory.put(LabelledCorpus.stem(a), s.id());
    List<String> sorted = new ArrayList<>(ids);
    sorted.sort(null);
    for (int i = 0; i < sorted.size(); i++) {
      for (int j = i + 1; j < sorted.size(); j++) {
        String x = predStory.get(sorted.get(i));
        if (x != null && x.equals(predStory.get(sorted.get(j)))) predEvent.add(LabelledCorpus.key(sorted.get(i), sorted.get(j)));
      }
    }
    int foundCopies = 0, exact = 0;
    Map<String, int[]> byType = new TreeMap<>();
    for (String k : goldCopy) {
      String t = gold.types().get(k);
      int[] c = byType.computeIfAbsent(t, x -> new int[2]);
      c[1]++;
      if (predCopy.contains(k)) {
        c[0]++;
        foundCopies++;
        if (t.equals(predType.get(k))) exact++;
      }
    }
    int foundEvents = 0;
    for (String k : goldEvent) if (predEvent.contains(k)) foundEvents++;
    int right = 0, labelled = 0;
    for (var e : gold.origins().entrySet()) {
      if (!ids.contains(e.getKey())) continue;
      labelled++;
      String k = LabelledCorpus.key(e.getKey(), e.getValue());
      if (predCopy.contains(k) && e.getValue().equals(predOrigin.get(k))) right++;
    }
    int unrelated = 0;
    for (String k : predCopy) {
      String t = gold.types().getOrDefault(k, "unrelated");
      if (t.equals("unrelated") || t.equals("same-narrative")) unrelated++;
    }
    // a certain origin is wrong when the labels say the other way round, or that both sides copy one third article
    int certain = 0, certainWrong = 0;
    for (Relation rel : r.relations()) {
      if (rel.origin().confidence() != OriginConfidence.CERTAIN) continue;
      certain++;
      String a = LabelledCorpus.stem(rel.a()), b = LabelledCorpus.stem(rel.b()), o = LabelledCorpus.stem(rel.origin().id());
      String copy = o.equals(a) ? b : a;
      String oo = gold.origins().get(o), co = gold.origins().get(copy);
      if (copy.equals(oo) || co != null && !co.equals(o) && co.equals(oo)) certainWrong++;
    }
    double[] bc = bcubed(sorted, gold.story(), predStory);
    double[] nb = null;
    if (!gold.narrative().isEmpty()) {
      // an article outside every predicted narrative is a narrative of its own event
      Map<String, String> predNarrative = new HashMap<>();
      for (String id : sorted) predNarrative.put(id, "event:" + predStory.getOrDefault(id, id));
      for (var n : r.narratives()) for (String a : n.articles()) predNarrative.put(LabelledCorpus.stem(a), n.id());
      nb = bcubed(sorted, gold.narrative(), predNarrative);
    }
    return new CorpusScore(goldCopy.size(), predCopy.size(), foundCopies, byType, exact, goldEvent.size(),
        predEvent.size(), foundEvents, bc[0], bc[1], right, labelled, unrelated, certainWrong, certain, nb);
  }

  private static double[] bcubed(List<String> ids, Map<String, String> gold, Map<String, String> pred) {
    Map<String, Set<String>> pc = new HashMap<>(), gc = new HashMap<>();
    for (String i : ids) {
      pc.computeIfAbsent(pred.getOrDefault(i, "solo:" + i), k -> new HashSet<>()).add(i);
      gc.computeIfAbsent(gold.get(i), k -> new HashSet<>()).add(i);
    }
    double p = 0, r = 0;
    for (String i : ids) {
      Set<String> a = pc.get(pred.getOrDefault(i, "solo:" + i)), b = gc.get(gold.get(i));
      int inter = 0;
      for (String x : a) if (b.contains(x)) inter++;
      p += (double) inter / a.size();
      r += (double) inter / b.size();
    }
    return new double[] {p / ids.size(), r / ids.size()};
  }

  double copyPrecision() {
    return predictedCopies == 0 ? 1 : (double) foundCopies / predictedCopies;
  }

  double copyRecall() {
    return goldCopies == 0 ? 1 : (double) foundCopies / goldCopies;
  }

  static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  double bcubedF1() {
    return f1(bcubedP, bcubedR);
  }

  String format() {
    StringBuilder types = new StringBuilder();
    recallByType.forEach((t, c) -> types.append(types.length() == 0 ? "" : ", ").append(t).append(' ').append(c[0])
        .append('/').append(c[1]));
    double ep = predictedEvents == 0 ? 1 : (double) foundEvents / predictedEvents;
    double er = goldEvents == 0 ? 1 : (double) foundEvents / goldEvents;
    return String.format(Locale.ROOT,
        "copy pairs   P=%.3f R=%.3f F1=%.3f  (%d/%d found, %d claimed)%n"
            + "  recall by gold type: %s%n  type exact on found: %.3f%n"
            + "  copies claimed between unrelated/same-narrative pairs: %d%n"
            + "event pairs  P=%.3f R=%.3f F1=%.3f%nevent clusters B-cubed P=%.3f R=%.3f F1=%.3f%n"
            + "origin       %d/%d = %.3f   certain origins: %d, wrong: %d%n%s",
        copyPrecision(), copyRecall(), f1(copyPrecision(), copyRecall()), foundCopies, goldCopies, predictedCopies,
        types, foundCopies == 0 ? 0 : (double) exactType / foundCopies, copiesOnUnrelated, ep, er, f1(ep, er),
        bcubedP, bcubedR, bcubedF1(), originsRight, originsLabelled,
        originsLabelled == 0 ? 0 : (double) originsRight / originsLabelled, certain, certainWrong,
        narrativeBcubed == null ? "" : String.format(Locale.ROOT, "narratives B-cubed P=%.3f R=%.3f F1=%.3f%n",
            narrativeBcubed[0], narrativeBcubed[1], f1(narrativeBcubed[0], narrativeBcubed[1])));
  }
}
