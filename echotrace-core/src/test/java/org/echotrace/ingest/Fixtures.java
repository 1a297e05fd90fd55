package org.echotrace.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.echotrace.model.InputProblem;

/** The files under {@code fixtures/ingest/} (see the README there), and problem assertions. */
final class Fixtures {
  private Fixtures() {}

  static Path path(String name) {
    try {
      var url = Fixtures.class.getResource("/fixtures/ingest/" + name);
      if (url == null) throw new IllegalArgumentException("no fixture " + name);
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] bytes(String name) {
    try {
      return Files.readAllBytes(path(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies fixtures into a folder, so that a folder run sees only them. */
  static void copy(Path dir, String... names) throws IOException {
    for (String n : names) Files.copy(path(n), dir.resolve(n));
  }

  static InputProblem problem(List<InputProblem> problems, String file, InputProblem.Severity severity, String text) {
    return problems.stream()
        .filter(p -> p.path().endsWith(file) && p.severity() == severity && p.message().contains(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("expected a " + severity + " for " + file + " mentioning '" + text
            + "' in " + problems));
  }
}
