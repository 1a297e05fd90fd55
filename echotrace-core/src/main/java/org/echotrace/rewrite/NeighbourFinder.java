package org.echotrace.rewrite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.echotrace.embed.SentenceEmbedder;
import org.echotrace.internal.SortedArrays;

/**
 * The nearest neighbours of every vector among the others, with cosine at least {@code min}: exact search while the
 * set is small (n²/2 dot products: 4,000 vectors take ~8 M products, well under a second), Lucene's HNSW graph beyond,
 * so that candidate generation stays sub-quadratic at 100,000 articles. Pairs are packed {@code a << 32 | b}, a < b,
 * sorted and distinct. Thread-safe: no state.
 */
public final class NeighbourFinder {
  /** Above this many vectors, search the HNSW graph instead of comparing all pairs. */
  static final int EXACT_LIMIT = 4000;
  /**
   * Slices of the vectors, each its own HNSW graph, searched together. Fixed, not the machine's core count, so that
   * every machine (and a cluster job's driver) finds the same neighbours.
   */
  static final int SLICES = 4;
  private final int k;
  private final double min;

  public NeighbourFinder(int k, double min) {
    this.k = k;
    this.min = min;
  }

  /** {@code vectors[i]} may be null (no lead): such items have no neighbours. */
  public long[] pairs(float[][] vectors) {
    return vectors.length <= EXACT_LIMIT ? exact(vectors) : approximate(vectors);
  }

  long[] exact(float[][] v) {
    int n = v.length;
    long[][] per = new long[n][];
    IntStream.range(0, n).parallel().forEach(i -> {
      if (v[i] == null) {
        per[i] = new long[0];
        return;
      }
      double[] best = new double[k];
      int[] who = new int[k];
      Arrays.fill(best, Double.NEGATIVE_INFINITY);
      for (int j = 0; j < n; j++) {
        if (j == i || v[j] == null) continue;
        double c = SentenceEmbedder.cosine(v[i], v[j]);
        if (c < min || c <= best[k - 1]) continue;
        int p = k - 1;
        while (p > 0 && best[p - 1] < c) {
          best[p] = best[p - 1];
          who[p] = who[p - 1];
          p--;
        }
        best[p] = c;
        who[p] = j;
      }
      List<Long> out = new ArrayList<>();
      for (int p = 0; p < k && best[p] > Double.NEGATIVE_INFINITY; p++) out.add(pack(i, who[p]));
      per[i] = out.stream().mapToLong(Long::longValue).toArray();
    });
    return merge(per);
  }

  long[] approximate(float[][] v) {
    int n = v.length;
    int slices = Math.min(SLICES, n);
    ByteBuffersDirectory[] dirs = new ByteBuffersDirectory[slices];
    for (int s = 0; s < slices; s++) dirs[s] = new ByteBuffersDirectory();
    try {
      // each slice is indexed by one thread in index order, into one segment: a graph's insertion order, and so the
      // neighbours found, do not depend on thread timing (several threads adding to one writer made two runs of a
      // 10,000-article corpus give different candidates). Slices are built in parallel.
      IntStream.range(0, slices).parallel().forEach(s -> index(v, (int) ((long) n * s / slices),
          (int) ((long) n * (s + 1) / slices), dirs[s]));
      DirectoryReader[] parts = new DirectoryReader[slices];
      for (int s = 0; s < slices; s++) parts[s] = DirectoryReader.open(dirs[s]);
      try (MultiReader reader = new MultiReader(parts)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        int[] item = new int[reader.maxDoc()];
        for (var leaf : reader.leaves()) {
          var fields = leaf.reader().storedFields();
          for (int d = 0; d < leaf.reader().maxDoc(); d++) {
            item[leaf.docBase + d] = fields.document(d).getField("i").numericValue().intValue();
          }
        }
        long[][] per = new long[n][];
        IntStream.range(0, n).parallel().forEach(i -> {
          if (v[i] == null) {
            per[i] = new long[0];
            return;
          }
          try {
            TopDocs top = searcher.search(new KnnFloatVectorQuery("v", v[i], k + 1), k + 1);
            List<Long> out = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) {
              int j = item[sd.doc];
              double cosine = 2 * sd.score - 1; // DOT_PRODUCT scores are (1 + dot) / 2
              if (j != i && cosine >= min) out.add(pack(i, j));
            }
            per[i] = out.stream().mapToLong(Long::longValue).toArray();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
        return merge(per);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("in-memory vector index failed: " + e.getMessage(), e);
    } finally {
      org.apache.lucene.util.IOUtils.closeWhileHandlingException(dirs);
    }
  }

  /** Vectors {@code from..to-1} (nulls left out) into {@code dir}, in order, by this thread alone, as one segment. */
  private static void index(float[][] v, int from, int to, ByteBuffersDirectory dir) {
    IndexWriterConfig config = new IndexWriterConfig().setRAMBufferSizeMB(1024).setMergePolicy(NoMergePolicy.INSTANCE);
    try (IndexWriter writer = new IndexWriter(dir, config)) {
      for (int i = from; i < to; i++) {
        if (v[i] == null) continue;
        Document d = new Document();
        d.add(new KnnFloatVectorField("v", v[i], VectorSimilarityFunction.DOT_PRODUCT));
        d.add(new StoredField("i", i));
        writer.addDocument(d);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long pack(int i, int j) {
    return i < j ? (long) i << 32 | j : (long) j << 32 | i;
  }

  private static long[] merge(long[][] per) {
    return SortedArrays.sortedDistinct(Arrays.stream(per).flatMapToLong(Arrays::stream).toArray());
  }

}
