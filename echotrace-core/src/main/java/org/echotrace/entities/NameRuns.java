package org.echotrace.entities;

import java.util.ArrayList;
import java.util.List;

/**
 * An article's runs of capitalised words, each with the words just before and after it: what {@link EntityFinder}
 * reads of an article, found once ({@link #of}) and kept in the article's profile. Packed into one string (runs
 * separated by {@code \u0002}, fields by {@code \u0001}; no word holds either, or a space) because a corpus holds
 * millions of runs and a list of small records per article would weigh several times the text it came from.
 *
 * @param packed the runs, packed
 */
public record NameRuns(String packed) implements java.io.Serializable {
  static final char RUN = '\u0002', FIELD = '\u0001';

  public NameRuns {
    java.util.Objects.requireNonNull(packed, "packed");
  }

  /** The runs of a text ({@link EntityFinder}'s word rules). */
  public static NameRuns of(String text) {
    StringBuilder b = new StringBuilder();
    for (EntityFinder.Run r : EntityFinder.runs(text)) {
      b.append(r.sentenceStart() ? 'S' : '-').append(FIELD).append(r.previous()).append(FIELD).append(r.next())
          .append(FIELD).append(String.join(" ", r.words())).append(RUN);
    }
    return new NameRuns(b.toString());
  }

  /** The runs unpacked. */
  List<EntityFinder.Run> runs() {
    List<EntityFinder.Run> out = new ArrayList<>();
    int p = 0, n = packed.length();
    while (p < n) {
      int f1 = packed.indexOf(FIELD, p), f2 = packed.indexOf(FIELD, f1 + 1), f3 = packed.indexOf(FIELD, f2 + 1);
      int end = packed.indexOf(RUN, f3 + 1);
      int count = 1;
      for (int k = f3 + 1; k < end; k++) if (packed.charAt(k) == ' ') count++;
      String[] words = new String[count]; // a fixed-size list over this array (nothing writes to it): no copy
      int s = f3 + 1;
      for (int k = 0; k < count - 1; k++) {
        int sp = packed.indexOf(' ', s);
        words[k] = packed.substring(s, sp);
        s = sp + 1;
      }
      words[count - 1] = packed.substring(s, end);
      out.add(new EntityFinder.Run(java.util.Arrays.asList(words), packed.charAt(p) == 'S',
          packed.substring(f1 + 1, f2), packed.substring(f2 + 1, f3)));
      p = end + 1;
    }
    return out;
  }
}
