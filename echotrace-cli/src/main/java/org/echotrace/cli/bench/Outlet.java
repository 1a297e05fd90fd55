package org.echotrace.cli.bench;

import java.util.LinkedHashSet;
import java.util.Random;
import java.util.Set;

/**
 * A synthetic outlet's page furniture: its name line, newsletter appeal (inside the body after the second paragraph,
 * or after the body) and copyright line.
 */
record Outlet(String name, String appeal, boolean appealInBody, String copyright) {
  private static final String[] KINDS = {"Herald", "Times", "Post", "Courier", "Gazette", "Tribune", "Chronicle",
      "Observer", "Ledger", "Star", "Sentinel", "Dispatch", "Express", "Journal", "Monitor", "Examiner", "Standard",
      "Mirror", "Telegraph", "Argus", "Bulletin", "Beacon", "Review", "Record"};

  /** {@code count} outlets with distinct names such as "The Brelom Courier". */
  static Outlet[] many(int count, Random random) {
    Set<String> names = new LinkedHashSet<>();
    while (names.size() < count) {
      String w = Vocabulary.pseudoWord(random);
      if (w.length() >= 4) names.add("The " + Vocabulary.capitalised(w) + " " + KINDS[random.nextInt(KINDS.length)]);
    }
    Outlet[] out = new Outlet[count];
    int i = 0;
    for (String name : names) {
      String appeal = random.nextBoolean()
          ? "Sign up for our newsletter to get " + name + " in your inbox every morning."
          : "Sign up for our newsletter: the best of " + name + ", free every weekday.";
      String copyright = random.nextBoolean() ? "© 2025 " + name + ". All rights reserved." : "© 2025 " + name;
      out[i++] = new Outlet(name, appeal, random.nextBoolean(), copyright);
    }
    return out;
  }
}
