package org.echotrace.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.echotrace.internal.SortedArrays;
import org.echotrace.model.Article;

/**
 * Short labels for clusters from their most characteristic words: words of the members' titles and leads used by at
 * least half the members (else, in a story told in several languages, by as many as any word is), ranked by
 * how many members use them times how rare they are in the corpus (tf-idf over documents, with a small floor so that
 * a cluster spanning the whole corpus still gets its common words). Function words of the common news languages,
 * numbers and words under four letters never count. Each article's words are read once, in parallel, and kept as
 * numbers (a few hundred bytes an article), so labelling 100,000 clusters costs little. Thread-safe after
 * construction.
 */
public final class Labeler {
  static final int LEAD_WORDS = 60;
  static final int LABEL_WORDS = 4;
  private static final Set<String> STOP = Set.of(
      "that", "this", "with", "from", "have", "has", "been", "were", "will", "would", "could", "should", "their",
      "they", "them", "there", "than", "then", "what", "when", "which", "while", "about", "after", "before", "also",
      "into", "over", "such", "said", "says", "saying", "more", "most", "some", "other", "only", "very", "just", "does",
      "being", "because", "where", "these", "those", "your", "ours", "like", "under", "still", "even", "upon", "amid",
      "between", "against", "during", "told", "according", "week", "year", "years", "monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday", "sunday", "here", "many", "much", "each", "both", "since", "through", "further",
      "der", "die", "das", "und", "nicht", "eine", "einer", "einem", "einen", "sich", "auch", "nach", "wird", "werden",
      "wurde", "sind", "sein", "dass", "mit", "von", "für", "über", "aber", "oder", "noch", "dans", "pour", "avec",
      "sont", "mais", "cette", "leur", "plus", "comme", "para", "como", "pero", "está", "esta", "este", "sobre",
      "также", "которые", "который", "было", "были", "этого", "чтобы", "после", "более");

  private final Map<String, Integer> ids = new ConcurrentHashMap<>();
  private final java.util.concurrent.atomic.AtomicInteger nextId = new java.util.concurrent.atomic.AtomicInteger();
  /** How a word is shown: as the first article in corpus order spells it (articles are read in parallel). */
  private final Map<Integer, Form> surface = new ConcurrentHashMap<>();

  /** A spelling, its lower case (for ties in ranking) and the first article that uses it. */
  private record Form(int article, String text, String lower) {}
  private final Map<String, int[]> wordsOf = new HashMap<>();
  private final int[] documentFrequency;
  private final int documents;

  public Labeler(List<Article> corpus) {
    int[][] words = new int[corpus.size()][];
    IntStream.range(0, words.length).parallel().forEach(i -> words[i] = read(i, corpus.get(i)));
    int[] df = new int[nextId.get() + 1];
    for (int i = 0; i < words.length; i++) {
      wordsOf.put(corpus.get(i).id(), words[i]);
      for (int w : words[i]) df[w]++;
    }
    this.documentFrequency = df;
    this.documents = corpus.size();
  }

  /** Up to four words, most characteristic first, joined by " · "; null when the members have no usable words. */
  public String label(List<Article> members) {
    Map<Integer, Integer> memberDf = new HashMap<>();
    for (Article a : members) {
      int[] words = wordsOf.get(a.id());
      if (words == null) words = read(Integer.MAX_VALUE, a); // not in the corpus: its spellings come last
      for (int w : words) memberDf.merge(w, 1, Integer::sum);
    }
    int need = members.size() <= 2 ? 1 : (members.size() + 1) / 2;
    // a story told in several languages may share no word among half its members: its words shared most widely
    // then, when at least two members share them (a label from one article would describe that article only)
    int widest = 0;
    for (int n : memberDf.values()) widest = Math.max(widest, n);
    if (widest < need) need = Math.max(2, widest);
    List<Integer> ranked = new ArrayList<>();
    Map<Integer, Double> score = new HashMap<>();
    for (var e : memberDf.entrySet()) {
      if (e.getValue() < need) continue;
      int w = e.getKey();
      int df = w < documentFrequency.length ? Math.max(1, documentFrequency[w]) : 1;
      score.put(w, e.getValue() * (Math.log((documents + 1.0) / df) + 0.1));
      ranked.add(w);
    }
    ranked.sort((x, y) -> {
      int c = Double.compare(score.get(y), score.get(x));
      return c != 0 ? c : surface.get(x).lower().compareTo(surface.get(y).lower());
    });
    List<String> out = new ArrayList<>();
    for (int w : ranked) {
      if (out.size() == LABEL_WORDS) break;
      out.add(surface.get(w).text());
    }
    return out.isEmpty() ? null : String.join(" · ", out);
  }

  /** Distinct word numbers of the title and the first {@link #LEAD_WORDS} words, sorted. */
  private int[] read(int index, Article a) {
    int[] out = new int[LEAD_WORDS];
    int n = 0, count = 0;
    String[] parts = {a.title() == null ? "" : a.title(), a.text()};
    for (String text : parts) {
      int i = 0, len = Math.min(text.length(), 2000);
      while (i < len && count < LEAD_WORDS) {
        while (i < len && !Character.isLetterOrDigit(text.charAt(i))) i++;
        int s = i;
        while (i < len && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '-')) i++;
        if (i == s) break;
        count++;
        boolean ascii = true, digits = true;
        for (int k = s; k < i; k++) {
          char ch = text.charAt(k);
          ascii &= ch < 128;
          digits &= ch >= '0' && ch <= '9';
        }
        if (ascii && (i - s < 4 || digits)) continue; // decided without a string (lower case keeps an ASCII word's length)
        String w = text.substring(s, i);
        String key = w.toLowerCase(Locale.ROOT);
        if (!ascii && (key.codePointCount(0, key.length()) < 4 || key.chars().allMatch(Character::isDigit))) continue;
        if (STOP.contains(key)) continue;
        int id = ids.computeIfAbsent(key, k -> nextId.incrementAndGet());
        Form seen = surface.get(id);
        if (seen == null || index < seen.article()) { // most words are seen before: no new form for them
          surface.merge(id, new Form(index, w, key), (old, now) -> now.article() < old.article() ? now : old);
        }
        if (n < out.length) out[n++] = id;
      }
    }
    return SortedArrays.sortedDistinct(Arrays.copyOf(out, n));
  }
}
