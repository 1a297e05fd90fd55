package org.echotrace.extract;

/**
 * How many documents of the corpus contain a line. Lines that recur across many pages are usually the site's own
 * furniture; the extractor uses this as one feature among several, never alone, because republished copies repeat
 * body lines too.
 */
@FunctionalInterface
public interface LineFrequency {
  /** Documents containing the line, by its {@link LineKey#hash(String)}; 1 for a line seen only in its own page. */
  int documentsWith(long lineKey);

  /** For a single page, with no corpus around it. */
  LineFrequency NONE = key -> 1;
}
