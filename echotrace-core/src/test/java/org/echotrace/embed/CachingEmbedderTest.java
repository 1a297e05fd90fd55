package org.echotrace.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CachingEmbedderTest {
  /** Counts calls; the vector depends only on the lower-cased letters and digits of the text. */
  static final class FakeEmbedder implements SentenceEmbedder {
    final AtomicInteger calls = new AtomicInteger();
    final ConcurrentHashMap<String, AtomicInteger> perText = new ConcurrentHashMap<>();
    volatile boolean closed;

    @Override
    public String name() {
      return "fake-8";
    }

    @Override
    public int dimension() {
      return 8;
    }

    @Override
    public float[] embed(String text) {
      calls.incrementAndGet();
      perText.computeIfAbsent(text, t -> new AtomicInteger()).incrementAndGet();
      String key = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
      java.util.Random r = new java.util.Random(key.hashCode());
      float[] v = new float[8];
      for (int d = 0; d < v.length; d++) v[d] = (float) r.nextGaussian();
      return SentenceEmbedder.normalize(v);
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  @Test
  void caseAndPunctuationAndSpacingShareOneEmbedding() {
    FakeEmbedder model = new FakeEmbedder();
    CachingEmbedder cache = new CachingEmbedder(model, 100);
    float[] first = cache.embed("The Kremlin said on Monday it would not comment.");
    float[] second = cache.embed("the KREMLIN said, on Monday -- it would not comment!");
    float[] third = cache.embed("  The   Kremlin said on Monday it would not comment  ");
    float[] fourth = cache.embed("“The Kremlin” said on Monday: it would not comment…");
    assertEquals(1, model.calls.get());
    assertEquals(1, cache.misses());
    assertEquals(3, cache.hits());
    assertSame(first, second);
    assertSame(first, third);
    assertSame(first, fourth);

    // A different word is a different sentence.
    float[] other = cache.embed("The Kremlin said on Tuesday it would not comment.");
    assertEquals(2, model.calls.get());
    assertEquals(2, cache.misses());
    assertEquals(3, cache.hits());
    assertNotEquals(java.util.Arrays.toString(first), java.util.Arrays.toString(other));
  }

  @Test
  void keysDependOnWordsAndTheirOrder() {
    assertEquals(CachingEmbedder.key("Kremlin’s troops"), CachingEmbedder.key("kremlin's TROOPS"));
    assertNotEquals(CachingEmbedder.key("troops Kremlin"), CachingEmbedder.key("Kremlin troops"));
    assertNotEquals(CachingEmbedder.key("Kremlin troops"), CachingEmbedder.key("Kremlin troops troops"));
    assertNotEquals(CachingEmbedder.key(""), CachingEmbedder.key("a"));
    assertEquals(CachingEmbedder.key(""), CachingEmbedder.key(" ... "));
  }

  @Test
  void capacityStopsGrowthButStillReturnsVectors() {
    FakeEmbedder model = new FakeEmbedder();
    CachingEmbedder cache = new CachingEmbedder(model, 2);
    List<String> sentences = List.of("one alpha", "two beta", "three gamma", "four delta", "five epsilon");
    for (String s : sentences) assertArrayEquals(model.embed(s), cache.embed(s));
    int direct = sentences.size();
    assertEquals(direct + 5, model.calls.get());
    assertEquals(5, cache.misses());
    assertEquals(0, cache.hits());
    // The first two were kept; the rest go to the model again, and still come back right.
    for (String s : sentences) assertArrayEquals(model.embed(s), cache.embed(s));
    assertEquals(2, cache.hits());
    assertEquals(8, cache.misses());
    assertEquals(direct * 2 + 8, model.calls.get());

    FakeEmbedder none = new FakeEmbedder();
    CachingEmbedder uncached = new CachingEmbedder(none, 0);
    for (int i = 0; i < 3; i++) assertEquals(8, uncached.embed("same sentence").length);
    assertEquals(3, none.calls.get());
    assertEquals(0, uncached.hits());
    assertEquals(3, uncached.misses());
  }

  @Test
  void delegatesNameDimensionAndClose() {
    FakeEmbedder model = new FakeEmbedder();
    CachingEmbedder cache = new CachingEmbedder(model, 10);
    assertEquals("fake-8", cache.name());
    assertEquals(8, cache.dimension());
    float[][] all = cache.embedAll(List.of("a b c", "A, b. C", "d e f"));
    assertSame(all[0], all[1]);
    assertEquals(2, model.calls.get());
    cache.close();
    assertTrue(model.closed);
  }

  @Test
  void concurrentCallsReturnEqualVectors() throws Exception {
    FakeEmbedder model = new FakeEmbedder();
    CachingEmbedder cache = new CachingEmbedder(model, 1000);
    String[] variants = {"Troops crossed the river at dawn.", "troops crossed THE river, at dawn",
        "Troops  crossed the river at dawn!"};
    int sentences = 10, threads = 6, rounds = 300;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<float[][]>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int seed = t;
        Callable<float[][]> task = () -> {
          start.await();
          float[][] got = new float[sentences][];
          for (int k = 0; k < rounds; k++) {
            int s = (k + seed) % sentences;
            float[] v = cache.embed("Item " + s + ": " + variants[(k + seed) % variants.length]);
            if (got[s] == null) got[s] = v;
            else assertArrayEquals(got[s], v);
          }
          return got;
        };
        futures.add(pool.submit(task));
      }
      start.countDown();
      List<float[][]> results = new ArrayList<>();
      for (Future<float[][]> f : futures) results.add(f.get());
      for (float[][] r : results) {
        for (int s = 0; s < sentences; s++) assertArrayEquals(results.get(0)[s], r[s], "sentence " + s);
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals((long) threads * rounds, cache.hits() + cache.misses());
    assertEquals(cache.misses(), model.calls.get());
    assertTrue(cache.misses() >= sentences, "each sentence embedded at least once");
    assertTrue(cache.misses() <= (long) sentences * threads, "at most one miss per thread and sentence");
  }
}
