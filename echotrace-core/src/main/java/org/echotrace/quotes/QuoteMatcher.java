package org.echotrace.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.echotrace.embed.SentenceEmbedder;
import org.echotrace.extract.SentenceSplitter;
import org.echotrace.model.Article;
import org.echotrace.model.Passage;
import org.echotrace.model.Quote;
import org.echotrace.model.QuoteChange;
import org.echotrace.model.QuoteKind;
import org.echotrace.model.QuoteVariant;
import org.echotrace.model.Relation;
import org.echotrace.model.RelationKind;
import org.echotrace.model.SentencePair;
import org.echotrace.normalize.Anchors;

/**
 * Matches the quotes of related articles and says what changed between them: identical, trimmed, reworded,
 * speaker-changed, added, dropped. Hand-written: quote miners merge variants (keeping the longest); nothing we know of
 * compares them.
 *
 * <p>Which pairs are compared, and against what:
 * <ul>
 *   <li>verbatim and paraphrase copies with a decided origin: every quote of the copy against the origin's quotes;
 *       unmatched copy quotes are {@code added}, unmatched origin quotes {@code dropped}, unless the origin quote's
 *       words are still in the copy (inside another quote, or without quotation marks: the origin's scare-quoted
 *       "intense" in a copy that says "intense discussions" is kept, not dropped);</li>
 *   <li>partial reuse with a decided origin: the same, restricted on both sides to quotes that touch a reused
 *       passage (the rest of each article is its own material);</li>
 *   <li>copies with an undecided origin and same-story reports: matched quotes only, against the earlier-published
 *       side (else side a); independent reports quote different things, so added/dropped would say nothing;</li>
 *   <li>translations, and any pair whose articles are in two different languages (a same-story report in another
 *       language), are not compared: a quote in another language is neither identical nor reworded, and a word diff
 *       between two languages says nothing.</li>
 * </ul>
 * Scare-quoted terms are not speech and are not matched.
 *
 * <p>Two quotes are counterparts when their words are equal ({@code identical}), one's words are a contiguous run of
 * the other's ({@code trimmed}, at least two words), or they say the same thing in other words ({@code reworded}):
 * at least half of the longer quote's words in common order, or the two quotes lie in sentences the relation aligned
 * and share a word of four letters or more (or the first five letters of two words),
 * or (with a sentence model) cosine ≥ {@link #SEMANTIC} ({@link #SEMANTIC_SAME_STORY} for same-story) to the other quote or to one of its sentences. Several quotes of a copy may share one counterpart (a copy
 * that splits a long quote in two). Counterparts whose speakers are both known and differ are {@code
 * speaker-changed} when the link is their words or the relation's alignment; a link found by the sentence model alone,
 * or a rewording between independent reports, is not taken across two speakers (other words from another person are another
 * statement). Thread-safe when the embedder is.
 */
public final class QuoteMatcher {
  /**
   * Cosine of two quotes' vectors above which a copy's quote says the same thing as its origin's (measured with the
   * bundled MiniLM: a reworded quote and the sentence it rewords 0.72–0.76; two statements of one speaker on one topic
   * 0.12–0.15).
   */
  static final double SEMANTIC = 0.70;
  /** The same between independent reports of one event, where two different statements are likelier. */
  static final double SEMANTIC_SAME_STORY = 0.80;
  /** Share of the longer quote's words in common order above which two quotes are a rewording. */
  static final double LEXICAL = 0.5;

  private static final SentenceSplitter SPLITTER = new SentenceSplitter();
  private final SentenceEmbedder embedder;

  /** @param embedder sentence model for reworded quotes outside aligned sentences, or null for words alone */
  public QuoteMatcher(SentenceEmbedder embedder) {
    this.embedder = embedder;
  }

  /**
   * The quote variants of every related pair.
   *
   * @param quotes all quotes of the run; {@link QuoteVariant} indexes this list
   */
  public List<QuoteVariant> match(List<Article> articles, List<Relation> relations, List<Quote> quotes) {
    Map<String, Article> byId = new HashMap<>();
    for (Article a : articles) byId.put(a.id(), a);
    Map<String, List<Integer>> byArticle = new HashMap<>();
    for (int i = 0; i < quotes.size(); i++) {
      if (quotes.get(i).kind() == QuoteKind.QUOTE) {
        byArticle.computeIfAbsent(quotes.get(i).article(), k -> new ArrayList<>()).add(i);
      }
    }
    List<QuoteVariant> out = new ArrayList<>();
    for (Relation rel : relations) {
      if (rel.kind() == RelationKind.TRANSLATION || rel.kind() == RelationKind.SAME_NARRATIVE) continue;
      if (!rel.isCopy() && rel.kind() != RelationKind.SAME_STORY) continue;
      if (!sameLanguage(byId.get(rel.a()), byId.get(rel.b()))) continue;
      boolean full = rel.isCopy() && rel.origin().decided();
      String origin = full ? rel.origin().id() : earlier(byId.get(rel.a()), byId.get(rel.b()));
      if (origin == null) continue;
      String copy = origin.equals(rel.a()) ? rel.b() : rel.a();
      boolean originIsA = origin.equals(rel.a());
      List<Integer> oq = new ArrayList<>(byArticle.getOrDefault(origin, List.of()));
      List<Integer> cq = new ArrayList<>(byArticle.getOrDefault(copy, List.of()));
      if (oq.isEmpty() && cq.isEmpty()) continue;
      if (rel.kind() == RelationKind.PARTIAL) {
        oq.removeIf(i -> !inPassage(quotes.get(i), rel.passages(), originIsA));
        cq.removeIf(i -> !inPassage(quotes.get(i), rel.passages(), !originIsA));
      }
      List<SentencePair> pairs = new ArrayList<>();
      for (SentencePair p : rel.sentences()) pairs.add(originIsA ? p : p.swapped());
      Article copyArticle = byId.get(copy);
      List<String> copyWords = full && copyArticle != null ? WordDiff.keys(copyArticle.text()) : List.of();
      out.addAll(pair(origin, copy, oq, cq, quotes, pairs, full, rel.isCopy(), copyWords));
    }
    out.sort(Comparator.comparing(QuoteVariant::copy).thenComparing(QuoteVariant::origin)
        .thenComparingInt(v -> v.copyQuote() < 0 ? Integer.MAX_VALUE : v.copyQuote())
        .thenComparingInt(QuoteVariant::originQuote));
    return List.copyOf(out);
  }

  /** False only when both languages are known and differ. */
  static boolean sameLanguage(Article a, Article b) {
    if (a == null || b == null || a.language() == null || b.language() == null) return true;
    return a.language().equals(b.language());
  }

  /**
   * For each quote index, the variant that describes it best as a copy: from a copy relation before a same-story one,
   * then the most similar. Dropped quotes (which belong to origins) are not included.
   */
  public static Map<Integer, QuoteVariant> primary(List<QuoteVariant> variants) {
    Map<Integer, QuoteVariant> best = new HashMap<>();
    for (QuoteVariant v : variants) {
      if (v.copyQuote() < 0) continue;
      best.merge(v.copyQuote(), v, (x, y) -> rank(y) > rank(x) ? y : x);
    }
    return best;
  }

  private static double rank(QuoteVariant v) {
    return (v.change() == QuoteChange.ADDED ? 0 : 2) + v.similarity();
  }

  /** @param copyWords the comparison keys of the copy's whole text, for telling a dropped quote from a kept one */
  private List<QuoteVariant> pair(String origin, String copy, List<Integer> oq, List<Integer> cq, List<Quote> quotes,
      List<SentencePair> aligned, boolean full, boolean copyRelation, List<String> copyWords) {
    List<QuoteVariant> out = new ArrayList<>();
    boolean[] used = new boolean[oq.size()];
    List<List<String>> originKeys = new ArrayList<>(oq.size()); // once per origin quote, not per copy quote
    for (int oi : oq) originKeys.add(WordDiff.keys(quotes.get(oi).text()));
    float[][][] ov = null;
    for (int ci : cq) {
      Quote c = quotes.get(ci);
      List<String> kc = WordDiff.keys(c.text());
      int best = -1;
      QuoteChange bestChange = null;
      double bestScore = 0;
      for (int k = 0; k < oq.size(); k++) {
        Quote o = quotes.get(oq.get(k));
        List<String> ko = originKeys.get(k);
        QuoteChange change;
        double score;
        if (ko.equals(kc)) {
          change = QuoteChange.IDENTICAL;
          score = 1;
        } else if (Math.min(ko.size(), kc.size()) >= 2
            && (WordDiff.indexOf(ko, kc) >= 0 || WordDiff.indexOf(kc, ko) >= 0)) {
          change = QuoteChange.TRIMMED;
          score = 0.9 + 0.09 * Math.min(ko.size(), kc.size()) / Math.max(ko.size(), kc.size());
        } else {
          double lexical = WordDiff.overlap(ko, kc);
          // quotes in sentences the relation aligned are one statement in other words only when they still share a
          // word of substance: two sentences on one subject may quote two different things ("common sense" and
          // "fair and reciprocal"); rewordings that share no word are left to the sentence model below
          double inAligned = sharesContentWord(ko, kc) ? alignedSimilarity(o, c, aligned) : 0;
          score = Math.max(lexical >= LEXICAL ? lexical : 0, inAligned);
          if (score == 0) continue;
          change = QuoteChange.REWORDED;
          score = Math.min(score, 0.89);
        }
        if (score > bestScore) {
          best = k;
          bestScore = score;
          bestChange = change;
        }
      }
      boolean byModel = false;
      if (best < 0 && embedder != null && !oq.isEmpty()) {
        if (ov == null) ov = pieces(oq, quotes);
        float[] cv = embedder.embed(c.text());
        for (int k = 0; k < oq.size(); k++) {
          for (float[] piece : ov[k]) {
            double cos = SentenceEmbedder.cosine(piece, cv);
            if (cos >= (full || copyRelation ? SEMANTIC : SEMANTIC_SAME_STORY) && cos > bestScore) {
              best = k;
              bestScore = Math.min(cos, 0.89);
              bestChange = QuoteChange.REWORDED;
              byModel = true;
            }
          }
        }
      }
      if (best >= 0 && !sameSpeaker(quotes.get(oq.get(best)).speaker(), c.speaker())) {
        // other words from another person are another statement; only a copy's own wording (or its alignment)
        // says that it moved a statement to someone else
        if (byModel || !copyRelation && bestChange == QuoteChange.REWORDED) best = -1;
        else bestChange = QuoteChange.SPEAKER_CHANGED;
      }
      if (best < 0) {
        if (full) out.add(new QuoteVariant(copy, origin, ci, -1, QuoteChange.ADDED, List.of(), 0));
        continue;
      }
      used[best] = true;
      Quote o = quotes.get(oq.get(best));
      out.add(new QuoteVariant(copy, origin, ci, oq.get(best), bestChange, WordDiff.diff(o.text(), c.text()),
          Math.round(bestScore * 1000) / 1000.0));
    }
    if (full) {
      for (int k = 0; k < oq.size(); k++) {
        // a quote whose words the copy still has (in another quote, or unquoted) survived: it is not dropped
        if (!used[k] && WordDiff.indexOf(copyWords, originKeys.get(k)) < 0) {
          out.add(new QuoteVariant(copy, origin, -1, oq.get(k), QuoteChange.DROPPED, List.of(), 0));
        }
      }
    }
    return out;
  }

  /**
   * Vectors of each origin quote and of its sentences: a copy that splits a long quote in two, or keeps one sentence of
   * it, is compared with the sentence it rewords.
   */
  private float[][][] pieces(List<Integer> oq, List<Quote> quotes) {
    float[][][] out = new float[oq.size()][][];
    for (int k = 0; k < oq.size(); k++) {
      String text = quotes.get(oq.get(k)).text();
      List<String> parts = new ArrayList<>();
      parts.add(text);
      List<int[]> sentences = SPLITTER.split(text);
      if (sentences.size() > 1) {
        for (int[] span : sentences) parts.add(text.substring(span[0], span[1]));
      }
      out[k] = embedder.embedAll(parts);
    }
    return out;
  }

  /** Shortest word that counts as substance: shorter ones are mostly function words in the languages covered. */
  static final int CONTENT_LETTERS = 4;
  /** Letters two longer words must share at their start to count as one stem ("Europe", "European"). */
  static final int STEM_LETTERS = 5;

  /**
   * Whether two quotes' comparison keys share a word of {@value #CONTENT_LETTERS} letters or more, or the first
   * {@value #STEM_LETTERS} letters of two longer words (inflected and derived forms).
   */
  static boolean sharesContentWord(List<String> a, List<String> b) {
    java.util.Set<String> words = new java.util.HashSet<>();
    java.util.Set<String> stems = new java.util.HashSet<>();
    for (String w : a) {
      int n = w.codePointCount(0, w.length());
      if (n >= CONTENT_LETTERS) words.add(w);
      if (n >= STEM_LETTERS) stems.add(w.substring(0, w.offsetByCodePoints(0, STEM_LETTERS)));
    }
    for (String w : b) {
      int n = w.codePointCount(0, w.length());
      if (n >= CONTENT_LETTERS && words.contains(w)) return true;
      if (n >= STEM_LETTERS && stems.contains(w.substring(0, w.offsetByCodePoints(0, STEM_LETTERS)))) return true;
    }
    return false;
  }

  /** The similarity of the aligned sentence pair that holds both quotes, or 0 when none does. */
  private static double alignedSimilarity(Quote o, Quote c, List<SentencePair> aligned) {
    double best = 0;
    for (SentencePair p : aligned) {
      if (overlaps(o.start(), o.end(), p.aStart(), p.aEnd()) && overlaps(c.start(), c.end(), p.bStart(), p.bEnd())) {
        best = Math.max(best, p.similarity());
      }
    }
    return best;
  }

  private static boolean inPassage(Quote q, List<Passage> passages, boolean sideA) {
    for (Passage p : passages) {
      if (sideA ? overlaps(q.start(), q.end(), p.aStart(), p.aEnd()) : overlaps(q.start(), q.end(), p.bStart(), p.bEnd())) {
        return true;
      }
    }
    return false;
  }

  private static boolean overlaps(int s1, int e1, int s2, int e2) {
    return s1 < e2 && s2 < e1;
  }

  /**
   * Unknown speakers never disagree; known ones agree when their last names match (Sergey/Sergei Lavrov), or when
   * every word of one stands in the other (a body and its people: "White House", "White House officials").
   */
  static boolean sameSpeaker(String a, String b) {
    if (a == null || b == null) return true;
    List<String> x = WordDiff.keys(a);
    List<String> y = WordDiff.keys(b);
    if (x.isEmpty() || y.isEmpty()) return true;
    if (Anchors.nameKey(x.get(x.size() - 1)).equals(Anchors.nameKey(y.get(y.size() - 1)))) return true;
    List<String> shorter = x.size() <= y.size() ? x : y, longer = shorter == x ? y : x;
    return shorter.size() < longer.size() && new java.util.HashSet<>(longer).containsAll(shorter);
  }

  private static String earlier(Article a, Article b) {
    if (a == null || b == null) return null;
    if (a.published() != null && b.published() != null) {
      return b.published().sortKey() < a.published().sortKey() ? b.id() : a.id();
    }
    if (b.published() != null && a.published() == null) return b.id();
    return a.id();
  }
}
