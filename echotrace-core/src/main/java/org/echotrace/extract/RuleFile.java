package org.echotrace.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A rule list shipped as a resource under {@code org/echotrace/extract/}: UTF-8, one entry per line, columns separated
 * by tabs, {@code #} starts a comment line. Every list names its columns in its header comment, and every entry says
 * why it is there (the kind of text it describes and where the phrase comes from), so that a reader can judge
 * whether it generalises. Rows are read once, when a class first needs them.
 */
final class RuleFile {
  private RuleFile() {}

  /** Every row of the named resource, with exactly {@code columns} columns (a row with fewer or more is a bug). */
  static List<String[]> rows(String name, int columns) {
    String path = "/org/echotrace/extract/" + name;
    InputStream in = RuleFile.class.getResourceAsStream(path);
    if (in == null) throw new IllegalStateException("rule list missing from the jar: " + path);
    List<String[]> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int no = 0;
      while ((line = r.readLine()) != null) {
        no++;
        if (line.isBlank() || line.stripLeading().startsWith("#")) continue;
        String[] cells = line.split("\t", -1);
        if (cells.length != columns) {
          throw new IllegalStateException(path + " line " + no + ": " + cells.length + " columns, expected " + columns
              + ": " + Arrays.toString(cells));
        }
        for (int i = 0; i < cells.length; i++) cells[i] = cells[i].strip();
        out.add(cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(path, e);
    }
    return out;
  }
}
