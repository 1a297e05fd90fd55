package org.echotrace.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.echotrace.model.AnalysisResult;
import org.echotrace.model.Article;
import org.echotrace.model.Entity;
import org.echotrace.model.FramingHit;
import org.echotrace.model.FramingShift;
import org.echotrace.model.InputProblem;
import org.echotrace.model.Narrative;
import org.echotrace.model.Origin;
import org.echotrace.model.Passage;
import org.echotrace.model.Published;
import org.echotrace.model.Quote;
import org.echotrace.model.QuoteChange;
import org.echotrace.model.QuoteKind;
import org.echotrace.model.QuoteVariant;
import org.echotrace.model.QuoteVariant.Op;
import org.echotrace.model.QuoteVariant.WordEdit;
import org.echotrace.model.Relation;
import org.echotrace.model.RelationKind;
import org.echotrace.model.SentencePair;
import org.echotrace.model.Story;
import org.junit.jupiter.api.Test;

/** The HTML report on results built by hand: escaping, nesting of overlapping highlights, quotes and framing. */
class HtmlReportTest {
  private static final String SCRIPT = "<script>alert(1)</script>";
  private static final String IMG = "<img src=x onerror=alert(1)>";

  static Article article(String id, String outlet, String title, Published date, String text) {
    return Article.of(id, title, date, null, outlet, null, "en", text, List.of(), List.of());
  }

  static Published day(int month, int day) {
    return new Published(LocalDate.of(2025, month, day), LocalTime.of(9, 0), ZoneOffset.UTC, "test");
  }

  static String render(AnalysisResult result) throws IOException {
    StringWriter w = new StringWriter();
    new HtmlReport().write(result, w);
    return w.toString();
  }

  /** An origin, a reworded copy with a changed quote and a framing shift, and a hostile article copied verbatim. */
  static AnalysisResult handBuilt() {
    String originText = "The minister said \"we will not retreat from the talks\" on Monday.\n\n"
        + "Officials in Kyiv met the delegation.";
    String copyText = "The minister said \"we shall never retreat from talks\" on Monday.\n\n"
        + "Officials of the Kiev regime met the delegation.";
    String hostile = "Outlet text " + SCRIPT + " and " + IMG + " end.";
    Article origin = article("origin.txt", "Harbour Times", "Talks go on", day(4, 1), originText);
    Article copy = article("copy.txt", "Digest \"Hub\"", "Talks: " + SCRIPT, day(4, 3), copyText);
    Article evil = article("evil<b>.txt", IMG, SCRIPT, day(4, 2), hostile);
    Article evilCopy = Article.of("evil-copy.txt", null, null, null, "\"><svg onload=alert(1)>", "javascript:alert(1)",
        "en", hostile, List.of(), List.of());
    int oq = originText.indexOf("we will"), cq = copyText.indexOf("we shall");
    Quote originQuote = new Quote("origin.txt", "we will not retreat from the talks", oq, oq + 34, QuoteKind.QUOTE,
        "Jane Roe", "the minister", 4, 12, "said");
    Quote copyQuote = new Quote("copy.txt", "we shall never retreat from talks", cq, cq + 33, QuoteKind.QUOTE,
        "Jane Roe", "the minister", 4, 12, "said");
    QuoteVariant reworded = new QuoteVariant("copy.txt", "origin.txt", 1, 0, QuoteChange.REWORDED,
        List.of(new WordEdit(Op.KEEP, "we"), new WordEdit(Op.DELETE, "will not"), new WordEdit(Op.INSERT, "shall never"),
            new WordEdit(Op.KEEP, "retreat from"), new WordEdit(Op.DELETE, "the"), new WordEdit(Op.KEEP, "talks")),
        0.8);
    int kiev = copyText.indexOf("Kiev regime"), kyiv = originText.indexOf("Kyiv");
    FramingHit hit = new FramingHit("copy.txt", "kiev-regime", "delegitimising-name", "Kiev regime", kiev, kiev + 11);
    // A term inside the quote inside the passage: three levels of highlight over the same words.
    int never = copyText.indexOf("never");
    FramingHit inQuote = new FramingHit("copy.txt", "never", "loaded-language", "never", never, never + 5);
    FramingShift shift = new FramingShift("origin.txt", "copy.txt", kyiv, kyiv + 4, kiev - 4, kiev + 11, "in Kyiv",
        "of the Kiev regime", "kiev-regime", "delegitimising-name");
    Relation paraphrase = new Relation("copy.txt", "origin.txt", RelationKind.PARAPHRASE,
        new Origin("origin.txt", List.of("published 2 days earlier")), 0.9, 0.9, 0.9,
        // A passage that crosses the quote's end, to force a split.
        List.of(new Passage(0, cq + 20, 0, oq + 20, 6), new Passage(cq + 25, cq + 45, oq + 25, oq + 45, 3)),
        List.of(new SentencePair(0, copyText.indexOf('\n'), 0, originText.indexOf('\n'), 0.87)));
    Relation verbatim = new Relation("evil-copy.txt", "evil<b>.txt", RelationKind.VERBATIM,
        Origin.undecided("a date is missing"), 1.0, 1.0, 1.0, List.of(new Passage(0, hostile.length(), 0,
            hostile.length(), 9)));
    Story story = new Story("s1", List.of("copy.txt", "origin.txt"), "2025-04-01T09:00:00Z", "2025-04-03T09:00:00Z",
        "minister · talks", List.of("Harbour Times", "Digest \"Hub\""));
    Story other = new Story("s2", List.of("evil-copy.txt", "evil<b>.txt"), "2025-04-02", "2025-04-02", SCRIPT,
        List.of(IMG));
    Narrative narrative = new Narrative("n1", "talks " + IMG, List.of("s1", "s2"), List.of());
    Entity kyivEntity = new Entity("Kyiv", Entity.EntityType.PLACE, List.of(
        new Entity.Variant("Kyiv", 1, List.of("origin.txt"), List.of("Harbour Times")),
        new Entity.Variant("Kiev", 1, List.of("copy.txt"), List.of("Digest \"Hub\""))));
    return new AnalysisResult(List.of(origin, copy, evil, evilCopy), List.of(paraphrase, verbatim),
        List.of(story, other), List.of(narrative), List.of(InputProblem.error("bad" + SCRIPT + ".txt", 0, IMG)),
        List.of(originQuote, copyQuote), List.of(reworded), List.of(kyivEntity), List.of(hit, inQuote), List.of(shift));
  }

  @Test
  void hostileTextIsShownEscapedAndNeverAsMarkup() throws IOException {
    String html = render(handBuilt());
    assertFalse(html.toLowerCase(java.util.Locale.ROOT).contains("<script"), "no script element at all");
    assertFalse(html.contains("<img"), "no img element");
    assertFalse(html.contains("<svg onload"), "outlet name stays text");
    assertFalse(html.contains("evil<b>"), "ids are escaped");
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the script shows as text");
    assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"), "the img shows as text");
    assertFalse(html.contains("href=\"javascript"), "URLs are text, not links");
    for (String tag : tags(html)) {
      assertFalse(Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE).matcher(tag).find(),
          "an event handler attribute in " + tag);
    }
  }

  @Test
  void pageForbidsLoadsAndReferencesNoRemoteResource() throws IOException {
    String html = render(handBuilt());
    assertTrue(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        + "style-src 'unsafe-inline'; img-src data:;"), "CSP");
    assertFalse(Pattern.compile("(?i)(src|href|action|xlink:href)\\s*=\\s*[\"']?\\s*(https?:)?//").matcher(html).find(),
        "remote reference");
    assertFalse(Pattern.compile("(?i)url\\((?!#)|@import|<link|<iframe|<object|<embed").matcher(html).find(),
        "loads through CSS or embedded objects");
    assertFalse(Pattern.compile("(?i)https?://").matcher(html).find(), "no http(s) address anywhere in the page");
  }

  @Test
  void quotesVariantsAndFramingAreLabelled() throws IOException {
    String html = render(handBuilt());
    assertTrue(html.contains("<span class=\"qlabel ch-reworded\">reworded</span>"), "the reworded label");
    assertTrue(html.contains("<del>will not</del> <ins>shall never</ins>"), "the word diff");
    assertTrue(html.contains("<u class=\"term\" title=\"delegitimising-name: kiev-regime\">Kiev regime</u>"),
        "framing term underlined with its category");
    assertTrue(html.contains("title=\"loaded-language: never\">never</u>"), "the term inside the quote");
    assertTrue(html.contains("<th>Speaker</th>") && html.contains("<td>Jane Roe</td>"), "quotes table");
    assertTrue(html.contains("<caption>Framing terms by outlet</caption>"), "framing table");
    assertTrue(html.contains("Digest &quot;Hub&quot;</th>"), "an outlet column, escaped");
    assertTrue(html.contains("<h5>Framing shifts</h5>") && html.contains("in Kyiv"), "shift listed");
    assertTrue(html.contains("<td>Kiev</td>"), "entity variant");
    assertTrue(html.contains("S1 0.87"), "aligned sentences with their similarity");
  }

  @Test
  void overlappingHighlightsNestOnTheWholePage() throws IOException {
    assertNested(render(handBuilt()));
  }

  @Test
  void crossingSpansAreSplitAndReopened() {
    String html = new MarkedText("0123456789ABCDE")
        .span(0, 10, 0, "<a id=x>", "<a>", "</a>")
        .span(5, 15, 1, "<b id=y>", "<b>", "</b>")
        .html();
    assertEquals("<a id=x>01234<b id=y>56789</b></a><b>ABCDE</b>", html);
  }

  @Test
  void equalSpansNestByRankAndPointsSitBetweenTags() {
    String html = new MarkedText("say <x> now")
        .span(4, 7, 2, "<i>", "</i>")
        .span(4, 7, 1, "<q>", "</q>")
        .span(0, 11, 0, "<p>", "</p>")
        .point(4, 0, "<sup>1</sup>")
        .point(7, 0, "<em>end</em>")
        .html();
    assertEquals("<p>say <sup>1</sup><q><i>&lt;x&gt;</i></q><em>end</em> now</p>", html);
  }

  @Test
  void spansOutsideTheTextAreClampedAndEmptyOnesDropped() {
    assertEquals("ab<u>c</u>", new MarkedText("abc").span(2, 99, 0, "<u>", "</u>").span(1, 1, 0, "<s>", "</s>")
        .point(-5, 0, "").html());
  }

  @Test
  void randomOverlapsAlwaysNest() {
    long seed = 20251125L;
    java.util.Random random = new java.util.Random(seed);
    for (int round = 0; round < 300; round++) {
      MarkedText text = new MarkedText("x".repeat(40));
      for (int i = 0; i < 8; i++) {
        int s = random.nextInt(45) - 2, e = s + random.nextInt(20);
        String tag = "t" + random.nextInt(4);
        text.span(s, e, random.nextInt(3), "<" + tag + ">", "</" + tag + ">");
      }
      String html = text.html();
      try {
        assertNested(html);
      } catch (AssertionError e) {
        fail("seed " + seed + " round " + round + ": " + html, e);
      }
      assertEquals(40, html.replaceAll("<[^>]*>", "").length(), "the text is kept whole");
    }
  }

  @Test
  void escaperCoversTextAndAttributes() {
    assertEquals("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;", Html.escape("<a href=\"x\" title='y'>&amp;"));
    assertEquals("a\uFFFDb\n\uFFFD", Html.escape("a\u0000b\n\uD800"));
    assertEquals("😀", Html.escape("😀"));
    assertEquals("", Html.escape(null));
  }

  @Test
  void emptyResultStillMakesAPage() throws IOException {
    String html = render(new AnalysisResult(List.of(), List.of(), List.of(), List.of()));
    assertTrue(html.contains("No copies found.") && html.contains("None: every input was read."), html);
    assertNested(html);
  }

  private static final Set<String> VOID = Set.of("meta", "br", "hr", "img", "input", "link", "wbr");
  private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>");

  static List<String> tags(String html) {
    List<String> tags = new java.util.ArrayList<>();
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
