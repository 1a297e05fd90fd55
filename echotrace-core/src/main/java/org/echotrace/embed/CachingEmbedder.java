package org.echotrace.embed;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.echotrace.normalize.TextNormalizer;
import org.echotrace.normalize.Tokens;

/**
 * Remembers vectors by a 64-bit hash of the sentence's normalised words, so that a sentence shared by many copies
 * (verbatim republications share all of theirs) is embedded once. Counts hits, misses and the time spent in the
 * model, for the benchmark's "share of time embedding". The cache stops growing at {@code capacity} vectors (a
 * 384-dimension vector takes ~1.6 kB; 200,000 take ~320 MB); later misses are embedded and not kept.
 * Thread-safe.
 */
public final class CachingEmbedder implements SentenceEmbedder {
  private static final TextNormalizer NORMALIZER = new TextNormalizer();
  private final SentenceEmbedder model;
  private final int capacity;
  private final ConcurrentHashMap<Long, float[]> cache = new ConcurrentHashMap<>();
  private final AtomicLong hits = new AtomicLong(), misses = new AtomicLong(), nanos = new AtomicLong();

  public CachingEmbedder(SentenceEmbedder model, int capacity) {
    this.model = java.util.Objects.requireNonNull(model, "model");
    this.capacity = capacity;
  }

  @Override
  public String name() {
    return model.name();
  }

  /** The model's first look, uncached: static vectors cost less than a cache lookup's hashing. */
  @Override
  public SentenceEmbedder firstLook() {
    return model.firstLook();
  }

  @Override
  public int dimension() {
    return model.dimension();
  }

  @Override
  public float[] embed(String text) {
    long key = key(text);
    float[] v = cache.get(key);
    if (v != null) {
      hits.incrementAndGet();
      return v;
    }
    misses.incrementAndGet();
    long t0 = System.nanoTime();
    v = model.embed(text);
    nanos.addAndGet(System.nanoTime() - t0);
    if (cache.size() < capacity) cache.putIfAbsent(key, v);
    return v;
  }

  /**
   * Cached texts from the cache; the others embedded by the model (each distinct text once), then cached.
   */
  @Override
  public float[][] embedAll(java.util.List<String> texts) {
    float[][] out = new float[texts.size()][];
    long[] keys = new long[texts.size()];
    java.util.List<String> missing = new java.util.ArrayList<>();
    java.util.Map<Long, Integer> slot = new java.util.HashMap<>();
    for (int i = 0; i < out.length; i++) {
      keys[i] = key(texts.get(i));
      out[i] = cache.get(keys[i]);
      if (out[i] == null && slot.putIfAbsent(keys[i], missing.size()) == null) missing.add(texts.get(i));
    }
    hits.addAndGet(out.length - missing.size());
    if (missing.isEmpty()) return out;
    misses.addAndGet(missing.size());
    long t0 = System.nanoTime();
    float[][] fresh = model.embedAll(missing);
    nanos.addAndGet(System.nanoTime() - t0);
    for (int i = 0; i < out.length; i++) {
      if (out[i] != null) continue;
      out[i] = fresh[slot.get(keys[i])];
      if (cache.size() < capacity) cache.putIfAbsent(keys[i], out[i]);
    }
    return out;
  }

  /**
   * Puts a vector computed earlier (by this model, read back from a store) into the cache; false when the cache is
   * full or already holds the key.
   */
  public boolean preload(long key, float[] vector) {
    if (vector.length != model.dimension()) {
      throw new IllegalArgumentException("vector of " + vector.length + " dimensions for a model of " + model.dimension());
    }
    return cache.size() < capacity && cache.putIfAbsent(key, vector) == null;
  }

  /** Calls {@code sink} with every cached key and vector (for a store that keeps them between runs). */
  public void forEachCached(java.util.function.BiConsumer<Long, float[]> sink) {
    cache.forEach(sink);
  }

  /** Sentences served from the cache. */
  public long hits() {
    return hits.get();
  }

  /** Sentences the model embedded. */
  public long misses() {
    return misses.get();
  }

  /** Thread-time spent inside the model, summed over threads, in nanoseconds. */
  public long modelNanos() {
    return nanos.get();
  }

  @Override
  public void close() {
    model.close();
  }

  /** Case, punctuation and spacing do not change the key; words do. */
  static long key(String text) {
    Tokens t = NORMALIZER.tokenize(text);
    long h = 0x9E3779B97F4A7C15L;
    for (long w : t.hashes()) h = (h ^ w) * 0xbf58476d1ce4e5b9L + 0x94d049bb133111ebL;
    return h ^ t.size();
  }
}
