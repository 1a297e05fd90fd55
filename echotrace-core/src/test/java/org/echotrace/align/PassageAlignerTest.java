package org.echotrace.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.echotrace.normalize.TextNormalizer;
import org.echotrace.normalize.Tokens;
import org.echotrace.testing.Texts;
import org.junit.jupiter.api.Test;

class PassageAlignerTest {
  private final TextNormalizer normalizer = new TextNormalizer();
  private final PassageAligner aligner = new PassageAligner();

  @Test
  void identicalTextsAlignWhole() {
    String t = Texts.paragraph(new Random(1), 6);
    Tokens a = normalizer.tokenize(t);
    List<TokenPassage> p = aligner.align(a, normalizer.tokenize("Intro words here. " + t));
    assertEquals(1, p.size());
    assertEquals(a.size(), p.get(0).matched());
  }

  @Test
  void smallEditsStayOnePassage() {
    Random r = new Random(2);
    String[] words = Texts.paragraph(r, 8).split(" ");
    StringBuilder edited = new StringBuilder();
    for (int i = 0; i < words.length; i++) edited.append(i % 20 == 10 ? "CHANGED" : words[i]).append(' ');
    Tokens a = normalizer.tokenize(String.join(" ", words)), b = normalizer.tokenize(edited.toString());
    List<TokenPassage> p = aligner.align(a, b);
    assertEquals(1, p.size(), p.toString());
    assertTrue(p.get(0).matched() >= a.size() - a.size() / 20 - 1);
  }

  @Test
  void reorderedParagraphsAlignSeparately() {
    Random r = new Random(3);
    String p1 = Texts.paragraph(r, 3), p2 = Texts.paragraph(r, 3), p3 = Texts.paragraph(r, 3);
    List<TokenPassage> p = aligner.align(normalizer.tokenize(p1 + "\n\n" + p2 + "\n\n" + p3),
        normalizer.tokenize(p3 + "\n\n" + p1 + "\n\n" + p2));
    int matched = p.stream().mapToInt(TokenPassage::matched).sum();
    assertTrue(p.size() >= 2, p.toString());
    assertEquals(normalizer.tokenize(p1 + p2 + p3).size(), matched);
  }

  @Test
  void sparseSharedPhrasesAreNoPassage() {
    // a paraphrase shares names and short phrases in order, but no dense run
    Random r = new Random(4);
    StringBuilder a = new StringBuilder(), b = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      String common = "Kremlin spokesman Dmitry Peskov said";
      a.append(common).append(' ').append(Texts.sentence(r, 8)).append(' ');
      b.append(common).append(' ').append(Texts.sentence(r, 8)).append(' ');
    }
    assertEquals(List.of(), aligner.align(normalizer.tokenize(a.toString()), normalizer.tokenize(b.toString())));
  }

  /** Duel (STYLE 23): the first greedy tile is the longest common substring found by brute force. */
  @Test
  void firstTileIsTheLongestCommonRun() {
    Random r = new Random(5);
    for (int trial = 0; trial < 50; trial++) {
      long[] a = new long[80 + r.nextInt(40)], b = new long[80 + r.nextInt(40)];
      for (int i = 0; i < a.length; i++) a[i] = r.nextInt(6);
      for (int i = 0; i < b.length; i++) b[i] = r.nextInt(6);
      int brute = 0;
      for (int i = 0; i < a.length; i++) {
        for (int j = 0; j < b.length; j++) {
          int k = 0;
          while (i + k < a.length && j + k < b.length && a[i + k] == b[j + k]) k++;
          brute = Math.max(brute, k);
        }
      }
      List<int[]> tiles = aligner.tiles(a, b);
      int longest = tiles.stream().mapToInt(t -> t[2]).max().orElse(0);
      assertEquals(brute >= PassageAligner.DEFAULT_MIN_TILE ? brute : 0, longest, "trial " + trial);
    }
  }
}
