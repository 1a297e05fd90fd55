package org.echotrace.model;

import java.util.Objects;

/**
 * Something wrong with an input that the run recovered from: the file was skipped, truncated or decoded with a
 * detected charset. Reported, never thrown.
 *
 * @param path the file as given (or relative to the folder given)
 * @param line 1-based line (JSONL), or 0 when the problem concerns the whole file
 * @param severity {@link Severity#ERROR} when data was skipped, {@link Severity#WARNING} when it was kept
 * @param message what happened, in words a user understands
 */
public record InputProblem(String path, int line, Severity severity, String message) implements java.io.Serializable {
  public enum Severity { WARNING, ERROR }

  public InputProblem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    if (line < 0) throw new IllegalArgumentException("line must be >= 0, got " + line);
  }

  public static InputProblem error(String path, int line, String message) {
    return new InputProblem(path, line, Severity.ERROR, message);
  }

  public static InputProblem warning(String path, int line, String message) {
    return new InputProblem(path, line, Severity.WARNING, message);
  }

  @Override
  public String toString() {
    return path + (line > 0 ? ":" + line : "") + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + message;
  }
}
