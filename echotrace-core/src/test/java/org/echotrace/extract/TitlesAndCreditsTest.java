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
}
