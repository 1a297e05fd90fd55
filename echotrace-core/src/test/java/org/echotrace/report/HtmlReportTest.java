package org.echotrace.report;

import static org.echotrace.report.ReportFixtures.IMG;
import static org.echotrace.report.ReportFixtures.SCRIPT;
import static org.echotrace.report.ReportFixtures.article;
import static org.echotrace.report.ReportFixtures.day;
import static org.echotrace.report.ReportFixtures.handBuilt;
import static org.echotrace.report.ReportFixtures.render;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.echotrace.model.AnalysisResult;
import org.echotrace.model.Article;
import org.echotrace.model.Origin;
import org.echotrace.model.OriginConfidence;
import org.echotrace.model.Passage;
import org.echotrace.model.Relation;
import org.echotrace.model.RelationKind;
import org.echotrace.model.Story;
import org.junit.jupiter.api.Test;

/**
 * The HTML report on results built by hand: escaping, the policy and its one script, texts stored once, the static
 * parts of quotes and framing, the title. How the script draws the texts is checked in a browser by the CLI's
 * {@code ReportInBrowserTest}.
 */
class HtmlReportTest {
  private static final Pattern DATA = Pattern.compile(
      "<script type=\"application/json\" id=\"echotrace-data\">(.*?)</script>", Pattern.DOTALL);
  private static final Pattern CODE = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL);

  /** The page without its two script elements: what the HTML parser reads as markup. */
  static String markup(String html) {
    return CODE.matcher(DATA.matcher(html).replaceAll("")).replaceAll("");
  }

  static JsonNode data(String html) throws IOException {
    Matcher m = DATA.matcher(html);
    assertTrue(m.find(), "the data block");
    return new ObjectMapper().readTree(m.group(1));
  }

  @Test
  void hostileTextIsShownEscapedAndNeverAsMarkup() throws IOException {
    String html = render(handBuilt());
    String markup = markup(html);
    assertFalse(markup.toLowerCase(java.util.Locale.ROOT).contains("<script"), "no script element but the two");
    assertEquals(2, html.split("<script", -1).length - 1, "the data block and the code, nothing else");
    assertFalse(markup.contains("<img"), "no img element");
    assertFalse(markup.contains("<svg onload"), "outlet name stays text");
    assertFalse(markup.contains("evil<b>"), "ids are escaped");
    assertTrue(markup.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the script shows as text");
    assertTrue(markup.contains("&lt;img src=x onerror=alert(1)&gt;"), "the img shows as text");
    assertFalse(html.contains("href=\"javascript"), "URLs are text, not links");
    for (String tag : tags(markup)) {
      assertFalse(Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE).matcher(tag).find(),
          "an event handler attribute in " + tag);
    }
  }

  /** No data can close the JSON block or open a comment in it: {@code < > &} are JSON escapes there. */
  @Test
  void theDataBlockHoldsNoMarkupCharacter() throws IOException {
    String html = render(handBuilt());
    Matcher m = DATA.matcher(html);
    assertTrue(m.find());
    String block = m.group(1);
    assertFalse(block.contains("<") || block.contains(">") || block.contains("&"), block);
    assertTrue(block.contains("\\u003Cscript\\u003Ealert(1)\\u003C/script\\u003E"), "escaped, and still there");
    JsonNode data = data(html);
    String hostile = handBuilt().articles().get(2).text();
    assertEquals(hostile, data.get("articles").get("2").get("text").asText(), "the text survives the escapes");
  }

  @Test
  void thePolicyForbidsLoadsAndAllowsOnlyThePagesOwnScript() throws IOException {
    String html = render(handBuilt());
    Matcher code = CODE.matcher(html);
    assertTrue(code.find(), "the script");
    String hash = HtmlReport.sha256(code.group(1));
    assertTrue(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        + "style-src 'unsafe-inline'; img-src data:; script-src '" + hash + "'; base-uri 'none'; form-action 'none'\">"),
        "CSP with the script's hash");
    assertFalse(Pattern.compile("(?i)(src|href|action|xlink:href)\\s*=\\s*[\"']?\\s*(https?:)?//").matcher(html).find(),
        "remote reference");
    assertFalse(Pattern.compile("(?i)url\\((?!#)|@import|<link|<iframe|<object|<embed").matcher(html).find(),
        "loads through CSS or embedded objects");
    assertFalse(Pattern.compile("(?i)https?://").matcher(html).find(), "no http(s) address anywhere in the page");
    String script = code.group(1);
    for (String sink : List.of("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "Function(",
        "setTimeout", "fetch(", "XMLHttpRequest", "src")) {
      assertFalse(script.contains(sink), "the script never uses " + sink);
    }
  }

  /** An article in many relations is stored once: the page grows with the texts, not with texts × relations. */
  @Test
  void eachTextIsStoredOnceHoweverManyRelationsItIsIn() throws IOException {
    String body = "Long reporting. ".repeat(600);
    List<Article> articles = new ArrayList<>();
    List<Relation> relations = new ArrayList<>();
    articles.add(article("hub.txt", "Hub", "Hub", day(4, 1), body + "hub-only-marker"));
    for (int i = 0; i < 30; i++) {
      String id = String.format("copy%02d.txt", i);
      articles.add(article(id, "Copier " + i, "Copy", day(4, 2), "Copy " + i + ". " + body));
      relations.add(new Relation(id, "hub.txt", RelationKind.VERBATIM,
          new Origin("hub.txt", OriginConfidence.LIKELY, List.of("earlier")), 1, 1, 1,
          List.of(new Passage(0, 100, 0, 100, 20))));
    }
    String html = render(new AnalysisResult(articles, relations, List.of(), List.of()));
    assertEquals(1, html.split("hub-only-marker", -1).length - 1, "the hub's text once");
    long texts = articles.stream().mapToLong(a -> a.text().length()).sum();
    assertTrue(html.length() < texts + 120_000, html.length() + " chars for " + texts + " of text");
  }

  @Test
  void independentPairsStopAtTheTextBudgetButCopiesAreAlwaysListed() {
    java.util.Map<String, Integer> length = new java.util.HashMap<>();
    List<Relation> rs = new ArrayList<>();
    for (int i = 0; i < 10; i++) { // ten same-narrative pairs of long, distinct pages
      String a = "long-a" + i, b = "long-b" + i;
      length.put(a, 50_000);
      length.put(b, 50_000);
      rs.add(new Relation(a, b, RelationKind.SAME_NARRATIVE, Origin.undecided("independent"), 0.9 - i * 0.01, 0, 0,
          List.of()));
    }
    length.put("big-copy", 400_000);
    length.put("big-origin", 400_000);
    rs.add(new Relation("big-copy", "big-origin", RelationKind.VERBATIM, Origin.undecided("test"), 1, 1, 1, List.of()));
    List<Integer> listed = HtmlReport.listed(rs, id -> length.getOrDefault(id, 0));
    assertEquals(10, (int) listed.get(0), "the copy first, whatever its size");
    // 350,000 characters hold three pairs of 100,000 beside what the copy brings
    assertEquals(List.of(10, 0, 1, 2), listed);
  }

  @Test
  void quotesVariantsAndFramingAreLabelled() throws IOException {
    String html = render(handBuilt());
    String markup = markup(html);
    assertTrue(markup.contains("<span class=\"qlabel ch-reworded\">reworded</span>"), "the reworded label");
    assertTrue(markup.contains("<del>will not</del> <ins>shall never</ins>"), "the word diff");
    assertTrue(markup.contains("<th>Speaker</th>") && markup.contains("<td>Jane Roe</td>"), "quotes table");
    assertTrue(markup.contains("<caption>Framing terms by outlet</caption>"), "framing table");
    assertTrue(markup.contains("<caption>Framing entries found in the most articles</caption>"), "framing overview");
    assertTrue(markup.contains("Digest &quot;Hub&quot;</th>"), "an outlet column, escaped");
    assertTrue(markup.contains("<h5>Framing shifts</h5>") && markup.contains("in Kyiv"), "shift listed");
    assertTrue(markup.contains("<td>Kiev</td>"), "entity variant");
    JsonNode data = data(html);
    JsonNode copy = data.get("articles").get("1");
    assertEquals("delegitimising-name: kiev-regime", copy.get("terms").get(0).get(2).asText());
    assertEquals("quote: Jane Roe", copy.get("quotes").get(0).get(2).asText());
    JsonNode paraphrase = data.get("relations").get("0");
    assertEquals(0, paraphrase.get("left").asInt(), "the origin on the left");
    assertEquals(0.87, paraphrase.get("sentences").get(0).get(4).asDouble(), 1e-9);
    assertEquals("reworded", paraphrase.get("rightLabels").get(0).get(1).asText());
  }

  @Test
  void theConfidenceIsSaidOnceInThePairView() throws IOException {
    String html = render(handBuilt());
    assertTrue(html.contains("<p class=\"why\">Origin undecided: a date is missing."), "undecided");
    assertTrue(html.contains("<p class=\"why\">Origin likely: published 2 days earlier."), "likely");
    assertFalse(html.contains("undecided: undecided"));
  }

  @Test
  void theTitleNamesTheCorpus() throws IOException {
    StringWriter w = new StringWriter();
    new HtmlReport("web-dev/articles").write(handBuilt(), w);
    assertTrue(w.toString().contains("<title>echotrace report: web-dev/articles</title>"));
    assertTrue(w.toString().contains("<h1>echotrace report: web-dev/articles</h1>"));
    w = new StringWriter();
    new HtmlReport(SCRIPT).write(handBuilt(), w);
    assertTrue(w.toString().contains("<title>echotrace report: &lt;script&gt;"), "a folder name is data too");
  }

  @Test
  void overlappingHighlightsNestOnTheWholePage() throws IOException {
    assertNested(markup(render(handBuilt())));
  }

  @Test
  void emptyResultStillMakesAPage() throws IOException {
    String html = render(new AnalysisResult(List.of(), List.of(), List.of(), List.of()));
    assertTrue(html.contains("No copies found.") && html.contains("None: every input was read."), html);
    assertNested(markup(html));
  }

  /** A 1970 date, or an article years older than the rest, is drawn in the margin; the axis spans the others. */
  @Test
  void anOutlyingDateDoesNotStretchTheAxis() {
    long day = 86_400, apr15 = 1_744_675_200L;
    long[] dates = {0, apr15, apr15 + day, apr15 + 3 * day, apr15 + 20 * day, apr15 + 21 * day};
    TimelineSvg.Range range = TimelineSvg.Range.of(dates);
    assertFalse(range.contains(0), "1970");
    assertTrue(range.contains(apr15) && range.contains(apr15 + 21 * day), "the month of news");
    assertEquals(new TimelineSvg.Range(apr15, apr15 + 3 * day), TimelineSvg.Range.of(new long[] {apr15, apr15 + 3 * day}),
        "two dates: nothing to call an outlier");
    assertTrue(TimelineSvg.Range.of(new long[] {apr15, apr15 + 50 * day, apr15 + 100 * day}).contains(apr15 + 100 * day),
        "weeks of coverage are not outliers");
    String svg = TimelineSvg.render(List.of(new TimelineSvg.Row("s1", false, List.of(
        new TimelineSvg.Dot(0, "1970-01-01 · broken CMS", "o1", "art0"),
        new TimelineSvg.Dot(apr15, "2025-04-15", "o2", "art1"),
        new TimelineSvg.Dot(apr15 + 2 * day, "2025-04-17", "o2", "art2"),
        new TimelineSvg.Dot(apr15 + 3 * day, "2025-04-18", "o2", "art3")))));
    assertTrue(svg.contains(">earlier<title>1 date far from the others"), svg);
    assertTrue(svg.contains("outlier\" cx=\"327.0\"") && svg.contains("outside the axis: 1970-01-01"), svg);
    assertFalse(svg.contains(">1970") || svg.contains(">1980"), "no tick in the 1970s: " + svg);
    Matcher ticks = Pattern.compile("class=\"ticklabel\" x=\"[^\"]+\" y=\"[^\"]+\">([^<]+)<").matcher(svg);
    int n = 0;
    while (ticks.find()) {
      assertTrue(ticks.group(1).startsWith("2025-04-1"), ticks.group(1));
      n++;
    }
    assertTrue(n >= 2 && n <= 7, n + " ticks");
  }

  @Test
  void ticksNeverCrowdTheAxisAndFallOnMonthStarts() {
    long year = 365L * 86_400, apr15 = 1_744_675_200L;
    for (long span : new long[] {3_600, 86_400, 40 * 86_400, 3 * year, 55 * year, 400 * year}) {
      List<Long> ticks = TimelineSvg.ticks(apr15, apr15 + span);
      assertTrue(ticks.size() <= 8, span + ": " + ticks.size());
    }
    List<Long> months = TimelineSvg.ticks(apr15, apr15 + 300 * 86_400L);
    for (long t : months) {
      java.time.LocalDate d = java.time.Instant.ofEpochSecond(t).atZone(java.time.ZoneOffset.UTC).toLocalDate();
      assertEquals(1, d.getDayOfMonth(), d.toString());
      assertEquals(0, (d.getMonthValue() - 1) % 3, "every three months from January: " + d);
    }
  }

  @Test
  void escaperCoversTextAndAttributes() {
    assertEquals("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;", Html.escape("<a href=\"x\" title='y'>&amp;"));
    assertEquals("a\uFFFDb\n\uFFFD", Html.escape("a\u0000b\n\uD800"));
    assertEquals("😀", Html.escape("😀"));
    assertEquals("", Html.escape(null));
  }

  /** Single-article events get no quote tables: on a crawl of unrelated pages they would be thousands of rows. */
  @Test
  void quoteTablesOnlyForEventsWithSeveralArticles() throws IOException {
    AnalysisResult r = handBuilt();
    List<Story> singles = new ArrayList<>();
    for (Article a : r.articles()) singles.add(new Story("one-" + a.id(), List.of(a.id())));
    AnalysisResult split = new AnalysisResult(r.articles(), r.relations(), singles, List.of(), r.problems(), r.quotes(),
        r.quoteVariants(), r.entities(), r.framing(), r.framingShifts());
    String html = render(split);
    assertFalse(html.contains("<caption>Quotes</caption>"), "no per-event table");
    assertTrue(html.contains("events are in the JSON output"), "said where they are");
  }

  private static final Set<String> VOID = Set.of("meta", "br", "hr", "img", "input", "link", "wbr");
  private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>");

  static List<String> tags(String html) {
    List<String> tags = new ArrayList<>();
    Matcher m = TAG.matcher(html);
    while (m.find()) tags.add(m.group());
    return tags;
  }

  /** Every element closes in the order it opened (void and self-closed elements aside). */
  static void assertNested(String html) {
    Deque<String> open = new ArrayDeque<>();
    Matcher m = TAG.matcher(html);
    while (m.find()) {
      String name = m.group(2).toLowerCase(java.util.Locale.ROOT);
      if (m.group(1).isEmpty()) {
        if (!VOID.contains(name) && !m.group(3).endsWith("/")) open.push(name);
      } else {
        String top = open.poll();
        if (!name.equals(top)) {
          int at = m.start();
          fail("</" + name + "> closes <" + top + "> near: " + html.substring(Math.max(0, at - 120), at + 10));
        }
      }
    }
    assertTrue(open.isEmpty(), "unclosed: " + open);
  }
}
