package org.echotrace.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Where the commands write files ({@code analyze --out}, {@code --graph}, {@code report --out}). A missing folder is
 * created, and the command says so on stderr, so a typo in a folder name shows at once rather than as a file that
 * is "missing" later: creating it is what a user who names {@code out/result.json} means, and failing would only make
 * them run the whole analysis again.
 */
final class OutputFiles {
  private OutputFiles() {}

  /** Creates the file's missing parent folders, saying which on {@code err}. */
  static void prepare(Path file, PrintWriter err) throws IOException {
    Path parent = file.toAbsolutePath().normalize().getParent();
    if (parent == null || Files.isDirectory(parent)) return;
    Files.createDirectories(parent);
    err.println("echotrace: created the folder " + parent);
    err.flush();
  }

  /** The reason in words; a file system exception's message is often the bare path. */
  static String why(IOException e) {
    if (e instanceof AccessDeniedException) return "permission denied";
    if (e instanceof NoSuchFileException) return "no such file or folder";
    if (e instanceof FileAlreadyExistsException f) return f.getFile() + " exists and is not a folder";
    if (e instanceof FileSystemException f && f.getReason() != null) return f.getReason();
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }
}
