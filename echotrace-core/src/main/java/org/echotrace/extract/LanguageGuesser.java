package org.echotrace.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Guesses an article's language from its commonest function words, reading at most the first 150 words. Serbian,
 * Croatian and Bosnian share theirs: the group is told apart by Lingua restricted to those three. Fast (a hash
 * look-up per word) and right on article-length text in the listed languages; returns null when fewer than 5 function
 * words are seen or no language leads clearly, rather than guessing. When it cannot tell (other languages: Chinese,
 * Arabic, Greek, Czech, ...; text with few function words), Lingua decides, in its low-accuracy mode over all its 75
 * languages: loaded on first need (under a second, ~360 MB of heap, ../shared/NOTES.md), so a corpus in the listed
 * languages never pays for it. Lingua answers only when it is confident; otherwise the language stays null.
 * Thread-safe: immutable after construction (Lingua's detector is thread-safe).
 */
public final class LanguageGuesser {
  private static final String[][] PROFILES = {
    {"en", "the of and to in a is that for on was with as by at from it his he said have has are be an were this not but which"},
    {"de", "der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an werden aus er hat dass sie"},
    {"fr", "le la les de des et en un une du est que dans pour qui sur au par pas plus ne se ce il a aux avec son sont"},
    {"es", "el la de que y en los del se las por un para con no una su al es lo como más pero sus le ha"},
    {"it", "il di che la e è per un in del non una della le si da dei con alla ha sono al anche gli"},
    {"pt", "o de a que e do da em um para com não uma os no se na por mais as dos como mas ao ele das à"},
    {"nl", "de van het een en in is dat op te zijn met voor niet die aan er ook als bij door wordt hij"},
    {"pl", "i w się na z do nie że to jest o jak po co ale od przez za tak jego dla które oraz już"},
    {"ru", "и в не на что с по это как из он к за о от для его но же все так было только также который уже"},
    {"uk", "і в не на що з та до це як у за від для його але він про які також вже було після є"},
    {"sv", "och i att det som en på är av för med till den har de inte om ett var men"},
    {"tr", "ve bir bu da de için ile olarak çok daha gibi ama olan en sonra kadar değil ancak"},
    // Serbian, Croatian and Bosnian share their function words: "sh" stands for the group, which Lingua then splits
    {"sh", "je i u na se da za od su sa o a koji što kao ali iz do bi će ne to ili te nakon još samo bio bila koja"},
    {"sl", "je in na se da za v z so ki pa ne od po tudi kot bi iz še ali bo smo sem tem"},
    {"cs", "a v se na je že s z do o to i k ve jako pro by po ale jsou byl bylo který která"},
    {"ro", "și în de la a cu că pe din pentru este un o care mai nu sunt au fost fi"},
    {"bg", "и на да се в за от с е по не че са как това но той които като след още бъде"},
    {"el", "και το του η της σε να με για από που στο τα οι την ο θα είναι στην των"},
  };
  /** The languages of the "sh" group, which Lingua tells apart. */
  private static final com.github.pemistahl.lingua.api.Language[] SERBO_CROATIAN = {
    com.github.pemistahl.lingua.api.Language.SERBIAN, com.github.pemistahl.lingua.api.Language.CROATIAN,
    com.github.pemistahl.lingua.api.Language.BOSNIAN};
  private static final Map<String, String[]> WORD_LANGS = new HashMap<>();

  static {
    Map<String, StringBuilder> tmp = new HashMap<>();
    for (String[] p : PROFILES) {
      for (String w : p[1].split(" ")) tmp.computeIfAbsent(w, k -> new StringBuilder()).append(p[0]).append(' ');
    }
    tmp.forEach((w, langs) -> WORD_LANGS.put(w, langs.toString().trim().split(" ")));
  }

  /** Lingua, on first use. */
  private static final class Lingua {
    static final com.github.pemistahl.lingua.api.LanguageDetector DETECTOR =
        com.github.pemistahl.lingua.api.LanguageDetectorBuilder.fromAllLanguages().withLowAccuracyMode().build();
    /** Serbian, Croatian and Bosnian only, in high accuracy (three models: small and quick to load). */
    static final com.github.pemistahl.lingua.api.LanguageDetector SERBO_CROATIAN_DETECTOR =
        com.github.pemistahl.lingua.api.LanguageDetectorBuilder.fromLanguages(SERBO_CROATIAN).build();
  }

  /** The reflexes of yat ({@code yat-reflexes.tsv}): ekavian words (Serbian) against ijekavian ones. */
  static final class Yat {
    private static final java.util.Map<String, Integer> STEMS = load();

    private static java.util.Map<String, Integer> load() {
      java.util.Map<String, Integer> out = new java.util.HashMap<>();
      for (String[] cols : org.echotrace.internal.ResourceTable.entries("/org/echotrace/extract/yat-reflexes.tsv", 3)) {
        out.put(cols[0], 1);
        out.put(cols[1], -1);
      }
      return out;
    }

    /** Ekavian words minus ijekavian ones: positive for Serbian Latin, negative for Croatian or Bosnian. */
    static int balance(String text) {
      int score = 0;
      for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
        // the longest listed stem that starts the word decides it
        for (int n = Math.min(w.length(), 9); n >= 3; n--) {
          Integer v = STEMS.get(w.substring(0, n));
          if (v != null) {
            score += v;
            break;
          }
        }
      }
      return score;
    }
  }

  /** Letters Lingua needs to see before it is asked. */
  static final int LINGUA_MIN_LETTERS = 40;

  /** ISO 639-1 code, or null when neither the function words nor Lingua can tell. */
  public String guess(String text) {
    return guess(text, 1000);
  }

  /** Lingua's codes of the Serbo-Croatian languages, which the function words read as one ("sh"). */
  private static final Set<String> SERBO_CROATIAN_CODES = Set.of("sh", "sr", "hr", "bs");

  /**
   * A language other than {@code declared} that the text names clearly, or null: its function words (five or more of
   * its first 150 words, the leading language 1.3 times as often as the next) and Lingua both name it. Two readings
   * that agree are strong enough to overrule a page's declared language, which templates often get wrong (a theme's
   * {@code lang="en-US"} on a German blog); function words alone confuse close languages (Norwegian read as Swedish, a
   * few English words in a Finnish text). Lingua, the costly reading, is asked only when the function words name a
   * language other than the declared one; {@code declared} may be null.
   */
  public String clearlyOther(String text, String declared) {
    String code = byFunctionWords(text);
    if (code == null || code.equals(declared)) return null;
    String sample = text.length() > 1000 ? text.substring(0, 1000) : text;
    String lingua = lingua(sample);
    if (lingua == null) return null;
    if (code.equals("sh") && SERBO_CROATIAN_CODES.contains(lingua)) return serboCroatian(sample);
    return code.equals(lingua) ? code : null;
  }

  /** As {@link #guess(String)}, with Lingua reading at most the first {@code sampleChars} characters. */
  public String guess(String text, int sampleChars) {
    String byFunctionWords = byFunctionWords(text);
    String sample = text.length() > sampleChars ? text.substring(0, sampleChars) : text;
    if (byFunctionWords != null && !byFunctionWords.equals("sh")) return byFunctionWords;
    String code = byFunctionWords != null ? byFunctionWords : lingua(sample);
    if (code == null) return null;
    return SERBO_CROATIAN_CODES.contains(code) ? serboCroatian(sample) : code;
  }

  /** Lingua's reading of {@code sample} (ISO 639-1), or null when it has too few letters or Lingua cannot tell. */
  private static String lingua(String sample) {
    if (sample.codePoints().filter(Character::isLetter).count() < LINGUA_MIN_LETTERS) return null;
    com.github.pemistahl.lingua.api.Language l = Lingua.DETECTOR.detectLanguageOf(sample);
    if (l == com.github.pemistahl.lingua.api.Language.UNKNOWN) return null;
    String code = l.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
    return code.equals("none") ? null : code;
  }

  /**
   * Serbian, Croatian or Bosnian: Cyrillic is Serbian; in Latin script the yat reflexes decide (ekavian: Serbian),
   * then Lingua restricted to the three.
   */
  static String serboCroatian(String sample) {
    long cyrillic = sample.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC).count();
    if (cyrillic > sample.length() / 4) return "sr";
    int yat = Yat.balance(sample);
    if (yat > 0) return "sr";
    com.github.pemistahl.lingua.api.Language l = Lingua.SERBO_CROATIAN_DETECTOR.detectLanguageOf(sample);
    if (l == com.github.pemistahl.lingua.api.Language.UNKNOWN) return yat < 0 ? "hr" : "sr";
    String code = l.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
    return yat < 0 && code.equals("sr") ? "hr" : code; // ijekavian Latin is Croatian or Bosnian, not Serbian
  }

  private static String byFunctionWords(String text) {
    Map<String, Integer> score = new HashMap<>();
    int words = 0, hits = 0;
    int i = 0, n = text.length();
    while (i < n && words < 150) {
      while (i < n && !Character.isLetter(text.charAt(i))) i++;
      int s = i;
      while (i < n && Character.isLetter(text.charAt(i))) i++;
      if (i == s) break;
      words++;
      String[] langs = WORD_LANGS.get(text.substring(s, i).toLowerCase(Locale.ROOT));
      if (langs == null) continue;
      hits++;
      for (String l : langs) score.merge(l, 1, Integer::sum);
    }
    if (hits < 5) return null;
    String best = null;
    int top = 0, second = 0;
    for (var e : score.entrySet()) {
      if (e.getValue() > top) {
        second = top;
        top = e.getValue();
        best = e.getKey();
      } else if (e.getValue() > second) {
        second = e.getValue();
      }
    }
    return top >= second * 1.3 + 1 ? best : null;
  }
}
