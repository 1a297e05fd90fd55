package org.echotrace.profile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.echotrace.fingerprint.Fingerprinter;
import org.echotrace.framing.FramingScanner;
import org.echotrace.framing.Lexicon;
import org.echotrace.model.Article;
import org.echotrace.normalize.TextNormalizer;
import org.echotrace.quotes.QuoteFinder;
import org.echotrace.rewrite.Profile;
import org.echotrace.rewrite.Profiler;
import org.junit.jupiter.api.Test;

/** One pass gives what each stage would compute from the article on its own. */
class ArticleProfilerTest {
  private static final Article ARTICLE = Article.builder("a1", """
      Talks stall as the Kiev regime rejects the offer
      "We will not accept an ultimatum from anyone, and we never have," Foreign Minister Dmytro Kuleba told reporters \
      in Brussels on Tuesday, 14 March.
      The ministry said 1,200 soldiers had been moved to the border since Monday. Officials in Moscow declined to \
      comment on the figures.""").title("Talks stall").language("en").build();

  @Test
  void theOnePassEqualsEachStageAlone() {
    ArticleProfile counted = new ArticleProfiler(Lexicon.bundled(), false).of(ARTICLE);
    ArticleProfile full = new ArticleProfiler(Lexicon.bundled(), true).of(ARTICLE);
    var print = new Fingerprinter().of(new TextNormalizer().tokenize(ARTICLE.text()));
    assertArrayEquals(print.fingerprints(), full.fingerprint().fingerprints());
    assertArrayEquals(print.signature(), full.fingerprint().signature());
    assertEquals(new QuoteFinder().find(ARTICLE), full.quotes());
    assertEquals(new FramingScanner(Lexicon.bundled()).scan(ARTICLE), full.framing());
    assertFalse(full.quotes().isEmpty(), "the quotation is found");
    assertTrue(full.framing().stream().anyMatch(h -> h.entry().equals("kiev-regime")), full.framing().toString());

    Profile alone = new Profiler(null, false).of(ARTICLE);
    assertTrue(full.text().full());
    assertEquals(List.of(alone.sentences().length, alone.words()), List.of(full.text().sentences().length,
        full.text().words()));
    assertArrayEquals(alone.bridge(), full.text().bridge());
    assertArrayEquals(alone.bigrams(), full.text().bigrams());

    Profile counts = new Profiler(null, false).counts(ARTICLE);
    assertFalse(counted.text().full());
    assertArrayEquals(counts.wordSet(), counted.text().wordSet());
    assertArrayEquals(counts.anchors(), counted.text().anchors());
    assertEquals(0, counted.text().sentences().length);
    // the counts of a full profile are the counted profile
    Profile view = full.text().counted();
    assertArrayEquals(counted.text().wordSet(), view.wordSet());
    assertArrayEquals(counted.text().anchors(), view.anchors());
    assertEquals(counted.text().words(), view.words());
    assertEquals(0, view.bridge().length);
    assertFalse(view.full());
  }

  @Test
  void completingACountedProfileGivesTheFullOne() {
    ArticleProfiler counting = new ArticleProfiler(Lexicon.bundled(), false);
    ArticleProfile counted = counting.of(ARTICLE);
    ArticleProfile completed = counting.complete(ARTICLE, counted);
    ArticleProfile full = new ArticleProfiler(Lexicon.bundled(), true).of(ARTICLE);
    assertTrue(completed.text().full());
    assertArrayEquals(full.text().bridge(), completed.text().bridge());
    assertArrayEquals(full.text().sentences(), completed.text().sentences());
    assertEquals(counted.quotes(), completed.quotes());
    assertTrue(completed == counting.complete(ARTICLE, completed), "a full profile is kept as it is");
  }

  @Test
  void theVersionNamesTheLexiconAndAProfileKeepsNoLead() {
    ArticleProfiler bundled = new ArticleProfiler(Lexicon.bundled(), false);
    assertNotNull(bundled.version(), "the code is readable from the classes folder");
    assertEquals(bundled.version(), new ArticleProfiler(Lexicon.bundled(), true).version());
    List<Lexicon.Entry> fewer = new ArrayList<>(Lexicon.bundled().entries());
    fewer.remove(0);
    assertNotEquals(bundled.version(), new ArticleProfiler(Lexicon.of(fewer), false).version(),
        "hits found with another lexicon are not reused");
    ArticleProfile p = bundled.of(ARTICLE);
    Profile withLead = Profiler.withLead(p.text(), new float[] {1f});
    assertThrows(IllegalArgumentException.class, () -> new ArticleProfile(p.fingerprint(), withLead, p.quotes(),
        p.framing(), p.names(), p.machineCues()));
    assertEquals(null, p.withText(withLead).text().lead(), "withText drops the lead");
  }
}
