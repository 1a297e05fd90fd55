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

  private final String[] words;
  private final double[] contentCumulative;
  private final double[] functionCumulative;

  public Vocabulary(Random random) {
    Set<String> content = new LinkedHashSet<>();
    Set<String> function = Set.of(FUNCTION);
    while (content.size() < CONTENT_WORDS) {
      String w = pseudoWord(random);
      if (w.length() >= 4 && !AVOID.contains(w) && !function.contains(w)) content.add(w);
    }
    words = new String[FUNCTION.length + CONTENT_WORDS];
    System.arraycopy(FUNCTION, 0, words, 0, FUNCTION.length);
    int i = FUNCTION.length;
    for (String w : content) words[i++] = random.nextDouble() < NAME_SHARE ? capitalised(w) : w;
    contentCumulative = zipf(CONTENT_WORDS);
    functionCumulative = zipf(FUNCTION.length);
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
