package org.echotrace.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds {@code ../shared} beside the repository (or {@code $ECHOTRACE_SHARED}). Tests that need it call
 * {@link #require(String)}, which skips the test with a visible message where it is absent: a user's clone has no
 * {@code ../shared}; CI always has it.
 */
public final class SharedData {
  private SharedData() {}

  public static Optional<Path> root() {
    String env = System.getenv("ECHOTRACE_SHARED");
    if (env != null && Files.isDirectory(Path.of(env))) return Optional.of(Path.of(env));
    Path dir = Path.of("").toAbsolutePath();
    for (Path p = dir; p != null; p = p.getParent()) {
      if (Files.exists(p.resolve("mvnw")) && Files.isDirectory(p.resolve("../shared"))) {
        return Optional.of(p.resolve("../shared").normalize());
      }
    }
    return Optional.empty();
  }

  /** The path under shared/, or the test is skipped with a message saying why. */
  public static Path require(String relative) {
    Optional<Path> path = root().map(r -> r.resolve(relative)).filter(Files::exists);
    if (path.isEmpty()) {
      String msg = "SKIPPED: ../shared/" + relative + " not found beside the repository (set ECHOTRACE_SHARED to use it)";
      System.err.println(msg);
      Assumptions.abort(msg);
    }
    return path.get();
  }

  /** The repository root (the folder holding mvnw). */
  public static Path repositoryRoot() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.exists(p.resolve("mvnw"))) return p;
    }
    throw new IllegalStateException("not inside the echotrace repository");
  }
}
