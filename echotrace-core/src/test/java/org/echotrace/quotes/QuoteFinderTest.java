package org.echotrace.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.echotrace.model.Article;
import org.echotrace.model.Quote;
import org.echotrace.model.QuoteKind;
import org.junit.jupiter.api.Test;

/** One small hand-written text per case of issue 5: marks, kinds, cues, mentions and speakers. */
class QuoteFinderTest {
  private static final QuoteFinder FINDER = new QuoteFinder();

  private static List<Quote> find(String text) {
    List<Quote> quotes = FINDER.find(Article.builder("t", text).language("en").build());
    for (Quote q : quotes) {
      if (!text.substring(q.start(), q.end()).contains("\n")) {
        assertEquals(q.text(), text.substring(q.start(), q.end()), "offsets cover exactly the quoted words");
      }
      if (q.mention() != null) assertEquals(q.mention(), text.substring(q.mentionStart(), q.mentionEnd()));
    }
    return quotes;
  }

  private static Quote only(String text) {
    List<Quote> quotes = find(text);
    assertEquals(1, quotes.size(), quotes.toString());
    return quotes.get(0);
  }

  private static void assertQuote(Quote q, String words, int start, QuoteKind kind, String speaker, String mention) {
    assertEquals(words, q.text());
    assertEquals(start, q.start());
    assertEquals(start + words.length(), q.end());
    assertEquals(kind, q.kind());
    assertEquals(speaker, q.speaker());
    assertEquals(mention, q.mention());
  }

  @Test
  void straightMarksQuoteBeforeNameAndVerb() {
    Quote q = only("\"We will win,\" Smith said.");
    assertQuote(q, "We will win,", 1, QuoteKind.QUOTE, "Smith", "Smith");
    assertEquals("said", q.cue());
  }

  @Test
  void aTimeBetweenSubjectAndVerbIsNoSpeaker() {
    String text = "Mayor Jane Roe on Wednesday announced a new ferry timetable and said: “The boats will run every hour.”";
    assertEquals("Jane Roe", only(text).speaker());
    String ap = "Mayor Jane Roe Tuesday told reporters: “The boats will run every hour.”";
    assertEquals("Jane Roe", only(ap).speaker());
  }

  @Test
  void surnameResolvesToTheFullNameWithoutTitles() {
    String text = "Kremlin spokesman Dmitry Peskov spoke on Monday. “It is complex,” Peskov said.";
    assertQuote(only(text), "It is complex,", text.indexOf("It is"), QuoteKind.QUOTE, "Dmitry Peskov", "Peskov");
  }

  @Test
  void quoteAfterColon() {
    String text = "Kremlin spokesman Dmitry Peskov said: “We view such discussions negatively.”";
    Quote q = only(text);
    assertQuote(q, "We view such discussions negatively.", text.indexOf("We"), QuoteKind.QUOTE, "Dmitry Peskov",
        "Kremlin spokesman Dmitry Peskov");
  }

  @Test
  void anAllCapitalsLabelBeforeAColonIsNoSpeaker() {
    // a teaser line's label, in parentheses after a sentence with a speech verb: neither names the speaker
    String text = "The tariffs are half of theirs, an official told reporters. (RELATED: ‘Fixing Trade Deals’: Workers "
        + "Praise Tariffs)";
    Quote q = only(text);
    assertEquals("Fixing Trade Deals", q.text());
    assertNull(q.speaker());
    assertNull(q.mention());
    // a person of the text written in capitals is still taken as the speaker
    String named = "Vladimir Putin spoke on Monday. PUTIN: “We will not give in.”";
    assertEquals("PUTIN", only(named).mention());
  }

  @Test
  void saidThenNameWithAppositive() {
    String text = "“No comment,” said Brian Hughes, spokesman for the council.";
    assertQuote(only(text), "No comment,", 1, QuoteKind.QUOTE, "Brian Hughes",
        "Brian Hughes, spokesman for the council");
  }

  @Test
  void nameCommaTitleCommaSaid() {
    String text = "Brian Hughes, a White House spokesman, said “we will not negotiate through the media.”";
    assertQuote(only(text), "we will not negotiate through the media.", text.indexOf("we will"), QuoteKind.QUOTE,
        "Brian Hughes", "Brian Hughes, a White House spokesman");
  }

  @Test
  void accordingTo() {
    String text = "“The talks are over,” according to Sergey Lavrov.";
    Quote q = only(text);
    assertQuote(q, "The talks are over,", 1, QuoteKind.QUOTE, "Sergey Lavrov", "Sergey Lavrov");
    assertEquals("according to", q.cue());
  }

  @Test
  void pronounResolvesToTheLastSubject() {
    String text = "Russian Foreign Minister Sergey Lavrov spoke in Moscow. “We are ready,” he said.";
    assertQuote(only(text), "We are ready,", text.indexOf("We"), QuoteKind.QUOTE, "Sergey Lavrov", "he");
  }

  @Test
  void descriptionResolvesByRole() {
    String text = "Kremlin spokesman Dmitry Peskov met reporters. US President Donald Trump was in Washington.\n\n"
        + "“There is no plan,” the spokesman said.";
    assertQuote(only(text), "There is no plan,", text.indexOf("There"), QuoteKind.QUOTE, "Dmitry Peskov",
        "the spokesman");
  }

  @Test
  void organisationIsItsOwnSpeaker() {
    String text = "“Such a move is unacceptable,” the Kremlin said.";
    assertQuote(only(text), "Such a move is unacceptable,", 1, QuoteKind.QUOTE, "Kremlin", "the Kremlin");
  }

  @Test
  void guillemetsAndLowNineMarks() {
    String text = "Lavrov said: «We will not allow it.» Merkel said „we can do this“ in 2015.";
    List<Quote> quotes = find(text);
    assertEquals(2, quotes.size(), quotes.toString());
    assertQuote(quotes.get(0), "We will not allow it.", text.indexOf("We"), QuoteKind.QUOTE, "Lavrov", "Lavrov");
    assertQuote(quotes.get(1), "we can do this", text.indexOf("we can"), QuoteKind.QUOTE, "Merkel", "Merkel");
  }

  @Test
  void singleCurlyQuoteBesideApostrophes() {
    String text = "Zelenskiy’s aide Andriy Yermak said the plan was ‘dead on arrival’ and he didn’t care.";
    Quote q = only(text);
    assertQuote(q, "dead on arrival", text.indexOf("dead"), QuoteKind.QUOTE, "Andriy Yermak",
        "Zelenskiy’s aide Andriy Yermak");
  }

  @Test
  void apostrophesAloneAreNoQuotes() {
    assertTrue(find("Russia´s invasion and Zelenskiy’s regime: the workers’ rights don't matter, Macron said.")
        .isEmpty());
  }

  @Test
  void nestedQuoteStaysInside() {
    String text = "“He told me ‘never again’ and left,” Smith said.";
    assertQuote(only(text), "He told me ‘never again’ and left,", 1, QuoteKind.QUOTE, "Smith", "Smith");
  }

  @Test
  void multiSentenceQuote() {
    String text = "“It is late. We are tired. Go home,” she said.";
    Quote q = only(text);
    assertEquals("It is late. We are tired. Go home,", q.text());
    assertEquals("she", q.mention());
  }

  @Test
  void multiParagraphQuoteFollowsTheConvention() {
    String text = "Senator Jane Smith said:\n\n“First paragraph of the speech.\n\n“Second paragraph of it.”\n\nAfter.";
    Quote q = only(text);
    assertEquals("First paragraph of the speech. Second paragraph of it.", q.text());
    assertEquals(text.indexOf("First"), q.start());
    assertEquals(text.indexOf("it.”") + 3, q.end());
    assertEquals("Jane Smith", q.speaker());
  }

  @Test
  void partialQuoteInsideASentence() {
    String text = "Peskov called the EU a \"war party\" on Monday.";
    assertQuote(only(text), "war party", text.indexOf("war"), QuoteKind.QUOTE, "Peskov", "Peskov");
  }

  @Test
  void soCalledIsATerm() {
    String text = "Defense chiefs discussed a so-called \"reassurance\" force, Peskov said.";
    Quote q = only(text);
    assertQuote(q, "reassurance", text.indexOf("reassurance"), QuoteKind.TERM, null, null);
  }

  @Test
  void shortQuoteWithoutCueIsATerm() {
    String text = "The \"coalition of the willing\" met in Paris.";
    assertQuote(only(text), "coalition of the willing", 5, QuoteKind.TERM, null, null);
  }

  @Test
  void attributedShortQuoteIsAQuote() {
    String text = "Russian Foreign Minister Sergey Lavrov spoke on Monday. Lavrov called him a “new half-Fuhrer”.";
    assertQuote(only(text), "new half-Fuhrer", text.indexOf("new"), QuoteKind.QUOTE, "Sergey Lavrov", "Lavrov");
  }

  @Test
  void unbalancedMarkDoesNotSwallowTheArticle() {
    String text = "He said \"this will never end and then went on.\n\nThe next paragraph has \"a quote\" here, Smith said."
        + "\n\nA third paragraph with plain words.";
    Quote q = only(text);
    assertEquals("a quote", q.text());
  }

  @Test
  void quoteWithoutCueContinuesTheSpeakerOfThePreviousSentence() {
    String text = "US President Donald Trump spoke on Monday. “Yeah, he will accept that,” Trump said. “I asked him.”";
    List<Quote> quotes = find(text);
    assertEquals(2, quotes.size());
    assertEquals("Donald Trump", quotes.get(0).speaker());
    assertEquals("Donald Trump", quotes.get(1).speaker());
    assertEquals(quotes.get(0).mentionStart(), quotes.get(1).mentionStart(), "one mention for both");
  }

  @Test
  void participleTakesTheSubject() {
    String text = "Meanwhile, French President Emmanuel Macron reiterated his stance, insisting Europe would need "
        + "“boots on the ground” support.";
    assertQuote(only(text), "boots on the ground", text.indexOf("boots"), QuoteKind.QUOTE, "Emmanuel Macron",
        "French President Emmanuel Macron");
  }

  @Test
  void colonAfterTheSubjectsSentence() {
    String text = "Senate Majority Leader Mitch McConnell delivered a blunt message to Trump: \"It's time to quit.\"";
    assertQuote(only(text), "It's time to quit.", text.indexOf("It's"), QuoteKind.QUOTE, "Mitch McConnell",
        "Senate Majority Leader Mitch McConnell");
  }

  @Test
  void coordinatedVerbSharesTheSubject() {
    String text = "Glenn Beck adopted a fake accent and joked, “I will make it easier for them.”";
    assertQuote(only(text), "I will make it easier for them.", text.indexOf("I will"), QuoteKind.QUOTE, "Glenn Beck",
        "Glenn Beck");
  }

  @Test
  void unlistedVerbAfterAQuoteEndingInAComma() {
    String text = "“Go back to Univision,” Trump barked.";
    assertQuote(only(text), "Go back to Univision,", 1, QuoteKind.QUOTE, "Trump", "Trump");
  }

  @Test
  void participleWithItsOwnSubject() {
    String text = "Russia has said it opposes troops, with Foreign Minister Sergei Lavrov saying that Moscow would view "
        + "that as a “direct threat” to its sovereignty.";
    assertQuote(only(text), "direct threat", text.indexOf("direct"), QuoteKind.QUOTE, "Sergei Lavrov",
        "Foreign Minister Sergei Lavrov");
  }

  @Test
  void capitalisedWordsAreNoCues() {
    String text = "Andriy Yermak told the newspaper that talks included brigades plus “strategic enablers” from the "
        + "United States.";
    assertQuote(only(text), "strategic enablers", text.indexOf("strategic"), QuoteKind.QUOTE, "Andriy Yermak",
        "Andriy Yermak");
  }

  @Test
  void aCueBeforeTheQuoteGovernsItAcrossTheClause() {
    String text = "Lavrov said, adding that even if European members agree to allow a new election in Ukraine, they "
        + "will make every effort to ensure that the landscape remains the same and find \"some new half-Fuhrer\".";
    assertQuote(only(text), "some new half-Fuhrer", text.indexOf("some new"), QuoteKind.QUOTE, "Lavrov", "Lavrov");
  }

  @Test
  void programmeTitleAfterAChannelIsATerm() {
    // PolNeAR train: “…,” he said on NBC’s “Meet the Press.” grouped the title with the speaker's words
    String text = "“I expect to be vetted,” Carson said on NBC’s “Meet the Press.” Later he told “Fox and Friends,” "
        + "that it was fine, and appeared on CNN’s “State of the Union” on Sunday.";
    List<Quote> quotes = find(text);
    assertEquals(4, quotes.size(), quotes.toString());
    assertEquals(QuoteKind.QUOTE, quotes.get(0).kind());
    for (Quote q : quotes.subList(1, 4)) assertEquals(QuoteKind.TERM, q.kind(), q.text());
  }

  @Test
  void partyAndStateInBracketsAfterTheCueBelongToTheMention() {
    // PolNeAR train: “…,” said Sen. Chris Murphy (D-Conn.) lost the brackets that the same name keeps before a cue
    String text = "“We need a vote,” said Sen. Chris Murphy (D-Conn.) on Monday.";
    Quote q = only(text);
    assertEquals("Sen. Chris Murphy (D-Conn.)", q.mention());
    assertEquals("Chris Murphy", q.speaker());
  }

  @Test
  void lowerCaseWordsBeforeARoleStayInTheMention() {
    // PolNeAR train: "election law expert Rick Hasen said" was cut to "expert Rick Hasen"
    String text = "Election law expert Rick Hasen spoke. Then election law expert Rick Hasen said: “It is legal.”";
    assertEquals("election law expert Rick Hasen", find(text).get(0).mention());
    String adverb = "Rick Hasen spoke. “It is legal,” then Hasen said.";
    assertEquals("Hasen", find(adverb).get(0).mention());
  }

  @Test
  void shortQuoteWellAfterTheMentionOfAnEarlierQuoteIsATerm() {
    // PolNeAR train: the aside was grouped with Biden's quote, which the annotators keep apart
    String text = "“Let him make that decision,” said Joe Biden, urging those calling for a withdrawal to “give him "
        + "time.” “A,” he said, “and B.”";
    List<Quote> quotes = find(text);
    assertEquals(4, quotes.size(), quotes.toString());
    assertEquals(QuoteKind.QUOTE, quotes.get(0).kind());
    assertEquals(QuoteKind.TERM, quotes.get(1).kind());
    assertEquals(QuoteKind.QUOTE, quotes.get(3).kind(), "a continuation right after the cue stays a quote");
    assertEquals("he", quotes.get(3).mention());
  }

  @Test
  void ofTheAfterANameOrRoleStaysInTheMention() {
    // PolNeAR train: "Jeffrey Lewis of the James Martin Center said" was cut to "the James Martin Center"
    String text = "Jeffrey Lewis of the James Martin Center said: “It is a test.”";
    Quote q = only(text);
    assertEquals("Jeffrey Lewis of the James Martin Center", q.mention());
    assertEquals("Jeffrey Lewis", q.speaker());
  }

  @Test
  void indefiniteDescriptionAfterTheCueKeepsItsComplement() {
    // PolNeAR train: "said a longtime adviser to Trump" was cut to "a longtime adviser"
    Quote q = only("“He will win,” said a longtime adviser to Trump.");
    assertEquals("a longtime adviser to Trump", q.mention());
  }

  @Test
  void scareQuoteBeforeALongerQuoteOfTheSameSpeakerIsATerm() {
    // PolNeAR train: the phrase was grouped with the quote after it, which the annotators keep alone
    String text = "Graham said Trump is a “total opportunist” and said “the record is quite clear that he lies.”";
    List<Quote> quotes = find(text);
    assertEquals(2, quotes.size(), quotes.toString());
    assertEquals(QuoteKind.TERM, quotes.get(0).kind());
    assertEquals(QuoteKind.QUOTE, quotes.get(1).kind());
    assertEquals("Graham", quotes.get(1).speaker());
  }

  /** Issue 15: quotation marks around a banner or a code marker are a scraping artefact, not a quote. */
  @Test
  void quotationMarksAroundWhatIsNotWordsAreNoQuote() {
    assertEquals(List.of(), find("The page showed \"-----BEGIN CERTIFICATE-----\" and \"*****\" twice."));
    assertEquals(List.of(), find("She answered \"—\" and left."));
    assertEquals("IT'S HIDEOUS!!!!", only("\"IT'S HIDEOUS!!!!\" she wrote.").text(), "shouting is speech");
    assertEquals("I'll see you later then...", only("\"I'll see you later then...\" he said.").text());
  }

  @Test
  void emptyAndOddInputsGiveNoErrors() {
    assertTrue(find("").isEmpty());
    assertTrue(find("\"").isEmpty());
    find("“”\n\n„\n\n«»‘’'\"\"\"");
    Random random = new Random(42); // reproducible: print the seed's text on failure
    String alphabet = "ab C.\n\"“”«»„‚‘’'´ said he, ";
    for (int n = 0; n < 500; n++) {
      StringBuilder b = new StringBuilder();
      for (int i = random.nextInt(80); i > 0; i--) b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      String text = b.toString();
      for (Quote q : FINDER.find(Article.builder("r", text).language("en").build())) {
        assertTrue(q.start() >= 0 && q.end() <= text.length() && q.start() <= q.end(), text);
      }
    }
  }

  @Test
  void pagesFullOfStrayMarksStayFast() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 20_000; i++) b.append(i % 7 == 0 ? "“word " : "and more words he said ");
    String oneParagraph = b.toString();
    long t0 = System.nanoTime();
    List<Quote> quotes = FINDER.find(Article.builder("n", oneParagraph).language("en").build());
    double seconds = (System.nanoTime() - t0) / 1e9;
    assertTrue(quotes.isEmpty(), "no closing mark anywhere: no quote");
    assertTrue(seconds < 5, "took " + seconds + " s for " + oneParagraph.length() + " characters");
  }

  @Test
  void sameResultsOnSeveralThreads() throws Exception {
    String text = "Kremlin spokesman Dmitry Peskov spoke. “It is complex,” he said. The so-called \"plan\" failed.";
    List<Quote> want = find(text);
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<Future<List<Quote>>> runs = new ArrayList<>();
      for (int i = 0; i < 30; i++) runs.add(pool.submit(() -> find(text)));
      for (Future<List<Quote>> f : runs) assertEquals(want, f.get());
    } finally {
      pool.shutdown();
    }
    assertNull(want.get(1).speaker());
  }
}
