package org.echotrace.judge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.echotrace.model.Article;
import org.echotrace.rewrite.Profile;
import org.echotrace.rewrite.Profiler;
import org.junit.jupiter.api.Test;

/** Identical-wording runs profile in full only the articles a lexical pair reaches. */
class PairStageProfileTest {
  private static final String A = "Dockworkers at the Port of Carrow walked off the job on Monday. \"We will not go"
      + " back until the contract is signed,\" said union leader Mara Quell. The strike stopped 1,900 containers.";
  private static final String B = "Farmers in the Velden valley reported a late frost on 4 May. Orchards lost half"
      + " their blossom, the regional office said. Insurers expect claims worth 2.5 million euros.";

  private static List<Article> articles() {
    return List.of(Article.builder("a", A).language("en").build(), Article.builder("b", A).language("en").build(),
        Article.builder("c", B).language("en").build());
  }

  @Test
  void anArticleInNoLexicalPairGetsOnlyWhatTheCorpusCountsNeed() {
    PairStage stage = new PairStage(null, false, LearnedJudge.bundled(false));
    long pair = 0L << 32 | 1L; // articles 0 and 1
    Profile[] p = stage.profile(articles(), new int[] {0, 0, 2}, new long[] {pair}, () -> {});
    Profile full = new Profiler(null, false).of(articles().get(2));
    assertTrue(p[0].sentences().length > 0 && p[1].sentences().length > 0, "paired articles are profiled in full");
    assertEquals(0, p[2].sentences().length, "no sentences for an article no pair reaches");
    assertEquals(0, p[2].bridge().length);
    assertArrayEquals(full.wordSet(), p[2].wordSet(), "the word set the rarity table counts is the same");
    assertArrayEquals(full.anchors(), p[2].anchors(), "so are the anchors");
    assertEquals(full.words(), p[2].words());
  }

  @Test
  void theRarityTableIsTheSameEitherWay() {
    PairStage stage = new PairStage(null, false, LearnedJudge.bundled(false));
    Profile[] counted = stage.profile(articles(), new int[] {0, 0, 2}, new long[] {0L << 32 | 1L}, () -> {});
    Profile[] full = stage.profile(articles(), new int[] {0, 0, 2}, () -> {});
    Rarity a = Rarity.of(counted), b = Rarity.of(full);
    for (int i = 0; i < 3; i++) {
      for (int w : full[i].wordSet()) assertEquals(b.word(w), a.word(w), 1e-12);
      for (long h : full[i].anchors()) assertEquals(b.anchor(h), a.anchor(h), 1e-12);
    }
  }
}
