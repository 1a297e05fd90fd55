package org.echotrace.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.echotrace.model.Article;
import org.echotrace.model.RawDocument;
import org.junit.jupiter.api.Test;

/** Titles without navigation text or bare dates; credits and authors that are names (issue 11). */
class TitlesAndCreditsTest {
  private final ArticleExtractor extractor = new ArticleExtractor();
  private static final String PARAGRAPH = "The Kremlin said on Monday that talks with Washington would continue next"
      + " week despite the new sanctions announced by the European Union.";

  private Article text(String text) {
    return extractor.extract(RawDocument.ofText("t", "t", text), LineFrequency.NONE);
  }

  @Test
  void navigationTextAndBareDatesAreNoTitles() {
    assertEquals("Kremlin says talks go on", text("Skip to content\nKremlin says talks go on\n" + PARAGRAPH).title());
    assertEquals("Kremlin says talks go on", text("31 августа, 11:18\nKremlin says talks go on\n" + PARAGRAPH).title());
    assertTrue(LineClassifier.dateLike("Sunday 11 Jan, 09:30"));
    assertFalse(LineClassifier.dateLike("Talks on 11 Jan"));
  }

  @Test
  void aWireDatelineOpeningTheTextCreditsItsAgency() {
    assertEquals("AP", text("Talks go on\nMOSCOW (AP) — " + PARAGRAPH).attribution());
    assertEquals("Reuters", text("Talks go on\nMOSCOW, April 2 (Reuters) - " + PARAGRAPH).attribution());
    // an agency named later, or a photo credit, is no dateline
    assertNull(text("Talks go on\n" + PARAGRAPH + " MOSCOW (AP) — more.").attribution());
    assertNull(text("Talks go on\nCrowds in the square (AP Photo) — " + PARAGRAPH).attribution());
  }

  @Test
  void videoPlayerLabelsAreNoCredits() {
    Article a = text("JUST WATCHED\nMUST WATCH\nKremlin says talks go on\n" + PARAGRAPH);
    assertTrue(a.credits().isEmpty(), a.credits().toString());
    assertNull(a.attribution());
  }

  @Test
  void aBylineBlockThatHoldsOnlyADateNamesNobody() {
    String html = "<html><head><title>Talks go on</title></head><body><h1>Talks go on</h1>"
        + "<div class=\"byline\">6 de mayo de 2022 05:30</div><p>" + PARAGRAPH + "</p></body></html>";
    Article a = extractor.extract(RawDocument.ofHtml("h", "h", html, null), LineFrequency.NONE);
    assertNull(a.author());
    assertEquals("2022-05-06T05:30:00", a.publishedIso());
    String named = html.replace("6 de mayo de 2022 05:30", "Por Ana López | 6 de mayo de 2022");
    assertEquals("Ana López", extractor.extract(RawDocument.ofHtml("h", "h", named, null), LineFrequency.NONE).author());
  }

  @Test
  void aHeadlineThatIsNavigationIsSkipped() {
    String html = "<html><head><title>Talks go on | The Courier</title></head><body><h1>Today's Edition</h1>"
        + "<h1>Talks go on</h1><p>" + PARAGRAPH + "</p></body></html>";
    assertEquals("Talks go on", extractor.extract(RawDocument.ofHtml("h", "h", html, null), LineFrequency.NONE).title());
  }

  @Test
  void aHeadlineSetInCapitalsTakesTheDeclaredTitlesCasing() {
    String html = "<html><head><title>Talks go on in Geneva | The Courier</title></head><body>"
        + "<h1>TALKS GO ON IN GENEVA</h1><p>" + PARAGRAPH + "</p></body></html>";
    assertEquals("Talks go on in Geneva", html(html, null).title());
    // a title declared in capitals too, or a headline in mixed case, stays as the page shows it
    assertEquals("TALKS GO ON IN GENEVA", html(html.replace("Talks go on in Geneva |", "TALKS GO ON IN GENEVA |"), null)
        .title());
    assertEquals("Talks Go On in Geneva", html(html.replace("<h1>TALKS GO ON IN GENEVA", "<h1>Talks Go On in Geneva"),
        null).title());
    assertEquals("NATO", HtmlMetadataReader.declaredCasing("NATO", java.util.List.of("Nato")), "too short to judge");
  }

  private Article html(String html, String url) {
    return extractor.extract(RawDocument.ofHtml("h", "h", html, url), LineFrequency.NONE);
  }

  @Test
  void aBlogsNameInItsH1IsNotThePostsTitle() {
    // the blog's name is the h1 and the first part of <title>; the post's title is an h2 and the last part
    String page = "<html><head><title>Quiet Harbour &raquo; Blog Archive &raquo; Talks go on next week</title></head>"
        + "<body><h1>Quiet Harbour</h1><h2>Talks go on next week</h2><p>" + PARAGRAPH + "</p>"
        + "<h2>Categories</h2></body></html>";
    assertEquals("Talks go on next week", html(page, "https://quietharbour.de/2024/talks").title());
    // a short name that is mostly the domain's name is the site's too
    String named = page.replace("Quiet Harbour", "Quietharbour Blog");
    assertEquals("Talks go on next week", html(named, "https://quietharbour.de/2024/talks").title());
    // a headline that only begins with the site's name stays
    String news = "<html><head><title>Quietharbour council approves the new flood barrier | Quietharbour</title>"
        + "</head><body><h1>Quietharbour council approves the new flood barrier</h1><p>" + PARAGRAPH + "</p></body></html>";
    assertEquals("Quietharbour council approves the new flood barrier",
        html(news, "https://quietharbour.de/2024/barrier").title());
  }

  @Test
  void aWebArchiveCaptureIsTheArchivedSitesPage() {
    String capture = "https://web.archive.org/web/20190717140047/http://www.quietharbour.de/2019/talks";
    assertEquals("http://www.quietharbour.de/2019/talks", Sites.archived(capture));
    assertEquals("http://www.quietharbour.de/x", Sites.archived("http://archive.org/web/2019id_/http:/www.quietharbour.de/x"));
    assertEquals("https://example.org/a", Sites.archived("https://example.org/a"));
    String page = "<html><head><title>Talks go on next week | Quietharbour</title></head><body><h1>Quietharbour</h1>"
        + "<h2>Talks go on next week</h2><p>" + PARAGRAPH + "</p></body></html>";
    Article a = html(page, capture);
    assertEquals("Talks go on next week", a.title());
    assertEquals("quietharbour.de", a.outlet(), "the archived site, not archive.org");
    assertEquals(java.time.Instant.parse("2019-07-17T14:00:47Z"), a.crawled(), "captured then: published before");
    assertEquals(java.time.Instant.parse("2019-07-18T00:00:00Z"), Sites.captured("https://web.archive.org/web/20190717/http://x.de/"));
    assertNull(Sites.captured("https://web.archive.org/web/2019/http://x.de/"));
    assertNull(Sites.captured("https://x.de/web/20190717140047/"));
  }
}
