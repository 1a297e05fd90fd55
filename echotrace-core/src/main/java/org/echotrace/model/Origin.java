package org.echotrace.model;

import java.util.List;
import java.util.Objects;

/**
 * Which article of a pair is the likely origin, and why.
 *
 * @param id the origin's id, or null when undecided
 * @param reasons the evidence in words ("published 2025-04-15, 5 days earlier", "b credits Harbour Times")
 */
public record Origin(String id, List<String> reasons) {
  public Origin {
    reasons = List.copyOf(reasons);
  }

  public static Origin undecided(String why) {
    return new Origin(null, List.of(Objects.requireNonNull(why)));
  }

  public boolean decided() {
    return id != null;
  }
}
