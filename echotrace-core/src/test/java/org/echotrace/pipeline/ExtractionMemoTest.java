package org.echotrace.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.echotrace.ingest.CorpusReader;
import org.echotrace.model.AnalysisResult;
import org.echotrace.model.RawDocument;
import org.echotrace.report.JsonReport;
import org.echotrace.testing.SharedData;
import org.junit.jupiter.api.Test;

/** A run that takes earlier extractions from a memo gives the result of a run without one. */
class ExtractionMemoTest {
  /** A memo in memory that counts what it served. */
  static final class CountingMemo implements ExtractionMemo {
    final Map<String, Entry> entries = new ConcurrentHashMap<>();
    final AtomicInteger served = new AtomicInteger();

    @Override
    public Entry get(RawDocument doc) {
      Entry e = entries.get(doc.id());
      if (e != null) served.incrementAndGet();
      return e;
    }

    @Override
    public void put(RawDocument doc, Entry entry) {
      entries.put(doc.id(), entry);
    }
  }

  private static String json(AnalysisResult r) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new JsonReport().writeJson(r, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aGrownCorpusWithAMemoIsAnalysedAsWithout() {
    List<RawDocument> docs = new CorpusReader(p -> {}).readAll(List.of(SharedData.repositoryRoot().resolve("examples/corpus")));
    List<RawDocument> half = new ArrayList<>(docs.subList(0, docs.size() - 3)); // a crawl, then three pages more
    CountingMemo memo = new CountingMemo();
    Pipeline.lexicalOnly(ProgressListener.NONE).analyze(half, List.of(), memo);
    assertEquals(half.size(), memo.entries.size(), "every page extracted is remembered");
    Map<String, ExtractionMemo.Entry> first = Map.copyOf(memo.entries);

    String with = json(Pipeline.lexicalOnly(ProgressListener.NONE).analyze(docs, List.of(), memo));
    String without = json(Pipeline.lexicalOnly(ProgressListener.NONE).analyze(docs, List.of()));
    assertEquals(without, with);
    assertEquals(half.size(), memo.served.get(), "the memo was asked for every page it held");
    int reused = 0;
    for (var e : first.entrySet()) if (memo.entries.get(e.getKey()) == e.getValue()) reused++;
    assertTrue(reused >= half.size() / 2, reused + " of " + half.size() + " reused: pages whose line counts did not "
        + "cross a threshold are not extracted again");
    assertEquals(docs.size(), memo.entries.size());
  }

  @Test
  void keptProfilesAreReadNotComputedAgainUnlessTheirVersionDiffers() {
    List<RawDocument> docs = new CorpusReader(p -> {}).readAll(List.of(SharedData.repositoryRoot().resolve("examples/corpus")));
    CountingMemo memo = new CountingMemo();
    Pipeline.lexicalOnly(ProgressListener.NONE).analyze(docs, List.of(), memo);
    assertTrue(memo.entries.values().stream().allMatch(e -> e.profile() != null && e.profileVersion() != null),
        "every entry keeps its article's profile");
    assertTrue(memo.entries.values().stream().anyMatch(e -> e.profile().text().full()),
        "articles in candidate pairs keep their full pair profile");
    // a marker hit in every kept profile shows whether the next run read the profiles or computed them again
    for (String version : new String[] {null, "another version"}) {
      for (var e : memo.entries.entrySet()) {
        ExtractionMemo.Entry old = e.getValue();
        var p = old.profile();
        var marked = new java.util.ArrayList<>(p.framing());
        marked.add(new org.echotrace.model.FramingHit(old.article().id(), "marker", "marker", "x", 0, 1));
        e.setValue(new ExtractionMemo.Entry(old.lineKeys(), old.signature(), old.article(),
            new org.echotrace.profile.ArticleProfile(p.fingerprint(), p.text(), p.quotes(), marked, p.names(), p.machineCues()),
            version != null ? version : old.profileVersion()));
      }
      long markers = Pipeline.lexicalOnly(ProgressListener.NONE).analyze(docs, List.of(), memo).framing().stream()
          .filter(h -> h.entry().equals("marker")).count();
      assertEquals(version == null ? docs.size() : 0, markers, version == null ? "kept profiles are read"
          : "profiles of another version are computed again");
    }
  }

  @Test
  void aPageWhoseLinesAreCountedDifferentlyIsExtractedAgain() {
    String furniture = "Subscribe to our newsletter for the morning briefing";
    String body = "The river rose above its banks on Sunday night and flooded the lower town, the mayor said on Monday.";
    List<RawDocument> one = List.of(RawDocument.ofText("a.txt", "a.txt", "Flood\n" + body + "\n" + furniture));
    CountingMemo memo = new CountingMemo();
    Pipeline.lexicalOnly(ProgressListener.NONE).analyze(one, List.of(), memo);
    ExtractionMemo.Entry alone = memo.entries.get("a.txt");
    List<RawDocument> more = new ArrayList<>(one);
    for (int i = 0; i < 3; i++) {
      more.add(RawDocument.ofText("b" + i + ".txt", "b" + i + ".txt", "Other " + i + "\nA different report number " + i
          + " about the harbour and its new cranes, which arrived by sea.\n" + furniture));
    }
    Pipeline.lexicalOnly(ProgressListener.NONE).analyze(more, List.of(), memo);
    assertTrue(memo.entries.get("a.txt") != alone, "the shared line is now counted in four pages: a.txt is read again");
  }
}
