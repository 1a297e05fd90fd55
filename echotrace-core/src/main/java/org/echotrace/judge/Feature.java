package org.echotrace.judge;

import java.util.Locale;

/**
 * What the pair judge reads of a pair of articles. Every value lies in [0, 1], so that one learning rate serves all
 * and a weight can be read as the feature's pull. "Shorter" and "longer" are by words. Values that cannot be measured
 * for a pair (vectors of a language the model cannot read) are 0, with the matching availability flag at 0.
 */
public enum Feature {
  /** Share of the shorter article's words in passages of identical wording (quotations both merely quote aside). */
  LEX_SHORT,
  /** Share of the longer article's words in those passages. */
  LEX_LONG,
  /** The longest shared passage, in exactly aligned words, over 50 (capped at 1): one sentence is ~20 words. */
  LEX_LONGEST,
  /** How many shared passages, over 4 (capped). */
  LEX_PASSAGES,
  /** Words aligned exactly in all shared passages, over 120 (capped): two or more sentences of identical wording. */
  LEX_MATCHED,
  /** Share of the smaller article's distinct word pairs (two consecutive words) that the other holds. */
  BIGRAMS,
  /** Share of the smaller article's distinct words (4+ letters) that the other holds. */
  WORDS,
  /** 1 when the sentences were compared on vectors (one language the model reads), else 0. */
  VEC,
  /** Share of the shorter article's words in sentences aligned on vectors. */
  VEC_SHORT,
  /** Share of the longer article's words in sentences aligned on vectors. */
  VEC_LONG,
  /** Share of the shorter article's words in strongly similar aligned sentences. */
  VEC_STRONG_SHORT,
  /** Word-weighted mean cosine of the aligned sentences. */
  VEC_SIM,
  /** Share of greedily matched words the order-preserving alignment keeps (1: same order). */
  VEC_ORDER,
  /** Strongly similar aligned sentence groups, over 6 (capped). */
  VEC_STRONG,
  /** {@link #VEC_STRONG_SHORT} times {@link #VEC_ORDER}: close sentences, and in order. */
  VEC_CORE,
  /** Share of vector-aligned groups that directly follow the previous one on both sides: sentence by sentence. */
  VEC_RUNS,
  /** Share of the shorter article's words in sentences aligned on language-independent keys. */
  BRIDGE_SHORT,
  /** The same for the longer article. */
  BRIDGE_LONG,
  /** Share of the shorter article's words in closely key-aligned sentences (Dice 0.5 or more). */
  BRIDGE_STRONG_SHORT,
  /** Word-weighted mean Dice overlap of the key-aligned sentences. */
  BRIDGE_SIM,
  /** Order kept by the key alignment, as {@link #VEC_ORDER}. */
  BRIDGE_ORDER,
  /** Closely key-aligned sentence groups, over 6 (capped). */
  BRIDGE_STRONG,
  /** {@link #BRIDGE_STRONG_SHORT} times {@link #BRIDGE_ORDER}. */
  BRIDGE_CORE,
  /** As {@link #VEC_RUNS}, for the key alignment. */
  BRIDGE_RUNS,
  /** Spread of the log length ratio of key-aligned sentences (capped at 1): a translation keeps proportions. */
  BRIDGE_SPREAD,
  /** Where the key alignment starts (0: the first sentence of one side). */
  BRIDGE_START,
  /** Distinct numbers and names both hold, over 12 (capped). */
  ANCHORS,
  /** Shared anchors over all distinct anchors of both (Jaccard). */
  ANCHOR_JACCARD,
  /** Anchors matched in order (longest common subsequence) over the smaller anchor count. */
  ANCHOR_ORDER,
  /** Shared anchors over all anchors, each weighted by its rarity in the corpus ({@link Rarity}). */
  RARE_ANCHORS,
  /** Cosine of the two articles' word sets weighted by rarity in the corpus: the same specific details. */
  RARE_WORDS,
  /**
   * Share of the distinct numbers (years left out) of the article with fewer that the other holds: a copy keeps its
   * figures, a report written hours later has new ones (99.2% of votes counted, then 99.9%).
   */
  NUMBERS,
  /** 1 when both articles hold at least two distinct numbers (else {@link #NUMBERS} says little). */
  NUMBERED,
  /**
   * Distinctive numbers both hold, over 2 (capped): three digits or more, or a decimal (8.8, 1,900, 49.91%), not a
   * year. Two-digit whole numbers (12 weeks, 14 million) meet by chance.
   */
  DISTINCT_NUMBERS,
  /**
   * Share of the calendar days (15 April) named by the article naming fewer that the other names too: reports of one
   * event name its days.
   */
  DAYS,
  /** 1 when both articles name at least one calendar day (else {@link #DAYS} says nothing). */
  DAYS_NAMED,
  /**
   * Share of the quotations (four words or more) of the article quoting less that the other quotes too, in any
   * language (Dice of their keys at least 0.35): reports of one event quote the same words; two statements of one
   * spokesman on two days do not.
   */
  QUOTES,
  /** 1 when both articles quote someone (else {@link #QUOTES} says nothing). */
  QUOTED,
  /**
   * Share of the quotations (of the side quoting less) that the other side does not have, when both quote: a rewrite
   * keeps its quotes, two reporters each quote their own sources.
   */
  QUOTES_APART,
  /** Share of the calendar days named by one side that the other does not name, when both name days. */
  DAYS_APART,
  /** Share of the numbers of one side that the other does not hold, when both hold two or more: new figures. */
  NUMBERS_APART,
  /** 1 when both languages are known and the same. */
  SAME_LANGUAGE,
  /** 1 when both languages are known and differ. */
  OTHER_LANGUAGE,
  /** The shorter article's words over the longer's. */
  LENGTH_RATIO,
  /** 1 when both articles are dated. */
  DATED,
  /** Days between the two dates over 30 (capped at 1); 0 when either is undated. */
  DATE_GAP;

  /** The name in files: {@code lex_short}, {@code vec_sim}, ... */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
