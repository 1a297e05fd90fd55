package org.echotrace.store;

import java.util.List;
import org.echotrace.model.InputProblem;

/**
 * What one {@code add} did.
 *
 * @param read documents read from the inputs
 * @param added documents new to the store
 * @param unchanged documents the store already held with the same text (adding them again does nothing)
 * @param edits new captures of a known URL (or id) whose text changed: kept as versions, the newest analysed
 * @param problems inputs that could not be read (skipped, named)
 * @param articles articles in the store's analysis after the add
 * @param relations relations in it
 * @param stories events in it
 */
public record AddReport(int read, int added, int unchanged, List<Edit> edits, List<InputProblem> problems,
    int articles, int relations, int stories) {
  public AddReport {
    edits = List.copyOf(edits);
    problems = List.copyOf(problems);
  }
}
