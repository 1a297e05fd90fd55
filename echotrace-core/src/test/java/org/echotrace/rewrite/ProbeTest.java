package org.echotrace.rewrite;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.echotrace.embed.Embedders;
import org.echotrace.model.Article;
import org.echotrace.model.RawDocument;
import org.echotrace.pipeline.Pipeline;
import org.echotrace.ingest.CorpusReader;
import org.junit.jupiter.api.Test;

class ProbeTest {
  @Test
  void probe() {
    String dir = System.getProperty("probe.dir");
    if (dir == null) return;
    List<RawDocument> docs = new ArrayList<>();
    new CorpusReader(p -> {}).read(List.of(Path.of(dir)), docs::add);
    List<Article> arts = Pipeline.lexicalOnly(org.echotrace.pipeline.ProgressListener.NONE).analyze(docs, List.of()).articles();
    Profiler profiler = new Profiler(Embedders.bundled());
    SentenceComparer cmp = new SentenceComparer(Embedders.bundled(), false);
    RewriteJudge judge = new RewriteJudge();
    List<Profile> ps = arts.stream().map(profiler::of).toList();
    String filter = System.getProperty("probe.filter", "");
    for (int i = 0; i < arts.size(); i++) {
      for (int j = i + 1; j < arts.size(); j++) {
        Article a = arts.get(i), b = arts.get(j);
        if (!filter.isEmpty() && !(a.id() + " " + b.id()).matches(filter)) continue;
        double lead = org.echotrace.embed.SentenceEmbedder.cosine(ps.get(i).lead(), ps.get(j).lead());
        if (lead < 0.45 && SentenceComparer.wordOverlap(ps.get(i), ps.get(j)) < 0.3 && java.util.Objects.equals(a.language(), b.language())) continue;
        Evidence e = cmp.compare(a, ps.get(i), b, ps.get(j));
        System.out.printf("%-45s %-45s lead %.2f %s -> %s%n", a.id(), b.id(), lead, e,
            judge.decide(e, a, b, !java.util.Objects.equals(a.language(), b.language())));
      }
    }
  }
}
