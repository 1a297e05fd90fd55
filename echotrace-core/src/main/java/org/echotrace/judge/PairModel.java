package org.echotrace.judge;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;

/**
 * A learned classifier over {@link PairFeatures}: class probabilities for each {@link PairClass}. Wraps a Tribuo model
 * (multinomial logistic regression, {@link JudgeTrainer}), read from and written to Tribuo's protobuf format.
 * Thread-safe: Tribuo models are immutable once trained.
 */
public final class PairModel {
  private static final String[] NAMES;

  static {
    Feature[] all = Feature.values();
    NAMES = new String[all.length];
    for (int i = 0; i < all.length; i++) NAMES[i] = all[i].key();
  }

  private final Model<Label> model;

  PairModel(Model<Label> model) {
    this.model = model;
    if (!model.generatesProbabilities()) throw new IllegalArgumentException("the pair model must give probabilities");
  }

  /** Reads a model written by {@link #write}. */
  @SuppressWarnings("unchecked")
  public static PairModel read(InputStream in) throws IOException {
    Model<?> m = Model.deserializeFromStream(in);
    if (!(m.getOutputIDInfo().getDomain().iterator().next() instanceof Label)) {
      throw new IOException("not a classification model");
    }
    return new PairModel((Model<Label>) m);
  }

  public void write(OutputStream out) throws IOException {
    model.serializeToStream(out);
  }

  /** Probabilities indexed by {@link PairClass#ordinal()}; classes the model never saw get 0. */
  public double[] probabilities(PairFeatures f) {
    Prediction<Label> p = model.predict(example(f, LabelFactory.UNKNOWN_LABEL));
    double[] out = new double[PairClass.values().length];
    for (Map.Entry<String, Label> e : p.getOutputScores().entrySet()) {
      out[PairClass.ofLabel(e.getKey()).ordinal()] = e.getValue().getScore();
    }
    return out;
  }

  /** The weights of the linear model, for people: per class, per feature (and bias), as Tribuo reports them. */
  public Map<String, List<com.oracle.labs.mlrg.olcut.util.Pair<String, Double>>> weights() {
    return model.getTopFeatures(-1);
  }

  static Example<Label> example(PairFeatures f, Label label) {
    return new ArrayExample<>(label, NAMES, f.toArray());
  }
}
