package org.echotrace.embed;

/**
 * The bundled model, opened once per process on first use and shared (behind one sentence cache) by every pipeline
 * in it: opening the ONNX session costs ~0.5 s and ~60 MB. Thread-safe.
 */
public final class Embedders {
  /** Vectors kept in the shared cache (~1.6 kB each). */
  static final int CACHE_CAPACITY = 200_000;

  private Embedders() {}

  private static final class Model {
    static final OnnxSentenceEmbedder BUNDLED = OnnxSentenceEmbedder.bundled();
  }

  private static final class Holder {
    static final CachingEmbedder BUNDLED = new CachingEmbedder(Model.BUNDLED, CACHE_CAPACITY);
  }

  /**
   * Where distilled vectors are kept between runs: {@code $ECHOTRACE_CACHE} when set, else
   * {@code ~/.cache/echotrace}.
   */
  public static java.nio.file.Path cacheDirectory() {
    String env = System.getenv("ECHOTRACE_CACHE");
    if (env != null && !env.isBlank()) return java.nio.file.Path.of(env);
    return java.nio.file.Path.of(System.getProperty("user.home"), ".cache", "echotrace");
  }

  /** The bundled model without the shared cache: for a benchmark that wants a cold cache on every run. */
  public static SentenceEmbedder bundledModel() {
    return Model.BUNDLED;
  }

  /** A fresh, empty cache around the bundled model. */
  public static CachingEmbedder freshCache() {
    return new CachingEmbedder(Model.BUNDLED, CACHE_CAPACITY);
  }

  /** The quantized all-MiniLM-L6-v2, cached by sentence. */
  public static CachingEmbedder bundled() {
    return Holder.BUNDLED;
  }
}
