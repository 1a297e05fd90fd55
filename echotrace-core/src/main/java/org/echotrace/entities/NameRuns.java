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
    for (EntityFinder.Run r : EntityFinder.runs(text, true)) {
      b.append(r.sentenceStart() ? 'S' : '-').append(FIELD).append(r.previous()).append(FIELD).append(r.next())
          .append(FIELD).append(String.join(" ", r.words())).append(RUN);
    }
    return new NameRuns(b.toString());
  }

  /** The runs unpacked; with {@code context} false their previous and next words are left null. */
  List<EntityFinder.Run> runs(boolean context) {
    List<EntityFinder.Run> out = new ArrayList<>();
    int p = 0, n = packed.length();
    while (p < n) {
      int f1 = packed.indexOf(FIELD, p), f2 = packed.indexOf(FIELD, f1 + 1), f3 = packed.indexOf(FIELD, f2 + 1);
      int end = packed.indexOf(RUN, f3 + 1);
      List<String> words = new ArrayList<>(2);
      int s = f3 + 1;
      while (true) {
        int sp = packed.indexOf(' ', s);
        if (sp < 0 || sp > end) {
          words.add(packed.substring(s, end));
          break;
        }
        words.add(packed.substring(s, sp));
        s = sp + 1;
      }
      out.add(new EntityFinder.Run(List.copyOf(words), packed.charAt(p) == 'S',
          context ? packed.substring(f1 + 1, f2) : null, context ? packed.substring(f2 + 1, f3) : null));
      p = end + 1;
    }
    return out;
  }
}
