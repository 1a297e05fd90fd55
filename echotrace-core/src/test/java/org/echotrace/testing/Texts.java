package org.echotrace.testing;

import java.util.Random;

/** Synthetic prose for tests: sentences of pseudo-words that share no 5-word runs by chance. */
public final class Texts {
  private Texts() {}

  private static final String[] SYLLABLES = {"ka", "lo", "mi", "ren", "sto", "va", "dun", "pel", "tir", "zo", "bra",
      "gen", "hul", "qua", "shi", "tev", "wor", "yal", "nix", "fo"};

  public static String word(Random r) {
    StringBuilder b = new StringBuilder();
    int n = 2 + r.nextInt(2);
    for (int i = 0; i < n; i++) b.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
    return b.toString();
  }

  public static String sentence(Random r, int words) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < words; i++) {
      String w = word(r);
      if (i == 0) w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
      b.append(i == 0 ? "" : " ").append(w);
    }
    return b.append('.').toString();
  }

  public static String paragraph(Random r, int sentences) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < sentences; i++) b.append(i == 0 ? "" : " ").append(sentence(r, 10 + r.nextInt(10)));
    return b.toString();
  }
}
