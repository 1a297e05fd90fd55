package org.echotrace.judge;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.echotrace.internal.Check;

/** The values of every {@link Feature} for one pair. Immutable. */
public final class PairFeatures {
  private final double[] values;

  private PairFeatures(double[] values) {
    this.values = values;
  }

  /** Values in {@link Feature} order; each must be finite and in [0, 1]. */
  public static PairFeatures of(double[] values) {
    if (values.length != Feature.values().length) {
      throw new IllegalArgumentException("expected " + Feature.values().length + " values, got " + values.length);
    }
    for (Feature f : Feature.values()) Check.unitInterval(values[f.ordinal()], f.key());
    return new PairFeatures(values.clone());
  }

  public double get(Feature f) {
    return values[f.ordinal()];
  }

  /** A copy of the values, in {@link Feature} order. */
  public double[] toArray() {
    return values.clone();
  }

  /** These features with the ones that need the sentence model set to 0, as a run without the model sees them. */
  public PairFeatures withoutVectors() {
    double[] v = values.clone();
    for (Feature f : new Feature[] {Feature.VEC, Feature.VEC_SHORT, Feature.VEC_LONG, Feature.VEC_STRONG_SHORT,
        Feature.VEC_SIM, Feature.VEC_ORDER, Feature.VEC_STRONG, Feature.VEC_CORE, Feature.VEC_RUNS}) {
      v[f.ordinal()] = 0;
    }
    return new PairFeatures(v);
  }

  /**
   * The features the event model reads: all but whether both articles are dated and how far apart. Which pairs of a
   * labelled corpus are dated is an accident of its collection (web-dev's unrelated stories come from other weeks,
   * ECB+ has no dates), and a model that learned "both dated, days apart" as "one event" would merge every pair of a
   * one-day crawl. Dates act on events only through rules: a pair a month apart is never one event, and close dates
   * make a pair eligible ({@link LearnedJudge#specific}). The kind model keeps them: without them web-dev's
   * cross-validated copy F1 fell from 0.724 to 0.697 and copies claimed between unrelated stories rose from 1 to 3.
   */
  public PairFeatures forEvents() {
    double[] v = values.clone();
    v[Feature.DATED.ordinal()] = 0;
    v[Feature.DATE_GAP.ordinal()] = 0;
    return new PairFeatures(v);
  }

  public Map<Feature, Double> asMap() {
    Map<Feature, Double> m = new EnumMap<>(Feature.class);
    for (Feature f : Feature.values()) m.put(f, values[f.ordinal()]);
    return m;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PairFeatures p && Arrays.equals(values, p.values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    for (Feature f : Feature.values()) {
      if (b.length() > 0) b.append(' ');
      b.append(f.key()).append('=').append(String.format(java.util.Locale.ROOT, "%.3f", values[f.ordinal()]));
    }
    return b.toString();
  }
}
