package org.echotrace.model;

import java.util.List;
import java.util.Objects;

/**
 * A quote of a copy matched to its counterpart in the origin article (or found missing on one side).
 *
 * @param copy the copy's article id
 * @param origin the origin's article id
 * @param copyQuote index into {@link AnalysisResult#quotes()} of the copy's quote, or -1 when {@code DROPPED}
 * @param originQuote index of the origin's quote, or -1 when {@code ADDED}
 * @param change how the copy's quote differs from the origin's
 * @param diff word-level difference from the origin's quote to the copy's; empty for added and dropped quotes
 * @param similarity how close the two quotes are (0..1; word overlap or sentence-vector cosine), 0 when unmatched
 */
public record QuoteVariant(String copy, String origin, int copyQuote, int originQuote, QuoteChange change,
    List<WordEdit> diff, double similarity) {
  public QuoteVariant {
    Objects.requireNonNull(copy, "copy");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(change, "change");
    diff = List.copyOf(diff);
  }

  /** One step of a word-level diff: words kept, deleted from the origin's quote, or inserted by the copy. */
  public record WordEdit(Op op, String words) {
    public WordEdit {
      Objects.requireNonNull(op, "op");
      Objects.requireNonNull(words, "words");
    }
  }

  /** Diff operations; JSON names {@code =}, {@code -}, {@code +}. */
  public enum Op {
    KEEP("="), DELETE("-"), INSERT("+");

    private final String symbol;

    Op(String symbol) {
      this.symbol = symbol;
    }

    public String symbol() {
      return symbol;
    }
  }
}
