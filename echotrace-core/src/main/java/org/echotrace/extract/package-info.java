/**
 * Extract: a {@link org.echotrace.model.RawDocument} in, a clean {@link org.echotrace.model.Article} out.
 *
 * <p>{@link org.echotrace.extract.ArticleExtractor} classifies every line of a scraped text page with
 * {@link org.echotrace.extract.LineClassifier} (body, meta or boilerplate), keeps the body, and reads the title,
 * date ({@link org.echotrace.extract.DateParser}), credits and outlet. The corpus-wide
 * {@link org.echotrace.extract.LineFrequency} lets lines that recur across pages count as furniture. The phrases by
 * which furniture gives itself away are rule lists shipped as resources ({@code furniture-<language>.tsv},
 * {@code date-labels.tsv}), each entry with the reason it is there. The publication date is chosen by
 * {@link org.echotrace.extract.PublicationDates} among every date the input, the page's metadata, its URL and its text
 * state ({@link org.echotrace.extract.DateCandidate}), with a confidence; the outlet falls back to the URL's
 * registrable domain ({@link org.echotrace.extract.Sites}).
 *
 * <pre>{@code
 * Article a = new ArticleExtractor().extract(RawDocument.ofText("x.txt", "x.txt", text), LineFrequency.NONE);
 * }</pre>
 */
package org.echotrace.extract;
