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

  /**
   * The embedder of the first look: every article's lead is embedded by it, and its vectors decide which leads are
   * neighbours, which pairs the sentence model reads, and which events belong to one narrative. A transformer answers
   * with its distilled static vectors ({@link StaticEmbedder}); the default is this embedder itself.
   */
  default SentenceEmbedder firstLook() {
    return this;
  }

  /**
   * This embedder's cosines on the scale of the model whose thresholds echotrace uses: the identity, except for a
   * first look that runs higher or lower than its model ({@link StaticEmbedder}).
   */
  default CosineScale scale() {
    return CosineScale.IDENTITY;
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
