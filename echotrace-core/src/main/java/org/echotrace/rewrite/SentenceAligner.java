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

  /** Sentence similarities given as functions of index ranges: see {@link Similarity}. */
  public List<Group> align(int n, int m, Similarity sim) {
    double[][] best = new double[n + 1][m + 1];
    byte[][] move = new byte[n + 1][m + 1]; // 0 start, 1 skip a, 2 skip b, 3 one-one, 4 two-one, 5 one-two
    double[][] groupSim = new double[n + 1][m + 1];
    for (int i = 0; i <= n; i++) {
      for (int j = 0; j <= m; j++) {
        if (i == 0 && j == 0) continue;
        double b = Double.NEGATIVE_INFINITY;
        byte mv = 0;
        double gs = 0;
        if (i > 0 && best[i - 1][j] > b) {
          b = best[i - 1][j];
          mv = 1;
        }
        if (j > 0 && best[i][j - 1] > b) {
          b = best[i][j - 1];
          mv = 2;
        }
        if (i > 0 && j > 0) {
          double s = sim.of(i - 1, i, j - 1, j);
          if (s >= floor && best[i - 1][j - 1] + (s - floor) > b) {
            b = best[i - 1][j - 1] + (s - floor);
            mv = 3;
            gs = s;
          }
        }
        if (i > 1 && j > 0) {
          double s = sim.of(i - 2, i, j - 1, j);
          if (s >= floor && best[i - 2][j - 1] + 1.5 * (s - floor) > b) {
            b = best[i - 2][j - 1] + 1.5 * (s - floor);
            mv = 4;
            gs = s;
          }
        }
        if (i > 0 && j > 1) {
          double s = sim.of(i - 1, i, j - 2, j);
          if (s >= floor && best[i - 1][j - 2] + 1.5 * (s - floor) > b) {
            b = best[i - 1][j - 2] + 1.5 * (s - floor);
            mv = 5;
            gs = s;
          }
        }
        best[i][j] = b;
        move[i][j] = mv;
        groupSim[i][j] = gs;
      }
    }
    List<Group> out = new ArrayList<>();
    int i = n, j = m;
    while (i > 0 || j > 0) {
      switch (move[i][j]) {
        case 1 -> i--;
        case 2 -> j--;
        case 3 -> {
          out.add(new Group(i - 1, i, j - 1, j, groupSim[i][j]));
          i--;
          j--;
        }
        case 4 -> {
          out.add(new Group(i - 2, i, j - 1, j, groupSim[i][j]));
          i -= 2;
          j--;
        }
        case 5 -> {
          out.add(new Group(i - 1, i, j - 2, j, groupSim[i][j]));
          i--;
          j -= 2;
        }
        default -> throw new IllegalStateException("no move at " + i + "," + j);
      }
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
