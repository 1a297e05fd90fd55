package org.echotrace.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.echotrace.model.Article;

/**
 * Short labels for clusters from their most characteristic words: words of the members' titles and leads, ranked by
 * how many members use them times how rare they are in the corpus (tf-idf over documents, with a small floor so that
 * a cluster spanning the whole corpus still gets its common words). Function words of the common news languages
 * and words under four letters never count. Thread-safe after construction.
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

  private final Map<String, Integer> documentFrequency = new HashMap<>();
  private final int documents;

  public Labeler(List<Article> corpus) {
    for (Article a : corpus) for (String w : words(a).keySet()) documentFrequency.merge(w, 1, Integer::sum);
    this.documents = corpus.size();
  }

  /** Up to four words, most characteristic first, joined by " · "; null when the members have no usable words. */
  public String label(List<Article> members) {
    Map<String, Integer> memberDf = new HashMap<>();
    Map<String, String> surface = new HashMap<>();
    for (Article a : members) {
      for (var e : words(a).entrySet()) {
        memberDf.merge(e.getKey(), 1, Integer::sum);
        surface.putIfAbsent(e.getKey(), e.getValue());
      }
    }
    int need = members.size() <= 2 ? 1 : (members.size() + 1) / 2;
    List<String> ranked = new ArrayList<>(memberDf.keySet());
    ranked.removeIf(w -> memberDf.get(w) < need);
    Map<String, Double> score = new HashMap<>();
    for (String w : ranked) {
      double idf = Math.log((documents + 1.0) / documentFrequency.getOrDefault(w, 1)) + 0.1;
      score.put(w, memberDf.get(w) * idf);
    }
    ranked.sort((x, y) -> {
      int c = Double.compare(score.get(y), score.get(x));
      return c != 0 ? c : x.compareTo(y);
    });
    List<String> out = new ArrayList<>();
    for (String w : ranked) {
      if (out.size() == LABEL_WORDS) break;
      out.add(surface.get(w));
    }
    return out.isEmpty() ? null : String.join(" · ", out);
  }

  /** Distinct lower-cased words of the title and lead, each with its first surface form. */
  static Map<String, String> words(Article a) {
    Map<String, String> out = new LinkedHashMap<>();
    String body = a.text().length() > 1500 ? a.text().substring(0, 1500) : a.text(); // 60 words fit well within
    String text = (a.title() == null ? "" : a.title() + " ") + body;
    int count = 0;
    for (String raw : text.split("[^\\p{L}\\p{N}’'-]+")) {
      String w = raw.replaceAll("^['’-]+|['’-]+$", "").replaceAll("['’]s$", "");
      if (w.isEmpty()) continue;
      if (++count > LEAD_WORDS) break;
      String key = w.toLowerCase(Locale.ROOT);
      if (key.codePointCount(0, key.length()) < 4 || STOP.contains(key) || key.chars().allMatch(Character::isDigit)) continue;
      out.putIfAbsent(key, w);
    }
    return out;
  }

  static Set<String> stopWords() {
    return new HashSet<>(STOP);
  }
}
