package org.echotrace.fingerprint;

/**
 * What candidate generation keeps of one article: its MinHash signature and its winnowed shingle fingerprints.
 * The article's text and tokens are not kept, so that 100,000 articles fit in little memory (~1.5 KB each).
 */
public record Fingerprint(long[] signature, long[] fingerprints, int words) implements java.io.Serializable {
  /** Too short to take part: fewer words than one shingle. */
  public boolean empty() {
    return fingerprints.length == 0;
  }
}
