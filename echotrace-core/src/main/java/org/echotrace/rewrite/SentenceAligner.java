package org.echotrace.rewrite;

import java.util.ArrayList;
import java.util.List;

/**
 * Order-aware alignment of two articles' sentences by dynamic programming over their similarities, allowing one
 * sentence to match two consecutive sentences on the other side (a rewrite splits or merges sentences). Written by
 * hand: sentence aligners in libraries (Gale-Church, Bleualign, vecalign) are Python/C++ tools for parallel corpora,
 * not Java libraries, and what we need is a few dozen lines.
 *
 * <p>The score of an alignment is the sum over matched groups of {@code (similarity - floor) * sentences / 2}: a
 * match below the floor never pays, so unrelated sentences are skipped rather than forced; a 2-1 group covering
 * three sentences is worth 1.5 times a 1-1 group of the same similarity, so a merge wins only when the merged
 * sentence matches clearly better than either half. The similarity of a group is the cosine between the side's
 * vector and the normalised sum of the other side's two vectors. O(n·m) time and memory; n and m are sentence
 * counts (tens). Thread-safe: no state.
 */
public final class SentenceAligner {
  /** One aligned group: sentences [aFrom, aTo) with [bFrom, bTo), and their similarity. */
  public record Group(int aFrom, int aTo, int bFrom, int bTo, double similarity) {}

  private final double floor;

  /** @param floor the similarity below which sentences are never matched */
  public SentenceAligner(double floor) {
    this.floor = floor;
  }

  /**
   * The moves, as sentences taken from a and from b: skip one of a, skip one of b, then the matching groups 1-1, 2-1
   * and 1-2. A matching group is worth {@code (similarity - floor) * sentences / 2}.
   */
  private static final int[][] MOVES = {{1, 0}, {0, 1}, {1, 1}, {2, 1}, {1, 2}};

  /** Sentence similarities given as functions of index ranges: see {@link Similarity}. */
  public List<Group> align(int n, int m, Similarity sim) {
    double[][] best = new double[n + 1][m + 1];
    byte[][] move = new byte[n + 1][m + 1]; // index into MOVES
    double[][] groupSim = new double[n + 1][m + 1];
    for (int i = 0; i <= n; i++) {
      for (int j = 0; j <= m; j++) {
        if (i == 0 && j == 0) continue;
        double b = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < MOVES.length; k++) {
          int da = MOVES[k][0], db = MOVES[k][1];
          if (i < da || j < db) continue;
          double score = best[i - da][j - db], s = 0;
          if (da > 0 && db > 0) {
            s = sim.of(i - da, i, j - db, j);
            if (s < floor) continue;
            score += (s - floor) * (da + db) / 2.0;
          }
          if (score > b) {
            b = score;
            move[i][j] = (byte) k;
            groupSim[i][j] = s;
          }
        }
        best[i][j] = b;
      }
    }
    List<Group> out = new ArrayList<>();
    int i = n, j = m;
    while (i > 0 || j > 0) {
      int da = MOVES[move[i][j]][0], db = MOVES[move[i][j]][1];
      if (da > 0 && db > 0) out.add(new Group(i - da, i, j - db, j, groupSim[i][j]));
      i -= da;
      j -= db;
    }
    java.util.Collections.reverse(out);
    return out;
  }

  /** Similarity of sentences [aFrom, aTo) of a with [bFrom, bTo) of b; ranges hold one or two sentences. */
  @FunctionalInterface
  public interface Similarity {
    double of(int aFrom, int aTo, int bFrom, int bTo);
  }
}
