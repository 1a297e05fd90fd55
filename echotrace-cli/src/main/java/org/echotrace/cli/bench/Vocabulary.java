package org.echotrace.cli.bench;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * The words of the synthetic corpus: common English function words plus {@value #CONTENT_WORDS} pronounceable
 * pseudo-words ("brelomar", "Tasquin"), drawn with a Zipf distribution as in real prose. Words are numbered so that a
 * sentence is a {@code short[]}: 100,000 articles of 600 words take 120 MB instead of ~700 MB of strings.
 *
 * <p>Why these numbers: function words are {@value #FUNCTION_SHARE} of the tokens (about their share in news prose);
 * content words follow Zipf with exponent 1, so the commonest pseudo-word is ~5% of content tokens. With 30,000 of
 * them a 5-word run made only of very common words is rare, and two unrelated 600-word articles share a 5-word run
 * only by such chance, as unrelated news articles do. Immutable after construction; thread-safe.
 */
public final class Vocabulary {
  /** Where content words come from: pronounceable pseudo-words, or English words (for the sentence model). */
  public enum Source { PSEUDO, ENGLISH }

  public static final int CONTENT_WORDS = 30_000;
  public static final double FUNCTION_SHARE = 0.35;
  /** Share of content words that are names, written with a capital wherever they stand. */
  private static final double NAME_SHARE = 0.08;

  /** No "we", "our", "us" or "you": the classifier reads them as the outlet speaking or addressing the reader. */
  private static final String[] FUNCTION = (
      "the of and to in a is that for on was with as by at from it his he said have has are be an were this not but "
          + "which its had after their they who will been also more than over into some would about could when while "
          + "there other her she before under between against during since because most many two three first last "
          + "only told according these those such both each any all no what where how then so if may can did new")
      .split(" ");

  /** Real words the syllable generator could produce that are furniture cues, dates or pronouns: never used. */
  private static final Set<String> AVOID = Set.of("donate", "donation", "support", "register", "inbox", "email",
      "login", "print", "watch", "listen", "tweet", "telegram", "comment", "comments", "share", "follow", "source",
      "credit", "photo", "image", "video", "picture", "monday", "sunday", "june", "july", "march", "april", "august",
      "date", "dated", "posted", "updated", "local", "time", "reuters", "tass", "ria", "sputnik", "more", "read",
      "also", "related", "latest", "news", "via", "courtesy", "reporting", "writing", "editing", "contributed",
      "sponsored");

  private static final String[] ONSETS = {"b", "c", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v",
      "z", "br", "dr", "gr", "kr", "pr", "st", "tr", "sh", "ch", "th", "pl", "fl", "sk", "w", "j", "y"};
  private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ai", "ou", "ea", "io", "ei"};
  private static final String[] CODAS = {"", "", "", "n", "r", "s", "l", "m", "t", "nd", "st", "rk", "x"};

  /**
   * Substrings that disqualify an English word: furniture cues (a line with "cookie" anywhere is a consent banner),
   * dates, credits, reader address. Checked as substrings so that inflections are caught too.
   */
  private static final String[] AVOID_ENGLISH = ("cookie privacy newsletter subscri advert sponsor donat copyright "
      + "comment storage login regist inbox email photo image video picture credit source share follow print watch "
      + "listen tweet telegram reuters related latest news read month january february march april june july august "
      + "september october november december monday tuesday wednesday thursday friday saturday sunday report writ "
      + "edit contribut courtesy posted updat date time local feedback helpful useful legal button click download "
      + "facebook twitter instagram youtube whatsapp caption getty press agency staff correspond author byline "
      + "website online account password terms contact support menu home search sign your ours yourself ourselves "
      + "yesterday today tomorrow week minute hour").split(" ");

  private final String[] words;
  private final double[] contentCumulative;
  private final double[] functionCumulative;

  public Vocabulary(Random random) {
    this(random, Source.PSEUDO);
  }

  /**
   * With {@link Source#ENGLISH}, the content words are the ~20,000 whole English words (four letters or more) of the
   * bundled sentence model's WordPiece vocabulary, in its order (roughly by frequency), so that Zipf ranks stay
   * realistic. Pseudo-words are out of the model's vocabulary: it sees every such sentence as alike, which makes a
   * benchmark of rewrite detection meaningless; English word salad does not have that problem.
   */
  public Vocabulary(Random random, Source source) {
    Set<String> content = new LinkedHashSet<>();
    Set<String> function = Set.of(FUNCTION);
    if (source == Source.ENGLISH) {
      for (String w : modelWords()) {
        if (!function.contains(w) && !avoidEnglish(w)) content.add(w);
        if (content.size() == CONTENT_WORDS) break;
      }
    } else {
      while (content.size() < CONTENT_WORDS) {
        String w = pseudoWord(random);
        if (w.length() >= 4 && !AVOID.contains(w) && !function.contains(w)) content.add(w);
      }
    }
    words = new String[FUNCTION.length + content.size()];
    System.arraycopy(FUNCTION, 0, words, 0, FUNCTION.length);
    int i = FUNCTION.length;
    for (String w : content) words[i++] = random.nextDouble() < NAME_SHARE ? capitalised(w) : w;
    contentCumulative = zipf(content.size());
    functionCumulative = zipf(FUNCTION.length);
  }

  private static boolean avoidEnglish(String w) {
    for (String a : AVOID_ENGLISH) if (w.contains(a)) return true;
    return AVOID.contains(w);
  }

  /** Whole lower-case words of four or more letters in the bundled model's tokenizer vocabulary, by token id. */
  static java.util.List<String> modelWords() {
    try (java.io.InputStream in = Vocabulary.class.getResourceAsStream("/all-minilm-l6-v2-q-tokenizer.json")) {
      if (in == null) throw new IllegalStateException("the bundled model's tokenizer.json is not on the class path");
      com.fasterxml.jackson.databind.JsonNode vocab =
          new com.fasterxml.jackson.databind.ObjectMapper().readTree(in).path("model").path("vocab");
      String[] byId = new String[vocab.size()];
      vocab.fields().forEachRemaining(e -> {
        int id = e.getValue().asInt();
        if (id >= 0 && id < byId.length) byId[id] = e.getKey();
      });
      java.util.List<String> out = new java.util.ArrayList<>();
      for (String w : byId) if (w != null && w.matches("[a-z]{4,}")) out.add(w);
      return out;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** A pronounceable pseudo-word of two or three syllables. */
  static String pseudoWord(Random random) {
    int syllables = 2 + (random.nextInt(10) < 3 ? 1 : 0);
    StringBuilder b = new StringBuilder();
    for (int s = 0; s < syllables; s++) {
      b.append(ONSETS[random.nextInt(ONSETS.length)]).append(VOWELS[random.nextInt(VOWELS.length)]);
      if (s == syllables - 1 || random.nextInt(4) == 0) b.append(CODAS[random.nextInt(CODAS.length)]);
    }
    return b.toString();
  }

  /** One word number: a function word with probability {@link #FUNCTION_SHARE}, else a content word. */
  public short next(Random random) {
    if (random.nextDouble() < FUNCTION_SHARE) return (short) draw(functionCumulative, random);
    return (short) (FUNCTION.length + draw(contentCumulative, random));
  }

  /** A content word (no function word): for edits and headlines. */
  public short nextContent(Random random) {
    return (short) (FUNCTION.length + draw(contentCumulative, random));
  }

  public String word(short id) {
    return words[id];
  }

  public int size() {
    return words.length;
  }

  /** The sentence as text: capital first letter, an optional comma after {@code commaAfter} (-1: none), full stop. */
  public void appendSentence(StringBuilder out, short[] sentence, int commaAfter) {
    for (int i = 0; i < sentence.length; i++) {
      if (i > 0) out.append(' ');
      String w = words[sentence[i]];
      out.append(i == 0 ? capitalised(w) : w);
      if (i == commaAfter && i < sentence.length - 1) out.append(',');
    }
    out.append('.');
  }

  static String capitalised(String w) {
    return w.isEmpty() ? w : w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1);
  }

  private static double[] zipf(int n) {
    double[] c = new double[n];
    double sum = 0;
    for (int r = 0; r < n; r++) c[r] = sum += 1.0 / (r + 1);
    for (int r = 0; r < n; r++) c[r] /= sum;
    c[n - 1] = 1.0;
    return c;
  }

  private static int draw(double[] cumulative, Random random) {
    int i = Arrays.binarySearch(cumulative, random.nextDouble());
    return i >= 0 ? i : -i - 1;
  }
}
