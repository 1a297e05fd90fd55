package org.echotrace.spark;

import java.io.Serializable;
import java.nio.file.Path;
import org.echotrace.embed.CachingEmbedder;
import org.echotrace.embed.Embedders;
import org.echotrace.embed.OnnxSentenceEmbedder;
import org.echotrace.embed.SentenceEmbedder;

/**
 * How the executors profile articles and judge pairs, as the driver's pipeline does: with or without the sentence
 * model, the bundled one or an ONNX model folder every executor can read at the same path.
 */
public record Rewrites(boolean on, String modelDir, boolean multilingual) implements Serializable {
  /** Identical wording only. */
  public static final Rewrites OFF = new Rewrites(false, null, false);
  /** The bundled English model. */
  public static final Rewrites BUNDLED = new Rewrites(true, null, false);

  /** The model these settings name, loaded (the bundled one is shared by the whole JVM); null when off. */
  public SentenceEmbedder embedder() {
    if (!on) return null;
    return modelDir == null ? Embedders.bundled()
        : new CachingEmbedder(OnnxSentenceEmbedder.fromDirectory(Path.of(modelDir)), 200_000);
  }
}
