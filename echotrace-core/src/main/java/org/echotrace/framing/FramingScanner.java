package org.echotrace.framing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.echotrace.model.Article;
import org.echotrace.model.FramingHit;

/**
 * Finds the lexicon's phrases in an article's clean text.
 *
 * <p>Matching: the text is split into folded {@link Words} (case, Latin diacritics and apostrophe style do not
 * matter; a possessive "'s" is skipped, so "Zelensky's regime" matches the pattern "Zelensky regime"). A pattern word
 * of 3 or more letters also matches its regular plural (-s, -es, -y → -ies); a word written "stem*" matches any word
 * starting with the stem; a hyphen in a pattern needs a hyphen or dash in the text ("would-be" is not "would be"). The words of one phrase must follow each other with only spaces, hyphens, dashes or quotes
 * between them, never across sentence or clause punctuation.
 *
 * <p>Hand-written word trie rather than one regex per entry or a combined regex: one pass over the words costs
 * O(words × longest pattern) whatever the number of entries, plural and stem rules are lookups instead of
 * alternations, and offsets come straight from the words. Lucene's analysis chain would need a custom filter for
 * the same rules, with no gain at lexicon sizes of a few hundred to a few thousand entries.
 *
 * <p>Output: for each entry, non-overlapping leftmost-longest hits. Hits of different entries may overlap ("Kiev
 * regime" hits both kiev-regime and kiev-spelling). Hits are ordered by start, longer first.
 *
 * <p>Thread-safe: the trie is built in the constructor and never changed.
 */
public final class FramingScanner {
  /** Marks a trie edge that needs a hyphen before the word: not a letter, so it never collides with a word. */
  private static final String HYPHEN = "-";
  private final Lexicon lexicon;
  private final List<Lexicon.Entry> entries;
  private final Node root = new Node();
  /** Words in the longest pattern: how far back a hit can start and still reach a given word. */
  private final int longest;
  /**
   * What begins the root's words, plurals and stems (folded), for {@link #mayStart}: one-letter words; the first
   * letter of longer ones; two-letter words; the first two letters of longer ones; the first three letters (ASCII
   * only, as seven bits each).
   */
  private final boolean[] rootOne = new boolean[128], rootAfter1 = new boolean[128];
  private final boolean[][] rootTwo = new boolean[128][128], rootAfter2 = new boolean[128][128];
  private final java.util.BitSet rootThree = new java.util.BitSet(1 << 21);

  public FramingScanner(Lexicon lexicon) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.entries = lexicon.entries();
    int max = 0;
    for (int e = 0; e < entries.size(); e++) {
      for (String pattern : entries.get(e).patterns()) {
        Phrase phrase = Phrase.parse(pattern);
        max = Math.max(max, phrase.words().size());
        add(phrase, e);
      }
    }
    this.longest = max;
    for (String w : root.words.keySet()) markRoot(w);
    for (String w : root.plurals.keySet()) markRoot(w);
    for (String w : root.stems.keySet()) markRoot(w);
  }

  /** A scanner over the bundled lexicon. */
  public FramingScanner() {
    this(Lexicon.bundled());
  }

  public Lexicon lexicon() {
    return lexicon;
  }

  /** The lexicon's hits in the article's clean text; offsets index {@link Article#text()}. */
  public List<FramingHit> scan(Article article) {
    return scan(article.id(), article.text(), article.language());
  }

  /**
   * The lexicon's hits in a text.
   *
   * @param id the article id the hits carry
   * @param text the text
   * @param language ISO 639-1 code, or null when unknown (then entries of every language apply)
   */
  public List<FramingHit> scan(String id, String text, String language) {
    Objects.requireNonNull(id, "id");
    Words words = Words.lazy(text);
    List<int[]> found = new ArrayList<>(); // {entry, firstWord, lastWord}
    for (int s = 0; s < words.size(); s++) {
      if (!mayStart(text, words.starts[s], words.ends[s])) continue;
      int mark = found.size();
      walk(root, words, s, s, found);
      keepLongestPerEntry(found, mark);
    }
    found.removeIf(f -> !applies(entries.get(f[0]), language));
    return toHits(id, text, words, inContext(words, leftmostLongest(found)));
  }

  /**
   * Drops the hits of entries that need context ({@link Lexicon.Near}) and have none: no hit of another entry of the
   * named categories, needing no context itself, within the given number of words in the same clause.
   */
  private List<int[]> inContext(Words words, List<int[]> found) {
    if (found.stream().noneMatch(f -> entries.get(f[0]).near() != null)) return found;
    List<int[]> kept = new ArrayList<>(found.size());
    // found is in order of first word: only the neighbours that start within reach need a look (a 10 MB text with a
    // degree word on every line would otherwise cost hits² comparisons)
    for (int i = 0; i < found.size(); i++) {
      int[] f = found.get(i);
      Lexicon.Near near = entries.get(f[0]).near();
      if (near == null || supported(words, near, found, i)) kept.add(f);
    }
    return kept;
  }

  private boolean supported(Words words, Lexicon.Near near, List<int[]> found, int i) {
    int[] f = found.get(i);
    int from = f[1] - near.words() - longest, to = f[2] + near.words() + 1;
    for (int j = i - 1; j >= 0 && found.get(j)[1] >= from; j--) if (supports(words, near, f, found.get(j))) return true;
    for (int j = i + 1; j < found.size() && found.get(j)[1] <= to; j++) {
      if (supports(words, near, f, found.get(j))) return true;
    }
    return false;
  }

  /** Whether hit {@code g} is context for hit {@code f}: {@code f[0]} is the entry, then first and last word. */
  private boolean supports(Words words, Lexicon.Near near, int[] f, int[] g) {
    Lexicon.Entry other = entries.get(g[0]);
    if (g[0] == f[0] || other.near() != null || !near.categories().contains(other.category())) return false;
    int from = Math.min(f[2], g[2]), to = Math.max(f[1], g[1]); // the gap between the two hits, in words
    if (to - from - 1 > near.words()) return false;
    for (int i = Math.min(f[1], g[1]); i < Math.max(f[2], g[2]); i++) if (!words.joined(i)) return false;
    return true;
  }

  /**
   * Whether the word between {@code from} and {@code to} may take an edge from the root, judged by its first three
   * characters before folding: an ASCII character folds to itself in lower case, so a word whose first characters are
   * ASCII and begin no root word, plural or stem begins no phrase. Where a non-ASCII character comes first the word
   * is folded and looked up; where it comes second or third, the characters before it decide.
   */
  private boolean mayStart(String text, int from, int to) {
    char c0 = text.charAt(from);
    if (c0 >= 0x80) return true;
    c0 = lower(c0);
    int length = to - from;
    if (length == 1) return rootOne[c0];
    char c1 = text.charAt(from + 1);
    if (c1 >= 0x80) return rootAfter1[c0];
    c1 = lower(c1);
    if (length == 2) return rootTwo[c0][c1];
    char c2 = text.charAt(from + 2);
    if (c2 >= 0x80) return rootAfter2[c0][c1];
    return rootThree.get((c0 << 14) | (c1 << 7) | lower(c2));
  }

  private static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  /** Marks the first characters of a root edge's word in the filters {@link #mayStart} reads. */
  private void markRoot(String w) {
    char c0 = w.charAt(0);
    if (c0 >= 0x80) return; // reached only by words that begin with a non-ASCII character, which are always looked up
    if (w.length() == 1) {
      rootOne[c0] = true;
      return;
    }
    rootAfter1[c0] = true;
    char c1 = w.charAt(1);
    if (c1 >= 0x80) return;
    if (w.length() == 2) {
      rootTwo[c0][c1] = true;
      return;
    }
    rootAfter2[c0][c1] = true;
    char c2 = w.charAt(2);
    if (c2 < 0x80) rootThree.set((c0 << 14) | (c1 << 7) | c2);
  }

  /** Follows every edge word {@code i} takes from {@code node}: without a hyphen, then one that needs it. */
  private void walk(Node node, Words words, int start, int i, List<int[]> found) {
    String w = words.folded(i);
    step(node, w, words, start, i, found);
    if (i > start && words.hyphenated(i - 1)) step(node, HYPHEN + w, words, start, i, found);
  }

  /** At most one exact or plural edge, then one per matching stem length, each followed at once (depth first). */
  private void step(Node node, String word, Words words, int start, int i, List<int[]> found) {
    Node exact = node.words.get(word);
    if (exact == null) exact = node.plurals.get(word);
    if (exact != null) reach(exact, words, start, i, found);
    // every stem that begins the word, shortest first, in one walk down the stems' character trie
    StemTrie t = node.stemTrie;
    if (t.stem != null) reach(t.stem, words, start, i, found);
    for (int k = 0; k < word.length(); k++) {
      t = t.child(word.charAt(k));
      if (t == null) break;
      if (t.stem != null) reach(t.stem, words, start, i, found);
    }
  }

  private void reach(Node next, Words words, int start, int i, List<int[]> found) {
    for (int e : next.ends) found.add(new int[] {e, start, i});
    if (i + 1 < words.size() && next.hasChildren() && words.joined(i)) walk(next, words, start, i + 1, found);
  }

  /** Among the matches found from one start, each entry's longest. */
  private static void keepLongestPerEntry(List<int[]> found, int from) {
    if (found.size() - from < 2) return;
    Map<Integer, int[]> best = new HashMap<>();
    for (int k = from; k < found.size(); k++) best.merge(found.get(k)[0], found.get(k), (x, y) -> x[2] >= y[2] ? x : y);
    found.subList(from, found.size()).clear();
    best.values().stream().sorted(Comparator.comparingInt(f -> f[0])).forEach(found::add);
  }

  /** Per entry, drop a match that starts inside the previous kept one (matches arrive in order of start). */
  private static List<int[]> leftmostLongest(List<int[]> found) {
    Map<Integer, Integer> lastEnd = new HashMap<>();
    List<int[]> kept = new ArrayList<>();
    for (int[] f : found) {
      Integer end = lastEnd.get(f[0]);
      if (end != null && f[1] <= end) continue;
      lastEnd.put(f[0], f[2]);
      kept.add(f);
    }
    return kept;
  }

  private List<FramingHit> toHits(String id, String text, Words words, List<int[]> found) {
    List<FramingHit> hits = new ArrayList<>(found.size());
    for (int[] f : found) {
      Lexicon.Entry e = entries.get(f[0]);
      int start = words.starts[f[1]], end = words.ends[f[2]];
      hits.add(new FramingHit(id, e.id(), e.category(), text.substring(start, end), start, end));
    }
    hits.sort(Comparator.comparingInt(FramingHit::start).thenComparing(h -> -h.end())
        .thenComparing(FramingHit::entry));
    return hits;
  }

  private static boolean applies(Lexicon.Entry e, String language) {
    return e.language() == null || language == null || e.language().equalsIgnoreCase(language);
  }

  private void add(Phrase phrase, int entry) {
    Node node = root;
    for (int i = 0; i < phrase.words().size(); i++) {
      String w = (phrase.hyphenBefore().get(i) ? HYPHEN : "") + phrase.words().get(i);
      node = phrase.prefix().get(i) ? node.prefixChild(w) : node.wordChild(w);
    }
    if (Arrays.stream(node.ends).noneMatch(e -> e == entry)) {
      node.ends = Arrays.copyOf(node.ends, node.ends.length + 1);
      node.ends[node.ends.length - 1] = entry;
    }
  }

  /** A trie node: edges by exact word, by regular plural of a word, and by stem. Mutated only while building. */
  private static final class Node {
    final Map<String, Node> words = new HashMap<>();
    final Map<String, Node> plurals = new HashMap<>();
    final Map<String, Node> stems = new HashMap<>();
    /**
     * The same stems as a character trie: the stems that begin a word are found in one walk over its characters, with
     * no prefix cut out and hashed per stem length (at the root that was most of the scan's time).
     */
    final StemTrie stemTrie = new StemTrie();
    int[] ends = new int[0];

    boolean hasChildren() {
      return !words.isEmpty() || !plurals.isEmpty() || !stems.isEmpty();
    }

    Node wordChild(String w) {
      Node child = words.computeIfAbsent(w, k -> new Node());
      if (w.length() - (w.startsWith(HYPHEN) ? 1 : 0) >= 3) {
        for (String p : plurals(w)) plurals.putIfAbsent(p, child);
      }
      return child;
    }

    Node prefixChild(String stem) {
      Node child = stems.computeIfAbsent(stem, k -> new Node());
      StemTrie t = stemTrie;
      for (int k = 0; k < stem.length(); k++) t = t.add(stem.charAt(k));
      t.stem = child;
      return child;
    }

    private static List<String> plurals(String w) {
      if (w.startsWith(HYPHEN)) return plurals(w.substring(1)).stream().map(p -> HYPHEN + p).toList();
      char last = w.charAt(w.length() - 1);
      char before = w.charAt(w.length() - 2);
      if (last == 'y' && "aeiou".indexOf(before) < 0) return List.of(w + "s", w.substring(0, w.length() - 1) + "ies");
      // "lies" + s would be "liess", which is how "ließ" folds: words ending in s, x, z, ch, sh take -es only
      if (last == 's' || last == 'x' || last == 'z' || w.endsWith("ch") || w.endsWith("sh")) return List.of(w + "es");
      return List.of(w + "s", w + "es");
    }
  }

  /**
   * A character trie of stems, children in sorted arrays (written by hand: a few lines, and the JDK has no trie).
   * Built once with the lexicon, then only read.
   */
  private static final class StemTrie {
    private char[] keys = new char[0];
    private StemTrie[] kids = new StemTrie[0];
    /** The node of the stem that ends here, or null. */
    Node stem;

    StemTrie child(char c) {
      int k = Arrays.binarySearch(keys, c);
      return k < 0 ? null : kids[k];
    }

    StemTrie add(char c) {
      int k = Arrays.binarySearch(keys, c);
      if (k >= 0) return kids[k];
      int at = -k - 1;
      char[] nk = new char[keys.length + 1];
      StemTrie[] nc = new StemTrie[kids.length + 1];
      System.arraycopy(keys, 0, nk, 0, at);
      System.arraycopy(kids, 0, nc, 0, at);
      nk[at] = c;
      nc[at] = new StemTrie();
      System.arraycopy(keys, at, nk, at + 1, keys.length - at);
      System.arraycopy(kids, at, nc, at + 1, kids.length - at);
      keys = nk;
      kids = nc;
      return nc[at];
    }
  }
}
