package org.echotrace.rewrite;

import java.util.List;
import java.util.Locale;
import org.echotrace.model.SentencePair;

/**
 * What the comparison of two articles measured, before any decision: the features {@link org.echotrace.judge.PairFeaturizer} reads.
 *
 * @param coverageA share of a's words in sentences aligned with b
 * @param coverageB share of b's words in sentences aligned with a
 * @param strongA share of a's words in sentences aligned with b at similarity {@link SentenceComparer#STRONG} or more
 * @param strongB the same for b
 * @param similarity word-weighted mean similarity of the aligned sentences
 * @param strong aligned groups with similarity at least {@link SentenceComparer#STRONG}
 * @param order share of a's greedily matched words that the order-preserving alignment keeps (1: same order)
 * @param wordOverlap share of the smaller article's distinct words (4+ letters) found in the other
 * @param sharedAnchors distinct numbers and names in both
 * @param anchorOrder anchors matched in order (longest common subsequence) over the smaller anchor count
 * @param crossLingual the sentences were compared on language-independent keys, not on vectors
 * @param lengthSpread standard deviation of the log ratio of the aligned groups' lengths in characters (1 with fewer
 *     than two groups): a translation or a close rewrite keeps each sentence's length in proportion
 * @param start where the alignment starts: the smaller of the first aligned sentence's relative position on each
 *     side (0: at the top of one article)
 * @param contiguity share of aligned groups after the first that directly follow the previous group on both sides
 *     (no sentence skipped in between): a rewrite goes sentence by sentence, two reports match here and there
 * @param pairs the aligned sentences
 */
public record Evidence(double coverageA, double coverageB, double strongA, double strongB, double similarity, int strong, double order,
    double wordOverlap, int sharedAnchors, double anchorOrder, boolean crossLingual, double lengthSpread, double start,
    double contiguity, List<SentencePair> pairs) {
  public Evidence {
    pairs = List.copyOf(pairs);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT,
        "cov %.2f/%.2f strongcov %.2f/%.2f sim %.2f strong %d order %.2f words %.2f anchors %d anchorOrder %.2f%s"
            + " spread %.2f start %.2f pairs %d", coverageA, coverageB, strongA, strongB, similarity, strong, order,
        wordOverlap, sharedAnchors, anchorOrder, crossLingual ? " xl" : "", lengthSpread, start, pairs.size());
  }
}
