package org.echotrace.embed;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.tribuo.math.la.DenseMatrix;

/**
 * A sentence vector in microseconds: the weighted mean of static token vectors distilled from a sentence model (the
 * model2vec recipe, Tulkens and van Dongen 2024). Each token of the model's vocabulary is run through the model alone
 * ({@link OnnxSentenceEmbedder#tokenVectors()}), the vectors are centred and reduced by PCA, and each is weighted by
 * SIF from its rank in the vocabulary ({@link #weights}: frequent pieces weigh little). A text's vector is then the
 * normalised sum of its pieces' vectors: no attention, no session run. Their cosines run on another scale than the
 * model's; {@link #scale()} puts them on it (fitted and shipped, see {@link CosineScale}). It is a first look (which
 * leads are neighbours, which pairs the transformer should read), not a replacement for the model's sentence vectors.
 * Thread-safe.
 *
 * <p>Written here because no Java library distils static vectors; the eigen decomposition is Tribuo's.
 */
public final class StaticEmbedder implements SentenceEmbedder {
  /** Dimensions kept by PCA (model2vec's default is 256). */
  static final int DIMENSIONS = 256;
  /** Bumped whenever the recipe changes, so that an old cache file is not read. */
  static final int RECIPE = 2;

  private final String name;
  private final HuggingFaceTokenizer tokenizer;
  private final float[][] table;
  private final CosineScale scale;

  private StaticEmbedder(String name, byte[] tokenizerJson, float[][] table, CosineScale scale) {
    this.name = name;
    this.table = table;
    this.scale = scale;
    try {
      this.tokenizer = HuggingFaceTokenizer.newInstance(new ByteArrayInputStream(tokenizerJson),
          Map.of("padding", "false", "truncation", "false", "addSpecialTokens", "false"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The static vectors of {@code model}, read from {@code cacheDir} when distilled before (one file per model and
   * recipe), else distilled now (about 20 s on two cores for a 30,000-piece vocabulary) and written there. A cache
   * that cannot be written only costs the distilling again next time: the vectors are still returned.
   */
  public static StaticEmbedder of(OnnxSentenceEmbedder model, Path cacheDir) {
    String name = nameFor(model);
    Path file = cacheDir == null ? null : cacheDir.resolve(name + ".bin.gz");
    float[][] table = file == null ? null : read(file);
    if (table == null) {
      table = distil(model.tokenVectors(), model.pieces());
      if (file != null) write(file, table);
    }
    CosineScale scale = CosineScale.shipped(name);
    return new StaticEmbedder(name, model.tokenizerJson(), table, scale == null ? CosineScale.IDENTITY : scale);
  }

  /**
   * The name of the static vectors of {@code model}: the dimensions, the recipe and a hash of the model's files (not
   * its name: the bundled model's files in a {@code --model} folder get the same vectors and the same scale).
   */
  static String nameFor(OnnxSentenceEmbedder model) {
    return "static" + DIMENSIONS + "-r" + RECIPE + "-" + Long.toHexString(model.fingerprint());
  }

  /** Whether a scale was fitted for the static vectors of {@code model} (without it they are not used). */
  static boolean calibrated(OnnxSentenceEmbedder model) {
    return CosineScale.shipped(nameFor(model)) != null;
  }

  @Override
  public CosineScale scale() {
    return scale;
  }

  /**
   * Centred, PCA-reduced and frequency-weighted rows of {@code raw} (row i = piece id i; null rows stay zero);
   * {@code pieces} are the vocabulary's pieces by id.
   */
  static float[][] distil(float[][] raw, List<String> pieces) {
    double[] weight = weights(pieces);
    int v = raw.length, d = 0;
    for (float[] r : raw) if (r != null) d = r.length;
    double[] mean = new double[d];
    int rows = 0;
    for (float[] r : raw) {
      if (r == null) continue;
      rows++;
      for (int k = 0; k < d; k++) mean[k] += r[k];
    }
    for (int k = 0; k < d; k++) mean[k] /= Math.max(1, rows);
    double[][] cov = new double[d][d];
    double[] x = new double[d];
    for (float[] r : raw) {
      if (r == null) continue;
      for (int k = 0; k < d; k++) x[k] = r[k] - mean[k];
      for (int i = 0; i < d; i++) {
        double xi = x[i];
        double[] ci = cov[i];
        for (int j = i; j < d; j++) ci[j] += xi * x[j];
      }
    }
    for (int i = 0; i < d; i++) for (int j = 0; j < i; j++) cov[i][j] = cov[j][i];
    DenseMatrix.EigenDecomposition eig = DenseMatrix.createDenseMatrix(cov).eigenDecomposition()
        .orElseThrow(() -> new IllegalStateException("the token vectors' covariance has no eigen decomposition"));
    double[] values = eig.eigenvalues().toArray();
    Integer[] order = new Integer[values.length];
    for (int i = 0; i < order.length; i++) order[i] = i;
    java.util.Arrays.sort(order, (p, q) -> Double.compare(values[q], values[p]));
    int keep = Math.min(DIMENSIONS, d);
    double[][] basis = new double[keep][];
    for (int c = 0; c < keep; c++) basis[c] = eig.getEigenVector(order[c]).toArray();
    float[][] out = new float[v][];
    for (int t = 0; t < v; t++) {
      out[t] = new float[keep];
      if (raw[t] == null) continue;
      for (int k = 0; k < d; k++) x[k] = raw[t][k] - mean[k];
      for (int c = 0; c < keep; c++) {
        double s = 0;
        for (int k = 0; k < d; k++) s += basis[c][k] * x[k];
        out[t][c] = (float) (s * weight[t]);
      }
    }
    return out;
  }

  /**
   * SIF's smoothing (Arora et al. 2017): pieces more frequent than this weigh little. With weights from the log of the
   * rank instead (model2vec's), common pieces kept nearly full weight and every lead pair sat at cosine 0.7 or more;
   * 1e-3, 1e-4 and 1e-5 found about as many labelled pairs among lead neighbours (docs/BENCHMARKS.md, "The first
   * look"); 1e-4, the middle one, is kept.
   */
  static final double SIF_A = 1e-4;

  /**
   * SIF weights {@code a / (a + p)} with each piece's probability {@code p} from Zipf's law on its rank: a WordPiece
   * vocabulary lists reserved pieces and single characters first (in code-point order), then longer pieces from the
   * most frequent down. Single characters (punctuation, mostly) are ranked first, as the most frequent of all.
   */
  static double[] weights(List<String> pieces) {
    int v = pieces.size(), firstLong = -1;
    for (int i = 0; i < v && firstLong < 0; i++) {
      String p = pieces.get(i);
      if (p != null && !(p.startsWith("[") && p.endsWith("]")) && p.codePointCount(0, p.length()) > 1) firstLong = i;
    }
    double harmonic = Math.log(v) + 0.5772;
    double[] w = new double[v];
    for (int i = 0; i < v; i++) {
      String p = pieces.get(i);
      int rank = firstLong < 0 || i < firstLong || p == null || p.codePointCount(0, p.length()) <= 1 ? 1 : i - firstLong + 1;
      double prob = 1.0 / (rank * harmonic);
      w[i] = SIF_A / (SIF_A + prob);
    }
    return w;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public int dimension() {
    return table.length == 0 ? 0 : table[0].length;
  }

  @Override
  public float[] embed(String text) {
    float[] v = new float[dimension()];
    if (text == null || text.isBlank()) return v;
    for (long id : tokenizer.encode(text).getIds()) {
      if (id < 0 || id >= table.length) continue;
      float[] t = table[(int) id];
      for (int k = 0; k < v.length; k++) v[k] += t[k];
    }
    return SentenceEmbedder.normalize(v);
  }

  @Override
  public void close() {
    tokenizer.close();
  }

  static float[][] read(Path file) {
    if (!Files.isRegularFile(file)) return null;
    try (InputStream in = Files.newInputStream(file);
        DataInputStream data = new DataInputStream(new java.io.BufferedInputStream(new GZIPInputStream(in)))) {
      int v = data.readInt(), d = data.readInt();
      float[][] t = new float[v][];
      for (int i = 0; i < v; i++) {
        if (!data.readBoolean()) continue;
        t[i] = new float[d];
        for (int k = 0; k < d; k++) t[i][k] = data.readFloat();
      }
      return t;
    } catch (IOException | RuntimeException e) {
      System.err.println("echotrace: the static vector cache " + file + " is unreadable (" + e.getMessage()
          + "); distilling again");
      return null;
    }
  }

  static void write(Path file, float[][] table) {
    try {
      Files.createDirectories(file.getParent());
      Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
      try (OutputStream out = Files.newOutputStream(tmp);
          DataOutputStream data = new DataOutputStream(new java.io.BufferedOutputStream(new GZIPOutputStream(out)))) {
        int d = 0;
        for (float[] row : table) if (row != null) d = row.length;
        data.writeInt(table.length);
        data.writeInt(d);
        for (float[] row : table) {
          data.writeBoolean(row != null);
          if (row != null) for (float f : row) data.writeFloat(f);
        }
      }
      org.echotrace.internal.AtomicFiles.replace(tmp, file);
    } catch (IOException e) {
      System.err.println("echotrace: cannot cache the static vectors in " + file + " (" + e.getMessage() + ")");
    }
  }
}
