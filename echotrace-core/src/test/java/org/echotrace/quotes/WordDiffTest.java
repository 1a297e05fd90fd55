package org.echotrace.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.echotrace.model.QuoteVariant.Op;
import org.echotrace.model.QuoteVariant.WordEdit;
import org.junit.jupiter.api.Test;

class WordDiffTest {
  @Test
  void wordsKeepHyphensApostrophesAndNumbers() {
    assertEquals(List.of("some", "new", "half-Fuhrer", "don’t", "840,000", "8.5"),
        WordDiff.words("“some new half-Fuhrer,” don’t 840,000 (8.5)."));
  }

  @Test
  void keysIgnoreCaseAccentsAndApostropheForm() {
    assertEquals(WordDiff.keys("Don't Zürich"), WordDiff.keys("don’t zurich"));
  }

  @Test
  void diffListsKeptDeletedAndInsertedRuns() {
    List<WordEdit> d = WordDiff.diff("we must understand that there is intense work going on",
        "there is intense discussion going on");
    assertEquals(List.of(new WordEdit(Op.DELETE, "we must understand that"), new WordEdit(Op.KEEP, "there is intense"),
        new WordEdit(Op.DELETE, "work"), new WordEdit(Op.INSERT, "discussion"), new WordEdit(Op.KEEP, "going on")), d);
  }

  @Test
  void identicalTextsAreOneKeepRun() {
    assertEquals(List.of(new WordEdit(Op.KEEP, "We view such discussions negatively")),
        WordDiff.diff("We view such discussions negatively.", "“We view such discussions negatively”"));
  }

  @Test
  void overlapIsCommonSubsequenceOverLongerSide() {
    assertEquals(0.5, WordDiff.overlap(List.of("a", "b", "c", "d"), List.of("a", "x", "c")), 1e-9);
    assertEquals(0, WordDiff.overlap(List.of(), List.of("a")), 1e-9);
  }

  @Test
  void indexOfFindsContiguousRunsOnly() {
    assertEquals(1, WordDiff.indexOf(List.of("some", "new", "half-fuhrer"), List.of("new", "half-fuhrer")));
    assertEquals(-1, WordDiff.indexOf(List.of("some", "new", "half-fuhrer"), List.of("some", "half-fuhrer")));
  }
}
