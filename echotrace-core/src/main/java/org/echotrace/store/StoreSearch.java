package org.echotrace.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DocumentStoredFieldVisitor;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexReaderContext;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.echotrace.align.PassageAligner;
import org.echotrace.align.TokenPassage;
import org.echotrace.embed.SentenceEmbedder;
import org.echotrace.extract.LanguageGuesser;
import org.echotrace.extract.SentenceSplitter;
import org.echotrace.normalize.Anchors;
import org.echotrace.normalize.BridgeKeys;
import org.echotrace.normalize.TextNormalizer;
import org.echotrace.normalize.Tokens;
import org.echotrace.rewrite.SentenceComparer;

/**
 * "Where else does this text appear?": Lucene's BM25 over the stored paragraphs finds candidate articles cheaply
 * (reworded copies keep most names, numbers and content words); each candidate is then checked as the analysis
 * checks a pair: the query's words aligned to the article's into verbatim passages (the analysis's
 * {@link PassageAligner}), and, with the sentence model, the query's sentences matched to the sentences of the
 * candidate's matching paragraphs for a reworded match. Thread-safe: no state besides the model and a cache of the
 * articles read from the current index (see {@link #read}).
 */
final class StoreSearch {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TextNormalizer NORMALIZER = new TextNormalizer();
  private static final SentenceSplitter SPLITTER = new SentenceSplitter();
  /** Distinct query terms sent to BM25: a long pasted article adds little after its first few hundred words. */
  static final int MAX_TERMS = 256;
  /** Terms of the query sent to BM25 (its rarest; see {@link #rarest}). */
  static final int QUERY_TERMS = 48;
  /** Paragraphs ranked by BM25 before grouping by article. */
  static final int PARAGRAPHS = 500;
  /** Articles checked by alignment, best BM25 paragraph first. */
  static final int CANDIDATES = 100;
  /** Candidates checked with the sentence model for a reworded match (each costs its matching paragraphs' vectors). */
  static final int REWORD_CANDIDATES = 25;
  /** Share of the query's words aligned verbatim above which the article is said to hold it verbatim. */
  static final double VERBATIM = 0.8;
  /**
   * Mean best sentence similarity (cosine of the bundled model) from which a candidate counts as reworded. Chosen by
   * 2-fold cross-validation by story on the development corpus (bin/echotrace-bench search, 5 repetitions: chosen
   * 0.59-0.66, median 0.65; held-out F1 of "reworded copy" 0.36). The similarity of sentences does not tell a rewrite
   * from another report of the same event (most reworded hits there are same-story reports), so a reworded match is
   * never presented as a copy: the pair judge of the analysis says that (the hit's family).
   */
  static final double REWORDED = 0.65;
  /**
   * Mean over the query's sentences of the best Dice of its bridge keys (numbers, name skeletons, news concepts:
   * {@link BridgeKeys}) with a sentence of an article in another language, from which that article is listed as a
   * possible translation (see {@link #translations}). Chosen by 2-fold cross-validation by story on the development
   * corpus, 5 repetitions (chosen 0.43-0.72, median 0.455; held-out F1 0.40, precision 0.50, recall 0.49, against
   * 0.26 for the share of the query's keys found anywhere in the matching paragraphs).
   */
  static final double TRANSLATION = 0.45;
  /** Share of the query's bridge keys a paragraph must hold to be a candidate at all (a cheap first cut). */
  static final double BRIDGE_MATCH = 0.1;
  /** Bridge keys a query needs before other languages are searched: fewer match by chance. */
  static final int MIN_BRIDGE_KEYS = 6;
  /** Articles in other languages checked for a translation. */
  static final int TRANSLATION_CANDIDATES = 30;
  /** Characters of a passage shown. */
  static final int PASSAGE_CHARS = 600;

  /**
   * Characters of article text kept in the cache of read articles: about 100 MB with their tokens (2 bytes a
   * character, 20 bytes a word) and summaries. A candidate article is read, parsed and tokenised for every query it
   * is a candidate of; a popular wire story is a candidate of many. Reading it from Lucene's stored fields
   * decompresses the whole stored document (the page as read, its JSON), which was half the CPU of a search under
   * load.
   */
  static final long CACHED_CHARS = 16_000_000;

  private final SentenceEmbedder embedder;
  private final Analyzer analyzer = new SearchAnalyzer();
  private final AtomicReference<ReaderArticles> cache = new AtomicReference<>();

  /** An article as a search reads it: its text, tokens and stored summary. Never changed once read. */
  /**
   * A candidate article as search reads it, kept per index reader: its text, tokens and summary, and the
   * language-independent keys of each paragraph's sentences once a translation search has needed them (by the
   * paragraph's start offset).
   */
  private record StoredArticle(String text, Tokens tokens, JsonNode summary, Map<Integer, long[][]> paragraphKeys) {
    StoredArticle(String text, Tokens tokens, JsonNode summary) {
      this(text, tokens, summary, new java.util.concurrent.ConcurrentHashMap<>());
    }

    /** The sentence keys of the paragraph that starts at {@code start} and ends at {@code end}. */
    long[][] keys(int start, int end, String language) {
      return paragraphKeys.computeIfAbsent(start, k -> {
        String para = text.substring(start, end);
        int[][] spans = SPLITTER.split(para).toArray(new int[0][]);
        return spans.length == 0 ? new long[0][] : BridgeKeys.of(para, spans, ANCHORS.of(para), language);
      });
    }
  }

  /** The articles read from one index reader: a reader never changes, so neither do they (an add opens a new one). */
  private record ReaderArticles(IndexReader.CacheKey reader, Cache<String, Optional<StoredArticle>> articles) {}

  StoreSearch(SentenceEmbedder embedder) {
    this.embedder = embedder;
  }

  /**
   * @param text what to look for
   * @param query what the answer says was asked (the text, or the URL it came from)
   * @param exclude an article id left out of the answer (the one a URL search started from), or null
   */
  SearchResults search(IndexSearcher searcher, String text, String query, int offset, int limit, String exclude)
      throws IOException {
    if (offset < 0 || limit < 0) throw new IllegalArgumentException("offset and limit must be >= 0");
    List<String> paragraphs = new ArrayList<>();
    for (String p : text.split("\\n\\s*\\n")) if (NORMALIZER.tokenize(p).size() >= MIN_PARAGRAPH_WORDS) paragraphs.add(p);
    Map<String, Integer> own = ownTerms(searcher, exclude);
    List<SearchResults.Hit> hits = paragraphs.size() < 2 ? searchText(searcher, text, exclude, own)
        : searchParagraphs(searcher, paragraphs.subList(0, Math.min(paragraphs.size(), MAX_PARAGRAPHS)), exclude, own);
    hits.sort(Comparator.comparingDouble((SearchResults.Hit h) -> -h.score())
        .thenComparing(h -> h.firstSeen() == null ? "\uffff" : h.firstSeen()).thenComparing(SearchResults.Hit::id));
    List<SearchResults.Hit> page = offset >= hits.size() ? List.of()
        : hits.subList(offset, (int) Math.min(hits.size(), (long) offset + limit));
    return new SearchResults(query, hits.size(), page);
  }

  /** A query of several paragraphs shorter than this many words is searched whole. */
  static final int MIN_PARAGRAPH_WORDS = 12;
  /** Paragraphs of a long query (a whole page searched by its URL) searched each on its own. */
  static final int MAX_PARAGRAPHS = 12;

  /**
   * A query of several paragraphs (a page searched by its URL, a pasted article), searched paragraph by paragraph:
   * a reworded or translated page matches each paragraph well but the whole only diluted, and a partial copy holds
   * some paragraphs. An article's score is the share of the query's words in the paragraphs it holds, each weighted
   * by how it holds it (1 verbatim, the similarity when reworded or translated); its match is the way it holds most.
   */
  private List<SearchResults.Hit> searchParagraphs(IndexSearcher searcher, List<String> paragraphs, String exclude,
      Map<String, Integer> own) throws IOException {
    double total = 0;
    Map<String, double[]> weight = new LinkedHashMap<>(); // id -> {verbatim words, reworded, translation}
    Map<String, SearchResults.Hit> first = new LinkedHashMap<>();
    Map<String, List<SearchResults.Passage>> passages = new LinkedHashMap<>();
    for (String p : paragraphs) {
      int words = NORMALIZER.tokenize(p).size();
      total += words;
      for (SearchResults.Hit h : searchText(searcher, p, exclude, own)) {
        double[] w = weight.computeIfAbsent(h.id(), k -> new double[3]);
        int kind = h.match().equals("reworded") ? 1 : h.match().equals("translation") ? 2 : 0;
        w[kind] += h.score() * words;
        first.putIfAbsent(h.id(), h);
        passages.computeIfAbsent(h.id(), k -> new ArrayList<>()).addAll(h.passages());
      }
    }
    List<SearchResults.Hit> out = new ArrayList<>();
    for (Map.Entry<String, double[]> e : weight.entrySet()) {
      double[] w = e.getValue();
      double score = Math.min(1.0, (w[0] + w[1] + w[2]) / total);
      int most = w[0] >= w[1] && w[0] >= w[2] ? 0 : w[1] >= w[2] ? 1 : 2;
      String match = most == 1 ? "reworded" : most == 2 ? "translation" : score >= VERBATIM ? "verbatim" : "partial";
      List<SearchResults.Passage> ps = new ArrayList<>(passages.get(e.getKey()));
      ps.sort(Comparator.comparingInt(SearchResults.Passage::start));
      SearchResults.Hit h = first.get(e.getKey());
      out.add(new SearchResults.Hit(h.id(), h.title(), h.outlet(), h.url(), h.published(), h.firstSeen(),
          Math.round(score * 1000) / 1000.0, match, ps, h.family()));
    }
    return out;
  }

  /**
   * How many paragraphs of the page a URL search starts from hold each term (empty for a search by text). That page
   * holds all its own terms: only the other paragraphs that hold one count for its rarity (its rarest words are often
   * in no other page at all, and would find nothing but itself).
   */
  private Map<String, Integer> ownTerms(IndexSearcher searcher, String exclude) throws IOException {
    Map<String, Integer> own = new HashMap<>();
    StoredArticle self = exclude == null ? null : read(searcher, exclude);
    if (self != null) {
      for (String paragraph : self.text().split("\\n\\s*\\n")) {
        for (String t : terms(paragraph)) own.merge(t, 1, Integer::sum);
      }
    }
    return own;
  }

  /** The articles holding {@code text} (one query, searched whole), unsorted. */
  private List<SearchResults.Hit> searchText(IndexSearcher searcher, String text, String exclude,
      Map<String, Integer> own) throws IOException {
    Map<String, TermStates> rarest = rarest(searcher, terms(text), own);
    if (rarest.isEmpty()) return new ArrayList<>();
    // Only paragraph documents have a ptext field, so no filter on the document type (it cost a conjunction)
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    rarest.forEach((t, states) -> q.add(new TermQuery(new Term("ptext", t), states), BooleanClause.Occur.SHOULD));
    q.setMinimumNumberShouldMatch(1);
    TopDocs top = searcher.search(q.build(), PARAGRAPHS);
    Map<String, List<Integer>> paragraphsOf = paragraphs(searcher, top, exclude, CANDIDATES);
    Tokens qt = NORMALIZER.tokenize(text);
    int qn = qt.size();
    PassageAligner aligner = aligner(qn);
    List<float[]> querySentences = null;
    List<SearchResults.Hit> hits = new ArrayList<>();
    int rank = 0;
    for (Map.Entry<String, List<Integer>> e : paragraphsOf.entrySet()) {
      rank++;
      StoredArticle art = read(searcher, e.getKey());
      if (art == null) continue;
      String body = art.text();
      Tokens at = art.tokens();
      List<SearchResults.Passage> passages = new ArrayList<>();
      int matched = 0;
      if (qn > 0) {
        for (TokenPassage p : aligner.align(qt, at)) {
          matched += p.matched();
          int start = at.starts()[p.bFrom()], end = at.ends()[Math.max(p.bFrom(), p.bTo() - 1)];
          passages.add(new SearchResults.Passage(start, end, clip(body, start, end), 1.0));
        }
      }
      double coverage = qn == 0 ? 0 : Math.min(1.0, matched / (double) qn);
      String match = coverage >= VERBATIM ? "verbatim" : coverage > 0 ? "partial" : null;
      double score = coverage;
      if (coverage < VERBATIM && embedder != null && rank <= REWORD_CANDIDATES) {
        if (querySentences == null) querySentences = vectors(SPLITTER.sentences(text));
        Reworded r = reworded(querySentences, body, e.getValue());
        if (r.score >= REWORDED && r.score > score) {
          match = "reworded";
          score = r.score;
          passages = r.passages;
        }
      }
      if (match == null) continue;
      hits.add(hit(e.getKey(), art.summary(), score, match, passages));
    }
    translations(searcher, text, exclude, hits);
    return hits;
  }

  /**
   * The query's terms that say most about it, as Lucene's MoreLikeThis picks them: the {@link #QUERY_TERMS} rarest
   * in the stored paragraphs, leaving out terms no paragraph has and those in more than a tenth of them (function
   * words: long postings lists that rank nothing). A query of common words only keeps its rarest few. Each comes
   * with its postings' states, so the query does not look the terms up again.
   *
   * @param own how many paragraphs of the searched page itself hold each term (a search by URL), not counted
   */
  static Map<String, TermStates> rarest(IndexSearcher searcher, Set<String> terms, Map<String, Integer> own)
      throws IOException {
    int paragraphs = Math.max(1, searcher.getIndexReader().getDocCount("ptext"));
    Map<String, TermStates> states = termStates(searcher, "ptext", terms);
    List<Map.Entry<String, Integer>> df = new ArrayList<>();
    for (String t : terms) {
      TermStates ts = states.get(t);
      int count = ts == null ? 0 : ts.docFreq() - own.getOrDefault(t, 0);
      if (count > 0) df.add(Map.entry(t, count));
    }
    df.sort(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()));
    Map<String, TermStates> out = new LinkedHashMap<>();
    for (Map.Entry<String, Integer> e : df) {
      if (out.size() >= QUERY_TERMS || (e.getValue() > paragraphs / 10 && out.size() >= 8)) break;
      out.put(e.getKey(), states.get(e.getKey()));
    }
    return out;
  }

  /**
   * The postings' states of the terms of {@code field} that some document holds, with one terms enumerator per
   * segment: a {@link TermQuery} built without them looks each term up again in each segment (with a new enumerator
   * each time), which was a fifth of a loaded server's search time. The states carry the same statistics, so the
   * scores are the same.
   */
  static Map<String, TermStates> termStates(IndexSearcher searcher, String field, Collection<String> terms)
      throws IOException {
    IndexReaderContext top = searcher.getTopReaderContext();
    Map<String, TermStates> out = new HashMap<>();
    for (LeafReaderContext leaf : top.leaves()) {
      Terms postings = leaf.reader().terms(field);
      if (postings == null) continue;
      TermsEnum te = postings.iterator();
      for (String t : terms) {
        if (!te.seekExact(new BytesRef(t))) continue;
        out.computeIfAbsent(t, k -> new TermStates(top)).register(te.termState(), leaf.ord, te.docFreq(),
            te.totalTermFreq());
      }
    }
    return out;
  }

  private static final LanguageGuesser LANGUAGES = new LanguageGuesser();
  /**
   * How much of a query the language guess's fallback (Lingua, for languages without a function-word profile or
   * text with few function words) reads: it was a fifth of a loaded server's time on web-dev's store when it read
   * 1,000 characters, and a paragraph's language shows in its first few hundred.
   */
  static final int QUERY_LANGUAGE_CHARS = 400;
  private static final Anchors ANCHORS = new Anchors();

  /** A paragraph's bridge keys as index terms (hexadecimal words). */
  static String bridgeTerms(String paragraph, String language) {
    StringBuilder b = new StringBuilder();
    for (long k : bridgeKeys(paragraph, language)) b.append(Long.toHexString(k)).append(' ');
    return b.toString();
  }

  static long[] bridgeKeys(String text, String language) {
    return text.isBlank() ? new long[0] : bridgeKeys(text, language, ANCHORS.of(text));
  }

  /** As {@link #bridgeKeys(String, String)}, with the text's anchors already found. */
  private static long[] bridgeKeys(String text, String language, List<Anchors.Anchor> anchors) {
    return BridgeKeys.of(text, new int[][] {{0, text.length()}}, anchors, language)[0];
  }

  /**
   * Articles in another language than the query's whose matching paragraphs hold most of the query's bridge keys:
   * possible translations. Without a multilingual model this is all a search can check (the names, numbers and news
   * concepts of the query, found again), so such a hit is a candidate for the analysis's judgement (which aligns
   * sentence by sentence), listed with the share of keys found as its score.
   */
  private void translations(IndexSearcher searcher, String text, String exclude, List<SearchResults.Hit> hits)
      throws IOException {
    String language = LANGUAGES.guess(text, QUERY_LANGUAGE_CHARS);
    if (language == null) return;
    if (text.isBlank()) return;
    List<Anchors.Anchor> anchors = ANCHORS.of(text); // the whole query's keys and its sentences' read the same anchors
    long[] keys = bridgeKeys(text, language, anchors);
    if (keys.length < MIN_BRIDGE_KEYS) return;
    Set<String> terms = new LinkedHashSet<>();
    for (long k : keys) terms.add(Long.toHexString(k));
    Map<String, TermStates> states = termStates(searcher, "pbridge", terms);
    BooleanQuery.Builder q = new BooleanQuery.Builder() // only paragraphs have pbridge and plang fields
        .add(new TermQuery(new Term("plang", language)), BooleanClause.Occur.MUST_NOT);
    for (String t : terms) {
      // a key no paragraph holds matches nothing, but still counts in how many must match
      TermStates ts = states.get(t);
      Term term = new Term("pbridge", t);
      q.add(ts == null ? new TermQuery(term) : new TermQuery(term, ts), BooleanClause.Occur.SHOULD);
    }
    q.setMinimumNumberShouldMatch(Math.max(2, (int) Math.ceil(keys.length * BRIDGE_MATCH)));
    TopDocs top = searcher.search(q.build(), PARAGRAPHS);
    Set<String> listed = new java.util.HashSet<>();
    for (SearchResults.Hit h : hits) listed.add(h.id());
    List<long[]> querySentences = new ArrayList<>();
    int[][] qspans = SPLITTER.split(text).toArray(new int[0][]);
    for (long[] k : BridgeKeys.of(text, qspans, anchors, language)) if (k.length >= 2) querySentences.add(k);
    Map<String, List<Integer>> paragraphsOf = paragraphs(searcher, top, exclude, TRANSLATION_CANDIDATES);
    for (Map.Entry<String, List<Integer>> e : paragraphsOf.entrySet()) {
      if (listed.contains(e.getKey())) continue;
      StoredArticle art = read(searcher, e.getKey());
      if (art == null) continue;
      JsonNode summary = art.summary();
      String body = art.text();
      String otherLanguage = text(summary, "language");
      // Sentence by sentence, as the analysis's bridge alignment reads translations: each query sentence's best
      // Dice with a sentence of the matching paragraphs. Reports of one event share names and numbers too, but
      // spread over other sentences; a translation keeps them together.
      List<long[]> candidate = new ArrayList<>();
      List<SearchResults.Passage> passages = new ArrayList<>();
      for (int start : e.getValue()) {
        int end = body.indexOf("\n\n", start);
        if (end < 0) end = body.length();
        long[][] sentenceKeys = art.keys(start, end, otherLanguage); // the summary's language: the same every call
        if (sentenceKeys.length == 0) continue;
        for (long[] k : sentenceKeys) candidate.add(k);
        passages.add(new SearchResults.Passage(start, end, clip(body, start, end), 0));
      }
      double sum = 0;
      for (long[] qs : querySentences) {
        double best = 0;
        for (long[] cs : candidate) best = Math.max(best, SentenceComparer.dice(qs, cs));
        sum += best;
      }
      double score = querySentences.isEmpty() ? 0 : sum / querySentences.size();
      if (score < TRANSLATION) continue;
      double rounded = Math.round(score * 1000) / 1000.0;
      List<SearchResults.Passage> scored = new ArrayList<>();
      for (SearchResults.Passage p : passages) scored.add(new SearchResults.Passage(p.start(), p.end(), p.text(), rounded));
      hits.add(hit(e.getKey(), summary, rounded, "translation", scored));
    }
  }

  /** The articles of the top paragraphs, best first, with their paragraphs' offsets; at most {@code max}. */
  private static Map<String, List<Integer>> paragraphs(IndexSearcher searcher, TopDocs top, String exclude, int max)
      throws IOException {
    // Doc values are read forward only: each leaf's hits in doc order, one iterator per leaf (not one per hit)
    ScoreDoc[] hits = top.scoreDocs;
    String[] articleOf = new String[hits.length];
    int[] startOf = new int[hits.length];
    Integer[] byDoc = new Integer[hits.length];
    for (int i = 0; i < hits.length; i++) byDoc[i] = i;
    Arrays.sort(byDoc, Comparator.comparingInt(i -> hits[i].doc));
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = null;
    SortedDocValues articles = null;
    NumericDocValues starts = null;
    for (int i : byDoc) {
      int doc = hits[i].doc;
      if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
        leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        articles = leaf.reader().getSortedDocValues("p_article");
        starts = leaf.reader().getNumericDocValues("p_start");
      }
      int d = doc - leaf.docBase;
      if (articles == null || starts == null || !articles.advanceExact(d) || !starts.advanceExact(d)) continue;
      articleOf[i] = articles.lookupOrd(articles.ordValue()).utf8ToString();
      startOf[i] = (int) starts.longValue();
    }
    Map<String, List<Integer>> paragraphsOf = new LinkedHashMap<>();
    for (int i = 0; i < hits.length; i++) {
      String article = articleOf[i];
      if (article == null || article.equals(exclude)) continue;
      if (!paragraphsOf.containsKey(article) && paragraphsOf.size() >= max) continue;
      paragraphsOf.computeIfAbsent(article, k -> new ArrayList<>()).add(startOf[i]);
    }
    return paragraphsOf;
  }

  /** The alignment used for a query of {@code n} words: a short query must match nearly whole, a word as a word. */
  static PassageAligner aligner(int n) {
    int tile = Math.max(1, Math.min(PassageAligner.DEFAULT_MIN_TILE, n)); // a one-word query is looked up as a word
    int words = Math.max(tile, Math.min(PassageAligner.DEFAULT_MIN_WORDS, (int) Math.ceil(n * 0.5)));
    return new PassageAligner(tile, PassageAligner.DEFAULT_MAX_GAP, words, PassageAligner.DEFAULT_MIN_DENSITY);
  }

  private record Reworded(double score, List<SearchResults.Passage> passages) {}

  /** The mean, over the query's sentences, of each one's best similarity to a sentence of the matching paragraphs. */
  private Reworded reworded(List<float[]> query, String body, List<Integer> paragraphStarts) {
    if (query.isEmpty()) return new Reworded(0, List.of());
    List<int[]> spans = new ArrayList<>();
    for (int start : paragraphStarts) {
      int end = body.indexOf("\n\n", start);
      if (end < 0) end = body.length();
      for (int[] s : SPLITTER.split(body.substring(start, end))) spans.add(new int[] {start + s[0], start + s[1]});
    }
    if (spans.isEmpty()) return new Reworded(0, List.of());
    List<String> texts = new ArrayList<>(spans.size());
    for (int[] s : spans) texts.add(body.substring(s[0], s[1]));
    List<float[]> vs = vectors(texts);
    double sum = 0;
    Map<Integer, Double> best = new LinkedHashMap<>();
    for (float[] q : query) {
      double top = -1;
      int at = -1;
      for (int j = 0; j < vs.size(); j++) {
        double c = dot(q, vs.get(j));
        if (c > top) {
          top = c;
          at = j;
        }
      }
      sum += Math.max(0, top);
      if (at >= 0 && top >= REWORDED) best.merge(at, top, Math::max);
    }
    List<SearchResults.Passage> passages = new ArrayList<>();
    best.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(b -> {
      int[] s = spans.get(b.getKey());
      passages.add(new SearchResults.Passage(s[0], s[1], clip(body, s[0], s[1]), Math.round(b.getValue() * 1000) / 1000.0));
    });
    return new Reworded(sum / query.size(), passages);
  }

  private List<float[]> vectors(List<String> texts) {
    List<String> kept = texts.size() > 40 ? texts.subList(0, 40) : texts;
    return List.of(embedder.embedAll(kept));
  }

  private static double dot(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) s += a[i] * b[i];
    return s;
  }

  /**
   * Article {@code id} as stored in the searcher's index, or null: from the cache of that index reader when it was
   * read before. (Guava's cache, bounded by {@link #CACHED_CHARS}; a new reader, after an add, starts a new one.)
   */
  private StoredArticle read(IndexSearcher s, String id) throws IOException {
    IndexReader.CacheHelper helper = s.getIndexReader().getReaderCacheHelper();
    if (helper == null) return load(s, id);
    ReaderArticles current = cache.get();
    if (current == null || current.reader() != helper.getKey()) {
      Cache<String, Optional<StoredArticle>> articles = CacheBuilder.newBuilder().maximumWeight(CACHED_CHARS)
          .<String, Optional<StoredArticle>>weigher((k, v) -> 64 + v.map(a -> a.text().length()).orElse(0)).build();
      ReaderArticles fresh = new ReaderArticles(helper.getKey(), articles);
      current = cache.compareAndSet(current, fresh) ? fresh : cache.get();
      if (current.reader() != helper.getKey()) return load(s, id); // another reader won the race: do not cache
    }
    try {
      return current.articles().get(id, () -> Optional.ofNullable(load(s, id))).orElse(null);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) throw io;
      throw new UncheckedIOException(new IOException(e.getCause()));
    }
  }

  private static StoredArticle load(IndexSearcher s, String id) throws IOException {
    Document d = article(s, id);
    if (d == null) return null;
    String text = d.get("text");
    return new StoredArticle(text, NORMALIZER.tokenize(text), JSON.readTree(d.get("summary")));
  }

  private static Document article(IndexSearcher s, String id) throws IOException {
    BooleanQuery q = new BooleanQuery.Builder().add(new TermQuery(new Term("type", "art")), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term("id", id)), BooleanClause.Occur.FILTER).build();
    TopDocs hit = s.search(q, 1);
    if (hit.scoreDocs.length == 0) return null;
    DocumentStoredFieldVisitor only = new DocumentStoredFieldVisitor("text", "summary"); // not the article's whole JSON
    s.storedFields().document(hit.scoreDocs[0].doc, only);
    return only.getDocument();
  }

  private Set<String> terms(String text) throws IOException {
    Set<String> out = new LinkedHashSet<>();
    try (TokenStream ts = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken() && out.size() < MAX_TERMS) out.add(term.toString());
      ts.end();
    }
    return out;
  }

  private static String clip(String body, int start, int end) {
    return end - start <= PASSAGE_CHARS ? body.substring(start, end) : body.substring(start, start + PASSAGE_CHARS) + "…";
  }

  /** A hit on article {@code id}, its metadata from the article's stored summary; the score to three decimals. */
  private static SearchResults.Hit hit(String id, JsonNode summary, double score, String match,
      List<SearchResults.Passage> passages) {
    return new SearchResults.Hit(id, text(summary, "title"), text(summary, "outlet"), text(summary, "url"),
        text(summary, "published"), text(summary, "first_seen"), Math.round(score * 1000) / 1000.0, match, passages,
        family(summary.path("family")));
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.path(field);
    return v.isNull() || v.isMissingNode() ? null : v.asText();
  }

  private static SearchResults.Family family(JsonNode f) {
    if (f == null || f.isNull() || f.isMissingNode()) return null;
    List<String> members = new ArrayList<>();
    f.path("members").forEach(m -> members.add(m.asText()));
    return new SearchResults.Family(text(f, "origin"), text(f, "origin_confidence"), members);
  }
}
