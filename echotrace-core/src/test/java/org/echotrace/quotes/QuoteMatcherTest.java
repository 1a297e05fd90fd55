package org.echotrace.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.echotrace.model.Article;
import org.echotrace.model.Origin;
import org.echotrace.model.Passage;
import org.echotrace.model.Published;
import org.echotrace.model.Quote;
import org.echotrace.model.QuoteChange;
import org.echotrace.model.QuoteKind;
import org.echotrace.model.QuoteVariant;
import org.echotrace.model.QuoteVariant.Op;
import org.echotrace.model.Relation;
import org.echotrace.model.RelationKind;
import org.echotrace.model.SentencePair;
import org.junit.jupiter.api.Test;

class QuoteMatcherTest {
  private static final String ORIGIN = "Peskov said: \"We are working for peace with Washington.\" He added that "
      + "\"Europe works for war.\" Lavrov called him \"some new half-Fuhrer\". The spokesman said \"no comment\".";
  private static final String COPY = "Peskov said: \"We are working for peace with Washington.\" Peskov added that "
      + "\"European capitals promote the war.\" Lavrov spoke of a \"new half-Fuhrer\". Zelensky said \"no comment\". "
      + "Macron said \"boots on the ground\".";

  private final List<Quote> quotes = new ArrayList<>();

  private Article article(String id, String text, String date) {
    return Article.builder(id, text).published(date == null ? null : new Published(java.time.LocalDate.parse(date), null, null, "test")).language("en").build();
  }

  private void quote(String article, String text, String all, String speaker) {
    int s = all.indexOf(text);
    quotes.add(new Quote(article, text, s, s + text.length(), QuoteKind.QUOTE, speaker, speaker, -1, -1, "said"));
  }

  private List<QuoteVariant> run(RelationKind kind, Origin origin, List<SentencePair> sentences) {
    quote("a", "We are working for peace with Washington.", ORIGIN, "Dmitry Peskov");
    quote("a", "Europe works for war.", ORIGIN, "Dmitry Peskov");
    quote("a", "some new half-Fuhrer", ORIGIN, "Sergey Lavrov");
    quote("a", "no comment", ORIGIN, "Dmitry Peskov");
    quote("b", "We are working for peace with Washington.", COPY, "Dmitry Peskov");
    quote("b", "European capitals promote the war.", COPY, "Dmitry Peskov");
    quote("b", "new half-Fuhrer", COPY, "Sergei Lavrov");
    quote("b", "no comment", COPY, "Volodymyr Zelensky");
    quote("b", "boots on the ground", COPY, "Emmanuel Macron");
    Relation rel = new Relation("a", "b", kind, origin, 0.8, 0.8, 0.8, List.of(), sentences);
    return new QuoteMatcher(null).match(List.of(article("a", ORIGIN, "2025-04-15"), article("b", COPY, "2025-04-20")),
        List.of(rel), quotes);
  }

  private static SentencePair aligned(String aSentence, String bSentence, double sim) {
    int a = ORIGIN.indexOf(aSentence);
    int b = COPY.indexOf(bSentence);
    return new SentencePair(a, a + aSentence.length(), b, b + bSentence.length(), sim);
  }

  @Test
  void twoDifferentQuotesInAlignedSentencesAreNoRewording() {
    // the sentences were aligned (one subject), but the copy quotes another thing: no word of substance in common
    SentencePair second = aligned("He added that \"Europe works for war.\"",
        "Peskov added that \"European capitals promote the war.\"", 0.81);
    quotes.add(new Quote("a", "Europe works for war.", ORIGIN.indexOf("Europe works"), ORIGIN.indexOf("Europe works") + 21,
        QuoteKind.QUOTE, "Dmitry Peskov", "Dmitry Peskov", -1, -1, "added"));
    int s = COPY.indexOf("European capitals");
    quotes.add(new Quote("b", "nothing to add", s, s + 34, QuoteKind.QUOTE, "Dmitry Peskov", "Dmitry Peskov", -1, -1,
        "added"));
    Relation rel = new Relation("a", "b", RelationKind.PARAPHRASE, new Origin("a", List.of("earlier")), 0.8, 0.8, 0.8,
        List.of(), List.of(second));
    List<QuoteVariant> v = new QuoteMatcher(null).match(List.of(article("a", ORIGIN, "2025-04-15"),
        article("b", COPY, "2025-04-20")), List.of(rel), quotes);
    assertEquals(QuoteChange.ADDED, QuoteMatcher.primary(v).get(1).change(), v.toString());
    assertTrue(QuoteMatcher.sharesContentWord(WordDiff.keys("Europe works for war."),
        WordDiff.keys("European capitals promote the war.")), "a stem in common");
    assertFalse(QuoteMatcher.sharesContentWord(WordDiff.keys("common sense"), WordDiff.keys("fair and reciprocal")));
  }

  @Test
  void labelsEachCopyQuoteAgainstTheOrigin() {
    SentencePair second = aligned("He added that \"Europe works for war.\"",
        "Peskov added that \"European capitals promote the war.\"", 0.81);
    List<QuoteVariant> v = run(RelationKind.PARAPHRASE, new Origin("a", List.of("earlier")), List.of(second));
    Map<Integer, QuoteVariant> byCopy = QuoteMatcher.primary(v);
    assertEquals(QuoteChange.IDENTICAL, byCopy.get(4).change());
    assertEquals(0, byCopy.get(4).originQuote());
    assertEquals(QuoteChange.REWORDED, byCopy.get(5).change(), "in aligned sentences, other words");
    assertEquals(1, byCopy.get(5).originQuote());
    assertEquals(0.81, byCopy.get(5).similarity(), 1e-9);
    assertTrue(byCopy.get(5).diff().stream().anyMatch(e -> e.op() == Op.INSERT && e.words().contains("capitals")));
    assertEquals(QuoteChange.TRIMMED, byCopy.get(6).change(), "a contiguous part, Sergei = Sergey");
    assertEquals(QuoteChange.SPEAKER_CHANGED, byCopy.get(7).change(), "same words, Zelensky instead of Peskov");
    assertEquals(QuoteChange.ADDED, byCopy.get(8).change());
    assertEquals(-1, byCopy.get(8).originQuote());
    assertFalse(v.stream().anyMatch(x -> x.change() == QuoteChange.DROPPED), "every origin quote has a counterpart");
  }

  @Test
  void originQuotesWithoutCounterpartAreDropped() {
    List<QuoteVariant> v = run(RelationKind.PARAPHRASE, new Origin("a", List.of("earlier")), List.of());
    List<QuoteVariant> dropped = v.stream().filter(x -> x.change() == QuoteChange.DROPPED).toList();
    assertEquals(1, dropped.size());
    assertEquals(1, dropped.get(0).originQuote());
    assertEquals(-1, dropped.get(0).copyQuote());
    assertEquals(QuoteChange.ADDED, QuoteMatcher.primary(v).get(5).change());
  }

  /**
   * Issue 15: a scare-quoted "intense" in the origin, and a copy that says "intense discussions" inside another quote,
   * or keeps a quote's words without marks: the quotes survived, so they are not dropped.
   */
  @Test
  void aQuoteWhoseWordsTheCopyKeepsIsNotDropped() {
    String origin = "Russia and the US are in \"intense\" contacts, Peskov said. He said \"the talks go on\".";
    String copy = "\"There are currently intense discussions underway,\" Peskov said. He said the talks go on.";
    quotes.add(new Quote("a", "intense", origin.indexOf("intense"), origin.indexOf("intense") + 7, QuoteKind.QUOTE,
        "Dmitry Peskov", "Peskov", -1, -1, "said"));
    quotes.add(new Quote("a", "the talks go on", origin.indexOf("the talks"), origin.indexOf("the talks") + 15,
        QuoteKind.QUOTE, "Dmitry Peskov", "he", -1, -1, "said"));
    String c = "There are currently intense discussions underway,";
    quotes.add(new Quote("b", c, copy.indexOf(c), copy.indexOf(c) + c.length(), QuoteKind.QUOTE, "Dmitry Peskov",
        "Peskov", -1, -1, "said"));
    Relation rel = new Relation("a", "b", RelationKind.PARAPHRASE, new Origin("a", List.of("earlier")), 0.8, 0.8, 0.8,
        List.of());
    List<QuoteVariant> v = new QuoteMatcher(null).match(List.of(article("a", origin, "2025-04-15"),
        article("b", copy, "2025-04-20")), List.of(rel), quotes);
    assertFalse(v.stream().anyMatch(x -> x.change() == QuoteChange.DROPPED), v.toString());
    assertEquals(QuoteChange.ADDED, v.get(0).change(), "the copy's own quote is still new");
  }

  /** Issue 15: hyphenation points left by scraping ("neg---at---ively", soft hyphens) do not make a rewording. */
  @Test
  void scrapingArtefactsInAWordDoNotMakeARewording() {
    String origin = "He said \"the outlook changed negatively this year\".";
    String copy = "He said \"the outlook changed neg---at---ively this ye\u00ADar\".";
    String oq = "the outlook changed negatively this year", cq = "the outlook changed neg---at---ively this ye\u00ADar";
    quotes.add(new Quote("a", oq, origin.indexOf(oq), origin.indexOf(oq) + oq.length(), QuoteKind.QUOTE, null, null,
        -1, -1, "said"));
    quotes.add(new Quote("b", cq, copy.indexOf(cq), copy.indexOf(cq) + cq.length(), QuoteKind.QUOTE, null, null, -1,
        -1, "said"));
    Relation rel = new Relation("a", "b", RelationKind.VERBATIM, new Origin("a", List.of("earlier")), 0.9, 0.9, 0.9,
        List.of());
    List<QuoteVariant> v = new QuoteMatcher(null).match(List.of(article("a", origin, "2025-04-15"),
        article("b", copy, "2025-04-20")), List.of(rel), quotes);
    assertEquals(1, v.size(), v.toString());
    assertEquals(QuoteChange.IDENTICAL, v.get(0).change());
    assertEquals("tried--and", ScrapingArtefacts.unbroken("tried--and"), "one dash run is a dash between words");
    assertEquals("negatively grundlegende", ScrapingArtefacts.unbroken("neg---at---ively grund\u00ADle\u00ADgende"));
  }

  @Test
  void sameStoryReportsMatchesOnlyAgainstTheEarlierArticle() {
    List<QuoteVariant> v = run(RelationKind.SAME_STORY, Origin.undecided("independent"), List.of());
    assertTrue(v.stream().allMatch(x -> x.origin().equals("a") && x.copy().equals("b")));
    assertTrue(v.stream().noneMatch(x -> x.change() == QuoteChange.ADDED || x.change() == QuoteChange.DROPPED));
    assertEquals(3, v.size());
  }

  @Test
  void partialReuseComparesOnlyQuotesInReusedPassages() {
    int a = ORIGIN.indexOf("Peskov said");
    int b = COPY.indexOf("Peskov said");
    int len = "Peskov said: \"We are working for peace with Washington.\"".length();
    quote("a", "We are working for peace with Washington.", ORIGIN, "Dmitry Peskov");
    quote("a", "Europe works for war.", ORIGIN, "Dmitry Peskov");
    quote("b", "We are working for peace with Washington.", COPY, "Dmitry Peskov");
    quote("b", "boots on the ground", COPY, "Emmanuel Macron");
    Relation rel = new Relation("a", "b", RelationKind.PARTIAL, new Origin("a", List.of("earlier")), 0.3, 0.3, 0.3,
        List.of(new Passage(a, a + len, b, b + len, 8)));
    List<QuoteVariant> v = new QuoteMatcher(null).match(
        List.of(article("a", ORIGIN, null), article("b", COPY, null)), List.of(rel), quotes);
    assertEquals(1, v.size());
    assertEquals(QuoteChange.IDENTICAL, v.get(0).change());
  }

  @Test
  void sameStoryReportsInTwoLanguagesAreNotCompared() {
    String other = "Peskov told reporters: \"We are working for peace with Washington.\"";
    quote("a", "We are working for peace with Washington.", ORIGIN, "Dmitry Peskov");
    quote("b", "We are working for peace with Washington.", other, "Dmitry Peskov");
    Relation rel = new Relation("a", "b", RelationKind.SAME_STORY, Origin.undecided("independent reports"), 0.5, 0.5,
        0.5, List.of(), List.of());
    Article a = article("a", ORIGIN, "2025-04-15");
    assertEquals(1, new QuoteMatcher(null).match(List.of(a, article("b", other, "2025-04-20")), List.of(rel), quotes)
        .size(), "two English reports of one event: the shared quote is compared");
    Article es = Article.builder("b", other).published(new Published(java.time.LocalDate.parse("2025-04-20"), null, null, "test")).language("es").build();
    assertTrue(new QuoteMatcher(null).match(List.of(a, es), List.of(rel), quotes).isEmpty(),
        "a report in another language is not compared word by word");
  }

  @Test
  void translationsAreNotCompared() {
    assertTrue(run(RelationKind.TRANSLATION, new Origin("a", List.of("earlier")), List.of()).isEmpty());
  }

  @Test
  void speakersAgreeAcrossTransliterations() {
    assertTrue(QuoteMatcher.sameSpeaker("Volodymyr Zelensky", "Zelenskiy"));
    assertTrue(QuoteMatcher.sameSpeaker(null, "Peskov"));
    assertFalse(QuoteMatcher.sameSpeaker("Dmitry Peskov", "Sergey Lavrov"));
    assertTrue(QuoteMatcher.sameSpeaker("Harbour Council", "Harbour Council officials"), "a body and its people");
  }

  @Test
  void withAModelAQuoteThatRewordsOneSentenceOfALongerQuoteIsFound() {
    String origin = "He said \"there is intense work going on between Moscow and Washington. And it is happening in the "
        + "name of peace. And against this background, the European countries continue to work in the name of war.\"";
    String copy = "\"Meanwhile, European countries continue to act in ways that promote war,\" he said.";
    quote("a", origin.substring(9, origin.length() - 1), origin, "Dmitry Peskov");
    quote("b", copy.substring(1, copy.indexOf(",\"")), copy, "Dmitry Peskov");
    Relation rel = new Relation("a", "b", RelationKind.PARAPHRASE, new Origin("a", List.of("earlier")), 0.8, 0.8, 0.8,
        List.of(), List.of());
    List<Article> arts = List.of(article("a", origin, null), article("b", copy, null));
    List<QuoteVariant> without = new QuoteMatcher(null).match(arts, List.of(rel), quotes);
    assertEquals(QuoteChange.ADDED, QuoteMatcher.primary(without).get(1).change(), "words alone do not link them");
    List<QuoteVariant> with = new QuoteMatcher(org.echotrace.embed.Embedders.bundled()).match(arts, List.of(rel), quotes);
    QuoteVariant v = QuoteMatcher.primary(with).get(1);
    assertEquals(QuoteChange.REWORDED, v.change(), v.toString());
    assertEquals(0, v.originQuote());
  }
}
