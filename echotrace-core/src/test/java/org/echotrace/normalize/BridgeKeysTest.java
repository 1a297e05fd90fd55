package org.echotrace.normalize;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.echotrace.internal.SortedArrays;
import org.junit.jupiter.api.Test;

class BridgeKeysTest {
  private static long[] keys(String text, String language) {
    return BridgeKeys.of(text, new int[][] {{0, text.length()}}, new Anchors().of(text), language)[0];
  }

  private static double dice(long[] a, long[] b) {
    return 2.0 * SortedArrays.shared(a, b) / (a.length + b.length);
  }

  @Test
  void aTranslatedSentenceSharesMostOfItsKeys() {
    long[] en = keys("The earthquake of magnitude 8.8 damaged the port of Severo-Kurilsk in Russia.", "en");
    long[] de = keys("Das Erdbeben der Stärke 8,8 beschädigte den Hafen von Severo-Kurilsk in Russland.", "de");
    long[] other = keys("Das Parlament in Berlin beschloss am Freitag den neuen Haushalt für Schulen.", "de");
    assertTrue(dice(en, de) >= 0.5, "translation: " + dice(en, de));
    assertTrue(dice(en, other) < 0.2, "unrelated: " + dice(en, other));
  }

  @Test
  void namesMeetAcrossScriptsAndSpellings() {
    long[] en = keys("Peskov spoke of Kamchatka.", "en");
    long[] de = keys("Peskow sprach über Kamtschatka.", "de");
    long[] ru = keys("Песков говорил о Камчатке.", "ru");
    assertTrue(SortedArrays.shared(en, de) >= 2, "Peskov/Peskow, Kamchatka/Kamtschatka");
    assertTrue(SortedArrays.shared(en, ru) >= 1, "Peskov/Песков");
  }
}
