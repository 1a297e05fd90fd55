package org.echotrace.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The version of the build: {@code version.properties} beside this class, which Maven's resource filtering fills
 * with {@code ${project.version}} (so it is right in the jar and in tests run from target/classes alike).
 */
final class Version implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"echotrace " + number()};
  }

  /** "0.1.0-SNAPSHOT", or a sentence saying why it is unknown (a build that skipped resource filtering). */
  static String number() {
    try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        Properties p = new Properties();
        p.load(in);
        String v = p.getProperty("version", "");
        if (!v.isBlank() && !v.contains("${")) return v.strip();
      }
    } catch (IOException e) {
      // fall through to the manifest
    }
    String manifest = Version.class.getPackage().getImplementationVersion();
    return manifest != null ? manifest : "unknown (built without Maven's resource filtering)";
  }
}
