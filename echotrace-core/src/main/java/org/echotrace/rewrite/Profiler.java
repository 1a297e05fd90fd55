package org.echotrace.rewrite;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.echotrace.embed.SentenceEmbedder;
import org.echotrace.extract.SentenceSplitter;
import org.echotrace.internal.SortedArrays;
import org.echotrace.model.Article;
import org.echotrace.normalize.Anchors;
import org.echotrace.normalize.BridgeKeys;
import org.echotrace.normalize.DateMentions;
import org.echotrace.normalize.Mix;
import org.echotrace.normalize.TextNormalizer;
import org.echotrace.normalize.Tokens;

/**
 * Builds an article's {@link Profile}: sentences per paragraph, anchors, its word set, and the vector of its lead —
 * the title and the first sentences up to {@link #LEAD_WORDS} words. The lead is the only text embedded for every
 * article (news puts the event in the first sentences), and by the model's first look
 * ({@link SentenceEmbedder#firstLook()}: static vectors, microseconds a lead), not the transformer. Thread-safe.
 */
public final class Profiler {
  /** Lead length in words: a title and about two sentences. */
  static final int LEAD_WORDS = 40;
  /** Sentences beyond this many are ignored by alignment (a 40,000-word page would make the DP quadratic). */
  static final int MAX_SENTENCES = 300;

  private final SentenceEmbedder embedder;
  private final boolean multilingual;
  private final SentenceSplitter splitter = new SentenceSplitter();
  private final TextNormalizer normalizer = new TextNormalizer();
  private final Anchors anchors = new Anchors();

  /**
   * @param embedder for lead vectors, or null to skip them
   * @param multilingual whether the model reads every language; an English model embeds only English articles (and
   *     those whose language is unknown): on other languages its vectors make unrelated texts look alike
   */
  public Profiler(SentenceEmbedder embedder, boolean multilingual) {
    this.embedder = embedder;
    this.multilingual = multilingual;
  }

  /** Whether the model's vectors mean something for this language (ISO code, or null when unknown). */
  public boolean readable(String language) {
    return multilingual || language == null || language.equals("en");
  }

  /**
   * What the corpus counts need of an article no pair reaches ({@link org.echotrace.judge.Rarity}): its word set and
   * anchors, with no sentences, quotes, days or keys. Identical-wording runs give it to every article outside the
   * candidate pairs, which saves the sentence and key work on most of a large corpus.
   */
  public Profile counts(Article a) {
    return counts(a, normalizer.tokenize(a.text()));
  }

  /** As {@link #counts(Article)}, given the article's tokens ({@link TextNormalizer#tokenize} of its text). */
  public Profile counts(Article a, Tokens tokens) {
    List<Anchors.Anchor> sequence = anchors.of(a.text());
    return new Profile(a.language(), new int[0][], new int[0], tokens.size(), anchorHashes(sequence), List.of(),
        wordSet(tokens), new long[0], new int[0], new long[0][], new long[0][], null, false);
  }

  public Profile of(Article a) {
    return of(a, normalizer.tokenize(a.text()));
  }

  /** As {@link #of(Article)}, given the article's tokens ({@link TextNormalizer#tokenize} of its text). */
  public Profile of(Article a, Tokens tokens) {
    String text = a.text();
    List<int[]> spans = new ArrayList<>();
    int p = 0;
    while (p < text.length() && spans.size() < MAX_SENTENCES) {
      int nl = text.indexOf('\n', p);
      int end = nl < 0 ? text.length() : nl;
      if (end > p) {
        for (int[] s : splitter.split(text.substring(p, end))) spans.add(new int[] {s[0] + p, s[1] + p});
      }
      p = end + 1;
    }
    if (spans.size() > MAX_SENTENCES) spans = spans.subList(0, MAX_SENTENCES);
    int[] counts = new int[spans.size()];
    int t = 0;
    for (int i = 0; i < counts.length; i++) {
      while (t < tokens.size() && tokens.starts()[t] < spans.get(i)[0]) t++;
      int c = 0;
      while (t < tokens.size() && tokens.starts()[t] < spans.get(i)[1]) {
        c++;
        t++;
      }
      counts[i] = c;
    }
    int[] words = wordSet(tokens);
    List<Anchors.Anchor> sequence = anchors.of(text);
    long[] hashes = anchorHashes(sequence);
    int[][] sentences = spans.toArray(new int[0][]);
    long[] bigrams = new long[Math.max(0, tokens.size() - 1)];
    for (int i = 0; i + 1 < tokens.size(); i++) bigrams[i] = Mix.mix64(tokens.hashes()[i] * 31 + tokens.hashes()[i + 1]);
    return new Profile(a.language(), sentences, counts, tokens.size(), hashes, sequence, words,
        SortedArrays.sortedDistinct(bigrams), DateMentions.of(text), quotes(text, sequence, a.language()),
        BridgeKeys.of(text, sentences, sequence, a.language()), null, true);
  }

  /** Distinct 32-bit hashes of the words of four or more letters, sorted. */
  private static int[] wordSet(Tokens tokens) {
    int[] words = new int[tokens.size()];
    int w = 0;
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.ends()[i] - tokens.starts()[i] >= 4) words[w++] = (int) (tokens.hashes()[i] ^ tokens.hashes()[i] >>> 32);
    }
    return SortedArrays.sortedDistinct(Arrays.copyOf(words, w));
  }

  /** Distinct anchor hashes, sorted. */
  private static long[] anchorHashes(List<Anchors.Anchor> sequence) {
    long[] hashes = new long[sequence.size()];
    for (int i = 0; i < hashes.length; i++) hashes[i] = sequence.get(i).hash();
    return SortedArrays.sortedDistinct(hashes);
  }

  /** Quotations shorter than this many words are scare quotes and titles, not statements. */
  static final int QUOTE_WORDS = 4;

  /** The keys of each quotation of {@link #QUOTE_WORDS} words or more. */
  static long[][] quotes(String text, List<Anchors.Anchor> anchors, String language) {
    List<int[]> spans = new ArrayList<>();
    for (int[] q : org.echotrace.quotes.QuoteRegions.spans(text)) {
      if (text.substring(q[0], q[1]).trim().split("\\s+").length >= QUOTE_WORDS) spans.add(q);
    }
    return BridgeKeys.of(text, spans.toArray(new int[0][]), anchors, language);
  }

  /** The text whose vector stands for the article, or null when the model cannot read the article. */
  public String leadText(Article a, Profile p) {
    if (embedder == null || !readable(a.language())) return null;
    String text = lead(a, java.util.Arrays.asList(p.sentences()), p.sentenceWords());
    return multilingual || a.language() != null || mostlyLatin(text) ? text : null;
  }

  /** The profile with its lead vector. */
  public static Profile withLead(Profile p, float[] lead) {
    return new Profile(p.language(), p.sentences(), p.sentenceWords(), p.words(), p.anchors(), p.anchorSequence(),
        p.wordSet(), p.bigrams(), p.days(), p.quotes(), p.bridge(), lead, p.full());
  }

  /** Unknown language: the English model is trusted only on text that is at least 80% Latin letters. */
  static boolean mostlyLatin(String text) {
    int letters = 0, latin = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isLetter(c)) continue;
      letters++;
      if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) latin++;
    }
    return letters > 0 && latin >= 0.8 * letters;
  }

  /** The title and the first sentences up to {@link #LEAD_WORDS} words. */
  static String lead(Article a, List<int[]> spans, int[] counts) {
    StringBuilder b = new StringBuilder();
    int words = 0;
    if (a.title() != null) {
      b.append(a.title()).append(". ");
      words += a.title().split("\\s+").length;
    }
    for (int i = 0; i < spans.size() && words < LEAD_WORDS; i++) {
      b.append(a.text(), spans.get(i)[0], spans.get(i)[1]).append(' ');
      words += counts[i];
    }
    return b.toString().trim();
  }
}
