package org.echotrace.store;

import java.util.List;

/**
 * The answer to "where else does this text appear?": stored articles holding the text, verbatim or reworded, best
 * first.
 *
 * @param query the text searched for (for a URL search: the URL)
 * @param total how many articles matched (before paging)
 * @param results this page of them
 */
public record SearchResults(String query, int total, List<Hit> results) {
  public SearchResults {
    results = List.copyOf(results);
  }

  /**
   * An article holding the text.
   *
   * @param match {@code verbatim} (the query's words in order, nearly all of them), {@code partial} (a run of them),
   *     {@code reworded} (sentences close in meaning under the sentence model, without the same wording: a rewrite,
   *     or another report of the same event), or {@code translation} (an article in another language whose
   *     sentences hold the query's names, numbers and news concepts sentence by sentence: a possible translation,
   *     or a close report in that language). Only {@code verbatim} and {@code partial} are checked word by word; the
   *     family says whether the analysis judged the article a copy
   * @param score how much of the query the article holds, 0..1: the share of the query's words aligned verbatim, the
   *     mean best sentence similarity (reworded), or the mean best sentence Dice of bridge keys (translation)
   * @param published the article's publication date as the analysis states it, or null
   * @param firstSeen the earliest of its publication date, its crawl time and the time it entered the store
   * @param family the copy family it belongs to, or null when it has no copy relation
   * @param judged in a search by URL, the relation the analysis judged between the page searched from and this
   *     article (a copy of which kind, a same-story report...), or null when it judged none or the search was by text
   */
  public record Hit(String id, String title, String outlet, String url, String published, String firstSeen,
      double score, String match, List<Passage> passages, Family family, Judged judged) {
    public Hit {
      passages = List.copyOf(passages);
    }

    /** A hit of a search by text: no judged relation. */
    public Hit(String id, String title, String outlet, String url, String published, String firstSeen, double score,
        String match, List<Passage> passages, Family family) {
      this(id, title, outlet, url, published, firstSeen, score, match, passages, family, null);
    }

    /** This hit with the analysis's judgement of its relation to the page searched from. */
    public Hit withJudged(Judged j) {
      return new Hit(id, title, outlet, url, published, firstSeen, score, match, passages, family, j);
    }
  }

  /**
   * What the analysis judged between two stored articles.
   *
   * @param type the relation's type as in the analysis JSON ({@code verbatim}, {@code paraphrase},
   *     {@code same-story}...)
   * @param origin the article judged the origin, or null when undecided
   * @param originConfidence certain, likely or undecided
   * @param probability the pair judge's probability for the type
   */
  public record Judged(String type, String origin, String originConfidence, double probability) {}

  /**
   * A stretch of the article matching the query.
   *
   * @param start offset of the stretch in the article's clean text
   * @param end offset after it
   * @param similarity 1 for a verbatim passage, the sentence similarity for a reworded one
   */
  public record Passage(int start, int end, String text, double similarity) {}

  /**
   * A copy family: its most original-looking member and how sure that is.
   *
   * @param origin the article the family's copies come from, or null when no direction is decided
   * @param originConfidence certain, likely or undecided
   * @param members every article of the family, origin included, sorted
   */
  public record Family(String origin, String originConfidence, List<String> members) {
    public Family {
      members = List.copyOf(members);
    }
  }
}
