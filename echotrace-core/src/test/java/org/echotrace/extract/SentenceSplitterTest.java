package org.echotrace.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
  private final SentenceSplitter splitter = new SentenceSplitter();

  @Test
  void splitsGluedSentences() {
    assertEquals(List.of("Peskov said on Tuesday.", "Peskov made the comments."),
        splitter.sentences("Peskov said on Tuesday.Peskov made the comments."));
    assertEquals(List.of("“It is war.”", "He added more."), splitter.sentences("“It is war.”He added more."));
    assertEquals(List.of("to rearm Kiev.", "“There are talks,” he said."),
        splitter.sentences("to rearm Kiev.“There are talks,” he said."));
  }

  @Test
  void keepsAbbreviationsInitialsAndNumbersTogether() {
    assertEquals(1, splitter.sentences("Witkoff visited St. Petersburg on Friday.").size());
    assertEquals(1, splitter.sentences("U.S. President Donald Trump met J. Smith at 3.5 p.m. today.").size());
    assertEquals(1, splitter.sentences("Visit RT.com for more.").size());
    assertEquals(2, splitter.sentences("He met Mr. Smith. Then he left!").size());
  }

  @Test
  void repairsGluedTextAndLeavesCleanTextAlone() {
    assertEquals("said on Tuesday. Peskov made", splitter.repairGlued("said on Tuesday.Peskov made"));
    String clean = "A sentence. Another one.";
    assertEquals(clean, splitter.repairGlued(clean));
  }

  @Test
  void emptyAndPunctuationOnlyInputs() {
    assertEquals(List.of(), splitter.sentences(""));
    assertEquals(List.of("..."), splitter.sentences("..."));
  }
}
