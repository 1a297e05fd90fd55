package org.echotrace.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import org.echotrace.model.Article;
import org.echotrace.model.LineKind;
import org.echotrace.model.Published;
import org.echotrace.model.Segment;
import org.echotrace.pipeline.ExtractionMemo;
import org.junit.jupiter.api.Test;

class EntryCodecTest {
  @Test
  void everyFieldOfAnEntryComesBack() {
    // When Article gains a component, this count fails: write and read it in EntryCodec, then raise the count.
    assertEquals(15, Article.class.getRecordComponents().length, "EntryCodec must write every field of Article");
    String longText = "Ünïcode ✓ тест ".repeat(5000); // over writeUTF's 65,535-byte limit
    Article full = new Article("a/1.html", "Title", new Published(LocalDate.of(2025, 7, 30), LocalTime.of(3, 12, 5),
        ZoneOffset.ofHours(2), "json-ld datePublished", Published.Confidence.HIGH), "(AP)", "Outlet", "https://x.test/a",
        "de", longText, List.of(new Segment(1, LineKind.META, "title"), new Segment(3, LineKind.BOILERPLATE, "teaser")),
        List.of("dpa", "AFP"), "Ana López", new Published(LocalDate.of(2025, 8, 1), null, null, "meta dateModified",
        Published.Confidence.LOW), "https://x.test/canonical", List.of("https://y.test/source"),
        Instant.ofEpochSecond(1_753_000_000L, 123));
    ExtractionMemo.Entry entry = new ExtractionMemo.Entry(new long[] {-5, 7, Long.MAX_VALUE}, 42L, full);
    byte[] bytes = EntryCodec.write(entry);
    assertEquals(entry, EntryCodec.read(bytes, 0, bytes.length));

    Article bare = Article.builder("b", "text").build();
    ExtractionMemo.Entry small = new ExtractionMemo.Entry(new long[0], 0, bare);
    byte[] b = EntryCodec.write(small);
    assertEquals(small, EntryCodec.read(b, 0, b.length));
  }

  @Test
  void bytesOfAnotherVersionOrCutShortReadAsNothing() {
    byte[] bytes = EntryCodec.write(new ExtractionMemo.Entry(new long[] {1}, 1, Article.builder("b", "text").build()));
    byte[] other = bytes.clone();
    other[0] = (byte) (EntryCodec.VERSION + 1);
    assertNull(EntryCodec.read(other, 0, other.length));
    assertNull(EntryCodec.read(bytes, 0, bytes.length - 3));
    assertNull(EntryCodec.read(new byte[] {(byte) 0xac, (byte) 0xed, 0, 5}, 0, 4), "Java serialisation's magic");
    assertNull(EntryCodec.read(new byte[0], 0, 0));
  }
}
