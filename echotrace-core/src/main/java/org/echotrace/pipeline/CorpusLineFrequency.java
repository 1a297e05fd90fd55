package org.echotrace.pipeline;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.echotrace.extract.LineFrequency;
import org.echotrace.extract.LineKey;
import org.echotrace.extract.Page;
import org.echotrace.extract.PageLine;

/** Counts, for every line of a corpus, how many documents contain it. Built once per run, then read-only. */
public final class CorpusLineFrequency implements LineFrequency {
  private final Map<String, Integer> counts;

  private CorpusLineFrequency(Map<String, Integer> counts) {
    this.counts = counts;
  }

  public static CorpusLineFrequency of(List<Page> pages) {
    Map<String, Integer> counts = new HashMap<>();
    for (Page page : pages) {
      Set<String> seen = new HashSet<>();
      for (PageLine line : page.lines()) {
        String key = LineKey.of(line.text());
        if (!key.isEmpty() && seen.add(key)) counts.merge(key, 1, Integer::sum);
      }
    }
    counts.values().removeIf(c -> c < 2);
    return new CorpusLineFrequency(counts);
  }

  @Override
  public int documentsWith(String lineKey) {
    return counts.getOrDefault(lineKey, 1);
  }
}
