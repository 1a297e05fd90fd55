package org.echotrace.model;

import java.util.Objects;

/**
 * A document as read from the input, before extraction. Metadata given by the input (a JSONL field, an RSS item's
 * date, a WARC record's target URI) wins over what extraction finds in the page.
 *
 * @param id the path relative to the folder given, the JSONL {@code id}, or the URL of a WARC/RSS record
 * @param source where it came from (path, and line for JSONL, or offset for WARC)
 * @param format whether {@code text} is a plain-text page or HTML source
 * @param text the decoded page: plain text, or HTML source when {@code format} is {@link Format#HTML}
 * @param url declared URL, or null
 * @param published declared publication date as written, or null (never a crawl date)
 * @param outlet declared outlet, or null
 * @param title declared title, or null
 * @param crawled when the page was fetched (WARC-Date, JSONL {@code crawled}), or null: no page is published after it
 */
public record RawDocument(String id, String source, Format format, String text, String url, String published,
    String outlet, String title, java.time.Instant crawled) implements java.io.Serializable {
  /** What {@code text} holds. */
  public enum Format { TEXT, HTML }

  public RawDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(text, "text");
  }

  /** A document without a crawl time. */
  public RawDocument(String id, String source, Format format, String text, String url, String published,
      String outlet, String title) {
    this(id, source, format, text, url, published, outlet, title, null);
  }

  /** The same document with its crawl time. */
  public RawDocument withCrawled(java.time.Instant when) {
    return new RawDocument(id, source, format, text, url, published, outlet, title, when);
  }

  public static RawDocument ofText(String id, String source, String text) {
    return new RawDocument(id, source, Format.TEXT, text, null, null, null, null);
  }

  public static RawDocument ofHtml(String id, String source, String html, String url) {
    return new RawDocument(id, source, Format.HTML, html, url, null, null, null);
  }

  /** The same document with an empty text: its metadata, once its text has been cut into lines. */
  public RawDocument withoutText() {
    return text.isEmpty() ? this : new RawDocument(id, source, format, "", url, published, outlet, title, crawled);
  }
}
