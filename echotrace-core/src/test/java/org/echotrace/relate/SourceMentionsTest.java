package org.echotrace.relate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SourceMentionsTest {
  private final SourceMentions mentions = SourceMentions.bundled();

  @Test
  void wireDatelinesAndAttributions() {
    assertEquals(List.of("AP"), mentions.find("TOKYO (AP) — One of the world's strongest earthquakes struck."));
    assertEquals(List.of("Reuters"), mentions.find("MOSCOW (Reuters) - The Kremlin said on Monday."));
    assertEquals(List.of("Reuters"), mentions.find("The talks failed, according to Reuters."));
    assertEquals(List.of("dpa"), mentions.find("Das Beben war heftig, laut dpa."));
    assertEquals(List.of("EFE"), mentions.find("El sismo fue fuerte, según EFE."));
    assertEquals(List.of("TASS"), mentions.find("Source: TASS"));
  }

  @Test
  void outletsByTheirNamesButNotPeople() {
    assertEquals(List.of("Wall Street Journal"), mentions.find("The deal is off, according to the Wall Street Journal."));
    assertEquals(List.of(), mentions.find("The deal is off, according to Dmitry Peskov."));
    assertEquals(List.of(), mentions.find("a cap (ap) on words")); // agency names match as spelled
  }

  @Test
  void sourcesComeInTextOrderWhicheverCueNamesThem() {
    assertEquals(List.of("AFP", "Reuters"),
        mentions.find("PARIS (AFP) — Talks stalled. Later, according to Reuters, they resumed."));
    assertEquals("according", SourceMentions.literal("according to {SOURCE}"));
    assertEquals("contributed", SourceMentions.literal("{SOURCE} contributed to this report"));
  }
}
