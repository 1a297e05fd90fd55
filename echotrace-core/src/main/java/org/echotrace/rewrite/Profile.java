package org.echotrace.rewrite;

import java.util.List;
import org.echotrace.normalize.Anchors;

/**
 * What rewrite detection needs of one article, computed once per run.
 *
 * @param language ISO code, or null
 * @param sentences sentence spans {@code {start, end}} in the article's clean text, in order
 * @param sentenceWords words per sentence
 * @param words all words
 * @param anchors distinct anchor hashes, sorted
 * @param anchorSequence anchors in text order, for order-aware matching across languages
 * @param wordSet distinct 32-bit hashes of the article's words of four or more letters, sorted
 * @param bigrams distinct hashes of the article's consecutive word pairs, sorted
 * @param days the calendar days and weekdays the text names ({@link org.echotrace.normalize.DateMentions}), sorted
 * @param quotes language-independent keys of each quotation of four words or more, in order
 * @param bridge per sentence, its language-independent keys ({@link org.echotrace.normalize.BridgeKeys}), sorted
 * @param lead unit vector of the title and lead sentences (null when embedding is off)
 * @param full whether everything above was computed; false for what only the corpus counts need
 *     ({@link Profiler#counts}: words, anchors and the word set, the rest empty)
 */
public record Profile(String language, int[][] sentences, int[] sentenceWords, int words, long[] anchors,
    List<Anchors.Anchor> anchorSequence, int[] wordSet, long[] bigrams, int[] days, long[][] quotes, long[][] bridge, float[] lead,
    boolean full)
    implements java.io.Serializable {
  /** What {@link Profiler#counts} gives for the same article: this profile's counts, the rest empty. */
  public Profile counted() {
    if (!full) return lead == null ? this : Profiler.withLead(this, null);
    return new Profile(language, new int[0][], new int[0], words, anchors, List.of(), wordSet, new long[0], new int[0],
        new long[0][], new long[0][], null, false);
  }
}
