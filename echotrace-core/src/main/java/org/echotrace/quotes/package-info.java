/**
 * Quotes: one {@link org.echotrace.model.Article} in, its direct quotes out as {@link org.echotrace.model.Quote}s (text
 * order, offsets into {@code Article.text()} without the marks, kind QUOTE or TERM, the canonical speaker and the local
 * mention naming it).
 *
 * <pre>{@code
 * QuoteFinder finder = new QuoteFinder();           // stateless, share it between threads
 * for (Quote q : finder.find(article)) {
 *   if (q.kind() == QuoteKind.QUOTE) System.out.println(q.speaker() + ": " + q.text());
 * }
 * }</pre>
 *
 * <p>{@link org.echotrace.quotes.QuoteFinder} is the only public class: the mark scanner, the sentence splitter, the
 * word lists and the small name recogniser behind it are package-private. Quality on PolNeAR: docs/BENCHMARKS.md,
 * "Quotes and speakers (issue 5)".
 */
package org.echotrace.quotes;
