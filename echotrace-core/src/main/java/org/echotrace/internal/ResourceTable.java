package org.echotrace.internal;

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
 * A table shipped as a resource: UTF-8, one entry per line, columns separated by tabs, {@code #} starts a comment
 * line. Every list of cues, phrases or words echotrace ships is such a table, and every entry says why it is there.
 * Read once, when a class first needs it. Thread-safe: no state.
 */
public final class ResourceTable {
  private ResourceTable() {}

  /**
   * Every row (comments and blank lines left out) of the resource at {@code path} (absolute, as for
   * {@link Class#getResourceAsStream}), each with exactly {@code columns} columns, stripped; a row with fewer or more
   * is a bug in the file and stops with its line number.
   */
  public static List<String[]> rows(String path, int columns) {
    InputStream in = ResourceTable.class.getResourceAsStream(path);
    if (in == null) throw new IllegalStateException("resource missing from the jar: " + path);
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

  /**
   * Named word lists from a table whose first two columns are a list's name and a word (a third says why): each list
   * as an immutable set, by name.
   */
  public static java.util.Map<String, java.util.Set<String>> wordLists(String path, int columns) {
    java.util.Map<String, java.util.Set<String>> out = new java.util.HashMap<>();
    for (String[] row : entries(path, columns)) out.computeIfAbsent(row[0], k -> new java.util.HashSet<>()).add(row[1]);
    out.replaceAll((k, v) -> java.util.Set.copyOf(v));
    return java.util.Map.copyOf(out);
  }

  /** As {@link #rows}, without the first row, the header that names the columns. */
  public static List<String[]> entries(String path, int columns) {
    List<String[]> all = rows(path, columns);
    return all.isEmpty() ? all : all.subList(1, all.size());
  }
}
