package org.echotrace.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.echotrace.model.LineKind;
import org.junit.jupiter.api.Test;

/** Furniture of outlets the classifier has never seen, written for this test. */
class LineClassifierTest {
  private final LineClassifier classifier = new LineClassifier();

  private List<LineKind> kinds(String page) {
    List<PageLine> lines = ArticleExtractor.lines(page);
    List<LineKind> out = new ArrayList<>();
    for (LineClassifier.Classified c : classifier.classify(lines, LineFrequency.NONE)) out.add(c.kind());
    return out;
  }

  @Test
  void headerBodyAndFooterOfAnUnseenOutlet() {
    String page = String.join("\n",
        "Valley Courier",
        "Published: March 3, 2024 at 9:15 AM EST",
        "Water Board Approves Emergency Rationing Plan",
        "By Maria Lopez",
        "The regional water board voted on Monday to impose emergency rationing on farms after the driest winter on record.",
        "Farmers in the valley will have to cut their use by a third from April, the board said in a statement.",
        "Residents queue for water in Fresno on Sunday. Photo: AP",
        "The plan drew criticism from growers, who said it would put hundreds of jobs at risk across the county.",
        "READ MORE: Drought hits almond harvest",
        "Officials said the rationing would be reviewed in June if the spring rains return to normal levels.",
        "Sign up for our morning newsletter and get the news in your inbox.",
        "City council delays vote on new stadium...",
        "Police arrest two after downtown robbery...",
        "© 2024 Valley Courier. All rights reserved.");
    assertEquals(List.of(LineKind.META, LineKind.META, LineKind.META, LineKind.META, LineKind.BODY, LineKind.BODY,
        LineKind.BOILERPLATE, LineKind.BODY, LineKind.BOILERPLATE, LineKind.BODY, LineKind.BOILERPLATE,
        LineKind.BOILERPLATE, LineKind.BOILERPLATE, LineKind.BOILERPLATE), kinds(page));
  }

  @Test
  void quotedSecondPersonIsNotAnAppeal() {
    String page = String.join("\n",
        "The minister warned farmers over subsidies as the budget talks dragged on into a third week.",
        "“You cannot expect the state to pay for every bad harvest,” the minister told reporters on Friday in the capital.",
        "Farm groups said they would appeal against the decision and called on the government to reopen the talks.");
    assertEquals(List.of(LineKind.BODY, LineKind.BODY, LineKind.BODY), kinds(page));
  }

  @Test
  void anExcerptCutInsideAQuotationKeepsTheSpeakersVoice() {
    // the last line ends mid-quote: its "we" is the quoted president's, not the outlet's
    String page = String.join("\n",
        "The ruling party won the parliamentary elections, according to official results released on Monday.",
        "Observers said the vote was calm, although turnout abroad was lower than at the last elections.",
        "The president called the vote the most important in a generation. \"Its outcome will decide whether we consoli");
    assertEquals(List.of(LineKind.BODY, LineKind.BODY, LineKind.BODY), kinds(page));
  }

  @Test
  void linesRepeatedAcrossTheCorpusCountAsFurniture() {
    String page = String.join("\n",
        "Council approves the new budget after a long debate that lasted well into the night on Thursday.",
        "The Harbour Times is your trusted source for local news.",
        "The mayor said the budget would fund two new schools and repair the old harbour wall next year.");
    long repeated = LineKey.hash("The Harbour Times is your trusted source for local news.");
    LineFrequency corpus = key -> key == repeated ? 12 : 1;
    List<LineKind> kinds = new ArrayList<>();
    for (var c : classifier.classify(ArticleExtractor.lines(page), corpus)) kinds.add(c.kind());
    assertEquals(List.of(LineKind.BODY, LineKind.BOILERPLATE, LineKind.BODY), kinds);
  }

  @Test
  void emptyAndGarbagePagesDoNotFail() {
    assertEquals(List.of(), kinds(""));
    assertEquals(1, kinds("@@@@ ### $$$").size());
  }
}
