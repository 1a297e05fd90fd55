package org.echotrace.extract;

import java.util.List;
import org.echotrace.internal.ResourceTable;

/**
 * A rule list shipped as a resource under {@code org/echotrace/extract/} ({@link ResourceTable}: tab-separated,
 * {@code #} comments). Every list names its columns in its header comment, and every entry says why it is there (the
 * kind of text it describes and where the phrase comes from), so that a reader can judge whether it generalises.
 */
final class RuleFile {
  private RuleFile() {}

  /** Every row of the named resource, with exactly {@code columns} columns (a row with fewer or more is a bug). */
  static List<String[]> rows(String name, int columns) {
    return ResourceTable.rows("/org/echotrace/extract/" + name, columns);
  }
}
