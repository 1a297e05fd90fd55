package org.echotrace.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CosineScaleTest {
  @Test
  void quantileMatchingRecoversAMonotoneMap() {
    Random r = new Random(7);
    int n = 20_000;
    double[] model = new double[n], own = new double[n];
    for (int i = 0; i < n; i++) {
      model[i] = Math.tanh(r.nextGaussian() * 0.4 + 0.2);
      own[i] = 0.5 + 0.5 * model[i]; // the own embedder runs higher and flatter
    }
    CosineScale s = CosineScale.fit(own, model, new double[] {0.1, 0.3, 0.5, 0.7, 0.9});
    for (double t : new double[] {0.1, 0.3, 0.5, 0.7}) {
      assertEquals(0.5 + 0.5 * t, s.fromModel(t), 0.01, "own cut for model " + t);
      assertEquals(t, s.toModel(0.5 + 0.5 * t), 0.02, "model value of own " + (0.5 + 0.5 * t));
    }
  }

  @Test
  void theMapIsMonotoneAndInvertibleOverTheWholeRange() {
    CosineScale s = CosineScale.of(new double[] {0.3, 0.5, 0.8}, new double[] {0.1, 0.5, 0.9});
    double last = -2;
    for (double c = -1; c <= 1.0001; c += 0.01) {
      double m = s.toModel(c);
      assertTrue(m >= last, "monotone at " + c);
      last = m;
      assertEquals(c, s.fromModel(m), 1e-9, "inverse at " + c);
    }
    assertEquals(-1, s.toModel(-1), 1e-12);
    assertEquals(1, s.toModel(1), 1e-12);
  }

  @Test
  void knotsThatDoNotIncreaseAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> CosineScale.of(new double[] {0.5, 0.4}, new double[] {0.1, 0.2}));
    assertThrows(IllegalArgumentException.class, () -> CosineScale.of(new double[] {0.4}, new double[] {0.1, 0.2}));
  }

  @Test
  void identityLeavesCosinesAlone() {
    for (double c : new double[] {-0.3, 0, 0.45, 0.99}) assertEquals(c, CosineScale.IDENTITY.toModel(c), 1e-12);
  }

  @Test
  void theBundledFirstLookHasAShippedScaleThatKeepsTheLeadThresholdsInOrder() {
    CosineScale s = CosineScale.shipped(StaticEmbedder.nameFor((OnnxSentenceEmbedder) Embedders.bundledModel()));
    assertNotNull(s, "first-look-scale.tsv has no rows for the bundled model's static vectors (recipe changed?)");
    double previous = -1;
    for (double t : new double[] {0.45, 0.5, 0.6, 0.8}) {
      double cut = s.fromModel(t);
      assertTrue(cut > previous, "cut for " + t);
      previous = cut;
    }
    assertNull(CosineScale.shipped("static256-r1-0123456789abcdef"), "another model (or recipe): no scale, no first look");
  }
}
