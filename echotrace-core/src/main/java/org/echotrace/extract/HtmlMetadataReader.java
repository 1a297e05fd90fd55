package org.echotrace.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
  private final HtmlDates visibleDates = new HtmlDates(dates);

  PageMetadata read(Document doc, String url) {
    Map<String, String> metas = metas(doc);
    Element headline = headline(doc, metas);
    String h1 = text(headline);
    JsonLd ld = jsonLd(doc, firstNonBlank(meta(metas, "og:title"), h1, doc.title()));
    String site0 = firstNonBlank(meta(metas, "og:site_name"), ld.publisher);
    String host0 = host(firstNonBlank(url, attr(doc.selectFirst("link[rel=canonical]"), "abs:href")));
    String title = title(doc, metas, h1, ld, site0, host0);
    String declaredAuthor = firstNonBlank(ld.author, nonUrl(meta(metas, "author")), nonUrl(meta(metas, "article:author")),
        nonUrl(meta(metas, "dc.creator")), nonUrl(meta(metas, "parsely-author")), nonUrl(meta(metas, "sailthru.author")));
    // the page's own author markup is searched only when nothing declares one (up to eleven passes over the page)
    String author = person(declaredAuthor != null ? declaredAuthor : firstNonBlank(text(firstOf(doc, AUTHOR_SELECTORS))));
    String canonical = firstNonBlank(attr(doc.selectFirst("link[rel=canonical]"), "abs:href"), meta(metas, "og:url"));
    String site = siteName(url != null ? url : canonical, meta(metas, "og:site_name"), ld.publisher,
        meta(metas, "application-name"));
    String lang = firstNonBlank(language(doc.selectFirst("html") == null ? null : doc.selectFirst("html").attr("lang")),
        language(meta(metas, "content-language")), language(meta(metas, "og:locale")), language(meta(metas, "dc.language")));
    return new PageMetadata(title, dates(doc, metas, headline, ld), author, site, canonical, lang,
        sourceLinks(doc, metas, url, canonical, ld), ld.body);
  }

  private static final String[] PUBLISHED_META = {"article:published_time", "og:article:published_time",
      "datePublished", "pubdate", "publishdate", "publish-date", "publish_date", "published_time",
      "dc.date.issued", "dcterms.created", "dcterms.issued", "sailthru.date", "parsely-pub-date",
      "article.published", "publication_date", "cxenseparse:recs:publishtime", "citation_publication_date",
      "citation_date"};
  /** Meta tags that say "date" without saying which: sites fill them with the publication or the last change. */
  private static final String[] GENERIC_META = {"date", "dc.date", "dcterms.date"};
  private static final String[] MODIFIED_META = {"article:modified_time", "og:updated_time", "dateModified",
      "last-modified", "dcterms.modified"};

  /** Every date the page states, declared and shown, as candidates for {@link PublicationDates}. */
  private List<DateCandidate> dates(Document doc, Map<String, String> metas, Element headline, JsonLd ld) {
    List<DateCandidate> out = new ArrayList<>();
    add(out, date(ld.published, "json-ld datePublished"), DateCandidate.Role.PUBLISHED, PublicationDates.JSON_LD);
    add(out, date(ld.created, "json-ld dateCreated"), DateCandidate.Role.PUBLISHED, PublicationDates.CREATED);
    add(out, date(ld.modified, "json-ld dateModified"), DateCandidate.Role.MODIFIED, PublicationDates.JSON_LD);
    add(out, metaDate(metas, PUBLISHED_META), DateCandidate.Role.PUBLISHED, PublicationDates.META);
    add(out, metaDate(metas, GENERIC_META), DateCandidate.Role.PUBLISHED, PublicationDates.GENERIC_META);
    add(out, metaDate(metas, MODIFIED_META), DateCandidate.Role.MODIFIED, PublicationDates.META);
    add(out, itemprop(doc, "datePublished"), DateCandidate.Role.PUBLISHED, PublicationDates.ITEMPROP);
    add(out, itemprop(doc, "dateModified"), DateCandidate.Role.MODIFIED, PublicationDates.ITEMPROP);
    org.jsoup.select.Elements hAtom = doc.select(".published, .updated"); // one pass for both classes
    add(out, hAtom(hAtom, "published"), DateCandidate.Role.PUBLISHED, PublicationDates.ITEMPROP);
    add(out, hAtom(hAtom, "updated"), DateCandidate.Role.MODIFIED, PublicationDates.ITEMPROP);
    Element pubdate = doc.selectFirst("time[pubdate][datetime], time.published[datetime], time.entry-date[datetime]");
    if (pubdate != null) add(out, date(pubdate.attr("datetime"), "time pubdate"), DateCandidate.Role.PUBLISHED,
        PublicationDates.ITEMPROP);
    add(out, timeElement(doc, headline), DateCandidate.Role.PUBLISHED, PublicationDates.TIME);
    out.addAll(visibleDates.visible(doc, headline));
    out.addAll(scriptDates(doc));
    add(out, changeStamp(doc), DateCandidate.Role.MODIFIED, PublicationDates.STAMP);
    return out;
  }

  /** A publication key of {@code script-date-keys.tsv} with a quoted value in a script's data, JSON escaped or not. */
  private static final java.util.regex.Pattern SCRIPT_DATE;

  static {
    List<String> keys = new ArrayList<>();
    for (String[] row : RuleFile.rows("script-date-keys.tsv", 2)) keys.add(java.util.regex.Pattern.quote(row[0]));
    SCRIPT_DATE = java.util.regex.Pattern.compile(
        "\\\\?\"(?:" + String.join("|", keys) + ")\\\\?\"\\s*:\\s*\\\\?\"([^\"\\\\]{8,40})");
  }

  /** More different days than this under publication keys: the scripts list other items (a feed, related stories). */
  static final int SCRIPT_LIST_DAYS = 2;

  /**
   * Publication dates stated under a publication key in the page's scripts ({@code "published_at":"2019-03-02T06:22"}
   * in a shop's or a framework's state): the first, when the scripts name at most {@value #SCRIPT_LIST_DAYS} days.
   */
  private List<DateCandidate> scriptDates(Document doc) {
    Published first = null;
    Set<java.time.LocalDate> days = new java.util.HashSet<>();
    for (Element script : doc.getElementsByTag("script")) {
      String data = script.data();
      // the keys' stems (publish, publication, uploadDate, pubDate) before the pattern runs over a long script
      if (data.length() < 20 || !data.contains("ublish") && !data.contains("ublication") && !data.contains("uploadDate")
          && !data.contains("pubDate")) {
        continue;
      }
      java.util.regex.Matcher m = SCRIPT_DATE.matcher(data);
      while (m.find()) {
        Published p = dates.find(m.group(1), "script").map(DateParser.Found::published).orElse(null);
        if (p == null) continue;
        if (first == null) first = p;
        days.add(p.date());
        if (days.size() > SCRIPT_LIST_DAYS) return List.of();
      }
    }
    return first == null ? List.of()
        : List.of(new DateCandidate(first, DateCandidate.Role.PUBLISHED, PublicationDates.SCRIPT));
  }

  /**
   * The page's own stamp of its last change, wherever the template put it (footers are otherwise skipped): a full date
   * in a copyright line ("Copyright © 19.12.2019 - 12:14 h by …", when the template printed the page) or after a
   * "modified" label of {@code date-labels.tsv} ("Diese Seite wurde zuletzt am 29. Januar 2020 geändert", a wiki's
   * footer). At the latest the last change. A copyright year alone ("© 2019") is no date and is never read.
   */
  private Published changeStamp(Document doc) {
    // a stamp's date holds a year (19xx, 20xx): only the short blocks around such text are read, in page order, so
    // that no pattern runs over every element of the page (that was a tenth of extraction's time)
    List<List<Element>> chains = new ArrayList<>();
    Map<Element, String> texts = new java.util.IdentityHashMap<>();
    org.jsoup.select.NodeTraversor.traverse((node, depth) -> {
      if (node instanceof org.jsoup.nodes.TextNode t && DateParser.hasYear(t.getWholeText())) {
        chains.add(shortAncestors(t, texts));
      }
    }, doc);
    Published p = stamp(chains, texts, e -> e.ownText().contains("©"), true);
    if (p == null) p = stamp(chains, texts, e -> e.ownText().toLowerCase(Locale.ROOT).contains("copyright"), true);
    if (p == null) p = stamp(chains, texts, e -> inBody(e, doc) && HtmlDates.MODIFIED_LABEL.matcher(e.ownText()).find(),
        false);
    return p;
  }

  /**
   * The first block (page order) that {@code holds} names and whose text dates the page's change: a copyright line
   * with a date, or else a date after a "modified" label.
   */
  private Published stamp(List<List<Element>> chains, Map<Element, String> texts,
      java.util.function.Predicate<Element> holds, boolean copyright) {
    Set<Element> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (List<Element> chain : chains) {
      for (Element e : chain) {
        if (!seen.add(e) || !holds.test(e)) continue;
        String text = texts.get(e);
        if (copyright) {
          if (!HtmlDates.COPYRIGHT.matcher(text).find()) continue;
          Published p = dates.find(text, "copyright").map(DateParser.Found::published).orElse(null);
          if (p != null) return p;
        } else {
          java.util.Optional<DateParser.Found> f = dates.find(text, "stamp");
          if (f.isPresent() && HtmlDates.labelRole(text.substring(0, f.get().start())) == DateCandidate.Role.MODIFIED) {
            return f.get().published();
          }
        }
      }
    }
    return null;
  }

  /** The elements around a text whose whole text is a short block ({@link HtmlDates#MAX_BLOCK}), outermost first. */
  private static List<Element> shortAncestors(org.jsoup.nodes.TextNode t, Map<Element, String> texts) {
    List<Element> out = new ArrayList<>();
    for (Element a = t.parent(); a != null; a = a.parent()) {
      String text = texts.computeIfAbsent(a, Element::text);
      if (text.length() > HtmlDates.MAX_BLOCK) break;
      out.add(0, a);
    }
    return out;
  }

  private static boolean inBody(Element e, Document doc) {
    return doc.body() != null && (e == doc.body() || e.closest("body") == doc.body());
  }

  private static void add(List<DateCandidate> out, Published p, DateCandidate.Role role, int weight) {
    if (p != null) out.add(new DateCandidate(p, role, weight));
  }

  /** The element of the headline: the h1 of the article, else the page's first h1. */
  static Element headline(Document doc) {
    return headline(doc, metas(doc));
  }

  /** Navigation text ("Skip to content", "Today's Edition") or a bare date ("31 августа, 11:18"): never a title. */
  static boolean notHeadline(String text) {
    String t = text.strip();
    return t.length() < 80 && (FurnitureCues.ALL.strong(t).filter(label -> label.equals("navigation")).isPresent()
        || LineClassifier.dateLike(t));
  }

  static Element headline(Document doc, Map<String, String> metas) {
    String og = firstNonBlank(meta(metas, "og:title"), doc.title());
    String declared = og == null ? "" : LineKey.of(og);
    Element first = null;
    for (Element h1 : doc.select("article h1, main h1, h1")) {
      String k = LineKey.of(h1.text());
      if (k.isEmpty() || notHeadline(h1.text())) continue;
      if (first == null) first = h1;
      // the h1 that the declared title repeats; a site's name set as h1 ("Deutschlandfunk") is not the headline
      if (k.length() >= 8 && declared.contains(k)) return h1;
    }
    // blogs set the post's title in an h2 or h3 (the h1, if any, is the blog's name)
    Element marked = doc.selectFirst("[itemprop=headline], .entry-title, .post-title, .article-title");
    if (marked != null && !marked.text().isBlank() && !notHeadline(marked.text())) return marked;
    if (declared.length() >= 8) {
      for (Element h : doc.select("h2, h3")) {
        String k = LineKey.of(h.text());
        if (k.length() >= 8 && declared.contains(k)) return h;
      }
    }
    return first;
  }


  /** Links a page declares as its source: meta tags for syndication, JSON-LD isBasedOn, an og:url on another host. */
  private List<String> sourceLinks(Document doc, Map<String, String> metas, String url, String canonical, JsonLd ld) {
    Set<String> out = new LinkedHashSet<>();
    for (String name : new String[] {"syndication-source", "original-source", "dc.source", "citation_source"}) {
      String v = meta(metas, name);
      if (v != null && v.startsWith("http")) out.add(v);
    }
    Element original = doc.selectFirst("link[rel=original], link[rel=syndication-source]");
    if (original != null) out.add(original.attr("abs:href"));
    if (ld.basedOn != null && ld.basedOn.startsWith("http")) out.add(ld.basedOn);
    String own = host(url);
    String ogUrl = meta(metas, "og:url");
    if (own != null && ogUrl != null && host(ogUrl) != null && !sameSite(own, host(ogUrl))) out.add(ogUrl);
    if (own != null && canonical != null && host(canonical) != null && !sameSite(own, host(canonical))) out.add(canonical);
    return new ArrayList<>(out);
  }

  private static boolean sameSite(String a, String b) {
    return a.equals(b) || a.endsWith("." + b) || b.endsWith("." + a)
        || java.util.Objects.equals(Sites.registrableDomain("http://" + a), Sites.registrableDomain("http://" + b));
  }

  /** The fields of the schema.org article-like object that describes the page. */
  private static final class JsonLd {
    String headline, published, created, modified, author, publisher, basedOn, body;
    /** Whether the object is an article (not only a WebPage) and whether its headline is the page's. */
    boolean strong, matches;
  }

  /**
   * The page's own article object: among the JSON-LD objects of an article type (a WebPage when there is none), the
   * first whose headline is the page's title, else the first. A page that lists other stories (ItemList of
   * NewsArticle) declares their dates too; theirs are not the page's.
   */
  private JsonLd jsonLd(Document doc, String pageTitle) {
    List<JsonLd> found = new ArrayList<>();
    for (Element script : doc.select("script[type=application/ld+json]")) {
      try {
        visit(JSON.readTree(script.data()), found, 0);
      } catch (Exception e) {
        // broken JSON-LD is common; the meta tags still count
      }
    }
    String key = pageTitle == null ? null : LineKey.of(pageTitle);
    JsonLd best = null;
    for (JsonLd ld : found) {
      ld.matches = key != null && ld.headline != null && key.length() >= 8
          && (key.contains(LineKey.of(ld.headline)) || LineKey.of(ld.headline).contains(key));
      if (best == null || rank(ld) > rank(best)) best = ld;
    }
    if (best == null) return new JsonLd();
    // the article's authors and publisher may sit on a WebPage object beside it
    for (JsonLd ld : found) {
      if (best.publisher == null) best.publisher = ld.publisher;
      if (best.basedOn == null) best.basedOn = ld.basedOn;
    }
    return best;
  }

  private static int rank(JsonLd ld) {
    return (ld.matches ? 2 : 0) + (ld.strong ? 1 : 0);
  }

  private static void visit(JsonNode node, List<JsonLd> out, int depth) {
    if (node == null || depth > 4) return;
    if (node.isArray()) {
      node.forEach(n -> visit(n, out, depth));
      return;
    }
    if (!node.isObject()) return;
    if (node.has("@graph")) visit(node.get("@graph"), out, depth + 1);
    if (node.has("mainEntity")) visit(node.get("mainEntity"), out, depth + 1);
    String type = node.path("@type").toString().toLowerCase(Locale.ROOT);
    boolean article = type.contains("article") || type.contains("posting") || type.contains("report")
        || type.contains("webpage") || type.contains("blog");
    if (!article) return;
    JsonLd ld = new JsonLd();
    ld.strong = !type.contains("webpage");
    ld.headline = firstNonBlank(str(node, "headline"), str(node, "name"));
    ld.published = str(node, "datePublished");
    ld.created = str(node, "dateCreated");
    ld.modified = str(node, "dateModified");
    ld.author = name(node.get("author"));
    ld.publisher = organisation(node.get("publisher"));
    ld.basedOn = str(node, "isBasedOn");
    ld.body = str(node, "articleBody");
    out.add(ld);
  }

  /** A publisher's name, unless the publisher is a person (a blog's author is no outlet). */
  private static String organisation(JsonNode n) {
    if (n == null) return null;
    if (n.isArray()) return n.size() == 0 ? null : organisation(n.get(0));
    if (n.isObject() && n.path("@type").asText("").equalsIgnoreCase("person")) return null;
    return name(n);
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

  private Published metaDate(Map<String, String> metas, String... names) {
    for (String name : names) {
      Published p = date(meta(metas, name), "meta " + name);
      if (p != null) return p;
    }
    return null;
  }

  /**
   * The first {@code itemprop} date that parses, from its {@code content}, {@code datetime} or {@code title} attribute
   * or its text, in that order: microdata allows the value in an attribute, and themes put the full date in the
   * title of an {@code <abbr>} whose text shows only the time ({@code <abbr itemprop="datePublished"
   * title="2018-06-05T08:00:00-07:00">08:00</abbr>}).
   */
  private Published itemprop(Document doc, String prop) {
    for (Element item : doc.select("[itemprop=" + prop + "]")) {
      Published p = attributeDate(item, "meta itemprop " + prop);
      if (p != null) return p;
    }
    return null;
  }

  private Published attributeDate(Element e, String source) {
    for (String v : new String[] {e.attr("content"), e.attr("datetime"), e.attr("title"), text(e)}) {
      Published p = v == null || v.isBlank() ? null : date(v, source);
      if (p != null) return p;
    }
    return null;
  }

  /**
   * The hAtom microformat's dates: an element of class {@code published} or {@code updated} whose {@code title} or
   * {@code datetime} attribute holds the machine-readable date (the microformat's "abbr design pattern", which
   * WordPress themes still print, often as an empty span), else its own short text ({@code <span class="published">20.
   * Mai 2007</span>}, the microformat's plain value).
   */
  private Published hAtom(org.jsoup.select.Elements classed, String cls) {
    List<Element> marked = new ArrayList<>();
    for (Element e : classed) if (e.hasClass(cls)) marked.add(e);
    for (Element e : marked) {
      if (!e.hasAttr("datetime") && !e.hasAttr("title")) continue;
      String v = e.hasAttr("datetime") ? e.attr("datetime") : e.attr("title");
      Published p = v.isBlank() ? null : date(v, "hatom " + cls);
      if (p != null) return p;
    }
    for (Element e : marked) {
      String v = e.text();
      Published p = v.isBlank() || v.length() > HATOM_TEXT ? null : date(v, "hatom " + cls);
      if (p != null) return p;
    }
    return null;
  }

  /** An hAtom value written as text is a date and perhaps a time: a few words ("Dienstag, 01. Februar 2022 12:10"). */
  private static final int HATOM_TEXT = 48;

  /** The first {@code <time datetime>} of the headline's article (else of the page) outside furniture. */
  private Published timeElement(Document doc, Element h) {
    Element scope = h == null ? null : h.closest("article");
    for (Element t : (scope == null ? doc : scope).select("time[datetime]")) {
      boolean furniture = false;
      for (Element a : t.parents()) {
        if (a.normalName().equals("article") || a.normalName().equals("main")) break;
        BlockHints.Kind k = BlockHints.of(a);
        boolean aside = a.normalName().equals("aside");
        // an aside named as the post's meta or date line (<aside class="meta">) holds the byline
        boolean metaAside = aside && HtmlDates.hints(a);
        if (!metaAside && (k == BlockHints.Kind.FURNITURE || aside) || k == BlockHints.Kind.COMMENTS
            || a.normalName().equals("nav")) {
          furniture = true;
          break;
        }
      }
      if (furniture) continue;
      Published p = date(t.attr("datetime"), "time element");
      if (p != null) return p;
    }
    return null;
  }

  /** The first non-empty content of each meta tag name (property, name, itemprop or http-equiv), lower-cased. */
  static Map<String, String> metas(Document doc) {
    Map<String, String> out = new HashMap<>();
    for (Element m : doc.select("meta[content]")) {
      String key = firstNonBlank(m.attr("property"), m.attr("name"), m.attr("itemprop"), m.attr("http-equiv"));
      String v = m.attr("content").strip();
      if (key != null && !v.isEmpty()) out.putIfAbsent(key.toLowerCase(Locale.ROOT), v);
    }
    return out;
  }

  static String meta(Map<String, String> metas, String name) {
    return metas.get(name.toLowerCase(Locale.ROOT));
  }

  static String meta(Document doc, String name) {
    return meta(metas(doc), name);
  }


  /**
   * The headline: the page's first {@code h1} when a declared title (og:title, JSON-LD headline, {@code <title>})
   * contains it, since declared titles often carry the site's name ("Headline | Site"); else the first declared
   * title with the site's name cut off; else the h1.
   */
  private static String title(Document doc, Map<String, String> metas, String h1, JsonLd ld, String site,
      String host) {
    List<String> declared = new ArrayList<>();
    for (String t : new String[] {meta(metas, "og:title"), meta(metas, "twitter:title"), ld.headline, doc.title()}) {
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
        if (key.length() >= 3 && first.contains(key) && !isSiteName(t, site, host)) return declaredCasing(t, declared);
      }
    }
    if (h1 != null && !isSiteName(h1, site, host)) {
      String key = h1.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
      for (String t : declared) {
        if (key.length() >= 3 && t.toLowerCase(Locale.ROOT).contains(key)) return declaredCasing(h1, declared);
      }
    }
    // "Blog » Blog Archive » Post": of the declared title's parts, the one the page shows as a heading
    Set<String> headings = null;
    for (String t : declared) {
      if (TITLE_SEPARATOR.split(t).length < 2) continue;
      if (headings == null) headings = headings(doc);
      String shown = partShownAsHeading(t, headings, site, host);
      if (shown != null) return shown;
    }
    for (String t : declared) {
      String clean = cleanTitle(t, site, host);
      if (clean != null && !isSiteName(clean, site, host) && !notHeadline(clean)) return clean;
    }
    return h1;
  }

  /**
   * A headline set in capitals ("EINBLICK IN DIE PRAXIS") as a declared title writes the same words ("Einblick in
   * die Praxis"): pages often capitalise headings by style, while their declared titles keep the writer's casing.
   * Other headlines are kept as shown.
   */
  static String declaredCasing(String heading, List<String> declared) {
    if (!inCapitals(heading)) return heading;
    String shown = heading.replaceAll("\\s+", " ").strip();
    String key = shown.toLowerCase(Locale.ROOT);
    for (String t : declared) {
      int at = t.toLowerCase(Locale.ROOT).indexOf(key);
      // lower-casing can change a string's length (a dotted capital I); then the offsets do not map back
      if (at < 0 || t.length() != t.toLowerCase(Locale.ROOT).length()) continue;
      String written = t.substring(at, at + key.length());
      if (!inCapitals(written)) return written;
    }
    return heading;
  }

  /** Two words or more with eight capitals or more and nearly no small letters (one capitalised word is an acronym). */
  private static boolean inCapitals(String s) {
    if (s.strip().indexOf(' ') < 0) return false;
    int upper = 0, lower = 0;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      if (Character.isUpperCase(c)) upper++;
      else if (Character.isLowerCase(c)) lower++;
      i += Character.charCount(c);
    }
    return upper >= 8 && upper >= 9 * lower;
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

  /**
   * The part of a declared title with separators ("Site » Archive » Post") that the page shows as a heading of its
   * own (h1-h3), the longest if several, when there are several parts and it is not the site's name; else null.
   */
  private static String partShownAsHeading(String title, Set<String> headings, String site, String host) {
    String[] parts = TITLE_SEPARATOR.split(title.strip());
    if (parts.length < 2) return null;
    String best = null; // the longest such part: a section's name ("Politics | Headline | Site") is shorter
    for (String part : parts) {
      String p = part.strip();
      if (p.length() >= 8 && headings.contains(p.toLowerCase(Locale.ROOT)) && !isSiteName(p, site, host)
          && !notHeadline(p) && (best == null || p.length() > best.length())) {
        best = p;
      }
    }
    return best;
  }

  /** The page's h1-h3 texts, spaces collapsed, in lower case. */
  private static Set<String> headings(Document doc) {
    Set<String> out = new java.util.HashSet<>();
    for (Element h : doc.select("h1, h2, h3")) {
      String t = text(h);
      if (t != null) out.add(t.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT));
    }
    return out;
  }

  /**
   * Whether a title part is the site's name: the declared site name, the host, the host without its suffix, or a
   * short name (three words at most) that begins with the host's name and is mostly it ("Four Years Remaining" on
   * fouryears.eu, "DimidoBlog" on dimido.de); a headline that merely begins with the site's name is longer.
   */
  private static boolean isSiteName(String part, String site, String host) {
    if (isSiteNameExactly(part, site, host)) return true;
    if (host == null || part.strip().split("\\s+").length > 3) return false;
    String p = part.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    String domain = Sites.registrableDomain("http://" + host);
    if (domain == null || !domain.contains(".")) return false;
    String label = domain.substring(0, domain.indexOf('.')).replaceAll("[^\\p{L}\\p{N}]", "");
    return label.length() >= 5 && p.startsWith(label) && label.length() * 2 >= p.length();
  }

  private static boolean isSiteNameExactly(String part, String site, String host) {
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
   * first match in document order (a sidebar's ".author" before the article's itemprop). Parsed once.
   */
  private static final List<org.jsoup.select.Evaluator> AUTHOR_SELECTORS = java.util.stream.Stream.of(
      "[itemprop=author] [itemprop=name]", "[itemprop=author]", "a[rel=author]", "[rel=author]",
      ".author-name, .byline-name", ".entry-author a, .post-author a", ".author .fn, .vcard .fn", ".byline a",
      ".author a", ".byline", ".author").map(org.jsoup.select.QueryParser::parse).toList();

  private static Element firstOf(Document doc, List<org.jsoup.select.Evaluator> selectors) {
    for (org.jsoup.select.Evaluator css : selectors) {
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
  private static final java.util.regex.Pattern AUTHOR_PREFIX = authorPrefix();

  /** The labels of {@code credits.tsv} (author-label, author-glued) as one pattern anchored at the block's start. */
  private static java.util.regex.Pattern authorPrefix() {
    String labels = null, glued = null;
    for (String[] row : RuleFile.rows("credits.tsv", 6)) {
      if (row[0].equals("author-label")) labels = row[2];
      else if (row[0].equals("author-glued")) glued = row[2];
    }
    return java.util.regex.Pattern.compile("(?u)^\\s*(?i:" + labels + ")(\\s+|(?<=\\p{Ll})(?=\\p{Lu}))"
        + "|^(?i:" + glued + ")(?=\\p{Lu})");
  }

  /** Punctuation around a byline's name ("~ Jane Doe", "| Jane Doe") and a dangling "on"/"am" before its date. */
  private static final java.util.regex.Pattern AUTHOR_TRIM = java.util.regex.Pattern.compile(
      "(?u)^[\\s~|•·:,–-]+|[\\s~|•·:,–-]+$|\\s+(am|on|le|el|il|op)$");

  /** A byline reduced to the name: "View all posts by Daniel Lemire" → "Daniel Lemire"; an e-mail is no name. */
  private static final DateParser BYLINE_DATES = new DateParser();

  private static String person(String s) {
    if (s == null) return null;
    String name = AUTHOR_TRIM.matcher(AUTHOR_PREFIX.matcher(AUTHOR_TRIM.matcher(s.strip()).replaceAll(""))
        .replaceFirst("")).replaceAll("").strip();
    name = name.replaceAll("\\s*[|,]?\\s*\\d{1,2}[./]\\s?\\d{1,2}[./]\\s?\\d{2,4}.*$", "").strip();
    // a byline block that holds only its date ("6 de mayo de 2022 05:30") names nobody; a date after the name goes
    java.util.Optional<DateParser.Found> date = BYLINE_DATES.find(name, "byline");
    if (date.isPresent()) name = name.substring(0, date.get().start()).replaceAll("[\\s|,·•–—-]+$", "").strip();
    name = AUTHOR_TRIM.matcher(name).replaceAll("").strip();
    if (name.isEmpty() || LineClassifier.dateLike(name) || name.contains("@") || name.contains("[at]")
        || name.length() > 80) {
      return null;
    }
    return name;
  }

  private static String nonUrl(String s) {
    return s == null || s.startsWith("http") || s.isBlank() ? null : s.strip();
  }

  /** The page's host; for a web-archive capture, the archived page's ({@link Sites#archived}). */
  static String host(String url) {
    return Sites.host(Sites.archived(url));
  }

  private static String language(String tag) {
    if (tag == null || tag.isBlank()) return null;
    String l = tag.strip().split("[-_,;\\s]")[0].toLowerCase(Locale.ROOT);
    return l.matches("[a-z]{2,3}") ? l : null;
  }

  /**
   * The first declared site name that is not a section of the page's own URL: some CMSs fill og:site_name with the
   * section ("Política" on .../politica/2022/05/...), which names no outlet; the JSON-LD publisher, the application
   * name or, failing those, the URL's site is then used.
   */
  static String siteName(String url, String... declared) {
    String page = Sites.archived(url);
    java.util.Set<String> sections = sections(page);
    String host = Sites.host(page);
    for (String name : declared) {
      if (name == null || name.isBlank()) continue;
      // a directory named after the site itself (bmfsfj.de/bmfsfj/...) is no section
      if (!sections.contains(OutletNames.key(name)) || host != null && OutletNames.agrees(name, host)) return name;
    }
    return null;
  }

  /** The folded directory names of a URL's path ("/politica/2022/05/x.html": politica, 2022, 05). */
  private static java.util.Set<String> sections(String url) {
    if (url == null) return java.util.Set.of();
    String path;
    try {
      path = java.net.URI.create(url.strip().replace(" ", "%20")).getRawPath();
    } catch (IllegalArgumentException e) {
      return java.util.Set.of();
    }
    if (path == null) return java.util.Set.of();
    java.util.Set<String> out = new java.util.HashSet<>();
    String[] parts = path.split("/");
    for (int i = 0; i < parts.length - 1; i++) { // the last part is the page itself
      String part;
      try {
        part = java.net.URLDecoder.decode(parts[i].replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) { // a broken escape ("%zz"): the segment as written
        part = parts[i];
      }
      String f = OutletNames.key(part); // "Política" and "politica" meet
      if (!f.isEmpty()) out.add(f);
    }
    return out;
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) if (v != null && !v.isBlank()) return v.strip();
    return null;
  }

}
