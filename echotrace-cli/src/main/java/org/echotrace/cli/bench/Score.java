package org.echotrace.cli.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.echotrace.model.Relation;
import org.echotrace.model.RelationKind;

/**
 * Reported copies scored against the planted ones (verbatim, partial, and rewrites expected as paraphrases). A planted
 * pair counts as found when it is reported as any kind of copy;
 * a reported pair counts as correct when it is a planted pair of any kind, or an incidental one (see
 * {@link PlantedPairs#incidental()}). {@code verbatimAsVerbatim} and
 * {@code partialAsPartial} count found pairs whose reported kind also agrees (0 for a peer that reports no kind).
 */
public record Score(int verbatimPlanted, int verbatimFound, int verbatimAsVerbatim, int partialPlanted,
    int partialFound, int partialAsPartial, int reported, int correct, int rewritePlanted, int rewriteFound,
    int rewriteAsParaphrase) {

  /** Scores echotrace's relations, whose ids were made by {@link SyntheticCorpus#id(int)}. */
  public static Score of(List<Relation> relations, PlantedPairs planted) {
    Map<Long, RelationKind> reported = new HashMap<>();
    for (Relation r : relations) {
      // no event and no narrative is planted in word salad (every article is drawn from one vocabulary, with no facts
      // of its own): same-story and same-narrative pairs are chance groupings, counted apart; copies are scored
      if (!r.isCopy()) continue;
      int a = SyntheticCorpus.number(r.a()), b = SyntheticCorpus.number(r.b());
      if (a >= 0 && b >= 0 && a != b) reported.put(PlantedPairs.key(a, b), r.kind());
    }
    return of(reported, planted);
  }

  /** Scores pairs keyed by {@link PlantedPairs#key}; a null kind means the reporter gives none. */
  public static Score of(Map<Long, RelationKind> reported, PlantedPairs planted) {
    int vPlanted = 0, vFound = 0, vKind = 0, pPlanted = 0, pFound = 0, pKind = 0, correct = 0;
    for (var e : planted.asMap().entrySet()) {
      boolean verbatim = e.getValue() == RelationKind.VERBATIM;
      boolean found = reported.containsKey(e.getKey());
      boolean kindAgrees = found && reported.get(e.getKey()) == e.getValue();
      if (verbatim) {
        vPlanted++;
        vFound += found ? 1 : 0;
        vKind += kindAgrees ? 1 : 0;
      } else {
        pPlanted++;
        pFound += found ? 1 : 0;
        pKind += kindAgrees ? 1 : 0;
      }
    }
    int rFound = 0, rKind = 0;
    for (Long pair : planted.rewrites()) {
      if (!reported.containsKey(pair)) continue;
      rFound++;
      if (reported.get(pair) == RelationKind.PARAPHRASE) rKind++;
    }
    for (Long pair : reported.keySet()) {
      if (planted.asMap().containsKey(pair) || planted.incidental().contains(pair) || planted.rewrites().contains(pair)) {
        correct++;
      }
    }
    return new Score(vPlanted, vFound, vKind, pPlanted, pFound, pKind, reported.size(), correct,
        planted.rewrites().size(), rFound, rKind);
  }

  public double verbatimRecall() {
    return ratio(verbatimFound, verbatimPlanted);
  }

  public double rewriteRecall() {
    return ratio(rewriteFound, rewritePlanted);
  }

  public double partialRecall() {
    return ratio(partialFound, partialPlanted);
  }

  /** Share of reported pairs that are planted; 1 when nothing was reported. */
  public double precision() {
    return reported == 0 ? 1.0 : (double) correct / reported;
  }

  private static double ratio(int found, int planted) {
    return planted == 0 ? Double.NaN : (double) found / planted;
  }
}
