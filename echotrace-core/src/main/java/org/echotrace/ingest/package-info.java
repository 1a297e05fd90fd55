/**
 * Ingest: files and folders in, {@link org.echotrace.model.RawDocument}s out, problems reported on the side.
 *
 * <pre>{@code
 * List<InputProblem> problems = new ArrayList<>();
 * List<RawDocument> docs = new CorpusReader(problems::add).readAll(List.of(Path.of("corpus")));
 * }</pre>
 */
package org.echotrace.ingest;
