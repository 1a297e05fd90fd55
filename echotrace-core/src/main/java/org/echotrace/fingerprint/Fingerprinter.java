package org.echotrace.fingerprint;

import org.echotrace.normalize.Tokens;

/** Tokens in, {@link Fingerprint} out: shingles, MinHash signature, winnowed fingerprints. Thread-safe. */
public final class Fingerprinter {
  private final MinHasher minHasher = new MinHasher();
  private final Winnower winnower = new Winnower();

  public Fingerprint of(Tokens tokens) {
    long[] shingles = Shingles.of(tokens.hashes(), Shingles.DEFAULT_SIZE);
    return new Fingerprint(minHasher.signature(shingles), winnower.fingerprints(shingles), tokens.size());
  }
}
