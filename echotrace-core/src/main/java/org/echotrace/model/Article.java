package org.echotrace.model;

import java.util.List;
import java.util.Objects;

/**
 * A clean article: the body text without page furniture, and what the page says about it.
 *
 * @param id the input's id (relative path or JSONL id)
 * @param title the title, or null when the page shows none
 * @param published the publication date as precise as stated, or null when unknown
 * @param attribution the credit the page gives (agency, origin outlet, byline), or null
 * @param outlet the outlet that published this page, or null when unknown
 * @param url the page's URL, or null
 * @param language ISO 639-1 code, or null when undetermined
 * @param text the clean article: body paragraphs separated by blank lines; offsets in relations index this string
 * @param segments every non-empty input line with its kind
 * @param credits outlet or agency names the page credits as its source ("originally published by X", "(Reuters)")
 * @param author the byline, or null
 * @param modified the last-modified date the page declares, or null
 * @param canonicalUrl the canonical URL the page declares, or null
 * @param sourceLinks URLs the page declares as its source ("Source:" links, an og:url on another site)
 * @param crawled when the page was fetched (WARC-Date, a JSONL {@code crawled} field, the fetch), or null: nothing
 *     is published after it, so it bounds the publication date from above
 */
public record Article(
    String id,
    String title,
    Published published,
    String attribution,
    String outlet,
    String url,
    String language,
    String text,
    List<Segment> segments,
    List<String> credits,
    String author,
    Published modified,
    String canonicalUrl,
    List<String> sourceLinks,
    java.time.Instant crawled) implements java.io.Serializable {
  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    segments = List.copyOf(segments);
    credits = List.copyOf(credits);
    sourceLinks = List.copyOf(sourceLinks);
  }

  /**
   * An article built by named parts: {@code Article.builder(id, text).title(t).outlet(o).build()}; every part not
   * set is null (or an empty list).
   */
  public static Builder builder(String id, String text) {
    return new Builder(id, text);
  }

  /** Builds an {@link Article} by named parts. Not thread-safe; each {@link #build()} gives a new, immutable article. */
  public static final class Builder {
    private final String id;
    private final String text;
    private String title, attribution, outlet, url, language, author, canonicalUrl;
    private Published published, modified;
    private List<Segment> segments = List.of();
    private List<String> credits = List.of(), sourceLinks = List.of();
    private java.time.Instant crawled;

    private Builder(String id, String text) {
      this.id = Objects.requireNonNull(id, "id");
      this.text = Objects.requireNonNull(text, "text");
    }

    public Builder title(String v) { title = v; return this; }
    public Builder published(Published v) { published = v; return this; }
    public Builder attribution(String v) { attribution = v; return this; }
    public Builder outlet(String v) { outlet = v; return this; }
    public Builder url(String v) { url = v; return this; }
    public Builder language(String v) { language = v; return this; }
    public Builder segments(List<Segment> v) { segments = v; return this; }
    public Builder credits(List<String> v) { credits = v; return this; }
    public Builder author(String v) { author = v; return this; }
    public Builder modified(Published v) { modified = v; return this; }
    public Builder canonicalUrl(String v) { canonicalUrl = v; return this; }
    public Builder sourceLinks(List<String> v) { sourceLinks = v; return this; }
    public Builder crawled(java.time.Instant v) { crawled = v; return this; }

    public Article build() {
      return new Article(id, title, published, attribution, outlet, url, language, text, segments, credits, author,
          modified, canonicalUrl, sourceLinks, crawled);
    }
  }

  /** The ISO date string, or null. */
  public String publishedIso() {
    return published == null ? null : published.iso();
  }
}
