package org.echotrace.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

  @Test
  void keptSpansEndSentencesOnlyAtTheirClosingMark() {
    String text = "He said: “We will win. They will lose.” Then he left. “No!” she said.";
    int[] regionAt = new int[text.length()];
    java.util.Arrays.fill(regionAt, -1);
    mark(regionAt, text.indexOf('“'), text.indexOf('”'), 0);
    mark(regionAt, text.lastIndexOf('“'), text.lastIndexOf('”'), 1);
    List<String> plain = texts(text, splitter.split(text));
    assertEquals("He said: “We will win.", plain.get(0));
    List<String> kept = texts(text, splitter.split(text, 0, text.length(), regionAt, null));
    assertEquals(List.of("He said: “We will win. They will lose.”", "Then he left.", "“No!” she said."), kept);
    // a veto keeps "“No!” she said." together in any case, and can refuse any boundary
    List<String> vetoed = texts(text, splitter.split(text, 0, text.length(), regionAt, (stop, end) -> true));
    assertEquals(List.of(text), vetoed);
  }

  @Test
  void oneAbbreviationListForEveryStage() {
    // entries of the shipped table (abbreviations.tsv), initials and short dotted forms
    assertEquals(1, splitter.sentences("Sen. Warren of Calif. met Gen. Ivanov in Washington, D.C. on Jan. 5.").size());
    assertTrue(SentenceSplitter.isAbbreviation("Calif"));
    assertTrue(SentenceSplitter.isAbbreviation("J"));
    assertTrue(SentenceSplitter.isAbbreviation("z.B"));
    assertFalse(SentenceSplitter.isAbbreviation("mass"));
    assertFalse(SentenceSplitter.isAbbreviation("war"));
    assertFalse(SentenceSplitter.isAbbreviation(""));
  }

  private static void mark(int[] regionAt, int from, int to, int region) {
    for (int i = from; i <= to; i++) regionAt[i] = region;
  }

  private static List<String> texts(String text, List<int[]> spans) {
    List<String> out = new java.util.ArrayList<>();
    for (int[] s : spans) out.add(text.substring(s[0], s[1]));
    return out;
  }
}
