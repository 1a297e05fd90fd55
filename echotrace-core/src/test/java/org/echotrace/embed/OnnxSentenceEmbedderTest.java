package org.echotrace.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OnnxSentenceEmbedderTest {
  private static OnnxSentenceEmbedder model;

  @BeforeAll
  static void open() {
    model = OnnxSentenceEmbedder.bundled();
  }

  @AfterAll
  static void close() {
    model.close();
  }

  @Test
  void unitVectorsOfTheModelsDimension() {
    float[] v = model.embed("The Kremlin rejected the proposal on Tuesday.");
    assertEquals(384, model.dimension());
    assertEquals(384, v.length);
    assertEquals(1.0, SentenceEmbedder.cosine(v, v), 1e-4);
  }

  @Test
  void aParaphraseIsCloserThanAnUnrelatedSentence() {
    float[] a = model.embed("The Kremlin spokesman said Moscow rejects any European troops in Ukraine.");
    float[] para = model.embed("Moscow will not accept European soldiers being deployed to Ukraine, the Kremlin's spokesman said.");
    float[] other = model.embed("The bakery on Main Street won a prize for its sourdough bread.");
    double close = SentenceEmbedder.cosine(a, para), far = SentenceEmbedder.cosine(a, other);
    assertTrue(close > 0.6, "paraphrase cosine " + close);
    assertTrue(far < 0.2, "unrelated cosine " + far);
  }

  @Test
  void concurrentCallsGiveTheSameVectorsAsSerialOnes() {
    List<String> texts = IntStream.range(0, 40).mapToObj(i -> "Sentence number " + i + " about the harbour strike.").toList();
    float[][] serial = model.embedAll(texts);
    float[][] parallel = new float[texts.size()][];
    IntStream.range(0, texts.size()).parallel().forEach(i -> parallel[i] = model.embed(texts.get(i)));
    for (int i = 0; i < serial.length; i++) assertArrayEquals(serial[i], parallel[i], 1e-5f);
  }

  @Test
  void blankTextStillGivesAVector() {
    assertEquals(384, model.embed("  ").length);
  }
}
