package org.echotrace.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first look: static vectors distilled from the bundled model (distilled once per machine, then cached). */
class StaticEmbedderTest {
  private static OnnxSentenceEmbedder model;
  private static SentenceEmbedder first;

  @BeforeAll
  static void open() {
    model = (OnnxSentenceEmbedder) Embedders.bundledModel();
    first = model.firstLook();
  }

  @Test
  void theBundledModelLooksFirstThroughItsStaticVectors() {
    assertTrue(first instanceof StaticEmbedder, "first look of the bundled model: " + first.name());
    assertEquals(StaticEmbedder.DIMENSIONS, first.dimension());
    assertSame(first, Embedders.bundled().firstLook(), "the cache in front of the model looks through the same vectors");
    assertTrue(first.scale().fromModel(0.5) != 0.5, "a fitted scale, not the identity");
  }

  /** The scale belongs to the model's files, not to its name: a --model folder of the bundled files looks alike. */
  @Test
  void theBundledFilesUnderAnotherNameLookThroughTheSameVectors() {
    try (OnnxSentenceEmbedder copy = OnnxSentenceEmbedder.fromResources("renamed-copy",
        "/all-minilm-l6-v2-q.onnx", "/all-minilm-l6-v2-q-tokenizer.json")) {
      SentenceEmbedder look = copy.firstLook();
      assertTrue(look instanceof StaticEmbedder);
      assertEquals(first.name(), look.name());
      assertArrayEquals(first.embed("Ferry fares rise again."), look.embed("Ferry fares rise again."));
    }
  }

  @Test
  void aRewordedLeadIsCloserThanAnUnrelatedOneOnTheModelsScale() {
    String a = "The Kremlin spokesman said Moscow rejects any European troops in Ukraine after the Paris summit.";
    String para = "Moscow will not accept European soldiers being deployed to Ukraine, the Kremlin's spokesman said after "
        + "the summit in Paris.";
    String other = "The bakery on Main Street won a prize for its sourdough bread at the regional fair.";
    double close = first.scale().toModel(SentenceEmbedder.cosine(first.embed(a), first.embed(para)));
    double far = first.scale().toModel(SentenceEmbedder.cosine(first.embed(a), first.embed(other)));
    assertTrue(close >= 0.5, "reworded lead on the model's scale: " + close);
    assertTrue(far < 0.3, "unrelated lead on the model's scale: " + far);
  }

  @Test
  void vectorsAreUnitLengthDeterministicAndZeroForNoText() {
    float[] v = first.embed("Parliament passed the budget on Friday.");
    assertEquals(1.0, SentenceEmbedder.cosine(v, v), 1e-5);
    assertArrayEquals(v, first.embedAll(List.of("Parliament passed the budget on Friday."))[0]);
    float[] none = first.embed("   ");
    assertEquals(0.0, SentenceEmbedder.cosine(none, none), 0.0);
  }

  @Test
  void frequentPiecesWeighLessThanRareOnes() {
    List<String> pieces = model.pieces();
    double[] w = StaticEmbedder.weights(pieces);
    int the = pieces.indexOf("the"), comma = pieces.indexOf(","), rare = pieces.indexOf("parliament");
    assertTrue(the > 0 && comma > 0 && rare > 0);
    assertTrue(w[the] < 0.01 && w[comma] < 0.01, "'the' " + w[the] + ", ',' " + w[comma]);
    assertTrue(w[rare] > 0.5, "'parliament' " + w[rare]);
  }

  @Test
  void theCacheFileKeepsEveryRowAndItsGaps(@TempDir Path dir) throws Exception {
    float[][] table = {{1f, 2f, 3f}, null, {-0.5f, 0f, 7.25f}};
    Path file = dir.resolve("t.bin.gz");
    StaticEmbedder.write(file, table);
    float[][] back = StaticEmbedder.read(file);
    assertEquals(3, back.length);
    assertArrayEquals(table[0], back[0]);
    assertNull(back[1]);
    assertArrayEquals(table[2], back[2]);
    Files.write(file, new byte[] {1, 2, 3});
    assertNull(StaticEmbedder.read(file), "a broken cache file is read as absent (and distilled again)");
  }

  @Test
  void distillingIsCentredAndKeepsTheDimensionsAsked() {
    float[][] raw = new float[300][];
    java.util.Random r = new java.util.Random(3);
    for (int i = 5; i < raw.length; i++) {
      raw[i] = new float[8];
      for (int k = 0; k < 8; k++) raw[i][k] = (float) (r.nextGaussian() + 10);
    }
    List<String> pieces = new java.util.ArrayList<>();
    for (int i = 0; i < raw.length; i++) pieces.add(i < 5 ? "[unused" + i + "]" : "piece" + i);
    float[][] out = StaticEmbedder.distil(raw, pieces);
    assertEquals(raw.length, out.length);
    assertEquals(8, out[10].length, "fewer dimensions than asked: all kept");
    assertTrue(Arrays.equals(new float[8], out[0]), "a reserved piece has no vector");
    assertNotSame(raw[10], out[10]);
    double mean = 0;
    for (int i = 5; i < raw.length; i++) mean += out[i][0] / StaticEmbedder.weights(pieces)[i];
    assertEquals(0, mean / (raw.length - 5), 1e-3, "centred before weighting");
  }
}
