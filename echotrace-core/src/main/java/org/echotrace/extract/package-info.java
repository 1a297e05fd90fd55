/**
 * Extract: a {@link org.echotrace.model.RawDocument} in, a clean {@link org.echotrace.model.Article} out.
 *
 * <p>{@link org.echotrace.extract.ArticleExtractor} classifies every line of a scraped text page with
 * {@link org.echotrace.extract.LineClassifier} (body, meta or boilerplate), keeps the body, and reads the title,
 * date ({@link org.echotrace.extract.DateParser}), credits and outlet. The corpus-wide
 * {@link org.echotrace.extract.LineFrequency} lets lines that recur across pages count as furniture.
 *
 * <pre>{@code
 * Article a = new ArticleExtractor().extract(RawDocument.ofText("x.txt", "x.txt", text), LineFrequency.NONE);
 * }</pre>
 */
package org.echotrace.extract;
