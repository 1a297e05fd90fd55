package org.echotrace.ingest;

import java.util.Optional;
import java.util.function.Consumer;
import org.echotrace.ingest.fetch.Exchange;
import org.echotrace.model.InputProblem;
import org.echotrace.model.RawDocument;

/**
 * Turns a fetched response into a document, as the WARC reader would: a 2xx HTML response becomes an HTML document
 * (charset from the Content-Type header, then as {@link HtmlDecoder} says), a 2xx {@code text/plain} one a text page;
 * anything else is reported and skipped. Thread-safe: no state.
 */
public final class ResponseDocuments {
  private ResponseDocuments() {}

  /**
   * @param id the document's id (the URL as the user gave it)
   * @param ex the last response (after redirects)
   * @param problems receives what went wrong, under {@code id}
   */
  public static Optional<RawDocument> of(String id, Exchange ex, Consumer<InputProblem> problems) {
    String url = ex.uri().toString();
    if (ex.status() / 100 != 2) {
      problems.accept(InputProblem.error(id, 0, "skipped: HTTP status " + ex.status() + " from " + url));
      return Optional.empty();
    }
    String type = ex.header("Content-Type");
    boolean html = type == null ? WarcPageReader.looksLikeHtml(ex.body()) : WarcPageReader.isHtmlType(type);
    boolean text = type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("text/plain");
    if (!html && !text) {
      problems.accept(InputProblem.error(id, 0, "skipped: not an HTML page (Content-Type " + type + ") at " + url));
      return Optional.empty();
    }
    if (ex.truncated()) {
      problems.accept(InputProblem.warning(id, 0, "response over " + ex.body().length
          + " bytes: truncated, the page may be incomplete"));
    }
    // text/plain too: its Content-Type charset is checked like a page's, and no <meta> is found in plain text
    TextDecoder.Decoded d = new HtmlDecoder().decode(ex.body(), type);
    if (!d.ok()) {
      problems.accept(InputProblem.error(id, 0, "skipped: " + d.refusal()));
      return Optional.empty();
    }
    if (d.warning() != null) problems.accept(InputProblem.warning(id, 0, d.warning()));
    java.time.Instant now = java.time.Instant.now(); // fetched just now: no page is published after it
    return Optional.of(html ? RawDocument.ofHtml(id, url, d.text(), url).withCrawled(now)
        : new RawDocument(id, url, RawDocument.Format.TEXT, d.text(), url, null, null, null, now));
  }
}
