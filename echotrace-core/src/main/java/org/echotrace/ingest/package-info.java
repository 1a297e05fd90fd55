/**
 * Ingest: files and folders in, {@link org.echotrace.model.RawDocument}s out, problems reported on the side.
 *
 * <p>{@link org.echotrace.ingest.CorpusReader} reads text pages, HTML pages (also gzipped), JSONL ({@code text} or
 * {@code html}), WARC files (jwarc) and RSS/Atom feeds (Rome) in one run; {@link org.echotrace.ingest.HtmlDecoder}
 * chooses an HTML page's charset (BOM, HTTP header, {@code <meta>}, UTF-8, detection) and warns whenever it had to
 * guess or override a declaration. {@link org.echotrace.ingest.fetch} fetches pages politely into WARC files that this
 * package reads back.
 *
 * <pre>{@code
 * List<InputProblem> problems = new ArrayList<>();
 * List<RawDocument> docs = new CorpusReader(problems::add).readAll(List.of(Path.of("corpus")));
 * }</pre>
 */
package org.echotrace.ingest;
