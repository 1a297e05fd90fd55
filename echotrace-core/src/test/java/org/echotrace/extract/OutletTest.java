package org.echotrace.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.echotrace.model.Article;
import org.echotrace.model.RawDocument;
import org.junit.jupiter.api.Test;

/** Outlets from the site's own name, else the URL's registrable domain; never a section label or a person. */
class OutletTest {
  private final ArticleExtractor extractor = new ArticleExtractor();

  @Test
  void registrableDomainsByThePublicSuffixList() {
    assertEquals("yahoo.com", Sites.registrableDomain("https://ca.news.yahoo.com/x"));
    assertEquals("bbc.co.uk", Sites.registrableDomain("https://www.bbc.co.uk/news/1"));
    assertEquals("jane.blogspot.com", Sites.registrableDomain("http://jane.blogspot.com/2020/01/post.html"));
    assertEquals("news-pravda.com", Sites.registrableDomain("https://italy.news-pravda.com/world/1"));
    assertEquals(null, Sites.registrableDomain("not a url"));
  }

  @Test
  void namesSpelledByTheHost() {
    assertTrue(OutletNames.agrees("The Moscow Times", "themoscowtimes.com"));
    assertTrue(OutletNames.agrees("Süddeutsche Zeitung", "sueddeutsche.de"));
    assertTrue(OutletNames.agrees("BBC News", "bbc.co.uk"));
    assertFalse(OutletNames.agrees("WORLD", "rferl.org"));
    assertFalse(OutletNames.agrees("Dmitrij Peskov", "news.by"));
  }

  @Test
  void aJsonlTextRecordWithAUrlIsNamedForItsSite() {
    // the header's section label and the caption's person are the only names the text gives
    String text = "WORLD\nKremlin says talks go on\nDmitrij Peskov. Photo: Dmitrij Peskov/Reuters\n"
        + "The Kremlin said on Monday that talks with Washington would continue next week despite the new sanctions.\n";
    RawDocument doc = new RawDocument("1", "x.jsonl:1", RawDocument.Format.TEXT, text,
        "https://www.rferl.org/a/kremlin-talks/123.html", null, null, null);
    Article a = extractor.extract(doc, LineFrequency.NONE);
    assertEquals("rferl.org", a.outlet());
  }

  @Test
  void aSectionDeclaredAsTheSiteNameIsNoOutlet() {
    String html = "<html><head><meta property=\"og:site_name\" content=\"Política\">%s</head><body><h1>Talks go on"
        + "</h1><p>The Kremlin said on Monday that talks with Washington would continue next week.</p></body></html>";
    String url = "https://www.correio.com.br/politica/2022/05/5005250-talks.html";
    Article a = extractor.extract(RawDocument.ofHtml("1", "1", html.formatted(""), url), LineFrequency.NONE);
    assertEquals("correio.com.br", a.outlet());
    String publisher = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Talks go on\","
        + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Correio Braziliense\"}}</script>";
    Article b = extractor.extract(RawDocument.ofHtml("2", "2", html.formatted(publisher), url), LineFrequency.NONE);
    assertEquals("Correio Braziliense", b.outlet());
    // the same name where the section is not in the URL is the site's own
    Article c = extractor.extract(RawDocument.ofHtml("3", "3", html.formatted(""), "https://www.correio.com.br/2022/x.html"),
        LineFrequency.NONE);
    assertEquals("Política", c.outlet());
    // a directory named after the site itself is no section
    String own = html.formatted("").replace("Política", "BMFSFJ");
    Article d = extractor.extract(RawDocument.ofHtml("4", "4", own, "https://www.bmfsfj.de/bmfsfj/aktuelles/x.html"),
        LineFrequency.NONE);
    assertEquals("BMFSFJ", d.outlet());
    // a URL that cannot be parsed (a broken escape) names no section: the declared name stands, nothing is thrown
    assertEquals("Política", HtmlMetadataReader.siteName("https://www.x.com.br/%zz/politica/1.html", "Política"));
    assertEquals("Política", HtmlMetadataReader.siteName("not a url %zz", "Política"));
  }

  @Test
  void theSitesOwnNameWins() {
    String html = "<html><head><meta property=\"og:site_name\" content=\"Radio Free Europe\"></head><body><h1>Talks"
        + " go on</h1><p>The Kremlin said on Monday that talks with Washington would continue next week.</p></body></html>";
    Article a = extractor.extract(RawDocument.ofHtml("1", "1", html, "https://www.rferl.org/a/1.html"), LineFrequency.NONE);
    assertEquals("Radio Free Europe", a.outlet());
    Article bare = extractor.extract(RawDocument.ofHtml("2", "2", html.replace("og:site_name", "x"),
        "https://www.rferl.org/a/1.html"), LineFrequency.NONE);
    assertEquals("rferl.org", bare.outlet());
    assertEquals("GAY.CH", ArticleExtractor.withoutTagline("GAY.CH · Alles bleibt anders!", "gay.ch"));
    assertEquals("Radio Free Europe", ArticleExtractor.withoutTagline("Radio Free Europe", "rferl.org"));
  }
}
