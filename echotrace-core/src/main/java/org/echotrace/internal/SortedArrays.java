package org.echotrace.internal;

import java.util.Arrays;

/**
 * Sets kept as sorted primitive arrays, the form fingerprints, anchors, word sets and packed pairs take throughout the
 * pipeline (8 bytes a value where a {@code HashSet<Long>} needs ~60). Thread-safe: no state.
 */
public final class SortedArrays {
  private SortedArrays() {}

  /** Sorts {@code values} in place and returns its distinct values (a new array, or the same one if all differ). */
  public static long[] sortedDistinct(long[] values) {
    Arrays.sort(values);
    int n = 0;
    for (int i = 0; i < values.length; i++) if (n == 0 || values[n - 1] != values[i]) values[n++] = values[i];
    return n == values.length ? values : Arrays.copyOf(values, n);
  }

  /** Sorts {@code values} in place and returns its distinct values (a new array, or the same one if all differ). */
  public static int[] sortedDistinct(int[] values) {
    Arrays.sort(values);
    int n = 0;
    for (int i = 0; i < values.length; i++) if (n == 0 || values[n - 1] != values[i]) values[n++] = values[i];
    return n == values.length ? values : Arrays.copyOf(values, n);
  }

  /** Parallel arrays of keys and their values cut into parts: part {@code p} holds the rows of {@link #partOf} p. */
  public record Cut(long[][] keys, int[][] values) {}

  /** The part of {@code parts} a key falls in: {@code floorMod(key, parts)}. */
  public static int partOf(long key, int parts) {
    return (int) Math.floorMod(key, (long) parts);
  }

  /**
   * Rows ({@code keys[i]}, {@code values[i]}) cut into {@code parts} by {@link #partOf} their key, each part keeping
   * the rows' order (sorted rows stay sorted): for handing each part of a sorted table to one place.
   */
  public static Cut cut(long[] keys, int[] values, int parts) {
    int[] size = new int[parts];
    for (long key : keys) size[partOf(key, parts)]++;
    long[][] k = new long[parts][];
    int[][] v = new int[parts][];
    for (int p = 0; p < parts; p++) {
      k[p] = new long[size[p]];
      v[p] = new int[size[p]];
    }
    int[] at = new int[parts];
    for (int i = 0; i < keys.length; i++) {
      int p = partOf(keys[i], parts);
      k[p][at[p]] = keys[i];
      v[p][at[p]++] = values[i];
    }
    return new Cut(k, v);
  }

  /** The sorted distinct union of two sorted arrays. */
  public static long[] union(long[] a, long[] b) {
    long[] out = new long[a.length + b.length];
    int i = 0, j = 0, n = 0;
    while (i < a.length || j < b.length) {
      long next = j >= b.length || i < a.length && a[i] <= b[j] ? a[i++] : b[j++];
      if (n == 0 || out[n - 1] != next) out[n++] = next;
    }
    return Arrays.copyOf(out, n);
  }

  /** How many values two sorted distinct arrays share. */
  public static int shared(long[] a, long[] b) {
    int i = 0, j = 0, n = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        n++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return n;
  }

  /** How many values two sorted distinct arrays share. */
  public static int shared(int[] a, int[] b) {
    int i = 0, j = 0, n = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        n++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return n;
  }
}
