package org.echotrace.judge;

import org.echotrace.internal.SortedArrays;
import org.echotrace.model.Article;
import org.echotrace.model.Published;
import org.echotrace.relate.LexicalEvidence;
import org.echotrace.rewrite.Evidence;
import org.echotrace.rewrite.Profile;
import org.echotrace.rewrite.SentenceComparer;

/** Turns what was measured of a pair into its {@link PairFeatures}. Thread-safe: no state. */
public final class PairFeaturizer {
  private PairFeaturizer() {}

  /** Two quotations this alike (Dice of their keys) are one statement, in one language or two. */
  static final double QUOTE_MATCH = 0.35;

  /**
   * @param lex identical wording ({@link LexicalEvidence#NONE} when not aligned)
   * @param vectors the sentence alignment on vectors, or null when the model did not compare the pair
   * @param bridge the sentence alignment on language-independent keys
   * @param rarity how rare words and anchors are in the corpus
   */
  public static PairFeatures of(Article a, Profile pa, Article b, Profile pb, LexicalEvidence lex, Evidence vectors,
      Evidence bridge, Rarity rarity) {
    double[] v = new double[Feature.values().length];
    boolean aShorter = pa.words() <= pb.words();
    wording(v, pa, pb, lex, bridge, aShorter);
    if (vectors != null) vectors(v, vectors, aShorter);
    bridge(v, bridge, aShorter);
    facts(v, pa, pb, bridge, rarity);
    String la = pa.language(), lb = pb.language();
    v[Feature.SAME_LANGUAGE.ordinal()] = la != null && la.equals(lb) ? 1 : 0;
    v[Feature.OTHER_LANGUAGE.ordinal()] = la != null && lb != null && !la.equals(lb) ? 1 : 0;
    v[Feature.LENGTH_RATIO.ordinal()] =
        (double) Math.min(pa.words(), pb.words()) / Math.max(1, Math.max(pa.words(), pb.words()));
    Published x = a.published(), y = b.published();
    if (x != null && y != null) {
      v[Feature.DATED.ordinal()] = 1;
      v[Feature.DATE_GAP.ordinal()] = cap(Math.abs(x.date().toEpochDay() - y.date().toEpochDay()) / 30.0);
    }
    return PairFeatures.of(v);
  }

  /** Identical wording, shared words and word pairs. */
  private static void wording(double[] v, Profile pa, Profile pb, LexicalEvidence lex, Evidence bridge,
      boolean aShorter) {
    v[Feature.LEX_SHORT.ordinal()] = lex.shorterShare();
    v[Feature.LEX_LONG.ordinal()] = aShorter ? lex.coverageB() : lex.coverageA();
    v[Feature.LEX_LONGEST.ordinal()] = cap(lex.longest() / 50.0);
    v[Feature.LEX_PASSAGES.ordinal()] = cap(lex.passages().size() / 4.0);
    v[Feature.LEX_MATCHED.ordinal()] = cap(lex.matched() / 120.0);
    v[Feature.WORDS.ordinal()] = cap(bridge.wordOverlap());
    int smaller = Math.min(pa.bigrams().length, pb.bigrams().length);
    v[Feature.BIGRAMS.ordinal()] = smaller == 0 ? 0 : cap((double) SortedArrays.shared(pa.bigrams(), pb.bigrams()) / smaller);
  }

  private static void vectors(double[] v, Evidence e, boolean aShorter) {
    v[Feature.VEC.ordinal()] = 1;
    v[Feature.VEC_SHORT.ordinal()] = cap(aShorter ? e.coverageA() : e.coverageB());
    v[Feature.VEC_LONG.ordinal()] = cap(aShorter ? e.coverageB() : e.coverageA());
    v[Feature.VEC_STRONG_SHORT.ordinal()] = cap(aShorter ? e.strongA() : e.strongB());
    v[Feature.VEC_SIM.ordinal()] = cap(e.similarity());
    v[Feature.VEC_ORDER.ordinal()] = cap(e.order());
    v[Feature.VEC_STRONG.ordinal()] = cap(e.strong() / 6.0);
    v[Feature.VEC_CORE.ordinal()] = v[Feature.VEC_STRONG_SHORT.ordinal()] * v[Feature.VEC_ORDER.ordinal()];
    v[Feature.VEC_RUNS.ordinal()] = cap(e.contiguity());
  }

  private static void bridge(double[] v, Evidence e, boolean aShorter) {
    v[Feature.BRIDGE_SHORT.ordinal()] = cap(aShorter ? e.coverageA() : e.coverageB());
    v[Feature.BRIDGE_LONG.ordinal()] = cap(aShorter ? e.coverageB() : e.coverageA());
    v[Feature.BRIDGE_STRONG_SHORT.ordinal()] = cap(aShorter ? e.strongA() : e.strongB());
    v[Feature.BRIDGE_SIM.ordinal()] = cap(e.similarity());
    v[Feature.BRIDGE_ORDER.ordinal()] = cap(e.order());
    v[Feature.BRIDGE_STRONG.ordinal()] = cap(e.strong() / 6.0);
    v[Feature.BRIDGE_CORE.ordinal()] = v[Feature.BRIDGE_STRONG_SHORT.ordinal()] * v[Feature.BRIDGE_ORDER.ordinal()];
    v[Feature.BRIDGE_RUNS.ordinal()] = cap(e.contiguity());
    v[Feature.BRIDGE_SPREAD.ordinal()] = cap(e.lengthSpread());
    v[Feature.BRIDGE_START.ordinal()] = cap(e.start());
  }

  /** Names, numbers, days and quotations in common: the facts of one event. */
  private static void facts(double[] v, Profile pa, Profile pb, Evidence bridge, Rarity rarity) {
    int shared = SortedArrays.shared(pa.anchors(), pb.anchors());
    int union = pa.anchors().length + pb.anchors().length - shared;
    v[Feature.ANCHORS.ordinal()] = cap(shared / 12.0);
    v[Feature.ANCHOR_JACCARD.ordinal()] = union == 0 ? 0 : (double) shared / union;
    v[Feature.ANCHOR_ORDER.ordinal()] = cap(bridge.anchorOrder());
    v[Feature.RARE_ANCHORS.ordinal()] = cap(rarity.anchorJaccard(pa.anchors(), pb.anchors()));
    v[Feature.RARE_WORDS.ordinal()] = cap(rarity.wordCosine(pa.wordSet(), pb.wordSet()));
    long[] na = numbers(pa), nb = numbers(pb);
    int fewer = Math.min(na.length, nb.length);
    v[Feature.NUMBERS.ordinal()] = fewer == 0 ? 0 : (double) SortedArrays.shared(na, nb) / fewer;
    v[Feature.NUMBERED.ordinal()] = fewer >= 2 ? 1 : 0;
    v[Feature.DISTINCT_NUMBERS.ordinal()] = cap(SortedArrays.shared(distinctive(pa), distinctive(pb)) / 2.0);
    v[Feature.NUMBERS_APART.ordinal()] = fewer >= 2 ? 1 - v[Feature.NUMBERS.ordinal()] : 0;
    int daysFewer = Math.min(pa.days().length, pb.days().length);
    v[Feature.DAYS.ordinal()] = daysFewer == 0 ? 0 : (double) SortedArrays.shared(pa.days(), pb.days()) / daysFewer;
    v[Feature.DAYS_NAMED.ordinal()] = daysFewer > 0 ? 1 : 0;
    v[Feature.DAYS_APART.ordinal()] = daysFewer > 0 ? 1 - v[Feature.DAYS.ordinal()] : 0;
    if (pa.quotes().length > 0 && pb.quotes().length > 0) {
      v[Feature.QUOTES.ordinal()] = sharedQuotes(pa.quotes(), pb.quotes());
      v[Feature.QUOTED.ordinal()] = 1;
      v[Feature.QUOTES_APART.ordinal()] = 1 - v[Feature.QUOTES.ordinal()];
    }
  }

  /** Share of the quotations of the side with fewer that have a counterpart on the other side. */
  static double sharedQuotes(long[][] qa, long[][] qb) {
    long[][] fewer = qa.length <= qb.length ? qa : qb, more = fewer == qa ? qb : qa;
    int matched = 0;
    for (int i = 0; i < fewer.length; i++) {
      for (int j = 0; j < more.length; j++) {
        if (SentenceComparer.dice(fewer, i, i + 1, more, j, j + 1) >= QUOTE_MATCH) {
          matched++;
          break;
        }
      }
    }
    return (double) matched / fewer.length;
  }

  /**
   * Distinct number anchors of an article, sorted, years left out: "2025" is in every report of the year, a count or
   * a percentage belongs to one event.
   */
  static long[] numbers(Profile p) {
    long[] out = new long[p.anchorSequence().size()];
    int n = 0;
    for (var a : p.anchorSequence()) if (a.number() && !year(a.key())) out[n++] = a.hash();
    return SortedArrays.sortedDistinct(java.util.Arrays.copyOf(out, n));
  }

  /** The article's distinctive numbers (three digits or more, or a decimal; no year), sorted. */
  static long[] distinctive(Profile p) {
    long[] out = new long[p.anchorSequence().size()];
    int n = 0;
    for (var a : p.anchorSequence()) {
      String k = a.key();
      if (a.number() && !year(k) && (k.contains(".") || k.length() >= 3)) out[n++] = a.hash();
    }
    return SortedArrays.sortedDistinct(java.util.Arrays.copyOf(out, n));
  }

  /** A four-digit whole number from 1900 to 2100. */
  static boolean year(String number) {
    return number.length() == 4 && number.charAt(0) <= '2' && !number.contains(".")
        && Integer.parseInt(number) >= 1900 && Integer.parseInt(number) <= 2100;
  }

  private static double cap(double x) {
    return Double.isNaN(x) ? 0 : Math.max(0, Math.min(1, x));
  }
}
