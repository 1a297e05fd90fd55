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
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      IndexWriterConfig config = new IndexWriterConfig().setRAMBufferSizeMB(1024);
      try (IndexWriter writer = new IndexWriter(dir, config)) {
        // IndexWriter takes documents from several threads at once (one segment each): the HNSW graphs build in
        // parallel, and a query searches every segment
        IntStream.range(0, n).parallel().forEach(i -> {
          if (v[i] == null) return;
          Document d = new Document();
          d.add(new KnnFloatVectorField("v", v[i], VectorSimilarityFunction.DOT_PRODUCT));
          d.add(new StoredField("i", i));
          try {
            writer.addDocument(d);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
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
    }
  }

  private static long pack(int i, int j) {
    return i < j ? (long) i << 32 | j : (long) j << 32 | i;
  }

  private static long[] merge(long[][] per) {
    return SortedArrays.sortedDistinct(Arrays.stream(per).flatMapToLong(Arrays::stream).toArray());
  }

}
