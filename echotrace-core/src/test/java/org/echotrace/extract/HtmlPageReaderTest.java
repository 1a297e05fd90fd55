package org.echotrace.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.echotrace.model.Article;
import org.echotrace.model.RawDocument;
import org.junit.jupiter.api.Test;

/** A news page written for this test: furniture around the article, metadata in JSON-LD and meta tags. */
class HtmlPageReaderTest {
  private static final String PAGE = """
      <!doctype html><html lang="en-GB"><head>
      <title>Port strike halts container traffic | The Harbour Times</title>
      <meta property="og:title" content="Port strike halts container traffic | The Harbour Times">
      <meta property="og:site_name" content="The Harbour Times">
      <meta name="author" content="Eleanor Pike">
      <link rel="canonical" href="https://harbourtimes.example/2025/04/15/port-strike">
      <meta name="syndication-source" content="https://wire.example/story/123">
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
        "headline":"Port strike halts container traffic","datePublished":"2025-04-15T09:12:00+01:00",
        "dateModified":"2025-04-15T11:00:00+01:00","author":{"@type":"Person","name":"Eleanor Pike"}}</script>
      <style>p{color:red}</style></head>
      <body>
      <header><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></header>
      <nav><ul><li><a href="/a">Business</a></li><li><a href="/b">Weather</a></li></ul></nav>
      <div class="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>
      <main><article>
        <h1>Port strike halts container traffic</h1>
        <p class="byline">By Eleanor Pike</p>
        <figure><img src="x.jpg"><figcaption>Pickets at the north gate on Tuesday. Photo: Sam Okoro</figcaption></figure>
        <p>Hundreds of dockworkers at the Port of Carrow walked off the job at six o'clock on Tuesday morning,
           beginning a 72-hour strike that has halted container traffic.</p>
        <h2>Talks on Wednesday</h2>
        <p>Union leaders said talks with the operators would resume on Wednesday, but warned that the dispute could
           last for weeks if the company did not withdraw its new rota.</p>
        <p>READ MORE: <a href="/harbour-master">Harbour master warns of silting in the outer channel</a></p>
        <ul><li>Four vessels at anchor in the bay</li><li>Two ferries delayed by an hour</li></ul>
        <p>Shipping companies have begun diverting vessels to other harbours along the coast, the port authority
           said in a statement on Tuesday evening.</p>
        <div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
      </article></main>
      <aside class="related"><h3>Related stories</h3><ul><li><a href="/c">Fishmonger hangs up his apron</a></li>
        <li><a href="/d">Rowing crew qualifies for national final</a></li></ul></aside>
      <footer><p>© 2025 Harbour Times Media Ltd. All rights reserved.</p></footer>
      <script>var tracking = "Hundreds of dockworkers";</script>
      </body></html>
      """;

  private final ArticleExtractor extractor = new ArticleExtractor();

  private Article article() {
    return extractor.extract(RawDocument.ofHtml("p.html", "p.html", PAGE, "https://harbourtimes.example/port"),
        LineFrequency.NONE);
  }

  @Test
  void mainTextWithoutFurniture() {
    Article a = article();
    String text = a.text();
    assertTrue(text.startsWith("Hundreds of dockworkers at the Port of Carrow"), text);
    assertTrue(text.contains("Talks on Wednesday"), "subheadings inside the article stay: " + text);
    assertTrue(text.contains("Four vessels at anchor in the bay"), "lists inside the article stay: " + text);
    assertTrue(text.endsWith("said in a statement on Tuesday evening."), text);
    for (String furniture : List.of("Home", "Business", "cookies", "Pickets at the north gate", "READ MORE",
        "Share on Facebook", "Related stories", "Fishmonger", "All rights reserved", "tracking", "By Eleanor Pike")) {
      assertFalse(text.contains(furniture), "'" + furniture + "' must not be in: " + text);
    }
    // paragraph, subheading, paragraph, two list items, paragraph: one block each
    assertEquals(6, text.split("\n\n").length, "paragraph boundaries kept: " + text);
  }

  @Test
  void declaredMetadata() {
    Article a = article();
    assertEquals("Port strike halts container traffic", a.title());
    assertEquals("2025-04-15T09:12:00+01:00", a.publishedIso());
    assertEquals("json-ld datePublished", a.published().source());
    assertEquals("2025-04-15T11:00:00+01:00", a.modified().iso());
    assertEquals("Eleanor Pike", a.author());
    assertEquals("The Harbour Times", a.outlet());
    assertEquals("en", a.language());
    assertEquals("https://harbourtimes.example/2025/04/15/port-strike", a.canonicalUrl());
    assertEquals(List.of("https://wire.example/story/123"), a.sourceLinks());
  }

  @Test
  void brokenAndEmptyHtmlDoNotFail() {
    Article broken = extractor.extract(RawDocument.ofHtml("b", "b",
        "<html><body><div><p>Unclosed paragraph with enough words to be read as a sentence of the body text.<div>",
        null), LineFrequency.NONE);
    assertTrue(broken.text().contains("Unclosed paragraph"), broken.text());
    assertEquals("", extractor.extract(RawDocument.ofHtml("e", "e", "", null), LineFrequency.NONE).text());
  }

  @Test
  void siteNamesAreCutFromDeclaredTitles() {
    assertEquals("Headline here", HtmlMetadataReader.cleanTitle("Headline here | Example News", "Example News", null));
    assertEquals("Headline here", HtmlMetadataReader.cleanTitle("Headline here - example.org", null, "example.org"));
    assertEquals("Headline here", HtmlMetadataReader.cleanTitle("Headline here › Blog", null, null));
  }

  private String text(String body) {
    String html = "<!doctype html><html><head><title>Quarry plan</title></head><body>" + body + "</body></html>";
    return extractor.extract(RawDocument.ofHtml("t.html", "t.html", html, null), LineFrequency.NONE).text();
  }

  private static final String ARTICLE = """
      <p>The district council approved the quarry extension on Monday evening after a debate that lasted four hours.</p>
      <p>Residents of the valley had collected more than two thousand signatures against the plan since March.</p>
      """;

  @Test
  void aTeaserListOfLinkedHeadlinesWithExcerptsGoesWithItsHeading() {
    // a box without a telling class: headlines linked, each followed by a sentence of excerpt
    String text = text("<div class=\"box\">" + ARTICLE + "<div class=\"x1\"><h6>More on this</h6>"
        + "<p><a href=\"/a\">Gravel lorries</a> Villagers count the trucks that pass their school every morning.</p>"
        + "<p><a href=\"/b\">Council vote</a> How each councillor voted on the extension and what they said.</p>"
        + "<p><a href=\"/c\">Dust readings</a> The figures the operator published last year, explained.</p></div>"
        + "<p>The operator said work on the new section would begin in the autumn and last about three years.</p></div>");
    assertTrue(text.contains("approved the quarry extension"), text);
    assertTrue(text.contains("would begin in the autumn"), "the article goes on after the box: " + text);
    assertFalse(text.contains("Villagers count the trucks"), "teaser: " + text);
    assertFalse(text.contains("More on this"), "the teaser list's heading: " + text);
  }

  @Test
  void aGridOfTeaserCardsGoesWithItsHeadingWhateverItsClassSays() {
    String card = "<div class=\"c\"><a href=\"/%s\"><h3>%s</h3></a><p>%s</p></div>";
    String text = text("<article><h1>Quarry plan approved</h1>" + ARTICLE + "</article><section class=\"s1\"><h2>Read next</h2>"
        + "<div class=\"g\">" + card.formatted("a", "Gravel lorries", "Villagers have counted the trucks that pass their school"
        + " every single morning since the spring.") + card.formatted("b", "Council vote", "How each of the councillors voted on"
        + " the extension and what they said in the chamber.") + card.formatted("c", "Dust readings", "The figures that the"
        + " operator published last year, explained in plain words for readers.") + "</div></section>");
    assertTrue(text.contains("approved the quarry extension"), text);
    assertFalse(text.contains("Villagers have counted"), "teaser card: " + text);
    assertFalse(text.contains("Read next"), "the grid's heading: " + text);
  }

  @Test
  void sectionsWithLinkedHeadingsAndLongTextAreNotAGrid() {
    StringBuilder sections = new StringBuilder();
    for (String who : new String[] {"residents", "engineers", "operator"}) {
      sections.append("<div class=\"c\"><h3><a href=\"/").append(who).append("\">About the ").append(who)
          .append("</a></h3><p>").append(("The " + who + " spoke to the council over four long hours of debate on the"
              + " extension of the quarry. ").repeat(9)).append("</p></div>");
    }
    // enough text beside the sections that the strict pass is kept, not its gentle fallback
    String intro = "<p>" + "The district council approved the quarry extension after a long debate on Monday. ".repeat(40)
        + "</p>";
    String text = text("<article><h1>Quarry plan approved</h1>" + intro + "<div class=\"g\">" + sections
        + "</div></article>");
    for (String who : new String[] {"residents", "engineers", "operator"}) {
      assertTrue(text.contains("The " + who + " spoke to the council"), who + ": " + text);
    }
  }

  @Test
  void aPaywalledPageGivesTheTextItDeclaresForMachinesAfterItsStandfirst() {
    String declared = "The district council approved the quarry extension on Monday evening after four hours.\\n"
        + "Residents had collected more than two thousand signatures against the plan since March. ".repeat(8);
    String text = declaring(declared, "<p>A valley divided: what the vote means for the villages along the river this"
        + " year.</p><p>Subscribe to read the whole article.</p>");
    assertTrue(text.startsWith("A valley divided"), "the standfirst first: " + text);
    assertTrue(text.contains("after four hours.\n\nResidents had collected"), "declared paragraphs: " + text);
    assertFalse(text.contains("Subscribe"), text);
  }

  @Test
  void aDeclaredBodyNoLongerThanThePageIsNotUsed() {
    String text = declaring("The council approved it.", ARTICLE);
    assertTrue(text.contains("two thousand signatures"), text);
  }

  /** The text of an article page that declares {@code articleBody} in JSON-LD and shows {@code shown} under its h1. */
  private String declaring(String articleBody, String shown) {
    String html = "<!doctype html><html><head><title>Quarry plan</title><script type=\"application/ld+json\">"
        + "{\"@type\":\"NewsArticle\",\"headline\":\"Quarry plan approved\",\"articleBody\":\"" + articleBody
        + "\"}</script></head><body><article><h1>Quarry plan approved</h1>" + shown + "</article></body></html>";
    return extractor.extract(RawDocument.ofHtml("t.html", "t.html", html, null), LineFrequency.NONE).text();
  }

  @Test
  void oneParagraphOpeningWithALinkIsText() {
    String text = text("<div class=\"box\">" + ARTICLE
        + "<p><a href=\"/report\">The inspectors' report</a> found that dust levels had stayed within limits.</p>"
        + "<p>The operator said work on the new section would begin in the autumn and last about three years.</p></div>");
    assertTrue(text.contains("found that dust levels had stayed within limits"), text);
  }

  @Test
  void commentSectionAndAuthorBoxAfterTheArticleAreDropped() {
    String text = text("<div id=\"content\"><div class=\"entry-content\">" + ARTICLE + "</div>"
        + "<div class=\"author-box\"><p>Jane Roe has reported on planning and local government for the paper since"
        + " 2009 and lives in the valley with her two dogs.</p></div>"
        + "<div id=\"comments\" class=\"comments-area\"><ol class=\"comment-list\"><li><div class=\"comment-content\">"
        + "<p>I have lived next to that quarry for twenty years and the dust has never been as bad as this.</p>"
        + "</div></li></ol></div></div>");
    assertTrue(text.contains("approved the quarry extension"), text);
    assertTrue(text.contains("two thousand signatures"), text);
    assertFalse(text.contains("Jane Roe has reported"), "author box: " + text);
    assertFalse(text.contains("the dust has never been"), "comment: " + text);
  }

  @Test
  void aShortBylineInTheArticleIsKeptForTheClassifierButNotAsText() {
    String text = text("<article><h1>Quarry plan approved</h1><div class=\"byline\">By Jane Roe</div>" + ARTICLE
        + "</article>");
    assertTrue(text.startsWith("The district council approved"), text);
  }

  @Test
  void aClassTokenThatNamesTheContentWinsOverOneThatNamesALayout() {
    String text = text("<div class=\"content-sidebar-wrap\"><div class=\"post-content has-sidebar\">" + ARTICLE
        + "</div><div class=\"sidebar widget_text\"><p>Our newsroom has covered the valley for more than a century,"
        + " from the mills to the motorway.</p></div></div>");
    assertTrue(text.contains("approved the quarry extension"), text);
    assertFalse(text.contains("Our newsroom has covered"), "sidebar: " + text);
  }

  @Test
  void aShortArticleInAnAsideKeepsItsTextButNotTheCommentsAroundIt() {
    // the strict pass drops the <aside> that holds the article; the gentle pass keeps it and still drops the comments
    String text = text("<aside class=\"story\">" + ARTICLE + "</aside>"
        + "<section class=\"comments\"><p>I have lived next to that quarry for twenty years and the dust has never"
        + " been as bad as this summer, with the trucks starting at five in the morning.</p>"
        + "<p>The council never listens to the people who live here; the vote was decided before the meeting"
        + " started and everyone in the room knew it.</p>"
        + "<p>Two thousand signatures and not one councillor changed their mind, which tells you all you need to"
        + " know about local democracy in this district.</p></section>");
    assertTrue(text.contains("approved the quarry extension"), text);
    assertFalse(text.contains("the dust has never been"), "comment: " + text);
  }

  @Test
  void theGentlePassStillDropsFurnitureInsideItsMainBlock() {
    // the article lies in an <aside>, so the strict pass loses it and the gentle pass is kept; inside the block it
    // chose, a box whose class names furniture still goes (its words alone would not tell)
    String text = text("<aside class=\"story\">" + ARTICLE
        + "<p>The operator said work on the new section would begin in the autumn and last about three years,"
        + " with blasting limited to weekday afternoons.</p>"
        + "<div class=\"author-bio\"><p>Arnold Vey has covered the valley and its villages for the paper since"
        + " the old mill closed.</p></div></aside>");
    assertTrue(text.contains("approved the quarry extension"), text);
    assertTrue(text.contains("blasting limited to weekday afternoons"), text);
    assertFalse(text.contains("covered the valley"), "author box: " + text);
  }

  @Test
  void aHeadingThatEndsTheTextIntroducedFurnitureAndGoesWithIt() {
    String text = text("<article><h1>Quarry plan</h1>" + ARTICLE + "<h3>Keep exploring the valley</h3>"
        + "<div class=\"related-posts\"><a href=\"/a\">Gravel lorries</a></div></article>");
    assertTrue(text.contains("approved the quarry extension"), text);
    assertFalse(text.contains("Keep exploring"), "a heading with nothing after it: " + text);
    String inside = text("<article><h1>Quarry plan</h1>" + ARTICLE + "<h3>What comes next</h3>"
        + "<p>The operator said work on the new section would begin in the autumn and last about three years.</p>"
        + "</article>");
    assertTrue(inside.contains("What comes next"), "a heading with its section after it stays: " + inside);
  }

  @Test
  void tokensAreJudgedOneByOne() {
    assertEquals(BlockHints.Kind.COMMENTS, BlockHints.of(element("<div class=\"comment-content\"></div>")));
    assertEquals(BlockHints.Kind.NONE, BlockHints.of(element("<div class=\"entry-content has-sidebar\"></div>")));
    assertEquals(BlockHints.Kind.NONE, BlockHints.of(element("<div class=\"elementor-widget-container\"></div>")));
    assertEquals(BlockHints.Kind.NONE, BlockHints.of(element("<div class=\"shared-article-renderer\"></div>")));
    assertEquals(BlockHints.Kind.FURNITURE, BlockHints.of(element("<div class=\"sharedaddy sd-sharing\"></div>")));
    assertEquals(BlockHints.Kind.FURNITURE, BlockHints.of(element("<div role=\"complementary\"></div>")));
    assertEquals(BlockHints.Kind.CREDITS, BlockHints.of(element("<div class=\"entry-meta\"></div>")));
    assertEquals(BlockHints.Kind.NONE, BlockHints.of(element("<div class=\"section--has-ads\"></div>")));
  }

  private static org.jsoup.nodes.Element element(String html) {
    return org.jsoup.Jsoup.parseBodyFragment(html).body().child(0);
  }

  @Test
  void paragraphsInsideACaptionAreCaptions() {
    String text = text("<article>" + ARTICLE + "<div class=\"wp-caption\"><img src=\"q.jpg\">"
        + "<p class=\"wp-caption-text\">The quarry seen from the ridge above the village on a clear morning in May.</p>"
        + "</div><figure><figcaption><p>Trucks queue at the gate of the quarry before the morning shift starts.</p>"
        + "</figcaption></figure></article>");
    assertTrue(text.contains("two thousand signatures"), text);
    assertFalse(text.contains("seen from the ridge"), "wp-caption-text: " + text);
    assertFalse(text.contains("Trucks queue"), "figcaption: " + text);
  }

  @Test
  void aPageClassThatMentionsCaptionsDoesNotMakeTheArticleACaption() {
    // WordPress themes put layout switches on <body>: "mh-loop-hide-caption" names no caption
    String html = "<html><head><title>Quarry plan</title></head><body class=\"single mh-loop-hide-caption\">"
        + "<div class=\"entry-content\"><h1>Quarry plan approved</h1>" + ARTICLE + "</div></body></html>";
    String text = extractor.extract(RawDocument.ofHtml("t.html", "t.html", html, null), LineFrequency.NONE).text();
    assertTrue(text.contains("approved the quarry extension"), text);
    assertTrue(text.contains("two thousand signatures"), text);
  }

  @Test
  void aHeadingWithNothingKeptUnderItIsDropped() {
    String text = text("<article><h1>Quarry plan approved</h1>" + ARTICLE
        + "<h2>The vote</h2><p>Seven councillors voted for the extension and four against, with one abstention.</p>"
        + "<h2>Elsewhere in the valley</h2><ul><li><a href=\"/a\">Flood warning for the valley</a></li>"
        + "<li><a href=\"/b\">New bus timetable from June</a></li></ul></article>");
    assertTrue(text.contains("The vote"), text);
    assertTrue(text.contains("Seven councillors"), text);
    assertFalse(text.contains("Elsewhere in the valley"), text);
  }

  @Test
  void aHowToThatAddressesTheReaderKeepsItsParagraphs() {
    String text = text("<article><h1>How to keep hydrangeas</h1>"
        + "<p>Hydrangeas grow in most gardens of the valley and flower from June until the first frost.</p>"
        + "<p>When you plant them in a pot, make sure the bottom of your container has holes so that water drains.</p>"
        + "<p>You should water them every morning in summer, and you can cut the dry flowers in early spring.</p>"
        + "</article>");
    assertTrue(text.contains("bottom of your container"), text);
    assertTrue(text.contains("water them every morning"), text);
  }

  @Test
  void aClosingParagraphAfterAnInlineLinkStaysInTheArticle() {
    String text = text("<article><h1>Quarry plan approved</h1>" + ARTICLE
        + "<p><a href=\"/q\">Read more: the history of the quarry</a></p>"
        + "<p>The operator said work on the extension would begin in the autumn and last about three years.</p>"
        + "</article>");
    assertTrue(text.contains("would begin in the autumn"), text);
    assertFalse(text.contains("Read more"), text);
  }

  @Test
  void onAPageWithADeclaredTitleASubheadingIsNotTakenForTheTitle() {
    String html = "<html><head><meta property=\"og:title\" content=\"Council backs quarry extension\"></head><body>"
        + "<article><h2>Four hours of debate in the town hall</h2>" + ARTICLE + "</article></body></html>";
    String text = extractor.extract(RawDocument.ofHtml("t.html", "t.html", html, null), LineFrequency.NONE).text();
    assertTrue(text.startsWith("Four hours of debate in the town hall"), text);
  }

  @Test
  void bylineLabelsGluedToTheNameAreCut() {
    for (String byline : List.of("<span>Geschrieben von</span><span>Jane Roe</span>", "<b>Author</b>Jane Roe",
        "~ Jane Roe", "Jane Roe am")) {
      String html = "<html><body><div class=\"sidebar-author\"><span class=\"author\">Somebody Else</span></div>"
          + "<article><p class=\"byline\"><span itemprop=\"author\">" + byline + "</span></p>" + ARTICLE
          + "</article></body></html>";
      Article a = extractor.extract(RawDocument.ofHtml("t.html", "t.html", html, null), LineFrequency.NONE);
      assertEquals("Jane Roe", a.author(), byline);
    }
  }

  @Test
  void aBlogsNameInItsFirstH1IsNotTheHeadline() {
    String html = "<html><head><title>Quarry plan approved | Valley Notes</title>"
        + "<meta property=\"og:title\" content=\"Quarry plan approved\"></head><body>"
        + "<header><h1><a href=\"/\">Valley Notes</a></h1></header><article><h1>Quarry plan approved</h1>" + ARTICLE
        + "</article></body></html>";
    Article a = extractor.extract(RawDocument.ofHtml("t.html", "t.html", html, null), LineFrequency.NONE);
    assertEquals("Quarry plan approved", a.title());
  }

  @Test
  void aLineThatIsOnlyATimeOrAReadingTimeIsDropped() {
    for (String stamp : List.of("4 Min Read", "3:59 PM", "21 minutes - 4312 words", "Asked 8 years, 2 months ago",
        "Release Date:")) {
      String text = text("<article><h1>Quarry plan approved</h1><p>" + stamp + "</p>" + ARTICLE + "</article>");
      assertFalse(text.contains(stamp), stamp + ": " + text);
      assertTrue(text.contains("approved the quarry extension"), text);
    }
  }

  @Test
  void aLatestArticlesLabelInTheArticleIsDropped() {
    // "Themen im Artikel" was one site's label: no longer a rule (issue 11)
    for (String label : List.of("Neueste Artikel", "Contenido Relacionado", "Veja Também:", "Zobacz również")) {
      String text = text("<article><h1>Quarry plan approved</h1>" + ARTICLE + "<p>" + label + "</p></article>");
      assertFalse(text.contains(label), label + ": " + text);
      assertTrue(text.contains("approved the quarry extension"), text);
    }
  }

  @Test
  void followAppealsAffiliateDisclosuresAndRightsNoticesAreDropped() {
    for (String line : List.of("Síguenos en Telegram, Instagram, Facebook y Twitter",
        "¡Mira lo que tiene nuestro canal de YouTube!",
        "Alle Angaben ohne Gewähr", "Bei den Verlinkungen handelt es sich um Affiliate-Links.")) {
      String text = text("<article><h1>Quarry plan approved</h1>" + ARTICLE + "<p>" + line + "</p></article>");
      assertFalse(text.contains(line), line + ": " + text);
      assertTrue(text.contains("approved the quarry extension"), text);
    }
  }

  @Test
  void loginWallsAndAppOrMembershipAppealsAreDropped() {
    for (String line : List.of("Sie sind aktuell nicht eingeloggt.",
        "For the latest stories download our apps for iOS and Android.", "Unterstütze unsere Redaktion")) {
      // one-site appeals ("Hazte miembro", "subskrypcji", "Materiał chroniony prawem") are no longer rules (issue 11)
      String text = text("<article><h1>Quarry plan approved</h1>" + ARTICLE + "<p>" + line + "</p></article>");
      assertFalse(text.contains(line), line + ": " + text);
      assertTrue(text.contains("approved the quarry extension"), text);
    }
  }

  /** Issue 11: a page that loads its next stories below the article yields the article alone. */
  @Test
  void theNextStoryBelowTheArticleIsNotPartOfIt() {
    String next = "<article><h1>Ferry service resumes</h1>"
        + "<p>The ferry between the two islands resumed service on Friday after the storm damage to the pier was repaired.</p>"
        + "<p>Operators said the summer timetable would apply from next week, with six crossings a day in each direction.</p>"
        + "<p>Passengers who had booked during the closure will be refunded or rebooked at no cost, the company said.</p>"
        + "<p>The harbour master thanked the repair crews, who had worked through two weekends to reopen the pier.</p></article>";
    String long3 = ARTICLE + "<p>The operator must now plant a belt of trees along the road and limit blasting to weekday mornings.</p>"
        + "<p>Opponents said they would take the decision to the regional court before the summer recess begins.</p>";
    String text = text("<main><article><h1>Quarry plan approved</h1>" + long3 + "</article>" + next + "</main>");
    assertTrue(text.contains("approved the quarry extension"), text);
    assertFalse(text.contains("ferry"), text);
    // sections of one article wrapped in <article> under h2 headings stay
    String sections = text("<main><article><h1>Quarry plan approved</h1>" + long3
        + "<article><h2>What comes next</h2><p>The operator has three years to begin work, or the permission lapses,"
        + " and the council will review the noise limits after the first year of blasting at the site.</p>"
        + "<p>Residents can comment on the noise limits at the council's offices or online until the end of May.</p>"
        + "<p>A public meeting on the traffic plan is planned for June in the village hall, the council said.</p>"
        + "<p>The regional court has not yet said when it could hear the appeal against the decision.</p></article></article></main>");
    assertTrue(sections.contains("noise limits"), sections);
  }

  @Test
  void aNextArticleMarkerEndsTheArticle() {
    String text = text("<div><h1>Quarry plan approved</h1>" + ARTICLE + "<p>Next article</p><h2>Ferry service resumes</h2>"
        + "<p>The ferry between the two islands resumed service on Friday after the storm damage to the pier was repaired.</p></div>");
    assertTrue(text.contains("approved the quarry extension"), text);
    assertFalse(text.contains("ferry"), text);
  }
}
