package org.echotrace.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.echotrace.model.Article;
import org.echotrace.model.Published.Confidence;
import org.echotrace.model.RawDocument;
import org.junit.jupiter.api.Test;

/** Publication dates from every place a page states one, impossible ones rejected, with a confidence (issue 11). */
class PublicationDatesTest {
  private final ArticleExtractor extractor = new ArticleExtractor();

  private static final String BODY = "<p>The council voted on Tuesday to close the old bridge to cars after engineers"
      + " found cracks in two of its piers, a decision that will send traffic on a long detour.</p>"
      + "<p>Residents said the detour would add twenty minutes to the school run and asked for a shuttle bus.</p>";

  private Article html(String head, String body, String url, Instant crawled) {
    String page = "<html><head>" + head + "</head><body>" + body + "</body></html>";
    return extractor.extract(RawDocument.ofHtml("p", "p", page, url).withCrawled(crawled), LineFrequency.NONE);
  }

  @Test
  void jsonLdPublicationDateIsHighAndKeepsItsZone() {
    Article a = html("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Bridge closes\","
        + "\"datePublished\":\"2024-05-03T08:15:00+02:00\",\"dateModified\":\"2024-05-04T10:00:00+02:00\"}</script>",
        "<article><h1>Bridge closes</h1>" + BODY + "</article>", null, null);
    assertEquals("2024-05-03T08:15:00+02:00", a.publishedIso());
    assertEquals("json-ld datePublished", a.published().source());
    assertEquals(Confidence.HIGH, a.published().confidence());
    assertEquals("2024-05-04T10:00:00+02:00", a.modified().iso());
  }

  @Test
  void datesInTitleAttributesOfMicrodataAndHAtomAreRead() {
    // microdata with the date in an abbr's title and only the time as its text
    Article a = html("", "<article><h1>Bridge closes</h1><abbr class=\"published\" itemprop=\"datePublished\" "
        + "title=\"2018-06-05T08:00:00-07:00\">08:00</abbr>" + BODY + "</article>", null, null);
    assertEquals("2018-06-05T08:00:00-07:00", a.publishedIso());
    assertEquals("meta itemprop datePublished", a.published().source());
    // hAtom's empty span: "updated" is the last change, which stands in for the publication only at low confidence
    Article b = html("", "<article><h1>Bridge closes</h1><span class=\"updated\" title=\"2013-04-04T18:52:11+00:00\">"
        + "</span>" + BODY + "</article>", null, null);
    assertEquals("2013-04-04T18:52:11Z", b.modified().iso());
    assertEquals("2013-04-04", b.published().date().toString());
    assertEquals(Confidence.LOW, b.published().confidence());
    // a title that is no date is passed over for the text
    Article c = html("", "<article><h1>Bridge closes</h1><span itemprop=\"datePublished\" title=\"Publication date\">"
        + "3 May 2024</span>" + BODY + "</article>", null, null);
    assertEquals("2024-05-03", c.publishedIso());
  }

  @Test
  void scriptDataCopyrightStampsAndLabelsInTheirOwnBlockAreLastResorts() {
    // a shop's state names the publication; a visible date of the text still wins over it
    String state = "<script>var meta = {\"product\":{\"published_at\":\"2019-03-02T06:22:28+01:00\"}};</script>";
    Article a = html("", "<article><h1>Bridge closes</h1>" + BODY + "</article>" + state, null, null);
    assertEquals("2019-03-02", a.published().date().toString());
    assertEquals("script", a.published().source());
    assertEquals(Confidence.LOW, a.published().confidence());
    // every key of the shipped table is read, JSON escaped inside a string or not
    for (String[] row : org.echotrace.internal.ResourceTable.rows("/org/echotrace/extract/script-date-keys.tsv", 2)) {
      for (String q : new String[] {"\"", "\\\""}) {
        String script = "<script>window.__STATE__ = {" + q + row[0] + q + ": " + q + "2019-03-02T06:22:28Z" + q + "};</script>";
        Article k = html("", "<article><h1>Bridge closes</h1>" + BODY + "</article>" + script, null, null);
        assertEquals("2019-03-02", k.published().date().toString(), row[0] + " quoted with " + q);
      }
    }
    // a feed in the scripts names three days: they are other items' dates
    String feed = "<script>x={\"items\":[{\"publishedAt\":\"2019-03-02\"},{\"publishedAt\":\"2019-03-05\"},"
        + "{\"publishedAt\":\"2019-03-09\"}]}</script>";
    assertNull(html("", "<article><h1>Bridge closes</h1>" + BODY + "</article>" + feed, null, null).published());
    // a full date in the copyright line is when the page was printed: its last change, and a weak publication date
    Article c = html("", "<article><h1>Bridge closes</h1>" + BODY + "</article><footer><p>Copyright © 19.12.2019 - "
        + "12:14 h by Example GmbH</p></footer>", null, null);
    assertEquals("2019-12-19", c.published().date().toString());
    assertEquals(Confidence.LOW, c.published().confidence());
    assertEquals("2019-12-19", c.modified().date().toString());
    assertNull(html("", "<article><h1>Bridge closes</h1>" + BODY + "</article><footer><p>© 2019 Example GmbH</p>"
        + "</footer>", null, null).published(), "a copyright year is no date");
    // <dt>Published</dt><dd>date</dd>: the label stands in the block before the date
    Article d = html("", "<article><h1>Bridge closes</h1><dl><dt>Mise en ligne</dt><dd>23 mai 2019</dd></dl>" + BODY
        + "<p>Le pont a rouvert le 2 juin 2019.</p></article>", null, null);
    assertEquals("2019-05-23", d.published().date().toString());
    Article e = html("", "<article><h1>Bridge closes</h1><dl><dt>Mis à jour</dt><dd>23 mai 2019</dd></dl>" + BODY
        + "</article>", null, null);
    assertEquals("2019-05-23", e.modified().date().toString());
  }

  @Test
  void aUtcInstantIsShownOnTheClockOfTheSitesCountry() {
    String ld = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Bridge closes\","
        + "\"datePublished\":\"2022-05-04T00:25:56Z\",\"dateModified\":\"2022-11-21T12:19:42Z\"}</script>";
    String body = "<article><h1>Bridge closes</h1>" + BODY + "</article>";
    // Argentina has one offset: its readers saw the story on the 3rd; the instant is the same
    Article ar = html(ld, body, "https://www.example.com.ar/news/bridge", null);
    assertEquals("2022-05-03T21:25:56-03:00", ar.publishedIso());
    assertEquals(java.time.Instant.parse("2022-05-04T00:25:56Z"),
        java.time.OffsetDateTime.parse(ar.publishedIso()).toInstant());
    // each date on the clock of its own instant: summer and winter time in Germany
    Article de = html(ld, body, "https://example.de/bridge", null);
    assertEquals("2022-05-04T02:25:56+02:00", de.publishedIso());
    assertEquals("2022-11-21T13:19:42+01:00", de.modified().iso());
    // a generic domain, a generic-use country domain and a country of several offsets say nothing
    for (String url : new String[] {"https://example.com/bridge", "https://example.io/bridge", "https://example.us/b"}) {
      assertEquals("2022-05-04T00:25:56Z", html(ld, body, url, null).publishedIso(), url);
    }
  }

  @Test
  void anAsideNamedAsThePostsMetaHoldsItsDateButOtherAsidesDoNot() {
    Article a = html("", "<article><h1>Bridge closes</h1><aside class=\"meta\"><p class=\"meta__content\">"
        + "<time datetime=\"2022-01-21\">21.01.2022 - 13:30</time></p></aside>" + BODY + "</article>", null, null);
    assertEquals("2022-01-21", a.published().date().toString());
    Article b = html("", "<article><h1>Bridge closes</h1><aside class=\"sidebar\"><p>Most read</p>"
        + "<time datetime=\"2022-01-21\">21.01.2022 - 13:30</time></aside>" + BODY + "</article>", null, null);
    assertNull(b.published());
  }

  @Test
  void anHAtomValueWrittenAsTextAndAWikisLastEditedFooter() {
    Article a = html("<title>Results, 19.5.2007</title>", "<article><h1>Results</h1><p>by Jane Doe | "
        + "<span class=\"published\">20. Mai 2007</span></p>" + BODY + "</article>", null, null);
    assertEquals("2007-05-20", a.publishedIso());
    assertEquals("hatom published", a.published().source());
    // a wiki states only its last change, in the footer; the event the page announces is no publication date
    Article b = html("", "<div id=\"content\"><h1>Meetup</h1>" + BODY + "<p>The next meetup is on 5 February 2020 at "
        + "7 pm.</p></div><div id=\"footer\"><ul><li>This page was last edited on 29 January 2020, at 13:22.</li>"
        + "</ul></div>", null, null);
    assertEquals("2020-01-29", b.published().date().toString());
    assertEquals(Confidence.LOW, b.published().confidence());
    assertEquals("2020-01-29", b.modified().date().toString());
  }

  @Test
  void aTwoDigitYearIsReadOnlyAloneInABlockNamedAsADate() {
    Article a = html("", "<article><h1>Bridge closes</h1><div class=\"uploaded-date\"> 23.09.22 </div>" + BODY
        + "</article>", null, null);
    assertEquals("2022-09-23", a.publishedIso());
    assertEquals("1998-05-12", HtmlDates.shortYear("12.05.98").orElseThrow().published().date().toString());
    assertEquals(java.util.Optional.empty(), HtmlDates.shortYear("Version 1.2.23 released"));
    assertEquals(java.util.Optional.empty(), HtmlDates.shortYear("31.02.22"), "no such day");
    Article b = html("", "<article><h1>Bridge closes</h1><div class=\"score\">23.09.22</div>" + BODY + "</article>",
        null, null);
    assertNull(b.published(), "a block that does not name a date");
  }

  @Test
  void epochDefaultIsNoDateAndTheBylineDecides() {
    Article a = html("<meta property=\"article:published_time\" content=\"1970-01-01T00:00:00Z\">",
        "<article><h1>Bridge closes</h1><div class=\"byline\">By Jane Doe, 3 May 2024</div>" + BODY + "</article>",
        null, null);
    assertEquals("2024-05-03", a.publishedIso());
    assertEquals("text", a.published().sourceKind());
    assertEquals(Confidence.MEDIUM, a.published().confidence());
  }

  @Test
  void theMastheadsTodayIsNotThePublicationDate() {
    // the template prints the day of the visit above the headline; the article's own date stands under it
    Article a = html("", "<div class=\"top-bar\">Sunday 11 Jan 2026</div><div><h1>Bridge closes</h1>"
        + "<p class=\"meta\">Published 28 August 2025</p>" + BODY + "</div>", null,
        Instant.parse("2026-01-11T09:00:00Z"));
    assertEquals("2025-08-28", a.publishedIso());
  }

  @Test
  void aDateAfterTheCrawlIsImpossible() {
    Article a = html("<meta property=\"article:published_time\" content=\"2030-01-01T00:00:00Z\">",
        "<article><h1>Bridge closes</h1>" + BODY + "</article>", "https://example.org/2024/05/03/bridge",
        Instant.parse("2024-06-01T00:00:00Z"));
    assertEquals("2024-05-03", a.publishedIso());
    assertEquals("url", a.published().source());
  }

  @Test
  void anUpdateLabelDatesTheChangeNotThePublication() {
    Article a = html("", "<article><h1>Bridge closes</h1><p class=\"dates\">Published 3 May 2024</p>"
        + "<p class=\"dates\">Updated 5 May 2024</p>" + BODY + "</article>", null, null);
    assertEquals("2024-05-03", a.publishedIso());
    assertEquals("2024-05-05", a.modified().iso());
  }

  @Test
  void otherStoriesDatesAndCopyrightYearsAreSkipped() {
    Article a = html("", "<article><h1>Bridge closes</h1>" + BODY
        + "<article class=\"card\"><h2>Other story</h2><span class=\"date\">1 April 2024</span></article>"
        + "<p>© 12.04.2024 The Courier</p></article>", null, null);
    // the other story's date is never taken; the copyright line's date is only the page's last change, a weak guess
    assertEquals("2024-04-12", a.published().date().toString());
    assertEquals("copyright", a.published().source());
    assertEquals(Confidence.LOW, a.published().confidence());
  }

  @Test
  void twoSourcesOnTheSameDayRaiseTheConfidence() {
    Article a = html("", "<article><h1>Bridge closes</h1><p class=\"meta\">3 May 2024</p>" + BODY + "</article>",
        "https://example.org/2024/05/03/bridge", null);
    assertEquals("2024-05-03", a.publishedIso());
    assertEquals(Confidence.HIGH, a.published().confidence());
  }

  @Test
  void onlyALastChangeGivesALowGuess() {
    Article a = html("", "<div><h1>Stammtisch</h1>" + BODY
        + "<p>Diese Seite wurde zuletzt am 29. Januar 2020 um 13:22 Uhr geändert.</p></div>", null, null);
    assertEquals("2020-01-29T13:22:00", a.publishedIso());
    assertEquals(Confidence.LOW, a.published().confidence());
  }

  @Test
  void aTextPageHeaderDateAndTheInputsDeclaredDate() {
    String text = "Bridge closes after cracks found\nBy Jane Doe\n3 May 2024 09:12 BST\n"
        + "The council voted on Tuesday to close the old bridge to cars after engineers found cracks in its piers.\n";
    Article a = extractor.extract(RawDocument.ofText("t", "t", text), LineFrequency.NONE);
    assertEquals("2024-05-03T09:12:00+01:00", a.publishedIso());
    Article declared = extractor.extract(new RawDocument("t", "t", RawDocument.Format.TEXT, text, null, "2024-05-02",
        null, null), LineFrequency.NONE);
    assertEquals("2024-05-02", declared.publishedIso());
    assertEquals("input", declared.published().source());
    assertEquals(Confidence.HIGH, declared.published().confidence());
  }
}
