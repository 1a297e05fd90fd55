package org.echotrace.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    // When Article gains a component, this count fails: write and read it in ArticleCodec, then raise the count.
    assertEquals(15, Article.class.getRecordComponents().length, "ArticleCodec must write every field of Article");
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
  void aProfileComesBackWithEveryField() {
    // When a profile record gains a component, these counts fail: write and read it in ArticleCodec, then raise them.
    assertEquals(6, org.echotrace.profile.ArticleProfile.class.getRecordComponents().length);
    assertEquals(1, org.echotrace.entities.NameRuns.class.getRecordComponents().length);
    assertEquals(13, org.echotrace.rewrite.Profile.class.getRecordComponents().length);
    assertEquals(3, org.echotrace.fingerprint.Fingerprint.class.getRecordComponents().length);
    assertEquals(10, org.echotrace.model.Quote.class.getRecordComponents().length);
    assertEquals(6, org.echotrace.model.FramingHit.class.getRecordComponents().length);
    assertEquals(4, org.echotrace.normalize.Anchors.Anchor.class.getRecordComponents().length);
    Article a = Article.builder("p/1", """
        The Kiev regime rejected the plan, "We will not accept an ultimatum from anyone," Dmytro Kuleba said on \
        Tuesday, 14 March, when 1,200 soldiers were moved.
        A second paragraph names the so-called peace plan and Brussels. Overall, it is worth noting that the         talks went on.""").language("en").build();
    for (boolean full : new boolean[] {true, false}) {
      var p = new org.echotrace.profile.ArticleProfiler(org.echotrace.framing.Lexicon.bundled(), full).of(a);
      var entry = new ExtractionMemo.Entry(new long[] {3}, 9L, a, p, "v1");
      byte[] bytes = EntryCodec.write(entry);
      ExtractionMemo.Entry back = EntryCodec.read(bytes, 0, bytes.length);
      assertEquals(entry, back);
      assertEquals("v1", back.profileVersion());
      var q = back.profile();
      assertArrayEquals(p.fingerprint().signature(), q.fingerprint().signature());
      assertArrayEquals(p.fingerprint().fingerprints(), q.fingerprint().fingerprints());
      assertEquals(p.fingerprint().words(), q.fingerprint().words());
      var t = p.text();
      var u = q.text();
      assertEquals(List.of(t.language(), t.words(), t.anchorSequence(), t.full()),
          List.of(u.language(), u.words(), u.anchorSequence(), u.full()));
      assertArrayEquals(t.sentences(), u.sentences());
      assertArrayEquals(t.sentenceWords(), u.sentenceWords());
      assertArrayEquals(t.anchors(), u.anchors());
      assertArrayEquals(t.wordSet(), u.wordSet());
      assertArrayEquals(t.bigrams(), u.bigrams());
      assertArrayEquals(t.days(), u.days());
      assertArrayEquals(t.quotes(), u.quotes());
      assertArrayEquals(t.bridge(), u.bridge());
      assertEquals(p.quotes(), q.quotes());
      assertEquals(p.framing(), q.framing());
      assertEquals(List.of("overall,", "it is worth noting"), q.machineCues());
      assertEquals(p.names(), q.names());
      assertTrue(!p.quotes().isEmpty() && !p.framing().isEmpty(), "the sample exercises quotes and hits");
      assertEquals(full, t.bridge().length > 0 && t.bigrams().length > 0, "a full profile has keys, a counted none");
    }
  }

  @Test
  void anEntryOfTheLayoutBeforeProfilesReadsWithoutOne() {
    ExtractionMemo.Entry entry = new ExtractionMemo.Entry(new long[] {1}, 1, Article.builder("b", "text").build());
    byte[] bytes = EntryCodec.write(entry);
    byte[] old = java.util.Arrays.copyOf(bytes, bytes.length - 1); // the layout-1 bytes: no profile flag
    old[0] = 1;
    ExtractionMemo.Entry back = EntryCodec.read(old, 0, old.length);
    assertEquals(entry, back);
    assertNull(back.profile());
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
