package org.echotrace.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A hash of code as it runs: every class and resource under some package folders of the jar (or classes folder) that
 * holds a class. What was computed by other code than this hash names is never reused (a store's kept extractions
 * and profiles).
 */
public final class CodeFingerprint {
  private CodeFingerprint() {}

  /**
   * The hash (32 hex digits) of every file under {@code prefixes} ("org/echotrace/extract/", or one file's path) beside {@code anchor},
   * with {@code extra} (a library's version) mixed in; null when the code's location cannot be read.
   */
  public static String of(Class<?> anchor, String extra, String... prefixes) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      var source = anchor.getProtectionDomain().getCodeSource();
      if (source == null || source.getLocation() == null) return null; // a class loader that does not say
      Path code = Path.of(source.getLocation().toURI());
      for (String prefix : prefixes) {
        if (Files.isDirectory(code)) {
          Path folder = code.resolve(prefix);
          if (Files.isRegularFile(folder)) { // one file ("org/echotrace/relate/MachineRewriteCues.class")
            md.update(prefix.getBytes(StandardCharsets.UTF_8));
            md.update(Files.readAllBytes(folder));
            continue;
          }
          if (!Files.isDirectory(folder)) continue;
          try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
              md.update(code.relativize(f).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
              md.update(Files.readAllBytes(f));
            }
          }
        } else {
          try (JarFile jar = new JarFile(code.toFile())) {
            for (JarEntry e : jar.stream().filter(e -> e.getName().startsWith(prefix) && !e.isDirectory())
                .sorted(Comparator.comparing(JarEntry::getName)).toList()) {
              md.update(e.getName().getBytes(StandardCharsets.UTF_8));
              md.update(jar.getInputStream(e).readAllBytes());
            }
          }
        }
      }
      if (extra != null) md.update(extra.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(md.digest()).substring(0, 32);
    } catch (IOException | UncheckedIOException | NoSuchAlgorithmException | java.net.URISyntaxException
        | SecurityException e) {
      return null;
    }
  }
}
