package org.echotrace.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.echotrace.model.Article;
import org.echotrace.model.LineKind;
import org.echotrace.model.RawDocument;
import org.echotrace.model.Segment;

/**
 * Extracts a clean {@link Article} from a page in two steps: {@link #read(RawDocument)} cuts it into lines (text
 * lines, or the blocks of an HTML page with its declared metadata), and {@link #extract(Page, LineFrequency)}
 * classifies the lines, keeps the body paragraphs (glued sentences repaired) and reads title, date, credits and outlet.
 * Precedence: what the input declares (JSONL fields, RSS item), then what the page declares (meta tags, JSON-LD), then
 * what its text says. Thread-safe once built.
 */
public final class ArticleExtractor {
  private final LineClassifier classifier;
  private final SentenceSplitter splitter = new SentenceSplitter();
  private final DateParser dates = new DateParser();
  private final HtmlPageReader html = new HtmlPageReader();
  private final LanguageGuesser languages;

  public ArticleExtractor(LanguageGuesser languages) {
    this(languages, java.util.Set.of());
  }

  /**
   * An extractor whose furniture cues leave out the entries of the given origins (see the {@code furniture-*.tsv}
   * files): {@code trafilatura-eval} measures extraction without the phrases found on that set's errors.
   */
  public ArticleExtractor(LanguageGuesser languages, Set<String> excludedCueOrigins) {
    this.languages = Objects.requireNonNull(languages, "languages");
    this.classifier = excludedCueOrigins.isEmpty() ? new LineClassifier()
        : new LineClassifier(new FurnitureCues(excludedCueOrigins));
  }

  public ArticleExtractor() {
    this(new LanguageGuesser());
  }

  /** Cuts a document into lines: text lines, or the blocks of an HTML page with its declared metadata. */
  public Page read(RawDocument doc) {
    Page page = doc.format() == RawDocument.Format.HTML ? html.read(doc) : new Page(doc, lines(doc.text()), PageMetadata.NONE);
    // the lines hold all the text extraction needs: the page keeps the document's metadata without its text
    return new Page(doc.withoutText(), page.lines(), page.metadata());
  }

  /** Convenience: {@link #read} then {@link #extract(Page, LineFrequency)}. */
  public Article extract(RawDocument doc, LineFrequency frequency) {
    return extract(read(doc), frequency);
  }

  public Article extract(Page page, LineFrequency frequency) {
    RawDocument doc = page.doc();
    PageMetadata meta = page.metadata();
    List<PageLine> lines = page.lines();
    List<LineClassifier.Classified> classified = danglingHeadings(lines,
        classifier.classify(lines, frequency, meta.title()));
    List<Segment> segments = new ArrayList<>(classified.size());
    StringBuilder text = new StringBuilder();
    String title = null;
    Set<String> credits = new LinkedHashSet<>();
    String byline = null;
    String siteName = null;
    List<DateCandidate> dated = new ArrayList<>();
    int titleAt = -1;
    boolean bodySeen = false;
    int paragraphs = 0;
    for (int i = 0; i < classified.size(); i++) {
      LineClassifier.Classified c = classified.get(i);
      segments.add(new Segment(c.line(), c.kind(), c.label()));
      if (c.body() != null) {
        // the first paragraph's wire dateline credits the agency ("TOKYO (AP) —"), as a credit line would
        if (text.length() == 0) CreditLines.dateline(c.body().strip()).ifPresent(credits::add);
        if (text.length() > 0) text.append("\n\n");
        text.append(splitter.repairGlued(c.body().strip()));
      }
      if (c.date() != null && doc.format() == RawDocument.Format.TEXT && (!bodySeen || "dated-paragraph".equals(c.label()))) {
        dated.add(lineDate(lines.get(i).text(), c, titleAt >= 0));
      }
      // the header runs to the second paragraph (the first may be a standfirst): later dates are teasers' or the text's
      if (c.kind() == LineKind.BODY && "paragraph".equals(c.label())) bodySeen = paragraphs++ >= 1;
      if ("title".equals(c.label()) && title == null) {
        title = lines.get(i).text().strip();
        titleAt = i;
      }
      if ("byline".equals(c.label())) byline = byline == null ? c.credit() : byline;
      else if ("site-name".equals(c.label())) siteName = siteName == null ? c.credit() : siteName;
      else if (c.credit() != null) credits.add(c.credit());
    }
    String url = first(doc.url(), meta.canonicalUrl());
    String outlet = outlet(doc.outlet(), meta.siteName(), siteName, lines, classified, url);
    // a web-archive capture's time bounds its page's dates as a crawl's does
    java.time.Instant crawled = doc.crawled() != null ? doc.crawled() : Sites.captured(doc.url());
    PublicationDates.Choice when = PublicationDates.choose(dateCandidates(doc, meta, dated), crawled,
        first(doc.url(), meta.canonicalUrl()));
    String author = first(meta.author(), byline);
    String attribution = credits.isEmpty() ? author : String.join("; ", credits);
    String body = declaredInstead(text.toString(), meta.declaredBody());
    String language = language(meta.language(), body);
    return new Article(doc.id(), first(doc.title(), meta.title(), title), when.published(), attribution, outlet,
        url, language, body, segments, List.copyOf(credits), author, when.modified(), meta.canonicalUrl(),
        meta.sourceLinks(), crawled);
  }

  private static final java.util.Set<String> SUBHEADINGS = java.util.Set.of("h2", "h3", "h4", "h5", "h6");

  /**
   * The body lines at the end of the text that are headings with nothing of the article after them: a heading
   * introduces what follows it, so one that ends the text introduced something the page's furniture held and went
   * with it. They become boilerplate. (Classified lines are in the order of the page's lines, one each.)
   */
  private static List<LineClassifier.Classified> danglingHeadings(List<PageLine> lines,
      List<LineClassifier.Classified> classified) {
    List<LineClassifier.Classified> out = null;
    for (int i = classified.size() - 1; i >= 0; i--) {
      LineClassifier.Classified c = classified.get(i);
      if (c.body() == null) continue;
      String tag = lines.get(i).tag();
      if (tag == null || !SUBHEADINGS.contains(tag)) break;
      if (out == null) out = new ArrayList<>(classified);
      out.set(i, new LineClassifier.Classified(c.line(), LineKind.BOILERPLATE, "dangling-heading", null, c.date(), null));
    }
    return out == null ? classified : out;
  }

  /**
   * The page's language: the one it declares, unless its text's function words clearly name another (a template's
   * {@code lang="en"} on a German page); a page that declares none gets the guess from its text.
   */
  private String language(String declared, String body) {
    if (declared == null) return languages.guess(body);
    String clearly = languages.clearlyOther(body, declared);
    return clearly == null ? declared : clearly;
  }

  /** Shortest declared article body read instead of the page's text: a few paragraphs, not a teaser's line. */
  static final int DECLARED_CHARS = 500;

  /**
   * The article text as the page declares it for machines (JSON-LD {@code articleBody}) instead of what its visible
   * blocks gave, when the declared text is at least {@link #DECLARED_CHARS} long and more than twice as long: pages
   * behind a paywall or rendered by script show a teaser and declare the whole. Paragraphs are kept; markup in the
   * declared text is read as HTML.
   */
  private String declaredInstead(String shown, String declared) {
    if (declared == null || declared.length() < DECLARED_CHARS || shown.length() * 2 >= declared.length()) {
      return shown;
    }
    String plain = declared;
    if (declared.indexOf('<') >= 0 && declared.indexOf('>') > declared.indexOf('<')) {
      org.jsoup.nodes.Document d = org.jsoup.Jsoup.parseBodyFragment(declared);
      d.select("p, br, div, li, h1, h2, h3, h4, h5, h6, blockquote").after("\n");
      plain = d.wholeText();
    }
    StringBuilder out = new StringBuilder();
    for (String para : plain.split("\\s*\\n\\s*")) {
      String p = para.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
      if (p.isEmpty()) continue;
      if (out.length() > 0) out.append("\n\n");
      out.append(splitter.repairGlued(p));
    }
    if (out.length() * 2 < declared.length()) return shown;
    // a standfirst the page shows above the text it declares stays in front of it
    String key = LineKey.of(out.toString());
    StringBuilder lead = new StringBuilder();
    int leads = 0;
    for (String para : shown.split("\n\n")) {
      LineFeatures f = LineFeatures.of(para, 1);
      if (key.contains(LineKey.of(para)) || leads == 2) break;
      if (f.sentenceLike() && f.words() >= 8) {
        lead.append(para).append("\n\n");
        leads++;
      }
    }
    return lead + out.toString();
  }

  /** Every date the input, the page and its URL state, for {@link PublicationDates}. */
  private List<DateCandidate> dateCandidates(RawDocument doc, PageMetadata meta, List<DateCandidate> lineDates) {
    List<DateCandidate> out = new ArrayList<>();
    dates.parseDeclared(doc.published())
        .ifPresent(p -> out.add(new DateCandidate(p, DateCandidate.Role.PUBLISHED, PublicationDates.INPUT)));
    out.addAll(meta.dates());
    out.addAll(lineDates);
    for (String u : new String[] {doc.url(), meta.canonicalUrl()}) {
      dates.fromUrl(u).ifPresent(p -> out.add(new DateCandidate(p, DateCandidate.Role.PUBLISHED, PublicationDates.URL)));
    }
    return out;
  }

  /**
   * A date line of a text page's header: a byline date after the title; above the title it may be the page
   * template's "today"; a label says whether it dates the publication or an update.
   */
  private static DateCandidate lineDate(String line, LineClassifier.Classified c, boolean afterTitle) {
    DateCandidate.Role role = HtmlDates.labelRole(line);
    boolean paragraph = "dated-paragraph".equals(c.label());
    int weight = afterTitle || paragraph ? PublicationDates.BYLINE : PublicationDates.ABOVE_TITLE;
    if (role != null && afterTitle) weight = PublicationDates.LABELLED;
    return new DateCandidate(c.date(), role == null ? DateCandidate.Role.PUBLISHED : role, weight);
  }

  /**
   * The outlet: declared by the input, else the site's own name (og:site_name, JSON-LD publisher), else a name the
   * page's text gives itself (a site-name line, its furniture) when it agrees with the URL's site, else the URL's
   * registrable domain. Without a URL a name from the text is taken as it is.
   */
  private static String outlet(String declared, String siteName, String nameLine, List<PageLine> lines,
      List<LineClassifier.Classified> classified, String url) {
    if (declared != null) return declared;
    String page = Sites.archived(url); // a web-archive capture is the archived site's page
    String site = Sites.registrableDomain(page);
    if (siteName != null && !siteName.isBlank()) return withoutTagline(siteName.strip(), Sites.host(page));
    String fromText = nameLine != null ? nameLine : outletFromFurniture(lines, classified);
    if (site == null) return fromText;
    if (fromText != null && OutletNames.agrees(fromText, Sites.host(page))) return fromText;
    return site;
  }

  private static final Pattern TAGLINE_SEPARATOR = Pattern.compile("\\s+[|·•–—-]\\s+");

  /** "GAY.CH · Alles bleibt anders!" → "GAY.CH": of a site name with a tagline, the part the host spells. */
  static String withoutTagline(String name, String host) {
    String[] parts = TAGLINE_SEPARATOR.split(name);
    if (parts.length < 2 || host == null) return name;
    for (String p : parts) if (OutletNames.agrees(p.strip(), host)) return p.strip();
    return name;
  }

  @SafeVarargs
  private static <T> T first(T... values) {
    for (T v : values) if (v != null) return v;
    return null;
  }

  /** Non-empty lines, numbered from 1 as in the input (empty lines count for numbering; CR, LF and CRLF end lines). */
  static List<PageLine> lines(String text) {
    List<PageLine> out = new ArrayList<>();
    int no = 0, start = 0, n = text.length();
    while (start <= n) {
      int end = start;
      while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') end++;
      no++;
      String t = text.substring(start, end).replace('\u00A0', ' ').strip();
      if (!t.isEmpty()) out.add(PageLine.ofText(no, t));
      if (end < n && text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n') end++;
      start = end + 1;
    }
    return out;
  }

  private static final Pattern NAME = Pattern.compile(
      "\\b((?:The\\s+)?\\p{Lu}[\\p{L}'’]+(?:\\s+\\p{Lu}[\\p{L}'’]+){1,3})\\b");

  /**
   * The outlet as it names itself in its own furniture ("Support The Harbour Times", "more from The Harbour
   * Times"): the capitalised name of two to four words that recurs most in boilerplate lines, at least twice.
   */
  static String outletFromFurniture(List<PageLine> lines, List<LineClassifier.Classified> classified) {
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      LineClassifier.Classified c = classified.get(i);
      if (c.kind() != LineKind.BOILERPLATE || c.label().startsWith("teaser") || c.label().equals("footer-link")
          || c.label().equals("links")) {
        continue;
      }
      Matcher m = NAME.matcher(lines.get(i).text());
      Set<String> inLine = new LinkedHashSet<>();
      while (m.find()) inLine.add(m.group(1).replaceFirst("^(?:Get|Support|Subscribe|Sign|Follow|Read|More|Dear|Our|By|A)\\s+", ""));
      for (String name : inLine) if (name.contains(" ")) counts.merge(name, 1, Integer::sum);
    }
    return counts.entrySet().stream()
        .filter(e -> e.getValue() >= 2)
        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(e -> e.getKey().length()))
        .map(Map.Entry::getKey)
        .orElse(null);
  }
}
