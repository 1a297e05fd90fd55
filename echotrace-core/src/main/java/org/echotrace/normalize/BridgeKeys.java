package org.echotrace.normalize;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * changes between Romance languages and English). Thread-safe: the only state is a per-thread memo of word keys.
 */
public final class BridgeKeys {
  /** Words shorter than this are function words in every language covered; they carry no content across languages. */
  static final int MIN_WORD = 5;
  private static final long NUMBER = 0x9E3779B97F4A7C15L;
  private static final long WORD = 0xC2B2AE3D27D4EB4FL;
  private static final long CONCEPT = 0x165667B19E3779F9L;

  /** The key of a word that gives none (short common words). */
  private static final long NONE = 0L;
  /**
   * Word keys remembered per thread and language in a direct-mapped table (a power of two of slots) looked up by the
   * text's characters: a word seen before costs no new string and no map lookup. The concept lookup tries every prefix
   * as a stem and the skeleton transliterates, which made keys a tenth of a run's time when computed for every
   * occurrence; a map keyed by cut-out words then cost most of the rest (profiled on the Spark job's driver). No
   * library offers a map looked up by a range of a string's characters, so this is hand-written, as in
   * {@code framing.Words}.
   */
  private static final ThreadLocal<Map<String, Memo>> MEMO = ThreadLocal.withInitial(HashMap::new);

  /**
   * One thread's remembered words of one language and their keys, slot by slot: each slot holds a word's 64-bit
   * fingerprint and its key side by side in one array, so that a lookup reads one cache line (a slot holding the
   * word itself cost two dependent memory reads, the string and its characters, which made the comparison most of
   * the keys' time on a large vocabulary). Two words of one fingerprint would share a key: at 64 bits, about one
   * chance in 10^10 over a hundred million distinct words.
   */
  private static final class Memo {
    static final int SLOTS = 1 << 15;
    /** slots[2 * i]: the fingerprint of slot i's word (0: empty); slots[2 * i + 1]: its key. */
    final long[] slots = new long[2 * SLOTS];

    long key(String text, int from, int to, String language, ConceptLexicon lexicon) {
      long print = 0xcbf29ce484222325L; // FNV-1a over the characters, then mixed
      for (int k = from; k < to; k++) print = (print ^ text.charAt(k)) * 0x100000001b3L;
      print = Mix.mix64(print) | 1; // never 0, which marks an empty slot
      int slot = 2 * ((int) (print >>> 40) & (SLOTS - 1));
      if (slots[slot] == print) return slots[slot + 1];
      long key = BridgeKeys.key(text.substring(from, to), language, lexicon);
      slots[slot] = print;
      slots[slot + 1] = key;
      return key;
    }
  }

  private BridgeKeys() {}

  /** A word's key as {@link #of} computes it. */
  private static long key(String word, String language, ConceptLexicon lexicon) {
    long hash = NONE;
    boolean name = Character.isUpperCase(word.charAt(0)) && word.length() >= 3;
    int concept = word.length() >= 3 ? lexicon.concept(word, language) : -1;
    if (concept >= 0) {
      hash = Mix.mix64(concept ^ CONCEPT);
    } else if (word.length() >= MIN_WORD || name) {
      String key = Anchors.skeleton(ascii(word, 0, word.length()));
      if (key.length() >= 3) hash = Mix.mix64(key.hashCode() ^ WORD);
    }
    return hash;
  }

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
    Memo memo = MEMO.get().computeIfAbsent(language == null ? "" : language, k -> new Memo());
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
        long hash = memo.key(text, start, i, language, lexicon);
        if (hash == NONE) continue;
        if (n == keys.length) keys = java.util.Arrays.copyOf(keys, n * 2);
        keys[n++] = hash;
      }
      out[s] = SortedArrays.sortedDistinct(java.util.Arrays.copyOf(keys, n));
    }
    return out;
  }
}
