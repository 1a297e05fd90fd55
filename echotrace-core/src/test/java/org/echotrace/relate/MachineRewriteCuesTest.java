package org.echotrace.relate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.echotrace.model.Article;
import org.echotrace.model.Origin;
import org.echotrace.model.OriginConfidence;
import org.echotrace.model.Published;
import org.junit.jupiter.api.Test;

class MachineRewriteCuesTest {
  private final MachineRewriteCues cues = new MachineRewriteCues();
  private final OriginResolver resolver = new OriginResolver();

  static final String WIRE = "MOSCOW, April 15 (Reuters) - Kremlin spokesman Dmitry Peskov said on Tuesday that"
      + " Russia would not accept European troops in Ukraine under any flag. \"We have said so many times,\" Peskov"
      + " told reporters on a conference call. The remarks followed a meeting in Paris of officials from 30"
      + " countries, who discussed a possible force to monitor a ceasefire. Ukraine's foreign ministry did not"
      + " immediately respond to a request for comment.";

  static final String REWRITE = "In a significant development, the Kremlin has once again rejected the idea of"
      + " European troops in Ukraine. It is worth noting that spokesman Dmitry Peskov made the remarks on Tuesday."
      + " Moreover, Peskov said Russia had made its position clear many times. This development comes as officials"
      + " from 30 countries met in Paris amid growing tensions over a possible ceasefire force. Overall, the"
      + " statement underscores the ongoing divide between Moscow and Europe. As the situation unfolds, it remains"
      + " to be seen whether the plan will go ahead.";

  static Article article(String id, String text, String date) {
    Published p = date == null ? null : new Published(LocalDate.parse(date), null, null, "test");
    return Article.builder(id, text).published(p).language("en").build();
  }

  /**
   * The finder tries the regex only where a cue can start; it must find what a plain scan with the same regex finds.
   * The oracle here is that plain scan: every match of the bundled cues at a word boundary, ASCII case folded.
   */
  @Test
  void findsWhatAPlainScanOfTheRegexFinds() throws java.io.IOException {
    java.util.regex.Pattern plain = java.util.regex.Pattern.compile("\\b(?:" + String.join("|",
        org.echotrace.internal.ResourceTable.entries("/org/echotrace/relate/machine-rewrite-cues.tsv", 2).stream()
            .map(row -> row[0]).toList()) + ")", java.util.regex.Pattern.CASE_INSENSITIVE);
    List<String> texts = new java.util.ArrayList<>(List.of(WIRE, REWRITE, "", "x", "Overall,", "OVERALL, it",
        "x_overall, y", "3overall, z", "éoverall, z", "Ü notably, x", "(Moreover, a)", "redelve delve", "delve",
        "it's worth noting; it’s worth noting; its worth noting", "In a Major Development", "In a\u00a0major development",
        REWRITE.toUpperCase(java.util.Locale.ROOT), REWRITE + REWRITE, "overall," + "\u0000" + "notably,"));
    try (var files = java.nio.file.Files.walk(org.echotrace.testing.SharedData.repositoryRoot().resolve("examples"))) {
      for (var f : files.filter(java.nio.file.Files::isRegularFile).toList()) texts.add(new String(java.nio.file.Files.readAllBytes(f), java.nio.charset.StandardCharsets.UTF_8));
    }
    for (String text : texts) {
      List<String> expected = new java.util.ArrayList<>();
      java.util.regex.Matcher m = plain.matcher(text);
      while (m.find()) {
        StringBuilder lower = new StringBuilder();
        for (char c : m.group().toCharArray()) lower.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        expected.add(lower.toString());
      }
      assertEquals(expected, cues.find(text), text.length() > 80 ? text.substring(0, 80) : text);
    }
  }

  @Test
  void findsTheStockPhrasesInOrder() {
    assertEquals(List.of("in a significant development", "it is worth noting", "moreover,", "this development comes",
        "amid growing tensions", "overall,", "underscores the ongoing", "as the situation unfolds",
        "it remains to be seen"), cues.find(REWRITE));
  }

  @Test
  void plainWireCopyHasNone() {
    assertEquals(List.of(), cues.find(WIRE));
    assertEquals(List.of(), cues.find(""));
    // Cue words without the stock framing are not cues.
    assertEquals(List.of(), cues.find("The overall result was notably better; moreover the delivery was late."));
  }

  @Test
  void casingAndContractionsAndDelve() {
    assertEquals(List.of("it's worth noting", "its worth noting"),
        cues.find("IT'S WORTH NOTING that... and its worth noting"));
    assertEquals(List.of("additionally,", "furthermore,", "in conclusion,"),
        cues.find("Additionally, x. Furthermore, y. In conclusion, z."));
    assertEquals(List.of("delve"), cues.find("Let us delve into the details."));
    assertEquals(List.of("the move comes as", "sparking debate", "in a move aimed"),
        cues.find("The move comes as prices rise, sparking debate, in a move aimed at savers."));
  }

  @Test
  void theSideWithClearlyMoreCuesIsTheRewrite() {
    Article wire = article("wire", WIRE, null), farm = article("farm", REWRITE, null);
    for (Origin o : List.of(resolver.resolve(wire, farm, 1.0, 1.0), resolver.resolve(farm, wire, 1.0, 1.0))) {
      assertEquals("wire", o.id());
      assertEquals(1, o.reasons().size());
      String reason = o.reasons().get(0);
      assertTrue(reason.startsWith("farm reads as a machine rewrite"), reason);
      assertTrue(reason.contains("9 stock phrases"), reason);
      assertTrue(reason.contains("\"in a significant development\", \"it is worth noting\", \"moreover,\")"), reason);
    }
  }

  @Test
  void exactlyTheMarginDecides() {
    Article wire = article("wire", WIRE, null);
    Article three = article("three", WIRE + " Moreover, this. Furthermore, that. Additionally, more.", null);
    Article two = article("two", WIRE + " Moreover, this. Furthermore, that.", null);
    assertEquals("wire", resolver.resolve(three, wire, 1.0, 1.0).id());
    Origin undecided = resolver.resolve(two, wire, 1.0, 1.0);
    assertNull(undecided.id(), "two more cues are below the margin of " + MachineRewriteCues.MARGIN);
    assertTrue(undecided.reasons().get(0).startsWith("a date is missing"), undecided.reasons().toString());
    // Margin is a difference: three cues against one do not decide.
    Article one = article("one", WIRE + " Overall, fine.", null);
    assertNull(resolver.resolve(three, one, 1.0, 1.0).id());
  }

  @Test
  void datesThatCannotOverlapComeBeforeCues() {
    Article wire = article("wire", WIRE, "2025-04-16"), farm = article("farm", REWRITE, "2025-04-13");
    Origin o = resolver.resolve(wire, farm, 1.0, 1.0);
    assertEquals("farm", o.id());
    assertEquals(OriginConfidence.CERTAIN, o.confidence());
    assertTrue(o.reasons().get(0).startsWith("published 2025-04-13"), o.reasons().toString());
  }

  @Test
  void anEarlierDayThatCouldOverlapAgainstTheCuesLeavesTheOrderUndecided() {
    // 15 and 16 April without times overlap somewhere on Earth: the date hints at farm, the cues at wire
    Article wire = article("wire", WIRE, "2025-04-16"), farm = article("farm", REWRITE, "2025-04-15");
    Origin o = resolver.resolve(wire, farm, 1.0, 1.0);
    assertNull(o.id());
    assertEquals(OriginConfidence.UNDECIDED, o.confidence());
    assertEquals("the signs disagree", o.reasons().get(0));
  }

  @Test
  void cuesAloneMakeADirectionLikelyNeverCertain() {
    Article wire = article("wire", WIRE, null), farm = article("farm", REWRITE, null);
    assertEquals(OriginConfidence.LIKELY, resolver.resolve(wire, farm, 1.0, 1.0).confidence());
  }

  @Test
  void situationContinuesToUnfoldIsACue() {
    assertEquals(List.of("as the situation continues to unfold"), cues.find("As the situation continues to unfold,"));
  }

  @Test
  void typographicApostropheIsACue() {
    assertEquals(List.of("it’s worth noting"), cues.find("It’s worth noting that"));
  }
}
