package org.echotrace.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.Bits;
import org.echotrace.ingest.CorpusReader;
import org.echotrace.model.AnalysisResult;
import org.echotrace.model.Relation;
import org.echotrace.pipeline.Pipeline;
import org.echotrace.pipeline.ProgressListener;
import org.echotrace.report.JsonReport;
import org.echotrace.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The article documents: an unchanged article is left as it is, a changed one replaced, nothing parsed twice. */
class AnalysisDocumentsTest {
  /** Each article document's hash and Lucene document number, by article id. */
  private record Doc(long hash, int number) {}

  private static Map<String, Doc> articles(IndexWriter writer) throws IOException {
    writer.commit();
    Map<String, Doc> out = new HashMap<>();
    try (DirectoryReader r = DirectoryReader.open(writer.getDirectory())) {
      for (LeafReaderContext leaf : r.leaves()) {
        SortedDocValues id = leaf.reader().getSortedDocValues("sort_id");
        NumericDocValues hash = leaf.reader().getNumericDocValues("art_hash");
        Bits live = leaf.reader().getLiveDocs();
        if (id == null || hash == null) continue; // a segment of paragraphs, stories or outlets only
        for (int d = hash.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = hash.nextDoc()) {
          if (live != null && !live.get(d) || !id.advanceExact(d)) continue;
          out.put(id.lookupOrd(id.ordValue()).utf8ToString(), new Doc(hash.longValue(), leaf.docBase + d));
        }
      }
    }
    return out;
  }

  private static Path json(AnalysisResult result, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      new JsonReport().writeJson(result, out);
    }
    return file;
  }

  @Test
  void onlyArticlesWhoseDocumentChangedAreWrittenAgain(@TempDir Path tmp) throws IOException {
    AnalysisResult result = Pipeline.lexicalOnly(ProgressListener.NONE).run(
        List.of(SharedData.repositoryRoot().resolve("examples").resolve("corpus")));
    Map<String, Integer> copies = new HashMap<>();
    for (Relation r : result.relations()) {
      if (r.isCopy()) for (String id : List.of(r.a(), r.b())) copies.merge(id, 1, Integer::sum);
    }
    // a family of two: dropping its one relation changes those two articles' documents and no other's
    Relation dropped = result.relations().stream()
        .filter(r -> r.isCopy() && copies.get(r.a()) == 1 && copies.get(r.b()) == 1).findFirst().orElseThrow();
    List<Relation> fewer = new ArrayList<>(result.relations());
    fewer.remove(dropped);
    AnalysisResult changed = new AnalysisResult(result.articles(), fewer, result.stories(), result.narratives(),
        result.problems(), result.quotes(), result.quoteVariants(), result.entities(), result.framing(),
        result.framingShifts());
    Map<String, String> added = new HashMap<>();
    for (var a : result.articles()) added.put(a.id(), "2026-12-07T06:00:00Z");
    try (IndexWriter writer = new IndexWriter(new ByteBuffersDirectory(),
        new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
      new AnalysisDocuments(json(result, tmp.resolve("a.json")), added).write(writer, Map.of());
      Map<String, Doc> first = articles(writer);
      assertEquals(result.articles().size(), first.size());

      Map<String, Long> hashes = new HashMap<>();
      first.forEach((id, d) -> hashes.put(id, d.hash()));
      new AnalysisDocuments(json(result, tmp.resolve("b.json")), added).write(writer, hashes);
      assertEquals(first, articles(writer), "the same analysis again rewrites nothing");

      new AnalysisDocuments(json(changed, tmp.resolve("c.json")), added).write(writer, hashes);
      Map<String, Doc> after = articles(writer);
      assertEquals(first.keySet(), after.keySet());
      for (String id : first.keySet()) {
        boolean touched = id.equals(dropped.a()) || id.equals(dropped.b());
        if (touched) {
          assertNotEquals(first.get(id).hash(), after.get(id).hash(), id);
          assertTrue(after.get(id).number() > first.get(id).number(), id + " written again");
        } else {
          assertEquals(first.get(id), after.get(id), id + " left as it was");
        }
      }
    }
  }
}
