package org.echotrace.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A short name for the inputs of a run, for the report's title and for messages: each path by its last two names
 * ({@code ../shared/corpus/web-dev/articles} is "web-dev/articles": a folder's own name is often as bare as
 * "articles" or "eval", and its parent says which), joined with commas, at most three and then "and N more".
 */
final class CorpusName {
  /** More names than this make a title nobody reads. */
  private static final int SHOWN = 3;

  private CorpusName() {}

  static String of(List<Path> paths) {
    List<String> names = new ArrayList<>();
    for (Path p : paths) {
      String name = name(p);
      if (!names.contains(name)) names.add(name);
    }
    if (names.size() <= SHOWN) return String.join(", ", names);
    return String.join(", ", names.subList(0, SHOWN)) + " and " + (names.size() - SHOWN) + " more";
  }

  private static String name(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    int n = abs.getNameCount();
    if (n == 0) return abs.toString();
    return n == 1 ? abs.getFileName().toString() : abs.getName(n - 2) + "/" + abs.getFileName();
  }
}
