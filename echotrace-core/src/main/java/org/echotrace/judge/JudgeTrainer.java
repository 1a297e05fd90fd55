package org.echotrace.judge;

import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.tribuo.Example;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.math.optimisers.ParameterAveraging;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Learns a {@link PairModel} from labelled pairs: multinomial logistic regression (Tribuo's linear SGD with the log
 * loss, AdaGrad with parameter averaging, which keeps weights small on few examples). Classes are weighted by the
 * inverse square root of their frequency: unrelated pairs outnumber copies a hundred to one, and unweighted they would
 * pull every probability towards "none"; the square root keeps some of that prior, so probabilities stay calibrated
 * enough to threshold. Deterministic for a seed. Thread-safe: no state.
 */
public final class JudgeTrainer {
  /** One labelled pair. */
  public record Row(PairFeatures features, PairClass label) {}

  /** Passes over the data: the loss settles after ~30 on a few thousand pairs. */
  static final int EPOCHS = 60;
  public static final long SEED = 20251206L;

  /** Which learner: the shipped one is chosen by cross-validation (docs/BENCHMARKS.md). */
  public enum Learner {
    /** Multinomial logistic regression: linear, calibrated, its weights readable. */
    LOGISTIC,
    /** A random forest of CART trees: learns conjunctions (close sentences and in order and same numbers). */
    FOREST
  }

  private final Learner learner;
  private final long seed;

  public JudgeTrainer(Learner learner) {
    this(learner, SEED);
  }

  /**
   * @param seed the order in which gradient descent visits the pairs (and the forest's draws): the shipped models use
   *     {@link #SEED}; other seeds show how far cross-validated scores move on their own (docs/BENCHMARKS.md)
   */
  public JudgeTrainer(Learner learner, long seed) {
    this.learner = java.util.Objects.requireNonNull(learner, "learner");
    this.seed = seed;
  }

  public JudgeTrainer() {
    this(Learner.LOGISTIC);
  }

  /** Trees in the forest; leaves hold at least a few pairs, so their class shares are probabilities of a sort. */
  static final int TREES = 200;
  static final int DEPTH = 8;

  public PairModel train(List<Row> rows) {
    if (rows.isEmpty()) throw new IllegalArgumentException("no labelled pairs to train on");
    Map<PairClass, Integer> counts = new EnumMap<>(PairClass.class);
    for (Row r : rows) counts.merge(r.label(), 1, Integer::sum);
    LabelFactory factory = new LabelFactory();
    MutableDataset<Label> data = new MutableDataset<>(
        new SimpleDataSourceProvenance("echotrace labelled pairs", OffsetDateTime.parse("2025-01-01T00:00:00Z"),
            factory), factory);
    for (Row r : rows) {
      Example<Label> e = PairModel.example(r.features(), new Label(r.label().label()));
      e.setWeight((float) Math.sqrt((double) rows.size() / (counts.size() * counts.get(r.label()))));
      data.add(e);
    }
    if (learner == Learner.FOREST) {
      var tree = new org.tribuo.classification.dtree.CARTClassificationTrainer(DEPTH, 0.5f, seed);
      var forest = new org.tribuo.common.tree.RandomForestTrainer<>(tree,
          new org.tribuo.classification.ensemble.FullyWeightedVotingCombiner(), TREES, seed);
      return new PairModel(forest.train(data));
    }
    LinearSGDTrainer trainer = new LinearSGDTrainer(new LogMulticlass(),
        new ParameterAveraging(new AdaGrad(0.5, 0.1)), EPOCHS, -1, 1, seed);
    return new PairModel(trainer.train(data));
  }
}
