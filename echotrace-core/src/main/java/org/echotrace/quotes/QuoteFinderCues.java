package org.echotrace.quotes;

import java.util.Set;

/** Cue lists shared by the sentence splitter and the finder. */
final class QuoteFinderCues {
  private QuoteFinderCues() {}

  /** Verbs that are speech only right before the quote ("called it “reckless”", "the statement reads: “…”"). */
  static final Set<String> WEAK = Set.of("called", "calls", "dubbed", "labeled", "labelled", "branded",
      "termed", "accused", "charged", "criticized", "criticised", "slammed", "mocked", "condemned", "rejected",
      "dismissed", "described", "thinks", "believes", "thought", "believed", "hopes", "hoped", "feared", "fears",
      "reported", "reports", "read", "reads", "put", "went", "goes", "pointed", "points", "shot", "fired", "summed",
      "agreed", "insist", "wondered", "reiterated", "repeated", "blasted", "lamented", "posted", "started", "began",
      "lectured", "sang", "demanded");
}
