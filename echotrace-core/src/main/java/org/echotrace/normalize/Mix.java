package org.echotrace.normalize;

/** 64-bit finaliser (SplitMix64 / MurmurHash3 fmix64): spreads FNV's weak low bits over the whole word. */
public final class Mix {
  private Mix() {}

  public static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
