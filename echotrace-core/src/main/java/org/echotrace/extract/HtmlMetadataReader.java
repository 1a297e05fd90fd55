package org.echotrace.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.echotrace.model.Published;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads what an HTML page declares about itself: JSON-LD (schema.org Article and kin), Open Graph and other meta
 * tags, {@code <time>}, {@code <link rel=canonical>}, {@code <html lang>}. Each date keeps its source ("json-ld",
 * "meta article:published_time", ...). Thread-safe: no state.
 */
final class HtmlMetadataReader {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final DateParser dates = new DateParser();

  PageMetadata read(Document doc, String url) {
    JsonLd ld = jsonLd(doc);
    String site0 = firstNonBlank(meta(doc, "og:site_name"), ld.publisher);
    String host0 = host(firstNonBlank(url, attr(doc.selectFirst("link[rel=canonical]"), "abs:href")));
    String title = title(doc, ld, site0, host0);
    Published published = firstDate(
        date(ld.published, "json-ld datePublished"),
        metaDate(doc, "article:published_time", "og:article:published_time", "datePublished", "pubdate", "publishdate",
            "publish-date", "date", "dc.date", "dc.date.issued", "dcterms.created", "dcterms.date", "sailthru.date",
            "parsely-pub-date", "article.published", "publication_date", "cxenseparse:recs:publishtime"),
        timeElement(doc));
    Published modified = firstDate(date(ld.modified, "json-ld dateModified"),
        metaDate(doc, "article:modified_time", "og:updated_time", "dateModified", "last-modified", "dcterms.modified"));
    String author = person(firstNonBlank(ld.author, nonUrl(meta(doc, "author")), nonUrl(meta(doc, "article:author")),
        nonUrl(meta(doc, "dc.creator")), nonUrl(meta(doc, "parsely-author")), nonUrl(meta(doc, "sailthru.author")),
        text(firstOf(doc, AUTHOR_SELECTORS))));
    String canonical = firstNonBlank(attr(doc.selectFirst("link[rel=canonical]"), "abs:href"), meta(doc, "og:url"));
    String site = firstNonBlank(meta(doc, "og:site_name"), ld.publisher, meta(doc, "application-name"), host(firstNonBlank(url, canonical)));
    String lang = firstNonBlank(language(doc.selectFirst("html") == null ? null : doc.selectFirst("html").attr("lang")),
        language(meta(doc, "content-language")), language(meta(doc, "og:locale")), language(meta(doc, "dc.language")));
    return new PageMetadata(title, published, modified, author, site, canonical, lang, sourceLinks(doc, url, canonical, ld));
  }

  /** Links a page declares as its source: meta tags for syndication, JSON-LD isBasedOn, an og:url on another host. */
  private List<String> sourceLinks(Document doc, String url, String canonical, JsonLd ld) {
    Set<String> out = new LinkedHashSet<>();
    for (String name : new String[] {"syndication-source", "original-source", "dc.source", "citation_source"}) {
      String v = meta(doc, name);
      if (v != null && v.startsWith("http")) out.add(v);
    }
    Element original = doc.selectFirst("link[rel=original], link[rel=syndication-source]");
    if (original != null) out.add(original.attr("abs:href"));
    if (ld.basedOn != null && ld.basedOn.startsWith("http")) out.add(ld.basedOn);
    String own = host(url);
    String ogUrl = meta(doc, "og:url");
    if (own != null && ogUrl != null && host(ogUrl) != null && !sameSite(own, host(ogUrl))) out.add(ogUrl);
    if (own != null && canonical != null && host(canonical) != null && !sameSite(own, host(canonical))) out.add(canonical);
    return new ArrayList<>(out);
  }

  private static boolean sameSite(String a, String b) {
    return a.equals(b) || a.endsWith("." + b) || b.endsWith("." + a);
  }

  /** The fields of the first schema.org article-like object in the page's JSON-LD. */
  private static final class JsonLd {
    String headline, published, modified, author, publisher, basedOn;
  }

  private JsonLd jsonLd(Document doc) {
    JsonLd out = new JsonLd();
    for (Element script : doc.select("script[type=application/ld+json]")) {
      try {
        visit(JSON.readTree(script.data()), out);
      } catch (Exception e) {
        // broken JSON-LD is common; the meta tags still count
      }
    }
    return out;
  }

  private static void visit(JsonNode node, JsonLd out) {
    if (node == null) return;
    if (node.isArray()) {
      node.forEach(n -> visit(n, out));
      return;
    }
    if (!node.isObject()) return;
    if (node.has("@graph")) visit(node.get("@graph"), out);
    String type = node.path("@type").toString().toLowerCase(Locale.ROOT);
    boolean article = type.contains("article") || type.contains("posting") || type.contains("report") || type.contains("webpage");
    if (!article) return;
    boolean strong = !type.contains("webpage");
    if (out.headline == null || strong) out.headline = firstNonBlank(strong ? str(node, "headline") : null, out.headline, str(node, "headline"), str(node, "name"));
    if (out.published == null) out.published = str(node, "datePublished");
    if (out.modified == null) out.modified = str(node, "dateModified");
    if (out.author == null) out.author = name(node.get("author"));
    if (out.publisher == null) out.publisher = name(node.get("publisher"));
    if (out.basedOn == null) out.basedOn = str(node, "isBasedOn");
  }

  private static String name(JsonNode n) {
    if (n == null) return null;
    if (n.isTextual()) return nonUrl(n.asText());
    if (n.isArray()) {
      List<String> names = new ArrayList<>();
      n.forEach(x -> {
        String s = name(x);
        if (s != null) names.add(s);
      });
      return names.isEmpty() ? null : String.join(", ", names);
    }
    return str(n, "name");
  }

  private static String str(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null) return null;
    if (v.isTextual()) return v.asText().isBlank() ? null : v.asText().strip();
    if (v.isObject() && v.has("@id")) return v.get("@id").asText();
    if (v.isObject() && v.has("url")) return v.get("url").asText();
    return null;
  }

  private Published date(String s, String source) {
    if (s == null) return null;
    return dates.find(s, source).map(DateParser.Found::published).orElse(null);
  }

  private Published metaDate(Document doc, String... names) {
    for (String name : names) {
      String v = meta(doc, name);
      Published p = date(v, "meta " + name);
      if (p != null) return p;
    }
    Element item = doc.selectFirst("[itemprop=datePublished]");
    if (item != null) {
      Published p = date(firstNonBlank(item.attr("content"), item.attr("datetime"), item.text()), "itemprop datePublished");
      if (p != null) return p;
    }
    return null;
  }

  private Published timeElement(Document doc) {
    Element t = doc.selectFirst("article time[datetime], time[pubdate], time.published[datetime], time[datetime]");
    return t == null ? null : date(t.attr("datetime"), "time element");
  }

  static String meta(Document doc, String name) {
    for (Element m : doc.select("meta[content]")) {
      String key = firstNonBlank(m.attr("property"), m.attr("name"), m.attr("itemprop"), m.attr("http-equiv"));
      if (key != null && key.equalsIgnoreCase(name)) {
        String v = m.attr("content").strip();
        if (!v.isEmpty()) return v;
      }
    }
    return null;
  }

  private static String h1(Document doc) {
    return text(doc.selectFirst("article h1, main h1, h1"));
  }

  /**
   * The headline: the page's first {@code h1} when a declared title (og:title, JSON-LD headline, {@code <title>})
   * contains it, since declared titles often carry the site's name ("Headline | Site"); else the first declared
   * title with the site's name cut off; else the h1.
   */
  private static String title(Document doc, JsonLd ld, String site, String host) {
    String h1 = h1(doc);
    List<String> declared = new ArrayList<>();
    for (String t : new String[] {meta(doc, "og:title"), meta(doc, "twitter:title"), ld.headline, doc.title()}) {
      if (t != null && !t.isBlank()) declared.add(t.replaceAll("\\s+", " ").strip());
    }
    // The most specific declared title decides which h1 is the headline: a blog's first h1 is often its name,
    // which its <title> ("Post | Blog name") contains as well, but its og:title ("Post") does not.
    if (!declared.isEmpty()) {
      String first = declared.get(0).toLowerCase(Locale.ROOT);
      for (Element e : doc.select("h1")) {
        String t = text(e);
        if (t == null) continue;
        String key = t.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
        if (key.length() >= 3 && first.contains(key) && !isSiteName(t, site, host)) return t;
      }
    }
    if (h1 != null) {
      String key = h1.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
      for (String t : declared) if (key.length() >= 3 && t.toLowerCase(Locale.ROOT).contains(key)) return h1;
    }
    for (String t : declared) {
      String clean = cleanTitle(t, site, host);
      if (clean != null && !isSiteName(clean, site, host)) return clean;
    }
    return h1;
  }

  private static final java.util.regex.Pattern TITLE_SEPARATOR =
      java.util.regex.Pattern.compile("\\s+[|–—·•›»~-]\\s+|\\s*::\\s*|\\s+:\\s+|\\s*\\|\\s*");

  /** "Headline | Site Name", "Site - Headline" and "Headline › Blog" lose the site part. */
  static String cleanTitle(String title, String site, String host) {
    if (title == null || title.isBlank()) return null;
    String[] parts = TITLE_SEPARATOR.split(title.strip());
    if (parts.length == 1) return title.strip();
    List<String> kept = new ArrayList<>();
    for (String p : parts) if (!p.isBlank() && !isSiteName(p, site, host)) kept.add(p.strip());
    if (kept.isEmpty()) return null;
    if (kept.size() < parts.length) return String.join(" - ", kept);
    // no part names the site: the last part is usually the site, when it is short
    String last = parts[parts.length - 1].strip();
    if (last.split("\\s+").length <= 4 && parts.length == 2) return parts[0].strip();
    String best = kept.get(0);
    for (String p : kept) if (p.length() > best.length()) best = p;
    return best;
  }

  private static boolean isSiteName(String part, String site, String host) {
    String p = part.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    if (p.isEmpty()) return true;
    if (site != null && p.equals(site.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", ""))) return true;
    if (host != null) {
      String h = host.toLowerCase(Locale.ROOT);
      String name = h.contains(".") ? h.substring(0, h.lastIndexOf('.')) : h;
      String hk = h.replaceAll("[^\\p{L}\\p{N}]", ""), nk = name.replaceAll("[^\\p{L}\\p{N}]", "");
      if (p.equals(hk) || p.equals(nk) || part.toLowerCase(Locale.ROOT).strip().equals(h)) return true;
    }
    return false;
  }

  private static String text(Element e) {
    if (e == null) return null;
    String t = e.text().strip();
    return t.isEmpty() || t.length() > 300 ? null : t;
  }

  private static String attr(Element e, String name) {
    return e == null ? null : e.attr(name);
  }

  /**
   * Where a page names its author, most specific first: a selector list given to jsoup at once would return the
   * first match in document order (a sidebar's ".author" before the article's itemprop).
   */
  private static final List<String> AUTHOR_SELECTORS = List.of("[itemprop=author] [itemprop=name]",
      "[itemprop=author]", "a[rel=author]", "[rel=author]", ".author-name, .byline-name",
      ".entry-author a, .post-author a", ".author .fn, .vcard .fn", ".byline a", ".author a", ".byline", ".author");

  private static Element firstOf(Document doc, List<String> selectors) {
    for (String css : selectors) {
      Element e = doc.selectFirst(css);
      if (e != null && !e.text().isBlank()) return e;
    }
    return null;
  }

  /**
   * Labels before a byline's name, with a space or, when the page glued label and name ("AuthorJane Doe",
   * "Geschrieben vonJane Doe"), a capital letter after them. Generic genre words in the languages of the pages we
   * read, not site strings.
   */
  private static final java.util.regex.Pattern AUTHOR_PREFIX = java.util.regex.Pattern.compile(
      "(?u)^\\s*(?i:view all posts by|all posts by|alle beiträge von|zeige alle beiträge von|posted by|written by|"
          + "geschrieben von|verfasst von|veröffentlicht von|publié par|publicado por|scritto da|autor(?:in)?\\s*:|"
          + "author\\s*:|auteur\\s*:|by|von|par|por|di|door)(\\s+|(?<=\\p{Ll})(?=\\p{Lu}))"
          + "|^(?i:author|autor|geschrieben von|veröffentlicht von|posted by|written by)(?=\\p{Lu})");
  /** Punctuation around a byline's name ("~ Jane Doe", "| Jane Doe") and a dangling "on"/"am" before its date. */
  private static final java.util.regex.Pattern AUTHOR_TRIM = java.util.regex.Pattern.compile(
      "(?u)^[\\s~|•·:,–-]+|[\\s~|•·:,–-]+$|\\s+(am|on|le|el|il|op)$");

  /** A byline reduced to the name: "View all posts by Daniel Lemire" → "Daniel Lemire"; an e-mail is no name. */
  private static String person(String s) {
    if (s == null) return null;
    String name = AUTHOR_TRIM.matcher(AUTHOR_PREFIX.matcher(AUTHOR_TRIM.matcher(s.strip()).replaceAll(""))
        .replaceFirst("")).replaceAll("").strip();
    name = name.replaceAll("\\s*[|,]?\\s*\\d{1,2}[./]\\s?\\d{1,2}[./]\\s?\\d{2,4}.*$", "").strip();
    if (name.isEmpty() || name.contains("@") || name.contains("[at]") || name.length() > 80) return null;
    return name;
  }

  private static String nonUrl(String s) {
    return s == null || s.startsWith("http") || s.isBlank() ? null : s.strip();
  }

  static String host(String url) {
    if (url == null) return null;
    try {
      String h = URI.create(url.strip()).getHost();
      if (h == null) return null;
      h = h.toLowerCase(Locale.ROOT);
      return h.startsWith("www.") ? h.substring(4) : h;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String language(String tag) {
    if (tag == null || tag.isBlank()) return null;
    String l = tag.strip().split("[-_,;\\s]")[0].toLowerCase(Locale.ROOT);
    return l.matches("[a-z]{2,3}") ? l : null;
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) if (v != null && !v.isBlank()) return v.strip();
    return null;
  }

  private static Published firstDate(Published... values) {
    for (Published p : values) if (p != null) return p;
    return null;
  }
}
