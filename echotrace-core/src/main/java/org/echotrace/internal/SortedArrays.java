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
