/**
 * Framing: which loaded terms and naming choices an article uses, and which of them a copy changed.
 *
 * <ul>
 *   <li>{@link org.echotrace.framing.Lexicon}: the entries (id, category, patterns, optional language and choice),
 *       bundled as {@code lexicon.json} and extensible by a user file.
 *   <li>{@link org.echotrace.framing.FramingScanner}: an article in, {@link org.echotrace.model.FramingHit}s out
 *       (offsets into {@link org.echotrace.model.Article#text()}); thread-safe.
 *   <li>{@link org.echotrace.framing.FramingShifts}: copy relations in, {@link org.echotrace.model.FramingShift}s
 *       out: where the origin and the copy use different words at aligned places and one side hits the lexicon.
 *   <li>{@link org.echotrace.framing.FramingTable}: hits counted per story, outlet and entry, for reports.
 * </ul>
 *
 * <pre>{@code
 * FramingScanner scanner = new FramingScanner(Lexicon.load(Path.of("my-lexicon.json"))); // or new FramingScanner()
 * List<FramingHit> hits = articles.stream().flatMap(a -> scanner.scan(a).stream()).toList();
 * List<FramingShift> shifts = FramingShifts.find(articles, relations, hits);
 * FramingTable table = FramingTable.of(articles, hits, storyArticles);
 * }</pre>
 *
 * <p>A lexicon finds words, not intent: it cannot tell a quoted term from the writer's own, nor "the Nazi regime" of
 * 1933 from the same words about a government of today. Hits are evidence for a reader, not a verdict.
 */
package org.echotrace.framing;
