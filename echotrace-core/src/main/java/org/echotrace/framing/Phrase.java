package org.echotrace.framing;

import java.util.ArrayList;
import java.util.List;

/**
 * A lexicon pattern parsed into folded words. A word written with a trailing {@code *} matches any word that starts
 * with it (for German and Russian endings: "киевск* режим*" matches "киевского режима"); such a stem needs at least
 * 3 letters, since a shorter one would match half the dictionary. Not API.
 *
 * A hyphen in a pattern asks for a hyphen or dash in the text ("would-be" is not "would be"); write both forms when
 * both are used ("so-called", "so called").
 *
 * @param words folded words
 * @param prefix prefix[i]: word i matches any word starting with it
 * @param hyphenBefore hyphenBefore[i]: the pattern joins word i to the word before it with a hyphen
 */
record Phrase(List<String> words, List<Boolean> prefix, List<Boolean> hyphenBefore) {
  static final int MIN_STEM = 3;

  static Phrase parse(String pattern) {
    List<String> words = new ArrayList<>();
    List<Boolean> prefix = new ArrayList<>();
    List<Boolean> hyphenBefore = new ArrayList<>();
    for (String chunk : pattern.trim().split("\\s+")) {
      boolean star = chunk.endsWith("*");
      String body = star ? chunk.substring(0, chunk.length() - 1) : chunk;
      if (body.indexOf('*') >= 0) throw new IllegalArgumentException("'*' only at the end of a word: " + pattern);
      Words chunkWords = Words.of(body);
      String[] folded = chunkWords.folded;
      for (int i = 0; i < folded.length; i++) {
        hyphenBefore.add(i > 0 && chunkWords.hyphenated(i - 1));
        boolean p = star && i == folded.length - 1;
        if (p && folded[i].length() < MIN_STEM) {
          throw new IllegalArgumentException("stem before '*' needs " + MIN_STEM + "+ letters: " + pattern);
        }
        words.add(folded[i]);
        prefix.add(p);
      }
      if (star && folded.length == 0) throw new IllegalArgumentException("'*' without a stem: " + pattern);
    }
    if (words.isEmpty()) throw new IllegalArgumentException("pattern has no words: \"" + pattern + "\"");
    return new Phrase(List.copyOf(words), List.copyOf(prefix), List.copyOf(hyphenBefore));
  }
}
