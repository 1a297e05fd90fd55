package org.echotrace.store;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * How the store's paragraphs and a search's query are cut into terms, for any language: Unicode word boundaries
 * (Lucene's {@code StandardTokenizer}), lower case, French elisions taken off ({@code l'élection} is
 * {@code élection}) and English possessives too ({@code Carrow's} is {@code carrow}), so that a name is found in
 * whatever form a sentence puts it. No stemming and no stop words: the query's rarest terms are what counts (see
 * {@link StoreSearch#rarest}). Lucene's own filters; thread-safe as every Lucene analyzer.
 */
final class SearchAnalyzer extends Analyzer {
  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    TokenStream terms = new LowerCaseFilter(source);
    terms = new ElisionFilter(terms, FrenchAnalyzer.DEFAULT_ARTICLES);
    terms = new EnglishPossessiveFilter(terms);
    return new TokenStreamComponents(source, terms);
  }
}
