package org.echotrace.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.echotrace.embed.Embedders;
import org.echotrace.ingest.CorpusReader;
import org.echotrace.model.AnalysisResult;
import org.echotrace.model.RawDocument;
import org.echotrace.model.Relation;
import org.echotrace.model.Story;
import org.echotrace.pipeline.Pipeline;
import org.echotrace.pipeline.ProgressListener;
import org.echotrace.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real pages of ../shared/corpus/web-dev, with the sentence model: added to a store in two halves, they get the
 * relations (with their origins) and events of one run over all of them.
 */
class WebDevStoreTest {
  private static Pipeline full() {
    return new Pipeline(ProgressListener.NONE, Embedders.bundled(), false);
  }

  private static Set<String> relations(AnalysisResult r) {
    Set<String> out = new TreeSet<>();
    for (Relation x : r.relations()) out.add(x.a() + " " + x.b() + " " + x.kind() + " " + (x.origin() == null ? null : x.origin().id()));
    return out;
  }

  private static Set<String> stories(AnalysisResult r) {
    Set<String> out = new TreeSet<>();
    for (Story s : r.stories()) out.add(String.join(",", new TreeSet<>(s.articles())));
    return out;
  }

  @Test
  void twoHalvesGiveTheAnalysisOfOneRun(@TempDir Path tmp) throws IOException {
    Path articles = SharedData.require("corpus/web-dev/articles");
    List<RawDocument> docs = new CorpusReader(p -> {}).readAll(List.of(articles));
    AnalysisResult once = full().analyze(docs, List.of());
    List<RawDocument> odd = new ArrayList<>(), even = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) (i % 2 == 0 ? even : odd).add(docs.get(i));
    try (Store store = Store.open(tmp.resolve("s"), Embedders.bundled())) {
      store.add(odd, List.of(), full());
      store.add(even, List.of(), full());
      AnalysisResult stored = store.analyze(full());
      assertEquals(docs.size(), stored.articles().size());
      assertEquals(relations(once), relations(stored));
      assertEquals(stories(once), stories(stored));
      assertEquals(once.relations().size(), store.stats().relations());
    }
  }
}
