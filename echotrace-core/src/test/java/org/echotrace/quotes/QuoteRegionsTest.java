package org.echotrace.quotes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import org.junit.jupiter.api.Test;

class QuoteRegionsTest {
  @Test
  void spansCoverTheMarksAndSkipApostrophes() {
    String text = "Zelenskiy’s aide said “we don’t agree” and left.";
    int[][] spans = QuoteRegions.spans(text);
    assertEquals(1, spans.length);
    assertEquals("“we don’t agree”", text.substring(spans[0][0], spans[0][1]));
  }

  @Test
  void aQuoteLeftOpenMidParagraphIsNoRegionInAnArticleButRunsToTheEndOfALine() {
    // an excerpt cut inside a quotation: for attribution the stray mark proves nothing; for the page's own voice
    // (extraction's line features) what follows the open mark is the speaker's
    String line = "The president called it decisive. \"Its outcome will decide whether we consoli";
    assertTrue(QuoteRegions.mask(line).isEmpty());
    BitSet quoted = QuoteRegions.lineMask(line);
    int open = line.indexOf('"');
    assertEquals(open, quoted.nextSetBit(0));
    assertEquals(line.length(), quoted.nextClearBit(open));
    assertArrayEquals(new int[0][], QuoteRegions.spans("No quotation here, isn't it?"));
  }
}
