package org.echotrace.internal;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Files put in place whole, so that a reader never sees half of one. Not API. */
public final class AtomicFiles {
  private AtomicFiles() {}

  /**
   * Moves the finished {@code part} over {@code file}: atomically where the file system can, else by a plain
   * replacing move.
   */
  public static void replace(Path part, Path file) throws IOException {
    try {
      Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
