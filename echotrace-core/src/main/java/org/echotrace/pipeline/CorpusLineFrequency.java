package org.echotrace.pipeline;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.echotrace.extract.LineClassifier;
import org.echotrace.extract.LineFrequency;
import org.echotrace.extract.LineKey;
import org.echotrace.extract.Page;
import org.echotrace.extract.PageLine;

/**
 * Counts, for every line of a corpus, how many documents contain it. Each page contributes the distinct hashes of its
 * lines to one {@code long[]}, which is sorted; only lines found in two pages or more are kept in the map (a few per
 * cent of all lines), so 100,000 pages cost one 20 MB array for a moment. Built once per run, then read-only.
 */
public final class CorpusLineFrequency implements LineFrequency, java.io.Serializable {
  private final Map<Long, Integer> counts;

  private CorpusLineFrequency(Map<Long, Integer> counts) {
    this.counts = counts;
  }

  public static CorpusLineFrequency of(List<Page> pages) {
    long[][] keys = new long[pages.size()][];
    for (int i = 0; i < keys.length; i++) keys[i] = distinctKeys(pages.get(i));
    return ofKeys(java.util.Arrays.asList(keys));
  }

  /** The distinct non-zero line keys of a page, sorted: what the page contributes to the counts. */
  public static long[] distinctKeys(Page page) {
    long[] all = new long[page.lines().size()];
    int n = 0;
    for (PageLine line : page.lines()) {
      long key = LineKey.hash(line.text());
      if (key != 0) all[n++] = key;
    }
    Arrays.sort(all, 0, n);
    int w = 0;
    for (int i = 0; i < n; i++) if (i == 0 || all[i] != all[i - 1]) all[w++] = all[i];
    return Arrays.copyOf(all, w);
  }

  /** Counts from each page's {@link #distinctKeys}. */
  public static CorpusLineFrequency ofKeys(List<long[]> pages) {
    int total = 0;
    for (long[] k : pages) total += k.length;
    long[] all = new long[total];
    int n = 0;
    for (long[] k : pages) {
      System.arraycopy(k, 0, all, n, k.length);
      n += k.length;
    }
    Arrays.parallelSort(all, 0, n);
    Map<Long, Integer> counts = new HashMap<>();
    for (int i = 0; i < n; ) {
      int j = i;
      while (j < n && all[j] == all[i]) j++;
      if (j - i >= 2) counts.put(all[i], j - i);
      i = j;
    }
    return new CorpusLineFrequency(counts);
  }

  /**
   * Counts gathered elsewhere (a cluster job reduces each page's {@link #distinctKeys}): only keys found in two
   * documents or more need be given.
   */
  public static CorpusLineFrequency ofCounts(Map<Long, Integer> counts) {
    return new CorpusLineFrequency(Map.copyOf(counts));
  }

  /** What extraction reads of these counts for a page with these distinct keys ({@link LineClassifier#countsSignature}). */
  public long signature(long[] keys) {
    return LineClassifier.countsSignature(keys, this);
  }

  @Override
  public int documentsWith(long lineKey) {
    return counts.getOrDefault(lineKey, 1);
  }
}
