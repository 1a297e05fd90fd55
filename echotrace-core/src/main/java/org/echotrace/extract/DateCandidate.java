package org.echotrace.extract;

import java.util.Objects;
import org.echotrace.model.Published;

/**
 * A date a page states, before the choice: what it says, whether it dates the first publication or a later update,
 * and how much its place on the page counts ({@code weight}: higher wins; see {@link PublicationDates} for the
 * scale).
 */
public record DateCandidate(Published date, Role role, int weight) {
  /** What the date is said to date. */
  public enum Role { PUBLISHED, MODIFIED }

  public DateCandidate {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(role, "role");
  }
}
