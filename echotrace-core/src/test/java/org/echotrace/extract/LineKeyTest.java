package org.echotrace.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The hash agrees with the string key it stands for (duel of the fast path against the plain one). */
class LineKeyTest {
  @Test
  void hashFollowsTheKey() {
    List<String> lines = List.of("Sign up for our newsletter!", "sign up  for our NEWSLETTER", "© 2024 Valley Courier.",
        "© 2025 Valley Courier", "Published: 2025-04-15", "Published 2024/01/01", "Ähnliche Beiträge", "ähnliche beiträge",
        "Share | Post | Email", "Share Post Email", "Something else entirely", "");
    for (String a : lines) {
      for (String b : lines) {
        if (LineKey.of(a).equals(LineKey.of(b))) assertEquals(LineKey.hash(a), LineKey.hash(b), a + " / " + b);
        else assertNotEquals(LineKey.hash(a), LineKey.hash(b), a + " / " + b);
      }
    }
    assertEquals(0, LineKey.hash("—  …  !"));
  }
}
