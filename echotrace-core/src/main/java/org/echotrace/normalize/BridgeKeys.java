package org.echotrace.normalize;

import java.util.List;
import org.echotrace.internal.SortedArrays;

/**
 * Keys that let sentences of two languages be compared without a translation model: numbers (thousands separators
 * and decimal commas normalised, so "1.900" and "1,900" meet), words of general news vocabulary as their concept
 * ({@link ConceptLexicon}: Wahl, élection and выборы are one key), and every other name or long word reduced to its
 * transliterated consonant skeleton, so that names in any script (Песков/Peskov) and cognates of the European
 * languages meet: "ministry", "ministerio", "ministère", "Ministerium" all read {@code mnst}; "tsunami" and
 * "Tsunami", "magnitude" and "magnitud", "parlamento" and "Parlament" likewise. Unrelated words collide too (any
 * skeleton key is shared by many words), which is why a key only supports an alignment: sentence order, numbers and
 * names decide, and the pair judge weighs it all.
 *
 * <p>Written by hand: cognate matching by consonant skeletons is a few lines over {@link Anchors}' transliteration
 * (Simard, Foster and Isabelle 1992 used 4-letter prefixes for the same purpose; skeletons also survive the vowel
 * changes between Romance languages and English). Thread-safe: no state beyond {@link Anchors}' per-thread
 * transliterator.
 */
public final class BridgeKeys {
  /** Words shorter than this are function words in every language covered; they carry no content across languages. */
  static final int MIN_WORD = 5;
  private static final long NUMBER = 0x9E3779B97F4A7C15L;
  private static final long WORD = 0xC2B2AE3D27D4EB4FL;
  private static final long CONCEPT = 0x165667B19E3779F9L;

  private BridgeKeys() {}

  /** The word in lower-case ASCII: as it is when it is ASCII already (most words), else transliterated by ICU. */
  static String ascii(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) >= 128) return Anchors.latin(text.substring(from, to));
    }
    return text.substring(from, to).toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * The keys of each sentence (character spans {@code {start, end}} of {@code text}), sorted and distinct per
   * sentence. {@code anchors} are the text's anchors in order (from {@link Anchors#of}), whose numbers are reused.
   */
  public static long[][] of(String text, int[][] sentences, List<Anchors.Anchor> anchors, String language) {
    ConceptLexicon lexicon = ConceptLexicon.bundled();
    long[][] out = new long[sentences.length][];
    int k = 0;
    for (int s = 0; s < sentences.length; s++) {
      int from = sentences[s][0], to = sentences[s][1];
      long[] keys = new long[16];
      int n = 0;
      while (k < anchors.size() && anchors.get(k).start() < from) k++;
      while (k < anchors.size() && anchors.get(k).start() < to) {
        Anchors.Anchor a = anchors.get(k++);
        if (!a.number()) continue;
        if (n == keys.length) keys = java.util.Arrays.copyOf(keys, n * 2);
        keys[n++] = Mix.mix64(a.hash() ^ NUMBER);
      }
      int i = from;
      while (i < to) {
        char c = text.charAt(i);
        if (!Character.isLetter(c)) {
          i++;
          continue;
        }
        int start = i;
        while (i < to && Character.isLetter(text.charAt(i))) i++;
        boolean name = Character.isUpperCase(c) && i - start >= 3;
        int concept = i - start >= 3 ? lexicon.concept(text.substring(start, i), language) : -1;
        long hash;
        if (concept >= 0) {
          hash = Mix.mix64(concept ^ CONCEPT);
        } else {
          if (i - start < MIN_WORD && !name) continue;
          String key = Anchors.skeleton(ascii(text, start, i));
          if (key.length() < 3) continue;
          hash = Mix.mix64(key.hashCode() ^ WORD);
        }
        if (n == keys.length) keys = java.util.Arrays.copyOf(keys, n * 2);
        keys[n++] = hash;
      }
      out[s] = SortedArrays.sortedDistinct(java.util.Arrays.copyOf(keys, n));
    }
    return out;
  }
}
