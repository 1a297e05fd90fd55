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
    float[][] serial = new float[texts.size()][];
    for (int i = 0; i < serial.length; i++) serial[i] = model.embed(texts.get(i));
    float[][] parallel = new float[texts.size()][];
    IntStream.range(0, texts.size()).parallel().forEach(i -> parallel[i] = model.embed(texts.get(i)));
    for (int i = 0; i < serial.length; i++) assertArrayEquals(serial[i], parallel[i], 1e-6f);
  }

  /** Activations are quantized per run, so a batch changes a vector very slightly: never its meaning. */
  @Test
  void aBatchGivesTheVectorsOfSingleTextsUpToQuantization() {
    List<String> texts = List.of("Short.", "A somewhat longer sentence about the harbour strike in Carrow.",
        "Peskov said the talks were intense, and that results would take time to appear.");
    float[][] batch = model.embedAll(texts);
    for (int i = 0; i < texts.size(); i++) {
      double c = SentenceEmbedder.cosine(batch[i], model.embed(texts.get(i)));
      assertTrue(c > 0.99, texts.get(i) + ": " + c);
    }
  }

  /** Texts beyond the model's 256 tokens are embedded in windows, not cut. */
  @Test
  void aLongTextIsEmbeddedWhole() {
    String sentence = "The harbour strike in Carrow entered its third week on Tuesday. ";
    float[] v = model.embed(sentence.repeat(40));
    assertEquals(384, v.length);
    assertTrue(SentenceEmbedder.cosine(v, model.embed(sentence)) > 0.8);
  }

  @Test
  void blankTextStillGivesAVector() {
    assertEquals(384, model.embed("  ").length);
  }
}
