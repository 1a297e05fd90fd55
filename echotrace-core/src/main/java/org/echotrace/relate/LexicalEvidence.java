package org.echotrace.relate;

import java.util.List;
import org.echotrace.model.Passage;

/**
 * What identical wording shows about a pair, before any decision: the passages both articles share (quotations both
 * merely quote left out) and how much of each article they cover.
 *
 * @param tokensA words of a
 * @param tokensB words of b
 * @param matched words aligned exactly, over all passages
 * @param coveredA words of a inside the passages
 * @param coveredB words of b inside the passages
 * @param longest exactly aligned words of the longest passage
 * @param passages the passages, in order of a, as character offsets
 */
public record LexicalEvidence(int tokensA, int tokensB, int matched, int coveredA, int coveredB, int longest,
    List<Passage> passages) implements java.io.Serializable {
  public static final LexicalEvidence NONE = new LexicalEvidence(0, 0, 0, 0, 0, 0, List.of());

  public LexicalEvidence {
    passages = List.copyOf(passages);
  }

  /** Share of the shorter article's words aligned exactly (0..1). */
  public double shorterShare() {
    return Math.min(1.0, (double) matched / Math.max(1, Math.min(tokensA, tokensB)));
  }

  /** Share of the longer article's words inside the passages. */
  public double longerCoverage() {
    return tokensA >= tokensB ? coverageA() : coverageB();
  }

  public double coverageA() {
    return (double) coveredA / Math.max(1, tokensA);
  }

  public double coverageB() {
    return (double) coveredB / Math.max(1, tokensB);
  }
}
