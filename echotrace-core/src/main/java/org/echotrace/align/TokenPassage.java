package org.echotrace.align;

/**
 * An aligned passage in word positions: words [aFrom, aTo) of a correspond to words [bFrom, bTo) of b, with
 * {@code matched} words aligned exactly (the rest are small edits inside the passage).
 */
public record TokenPassage(int aFrom, int aTo, int bFrom, int bTo, int matched) {
  public TokenPassage {
    if (aFrom < 0 || aTo < aFrom || bFrom < 0 || bTo < bFrom) {
      throw new IllegalArgumentException("bad passage [" + aFrom + "," + aTo + ") / [" + bFrom + "," + bTo + ")");
    }
  }
}
