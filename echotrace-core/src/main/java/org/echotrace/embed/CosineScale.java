package org.echotrace.embed;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.echotrace.internal.ResourceTable;

/**
 * Puts one embedder's cosines on another's scale: a monotone, piecewise-linear map through knots where both pass the
 * same share of text pairs (quantile matching). The thresholds echotrace uses on lead vectors were set on the bundled
 * transformer's cosines (0.5 "about the same thing", 0.8 "nearly identical"); a first-look embedder whose cosines run
 * higher or lower answers on that scale through its {@code CosineScale}, so every threshold keeps its meaning: the
 * same share of pairs passes it. Knots are fitted by {@code bin/echotrace-bench first-look} on unlabelled lead pairs
 * and shipped in {@code first-look-scale.tsv}. Immutable.
 */
public final class CosineScale {
  /** The scale of the model itself. */
  public static final CosineScale IDENTITY = new CosineScale(new double[] {-1, 1}, new double[] {-1, 1});

  private static final String RESOURCE = "/org/echotrace/embed/first-look-scale.tsv";

  private final double[] own;
  private final double[] model;

  private CosineScale(double[] own, double[] model) {
    this.own = own;
    this.model = model;
  }

  /**
   * Knots {@code own[i] -> model[i]}, both increasing; the ends -1 and 1 are added when missing, so that the map
   * covers every cosine.
   */
  public static CosineScale of(double[] own, double[] model) {
    if (own.length != model.length || own.length == 0) throw new IllegalArgumentException("knots must pair up");
    List<double[]> k = new ArrayList<>();
    if (own[0] > -1) k.add(new double[] {-1, -1});
    for (int i = 0; i < own.length; i++) {
      if (i > 0 && (own[i] <= own[i - 1] || model[i] <= model[i - 1])) {
        throw new IllegalArgumentException("knots must increase: " + Arrays.toString(own) + " -> " + Arrays.toString(model));
      }
      k.add(new double[] {own[i], model[i]});
    }
    if (own[own.length - 1] < 1) k.add(new double[] {1, 1});
    return new CosineScale(k.stream().mapToDouble(x -> x[0]).toArray(), k.stream().mapToDouble(x -> x[1]).toArray());
  }

  /**
   * Knots where {@code own} and {@code model} (cosines of the same text pairs, in any order) pass the same share of
   * pairs: for each model cosine in {@code at}, the own cosine with as many pairs at or above it. Knots that would not
   * increase (too few pairs that high) are left out.
   */
  public static CosineScale fit(double[] own, double[] model, double[] at) {
    double[] o = own.clone(), m = model.clone();
    Arrays.sort(o);
    Arrays.sort(m);
    List<double[]> k = new ArrayList<>();
    for (double t : at) {
      int above = m.length - lowerBound(m, t);
      if (above == 0) continue;
      double cut = o[o.length - above];
      if (!k.isEmpty() && (cut <= k.get(k.size() - 1)[0] || t <= k.get(k.size() - 1)[1])) continue;
      k.add(new double[] {cut, t});
    }
    return of(k.stream().mapToDouble(x -> x[0]).toArray(), k.stream().mapToDouble(x -> x[1]).toArray());
  }

  private static int lowerBound(double[] sorted, double t) {
    int lo = 0, hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The shipped scale of the embedder called {@code name}, or null when none was fitted for it. */
  static CosineScale shipped(String name) {
    List<Double> own = new ArrayList<>(), model = new ArrayList<>();
    for (String[] row : ResourceTable.rows(RESOURCE, 3)) {
      if (!row[0].equals(name)) continue;
      model.add(Double.parseDouble(row[1]));
      own.add(Double.parseDouble(row[2]));
    }
    if (own.isEmpty()) return null;
    return of(own.stream().mapToDouble(Double::doubleValue).toArray(),
        model.stream().mapToDouble(Double::doubleValue).toArray());
  }

  /** An own cosine on the model's scale. */
  public double toModel(double c) {
    return interpolate(own, model, c);
  }

  /** The own cosine that stands for the model's cosine {@code t}. */
  public double fromModel(double t) {
    return interpolate(model, own, t);
  }

  private static double interpolate(double[] x, double[] y, double v) {
    if (v <= x[0]) return y[0];
    if (v >= x[x.length - 1]) return y[y.length - 1];
    int i = lowerBound(x, v);
    if (x[i] == v) return y[i];
    double f = (v - x[i - 1]) / (x[i] - x[i - 1]);
    return y[i - 1] + f * (y[i] - y[i - 1]);
  }

  /** The knots as rows {@code name, model cosine, own cosine} of {@code first-look-scale.tsv}. */
  public List<String> rows(String name) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < own.length; i++) {
      if (Math.abs(own[i]) == 1 && Math.abs(model[i]) == 1) continue;
      out.add(String.format(java.util.Locale.ROOT, "%s\t%.3f\t%.4f", name, model[i], own[i]));
    }
    return out;
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < own.length; i++) {
      b.append(String.format(java.util.Locale.ROOT, "%s%.3f->%.3f", i == 0 ? "" : " ", own[i], model[i]));
    }
    return b.toString();
  }
}
