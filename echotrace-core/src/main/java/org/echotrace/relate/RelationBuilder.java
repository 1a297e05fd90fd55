package org.echotrace.relate;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.echotrace.align.TokenPassage;
import org.echotrace.model.Article;
import org.echotrace.model.Passage;
import org.echotrace.model.Relation;
import org.echotrace.model.RelationKind;
import org.echotrace.quotes.QuoteRegions;
import org.echotrace.normalize.Tokens;

/**
 * Turns the aligned passages of a pair into a {@link Relation}, or none. Two decisions, with their reasons:
 * <ul>
 *   <li>a passage that is a quotation in both articles (fewer than {@link #MIN_OWN_WORDS} of its aligned words outside
 *       quotation marks on either side) is dropped: two reports quoting the same person are not reuse;
 *   <li>the type: {@code verbatim} when at least {@link #VERBATIM_SHARE} of the shorter article's words are aligned
 *       ("most of it", with room for a dropped paragraph or edited words), else {@code partial}.
 * </ul>
 * Thread-safe: no state.
 */
public final class RelationBuilder {
  /** A passage needs this many aligned words of the reporter's own (outside quotes) on both sides. */
  public static final int MIN_OWN_WORDS = 8;
  public static final double VERBATIM_SHARE = 0.6;

  private final OriginResolver origins = new OriginResolver();

  public Optional<Relation> build(Article a, Tokens ta, Article b, Tokens tb, List<TokenPassage> passages) {
    LexicalEvidence e = measure(a, ta, b, tb, passages);
    if (e.passages().isEmpty()) return Optional.empty();
    double score = e.shorterShare();
    RelationKind kind = score >= VERBATIM_SHARE ? RelationKind.VERBATIM : RelationKind.PARTIAL;
    return Optional.of(new Relation(a.id(), b.id(), kind, origins.resolve(a, b, e.coverageA(), e.coverageB()),
        round(score), round(e.coverageA()), round(e.coverageB()), e.passages()));
  }

  /** The passages both articles share, quotations both merely quote left out, and what they cover. */
  public LexicalEvidence measure(Article a, Tokens ta, Article b, Tokens tb, List<TokenPassage> passages) {
    BitSet quotedA = QuoteRegions.mask(a.text()), quotedB = QuoteRegions.mask(b.text());
    List<TokenPassage> kept = new ArrayList<>();
    for (TokenPassage p : passages) {
      if (ownWords(ta, p.aFrom(), p.aTo(), quotedA) >= MIN_OWN_WORDS
          && ownWords(tb, p.bFrom(), p.bTo(), quotedB) >= MIN_OWN_WORDS) {
        kept.add(p);
      }
    }
    int matched = 0, longest = 0;
    for (TokenPassage p : kept) {
      matched += p.matched();
      longest = Math.max(longest, p.matched());
    }
    kept.sort(Comparator.comparingInt(TokenPassage::aFrom));
    List<Passage> evidence = new ArrayList<>(kept.size());
    for (TokenPassage p : kept) {
      evidence.add(new Passage(ta.starts()[p.aFrom()], ta.ends()[p.aTo() - 1], tb.starts()[p.bFrom()],
          tb.ends()[p.bTo() - 1], p.matched()));
    }
    return new LexicalEvidence(ta.size(), tb.size(), matched, covered(kept, true), covered(kept, false), longest,
        evidence);
  }

  private static int ownWords(Tokens t, int from, int to, BitSet quoted) {
    int n = 0;
    for (int i = from; i < to; i++) if (!quoted.get(t.starts()[i])) n++;
    return n;
  }

  private static int covered(List<TokenPassage> passages, boolean sideA) {
    int n = 0;
    for (TokenPassage p : passages) n += sideA ? p.aTo() - p.aFrom() : p.bTo() - p.bFrom();
    return n;
  }

  private static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }
}
