package org.echotrace.pipeline;

import java.util.Arrays;
import java.util.List;
import org.echotrace.extract.LineClassifier;
import org.echotrace.extract.LineFrequency;
import org.echotrace.extract.LineKey;
import org.echotrace.extract.Page;
import org.echotrace.extract.PageLine;

/**
 * Counts, for every line of a corpus, how many documents contain it. Each page contributes the distinct hashes of its
 * lines to one {@code long[]}, which is sorted; only lines found in two pages or more are kept (a few per cent of all
 * lines), as a sorted array searched by halves, so 100,000 pages cost one 20 MB array for a moment. Built once per
 * run, then read-only.
 */
public final class CorpusLineFrequency implements LineFrequency, java.io.Serializable {
  private final Counts repeated;

  private CorpusLineFrequency(Counts repeated) {
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
    return new CorpusLineFrequency(Counts.of(pages, true).repeated());
  }

  /**
   * Counts gathered elsewhere (a cluster job adds up the {@link Counts} of its slices): only keys found in two
   * documents or more need be given.
   */
  public static CorpusLineFrequency ofCounts(Counts counts) {
    return new CorpusLineFrequency(counts.repeated());
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

  /**
   * Distinct line keys in ascending order, each with the number of documents that hold it: the counts of a corpus or
   * of a part of it. Parts add up with {@link #plus}; {@link #split} cuts them by key so that a cluster adds up each
   * key's parts in one place. Arrays are owned by this record.
   */
  public record Counts(long[] keys, int[] counts) implements java.io.Serializable {
    public Counts {
      if (keys.length != counts.length) throw new IllegalArgumentException(keys.length + " keys, " + counts.length + " counts");
    }

    /** The counts of pages, each given by its {@link #distinctKeys}. */
    public static Counts of(List<long[]> pages) {
      return of(pages, false);
    }

    private static Counts of(List<long[]> pages, boolean parallel) {
      int total = 0;
      for (long[] k : pages) total += k.length;
      long[] all = new long[total];
      int n = 0;
      for (long[] k : pages) {
        System.arraycopy(k, 0, all, n, k.length);
        n += k.length;
      }
      if (parallel) Arrays.parallelSort(all);
      else Arrays.sort(all);
      int distinct = 0;
      for (int i = 0; i < n; i++) if (i == 0 || all[i] != all[i - 1]) distinct++;
      long[] keys = new long[distinct];
      int[] counts = new int[distinct];
      int d = -1;
      for (int i = 0; i < n; i++) {
        if (i == 0 || all[i] != all[i - 1]) keys[++d] = all[i];
        counts[d]++;
      }
      return new Counts(keys, counts);
    }

    /** These counts and {@code other}'s added up (a linear merge of the two sorted key lists). */
    public Counts plus(Counts other) {
      long[] a = keys, b = other.keys;
      long[] k = new long[a.length + b.length];
      int[] c = new int[k.length];
      int i = 0, j = 0, n = 0;
      while (i < a.length || j < b.length) {
        if (j == b.length || i < a.length && a[i] < b[j]) {
          k[n] = a[i];
          c[n++] = counts[i++];
        } else if (i == a.length || b[j] < a[i]) {
          k[n] = b[j];
          c[n++] = other.counts[j++];
        } else {
          k[n] = a[i];
          c[n++] = (int) Math.min(Integer.MAX_VALUE, (long) counts[i++] + other.counts[j++]);
        }
      }
      return n == k.length ? new Counts(k, c) : new Counts(Arrays.copyOf(k, n), Arrays.copyOf(c, n));
    }

    /** Only the keys held by two documents or more. */
    public Counts repeated() {
      int n = 0;
      for (int c : counts) if (c >= 2) n++;
      if (n == counts.length) return this;
      long[] k = new long[n];
      int[] c = new int[n];
      n = 0;
      for (int i = 0; i < counts.length; i++) {
        if (counts[i] >= 2) {
          k[n] = keys[i];
          c[n++] = counts[i];
        }
      }
      return new Counts(k, c);
    }

    /** These counts cut into {@code parts} by key ({@code floorMod(key, parts)}), each part still in ascending order. */
    public Counts[] split(int parts) {
      int[] size = new int[parts];
      for (long key : keys) size[Math.floorMod(key, parts)]++;
      long[][] k = new long[parts][];
      int[][] c = new int[parts][];
      for (int p = 0; p < parts; p++) {
        k[p] = new long[size[p]];
        c[p] = new int[size[p]];
      }
      int[] at = new int[parts];
      for (int i = 0; i < keys.length; i++) {
        int p = Math.floorMod(keys[i], parts);
        k[p][at[p]] = keys[i];
        c[p][at[p]++] = counts[i];
      }
      Counts[] out = new Counts[parts];
      for (int p = 0; p < parts; p++) out[p] = new Counts(k[p], c[p]);
      return out;
    }

    /** Counts cut by {@link #split} put back together, in ascending key order. */
    public static Counts join(List<Counts> parts) {
      if (parts.isEmpty()) return new Counts(new long[0], new int[0]);
      // the parts hold disjoint keys; merging them pairwise in a balanced order keeps this n log(parts)
      List<Counts> level = parts;
      while (level.size() > 1) {
        List<Counts> next = new java.util.ArrayList<>((level.size() + 1) / 2);
        for (int i = 0; i < level.size(); i += 2) {
          next.add(i + 1 < level.size() ? level.get(i).plus(level.get(i + 1)) : level.get(i));
        }
        level = next;
      }
      return level.get(0);
    }
  }
}
