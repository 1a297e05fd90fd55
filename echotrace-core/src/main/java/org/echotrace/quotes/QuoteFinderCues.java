package org.echotrace.quotes;

import java.util.Set;

/** Cue lists shared by the sentence splitter and the finder. */
final class QuoteFinderCues {
  private QuoteFinderCues() {}

  /** Verbs that are speech only right before the quote ("called it “reckless”", "the statement reads: “…”"). */
  static final Set<String> WEAK = Words.WORDS.get("weak-speech-verb");
}
