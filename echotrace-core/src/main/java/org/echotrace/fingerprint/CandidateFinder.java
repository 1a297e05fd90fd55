package org.echotrace.fingerprint;

import java.util.Arrays;
import java.util.List;
import org.echotrace.internal.SortedArrays;

/**
 * Candidate pairs for alignment, from two indexes: {@link LshIndex} on MinHash signatures finds whole-document copies,
 * and an index of rare winnowed fingerprints finds a reused paragraph inside a long article, which whole-document
 * Jaccard misses. Both are sub-quadratic: sorting postings, then pairs only within small groups.
 */
public final class CandidateFinder {
  /** A fingerprint in more documents than this is a stock phrase or furniture, not evidence of reuse. */
  public static final int MAX_FINGERPRINT_DOCS = 50;
  /**
   * A pair needs this many shared rare fingerprints: one can be chance (a 12-word stock phrase), two mean a shared run
   * of about 20 words or two separate shared runs.
   */
  public static final int MIN_SHARED_FINGERPRINTS = 2;

  /** Candidate pairs of document numbers (indices into {@code prints}), packed {@code a << 32 | b}, a < b, sorted. */
  public long[] find(List<Fingerprint> prints) {
    LshIndex lsh = new LshIndex();
    PairCounter rare = new PairCounter();
    for (int d = 0; d < prints.size(); d++) {
      Fingerprint p = prints.get(d);
      if (p.empty()) continue;
      lsh.add(d, p.signature());
      long[] distinct = p.fingerprints().clone();
      Arrays.sort(distinct);
      for (int i = 0; i < distinct.length; i++) if (i == 0 || distinct[i] != distinct[i - 1]) rare.add(distinct[i], d);
    }
    long[] fromLsh = lsh.candidates();
    PairCounter.Counts counts = rare.pairs(MAX_FINGERPRINT_DOCS);
    long[] fromRare = new long[counts.size()];
    int n = 0;
    for (int i = 0; i < counts.size(); i++) if (counts.counts()[i] >= MIN_SHARED_FINGERPRINTS) fromRare[n++] = counts.pairs()[i];
    return SortedArrays.union(fromLsh, Arrays.copyOf(fromRare, n));
  }

}
