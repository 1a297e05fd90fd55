package org.echotrace.embed;

import java.util.List;

/**
 * Turns sentences into unit-length vectors whose dot product is their cosine similarity. Implementations must be
 * thread-safe: the pipeline calls {@link #embed} from several threads at once and parallelises itself.
 */
public interface SentenceEmbedder extends AutoCloseable {
  /** A short name for reports and cache files, e.g. {@code all-MiniLM-L6-v2-q}. */
  String name();

  int dimension();

  /** The unit-length vector of one text. */
  float[] embed(String text);

  /** Vectors of several texts, in order. */
  default float[][] embedAll(List<String> texts) {
    float[][] out = new float[texts.size()][];
    for (int i = 0; i < out.length; i++) out[i] = embed(texts.get(i));
    return out;
  }

  /** Releases native resources; the default holds none. */
  @Override
  default void close() {}

  /** The dot product of two unit vectors: their cosine. */
  static double cosine(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) s += a[i] * b[i];
    return s;
  }

  /** Scales a vector to unit length in place (a zero vector stays zero) and returns it. */
  static float[] normalize(float[] v) {
    double n = 0;
    for (float x : v) n += x * x;
    if (n == 0) return v;
    float inv = (float) (1 / Math.sqrt(n));
    for (int i = 0; i < v.length; i++) v[i] *= inv;
    return v;
  }
}
