package org.echotrace.pipeline;

import java.util.Arrays;
import java.util.List;
import org.echotrace.extract.LineClassifier;
import org.echotrace.extract.LineFrequency;
import org.echotrace.extract.LineKey;
import org.echotrace.extract.Page;
import org.echotrace.extract.PageLine;
import org.echotrace.internal.KeyCounts;

/**
 * Counts, for every line of a corpus, how many documents contain it. Each page contributes the distinct hashes of its
 * lines to one {@code long[]}, which is sorted; only lines found in two pages or more are kept (a few per cent of all
 * lines), as a sorted array searched by halves, so 100,000 pages cost one 20 MB array for a moment. Built once per
 * run, then read-only.
 */
public final class CorpusLineFrequency implements LineFrequency, java.io.Serializable {
  private final KeyCounts repeated;

  private CorpusLineFrequency(KeyCounts repeated) {
    this.repeated = repeated;
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
    return new CorpusLineFrequency(KeyCounts.of(pages, true).atLeast(2));
  }

  /**
   * Counts gathered elsewhere (a cluster job adds up the {@link KeyCounts} of its slices' {@link #distinctKeys}): only
   * keys found in two documents or more need be given.
   */
  public static CorpusLineFrequency ofCounts(KeyCounts counts) {
    return new CorpusLineFrequency(counts.atLeast(2));
  }

  /** What extraction reads of these counts for a page with these distinct keys ({@link LineClassifier#countsSignature}). */
  public long signature(long[] keys) {
    return LineClassifier.countsSignature(keys, this);
  }

  @Override
  public int documentsWith(long lineKey) {
    int at = Arrays.binarySearch(repeated.keys(), lineKey);
    return at >= 0 ? repeated.counts()[at] : 1;
  }
}
