package org.echotrace.internal;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.Arrays;
import java.util.List;

/**
 * Aligns two word sequences along a longest common subsequence, with java-diff-utils' Myers diff: the one word
 * alignment of the project (quote diffs, framing shifts). Words are compared with {@code equals}: callers pass
 * comparison keys (lower-cased, accents folded), not the words as written.
 */
public final class WordAlignment {
  private WordAlignment() {}

  /** For each position of {@code a}, the position of {@code b} it is aligned with, or -1; aligned pairs keep order. */
  public static int[] matches(List<String> a, List<String> b) {
    int[] match = new int[a.size()];
    Arrays.fill(match, -1);
    if (a.isEmpty() || b.isEmpty()) return match;
    int i = 0, j = 0;
    for (AbstractDelta<String> d : DiffUtils.diff(a, b).getDeltas()) {
      int from = d.getSource().getPosition();
      while (i < from) match[i++] = j++; // the equal run before this change
      i = from + d.getSource().size();
      j = d.getTarget().getPosition() + d.getTarget().size();
    }
    while (i < a.size()) match[i++] = j++;
    return match;
  }

  /** Length of a longest common subsequence. */
  public static int common(List<String> a, List<String> b) {
    int n = 0;
    for (int m : matches(a, b)) if (m >= 0) n++;
    return n;
  }
}
