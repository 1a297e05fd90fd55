/**
 * A polite fetcher on the JDK's {@link java.net.http.HttpClient}: robots.txt ({@link
 * org.echotrace.ingest.fetch.RobotsRules}), one request at a time per host with a pause, timeouts, a size limit, a
 * bounded number of redirects, a clear User-Agent ({@link org.echotrace.ingest.fetch.FetchOptions}); every exchange
 * can be stored as WARC records ({@link org.echotrace.ingest.fetch.WarcRecorder}) so that a run repeats offline.
 *
 * <pre>{@code
 * try (WarcRecorder warc = WarcRecorder.create(dir, Clock.systemUTC(), FetchOptions.USER_AGENT)) {
 *   PoliteFetcher fetcher = new PoliteFetcher(FetchOptions.defaults(), warc::record);
 *   FetchResult r = fetcher.fetch(URI.create("https://example.org/news/1"));
 * }
 * }</pre>
 */
package org.echotrace.ingest.fetch;
