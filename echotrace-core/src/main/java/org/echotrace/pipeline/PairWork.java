package org.echotrace.pipeline;

import java.util.List;
import java.util.function.LongConsumer;
import org.echotrace.judge.PairStage;
import org.echotrace.model.Article;
import org.echotrace.relate.LexicalEvidence;
import org.echotrace.rewrite.Profile;

/**
 * Where the two costly steps of {@link Pipeline#finish} run: profiling every article (with the sentence model's lead
 * vectors) and judging every candidate pair. {@link #LOCAL} runs them on this machine's cores; a cluster job supplies
 * its own, which must give what {@link #LOCAL} gives by calling the same {@link PairStage} methods.
 */
public interface PairWork {
  /**
   * {@link PairStage#profile(List, int[], long[], Profile[], Runnable)}: every article's profile, copies taking their
   * family's lead; {@code have} holds the profiles computed before (full or counted, no lead; null where none).
   */
  Profile[] profile(PairStage stage, List<Article> articles, int[] leadOf, long[] lexicalPairs, Profile[] have,
      Runnable tick);

  /** {@link PairStage#relate}: every candidate measured and judged. */
  PairStage.Judged relate(PairStage stage, List<Article> articles, Profile[] profiles, long[] candidates,
      long[] lexicalPairs, LexicalEvidence[] lexical, LongConsumer progress);

  /** On this machine, in parallel on the common fork-join pool. */
  PairWork LOCAL = new PairWork() {
    @Override
    public Profile[] profile(PairStage stage, List<Article> articles, int[] leadOf, long[] lexicalPairs,
        Profile[] have, Runnable tick) {
      return stage.profile(articles, leadOf, lexicalPairs, have, tick);
    }

    @Override
    public PairStage.Judged relate(PairStage stage, List<Article> articles, Profile[] profiles, long[] candidates,
        long[] lexicalPairs, LexicalEvidence[] lexical, LongConsumer progress) {
      return stage.relate(articles, profiles, candidates, lexicalPairs, lexical, progress);
    }
  };
}
