package org.echotrace.normalize;

import com.ibm.icu.text.Normalizer2;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.echotrace.internal.ResourceTable;

/**
 * Words of 18 languages mapped to shared concept ids ({@code concepts.tsv}: about 700 concepts of general news
 * vocabulary, "election" = Wahl = élection = выборы ...), so that sentences of two languages can be compared without
 * a translation model. Written by hand for echotrace from general knowledge of the languages (the file says so and
 * how it is read); no dictionary with a licence the project could ship was at hand. A form is a word or a stem
 * ({@code wahl*}); a word is looked up as written, then without diacritics; in German, Dutch and Swedish a compound
 * also matches by its head ("Parlamentswahlen" by "wahlen"). Thread-safe: immutable after loading.
 */
public final class ConceptLexicon {
  private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
  /** Languages that write compounds as one word, whose heads come last. */
  private static final Set<String> COMPOUNDING = Set.of("de", "nl", "sv");
  /** Columns read for article languages the file has no column of, by their closest listed language. */
  private static final Map<String, String> CLOSEST = Map.of("bs", "hr", "sh", "hr", "sk", "cs", "be", "ru", "mk", "bg",
      "me", "sr", "lb", "de", "no", "sv", "da", "sv");
  /** The concept id and 18 languages' columns. */
  static final int COLUMNS = 19;
  /** The shortest stem: shorter prefixes begin too many unrelated words. */
  static final int MIN_STEM = 4;
  // after every other static field: loading reads them
  private static final ConceptLexicon BUNDLED = load();

  private final Map<String, Map<String, Integer>> exact = new HashMap<>();
  private final Map<String, Map<String, Integer>> stems = new HashMap<>();
  private final String[] ids;

  private ConceptLexicon(String[] ids) {
    this.ids = ids;
  }

  public static ConceptLexicon bundled() {
    return BUNDLED;
  }

  /** The concept's number (an index into {@link #id}), or -1 when the word is none of the language's forms. */
  public int concept(String word, String language) {
    String lang = language == null ? "*" : CLOSEST.getOrDefault(language, language);
    Map<String, Integer> ex = exact.get(lang), st = stems.get(lang);
    if (ex == null) {
      lang = "*";
      ex = exact.get(lang);
      st = stems.get(lang);
    }
    String w = word.toLowerCase(Locale.ROOT);
    int c = lookup(w, ex, st);
    if (c < 0) {
      String bare = strip(w);
      if (!bare.equals(w)) c = lookup(bare, ex, st);
    }
    if (c < 0 && COMPOUNDING.contains(lang)) {
      String bare = strip(w);
      for (int from = 3; from <= bare.length() - MIN_STEM && c < 0; from++) c = lookup(bare.substring(from), ex, st);
    }
    return c;
  }

  public String id(int concept) {
    return ids[concept];
  }

  private static int lookup(String w, Map<String, Integer> exact, Map<String, Integer> stems) {
    Integer c = exact.get(w);
    if (c != null) return c;
    for (int n = w.length(); n >= MIN_STEM; n--) {
      c = stems.get(w.substring(0, n));
      if (c != null) return c;
    }
    return -1;
  }

  /** Lower case without diacritics (Greek accents too). */
  static String strip(String w) {
    String d = NFD.normalize(w);
    StringBuilder b = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char ch = d.charAt(i);
      if (Character.getType(ch) != Character.NON_SPACING_MARK) b.append(ch);
    }
    return b.toString();
  }

  private static ConceptLexicon load() {
    List<String[]> rows = ResourceTable.rows("/org/echotrace/normalize/concepts.tsv", COLUMNS);
    String[] header = rows.get(0);
    String[] ids = new String[rows.size() - 1];
    for (int r = 1; r < rows.size(); r++) ids[r - 1] = rows.get(r)[0];
    ConceptLexicon lex = new ConceptLexicon(ids);
    for (int r = 1; r < rows.size(); r++) {
      String[] cols = rows.get(r);
      for (int l = 1; l < header.length; l++) {
        for (String form : cols[l].split("\\|")) {
          form = form.strip().toLowerCase(Locale.ROOT);
          if (form.isEmpty()) continue;
          for (String lang : new String[] {header[l], "*"}) lex.add(lang, form, r - 1);
        }
      }
    }
    return lex;
  }

  private void add(String lang, String form, int concept) {
    boolean stem = form.endsWith("*");
    String f = stem ? form.substring(0, form.length() - 1) : form;
    Map<String, Integer> target = (stem ? stems : exact).computeIfAbsent(lang, k -> new HashMap<>());
    target.putIfAbsent(f, concept);
    String bare = strip(f);
    if (!bare.equals(f)) target.putIfAbsent(bare, concept);
  }
}
