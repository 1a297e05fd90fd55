package org.echotrace.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Entities;

/**
 * Reads one RSS (0.9x, 1.0/RDF, 2.0) or Atom feed with Rome and sorts its items into those that carry the article
 * (RSS {@code content:encoded}, Atom {@code content}, or a description of {@value #FULL_DESCRIPTION_WORDS}+ words)
 * and those that carry only a summary, which stand for nothing until a page with their link is read. Thread-safe:
 * no state beyond configuration.
 */
final class FeedReader {
  /**
   * A description this long is the article itself (many feeds put the whole text there); shorter ones are teasers.
   * Feed summaries run 20-60 words; the shortest news items run well past 100.
   */
  static final int FULL_DESCRIPTION_WORDS = 80;

  /** The item's article: an HTML document built around its content, with the feed's declared metadata. */
  record Item(String id, String url, String title, String published, String html) {}

  /**
   * What the feed holds.
   *
   * @param title the feed's title (the outlet), or null
   * @param full items that carry their article
   * @param summaryOnly links of items that carry only a summary
   * @param withoutLink items with neither link nor guid, which cannot be told apart: skipped
   */
  record Feed(String title, List<Item> full, List<String> summaryOnly, int withoutLink) {}

  /** Why a feed could not be read, with its line (0 when unknown). */
  static final class Unreadable extends Exception {
    final int line;

    Unreadable(String message, int line) {
      super(message);
      this.line = line;
    }
  }

  private static final DateTimeFormatter ISO =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx", Locale.ROOT).withZone(ZoneOffset.UTC);

  /** The root element's local name ({@code rss}, {@code feed}, {@code RDF}, ...), or empty when it is not XML. */
  static Optional<String> rootElement(byte[] bytes) {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    try {
      XMLStreamReader r = f.createXMLStreamReader(new ByteArrayInputStream(bytes));
      try {
        while (r.hasNext()) {
          if (r.next() == XMLStreamConstants.START_ELEMENT) return Optional.of(r.getLocalName());
        }
      } finally {
        r.close();
      }
    } catch (XMLStreamException | RuntimeException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  static boolean isFeedRoot(String root) {
    return root.equals("rss") || root.equals("feed") || root.equals("RDF");
  }

  Feed read(byte[] bytes) throws Unreadable {
    SyndFeed feed;
    try (XmlReader xml = new XmlReader(new ByteArrayInputStream(bytes), true)) {
      SyndFeedInput input = new SyndFeedInput();
      feed = input.build(xml);
    } catch (ParsingFeedException e) {
      String col = e.getColumnNumber() > 0 ? " (column " + e.getColumnNumber() + ")" : "";
      throw new Unreadable("malformed XML: " + cause(e) + col, Math.max(0, e.getLineNumber()));
    } catch (FeedException | IllegalArgumentException e) {
      throw new Unreadable("not a readable RSS or Atom feed: " + cause(e), 0);
    } catch (IOException e) {
      throw new Unreadable("unreadable: " + CorpusReader.describe(e), 0);
    }
    String title = blankToNull(feed.getTitle());
    List<Item> full = new ArrayList<>();
    List<String> summaryOnly = new ArrayList<>();
    int withoutLink = 0;
    for (SyndEntry e : feed.getEntries()) {
      String link = blankToNull(e.getLink());
      String id = link != null ? link : blankToNull(e.getUri());
      if (id == null) {
        withoutLink++;
        continue;
      }
      String url = link != null ? link : looksLikeUrl(id) ? id : null;
      String body = content(e);
      if (body == null) {
        summaryOnly.add(url != null ? url : id);
        continue;
      }
      String itemTitle = blankToNull(e.getTitle());
      Date date = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
      String published = date == null ? null : ISO.format(date.toInstant());
      full.add(new Item(id, url, itemTitle, published, document(itemTitle, body)));
    }
    return new Feed(title, full, summaryOnly, withoutLink);
  }

  /** The article's HTML: the first non-empty content, else a long enough description; null for a summary only. */
  private static String content(SyndEntry e) {
    for (SyndContent c : e.getContents()) {
      String html = asHtml(c);
      if (html != null) return html;
    }
    SyndContent d = e.getDescription();
    String html = d == null ? null : asHtml(d);
    if (html == null) return null;
    return words(Jsoup.parseBodyFragment(html).text()) >= FULL_DESCRIPTION_WORDS ? html : null;
  }

  private static String asHtml(SyndContent c) {
    String v = c.getValue();
    if (v == null || v.isBlank()) return null;
    String type = c.getType() == null ? "html" : c.getType().toLowerCase(Locale.ROOT);
    if (type.equals("text") || type.equals("text/plain")) {
      StringBuilder sb = new StringBuilder();
      for (String para : v.strip().split("\\n\\s*\\n")) {
        sb.append("<p>").append(Entities.escape(para.strip())).append("</p>\n");
      }
      return sb.toString();
    }
    return v;
  }

  private static String document(String title, String body) {
    return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>"
        + (title == null ? "" : Entities.escape(title)) + "</title></head>\n<body>\n<article>\n" + body.strip()
        + "\n</article>\n</body></html>\n";
  }

  static int words(String text) {
    String t = text.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }

  private static boolean looksLikeUrl(String s) {
    return s.startsWith("http://") || s.startsWith("https://");
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String cause(Throwable e) {
    Throwable c = e;
    while (c.getCause() != null && c.getCause() != c) c = c.getCause();
    String m = c.getMessage() != null ? c.getMessage() : e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
  }
}
