package org.echotrace.internal;

import java.util.Arrays;
import java.util.List;

/**
 * Distinct keys in ascending order, each with a count: how many documents hold a line (the corpus line counts), how
 * many keys two documents share (the Spark job's candidate pairs). Counts of parts add up with {@link #plus}; {@link
 * #split} cuts them by key so that a cluster adds up each key's parts in one place. Arrays are owned by this record.
 * Hand-written: sorted parallel arrays shuffle as a few objects, where a map of boxed keys is an object per key.
 */
public record KeyCounts(long[] keys, int[] counts) implements java.io.Serializable {
  public KeyCounts {
    if (keys.length != counts.length) throw new IllegalArgumentException(keys.length + " keys, " + counts.length + " counts");
  }

  /** How often each key occurs in these arrays (any order, repeats counted). */
  public static KeyCounts of(List<long[]> pages) {
    return of(pages, false);
  }

  /** As {@link #of(List)}, sorting on every core when {@code parallel}. */
  public static KeyCounts of(List<long[]> pages, boolean parallel) {
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
    return new KeyCounts(keys, counts);
  }

  /** These counts and {@code other}'s added up (a linear merge of the two sorted key lists). */
  public KeyCounts plus(KeyCounts other) {
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
    return n == k.length ? new KeyCounts(k, c) : new KeyCounts(Arrays.copyOf(k, n), Arrays.copyOf(c, n));
  }

  /** Only the keys counted {@code min} times or more. */
  public KeyCounts atLeast(int min) {
    int n = 0;
    for (int c : counts) if (c >= min) n++;
    if (n == counts.length) return this;
    long[] k = new long[n];
    int[] c = new int[n];
    n = 0;
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] >= min) {
        k[n] = keys[i];
        c[n++] = counts[i];
      }
    }
    return new KeyCounts(k, c);
  }

  /** Every count multiplied by {@code factor}. */
  public KeyCounts times(int factor) {
    int[] c = new int[counts.length];
    for (int i = 0; i < c.length; i++) c[i] = (int) Math.min(Integer.MAX_VALUE, (long) counts[i] * factor);
    return new KeyCounts(keys, c);
  }

  /** These counts cut into {@code parts} by key ({@code floorMod(key, parts)}), each part still in ascending order. */
  public KeyCounts[] split(int parts) {
    SortedArrays.Cut cut = SortedArrays.cut(keys, counts, parts);
    KeyCounts[] out = new KeyCounts[parts];
    for (int p = 0; p < parts; p++) out[p] = new KeyCounts(cut.keys()[p], cut.values()[p]);
    return out;
  }

  /** Counts cut by {@link #split} put back together, in ascending key order. */
  public static KeyCounts join(List<KeyCounts> parts) {
    if (parts.isEmpty()) return new KeyCounts(new long[0], new int[0]);
    // the parts hold disjoint keys; merging them pairwise in a balanced order keeps this n log(parts)
    List<KeyCounts> level = parts;
    while (level.size() > 1) {
      List<KeyCounts> next = new java.util.ArrayList<>((level.size() + 1) / 2);
      for (int i = 0; i < level.size(); i += 2) {
        next.add(i + 1 < level.size() ? level.get(i).plus(level.get(i + 1)) : level.get(i));
      }
      level = next;
    }
    return level.get(0);
  }
}
