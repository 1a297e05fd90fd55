package org.echotrace.normalize;

/**
 * The words of a text, normalised and hashed, each with its character span in the original text (so that every
 * piece of evidence can point back at the article). Arrays are owned by this object: do not modify them.
 *
 * @param starts start offset of each word in the original text
 * @param ends end offset (exclusive) of each word
 * @param hashes 64-bit hash of each normalised word; equal words have equal hashes
 */
public record Tokens(int[] starts, int[] ends, long[] hashes) {
  public int size() {
    return hashes.length;
  }
}
