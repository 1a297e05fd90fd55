package org.echotrace.cli.bench;

import java.util.List;
import java.util.Objects;
import org.echotrace.model.RawDocument;

/**
 * A deterministic synthetic news corpus with planted reuse, for benchmarks and recall tests: {@code n} scraped text
 * pages of about {@code words} body words, each framed by the furniture of one of {@value #OUTLETS} outlets (name line,
 * {@code Published: 2025-03-14T09:30:00Z} date line, title, newsletter appeal, "More from" teaser list, copyright).
 *
 * <p>Planted relations (shares of articles, chosen per article at random):
 * <ul>
 *   <li>{@value #COPY_SHARE} are {@link Role#COPY}: the body of an earlier original under another outlet's furniture,
 *       a later date and, in half of them, 1–3 edited words per paragraph;
 *   <li>{@value #COPY_OF_COPY_SHARE} are {@link Role#COPY_OF_COPY}: the same, copied from an earlier copy (families);
 *   <li>{@value #PARTIAL_SHARE} are {@link Role#PARTIAL_REUSE}: a new article with 1–2 paragraphs of 50–100 words
 *       lifted from an earlier article;
 *   <li>the rest are {@link Role#ORIGINAL}.
 * </ul>
 * Ground truth is kept per sentence (every generated sentence has a number that copies and lifts keep), so every pair
 * that shares planted text is known: copy↔copy within a family, and a lifter with each member of its source's family.
 *
 * <p>The same (n, words, seed) always gives the same corpus. Immutable; thread-safe.
 */
public final class SyntheticCorpus {
  public enum Role { ORIGINAL, COPY, COPY_OF_COPY, PARTIAL_REUSE, REWRITE }

  public static final int OUTLETS = 50;
  public static final double COPY_SHARE = 0.10;
  public static final double COPY_OF_COPY_SHARE = 0.03;
  public static final double PARTIAL_SHARE = 0.05;
  /**
   * Rewrites of an original: every sentence kept in order with one word in four dropped and some neighbours swapped,
   * so that no run of five words survives (identical-wording detection cannot see them) while the sentence stays.
   */
  public static final double REWRITE_SHARE = 0.03;
  /** Enough for ids of up to a million articles: {@code a000042.txt}. */
  public static final int MAX_ARTICLES = 1_000_000;

  private final int words;
  private final long seed;
  private final List<RawDocument> documents;
  private final Role[] roles;
  private final int[] bodyWords;
  private final PlantedPairs planted;

  SyntheticCorpus(int words, long seed, List<RawDocument> documents, Role[] roles, int[] bodyWords,
      PlantedPairs planted) {
    this.words = words;
    this.seed = seed;
    this.documents = List.copyOf(documents);
    this.roles = roles.clone();
    this.bodyWords = bodyWords.clone();
    this.planted = Objects.requireNonNull(planted, "planted");
  }

  /** Generates {@code n} articles of about {@code words} body words from {@code seed}, with pseudo-words. */
  public static SyntheticCorpus generate(int n, int words, long seed) {
    return generate(n, words, seed, Vocabulary.Source.PSEUDO);
  }

  /** Generates {@code n} articles of about {@code words} body words from {@code seed}, words from {@code source}. */
  public static SyntheticCorpus generate(int n, int words, long seed, Vocabulary.Source source) {
    if (n < 1 || n > MAX_ARTICLES) {
      throw new IllegalArgumentException("n must be in [1, " + MAX_ARTICLES + "], got " + n);
    }
    if (words < 50) throw new IllegalArgumentException("words must be >= 50, got " + words);
    return new CorpusGenerator(n, words, seed, source).generate();
  }

  /** The id (and file name) of article number {@code i}: {@code a000042.txt}. */
  public static String id(int i) {
    return String.format(java.util.Locale.ROOT, "a%06d.txt", i);
  }

  /** The article number of an id made by {@link #id(int)} (a path ending in it also works), or -1. */
  public static int number(String id) {
    int slash = Math.max(id.lastIndexOf('/'), id.lastIndexOf('\\'));
    String name = id.substring(slash + 1);
    if (!name.matches("a\\d{6}\\.txt")) return -1;
    return Integer.parseInt(name, 1, 7, 10);
  }

  /** The pages, in article-number order, as {@link RawDocument#ofText} text pages. */
  public List<RawDocument> documents() {
    return documents;
  }

  public int size() {
    return documents.size();
  }

  public PlantedPairs planted() {
    return planted;
  }

  public long seed() {
    return seed;
  }

  /** The requested mean body length in words. */
  public int words() {
    return words;
  }

  public Role role(int i) {
    return roles[i];
  }

  public int count(Role role) {
    int n = 0;
    for (Role r : roles) if (r == role) n++;
    return n;
  }

  /** Words in the body of article {@code i}, furniture excluded: what a perfect extractor keeps. */
  public int bodyWords(int i) {
    return bodyWords[i];
  }
}
