package org.echotrace.store;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.echotrace.model.Article;
import org.echotrace.pipeline.ExtractionMemo;
import org.echotrace.profile.ArticleCodec;
import org.echotrace.profile.ArticleProfile;

/**
 * The bytes of a kept extraction ({@link ExtractionMemo.Entry}): a version byte, then every field of the entry, of
 * its {@link Article} and of its {@link ArticleProfile} (when it has one, in {@link ArticleCodec}'s bytes) in a fixed
 * order. Written by hand because Java serialisation, used before, spent more time reading an entry's class descriptors
 * than its data: reading 100,000 entries back was a third of adding 1,000
 * articles to a 100,000-article store. Bytes of another version (or of Java serialisation) read as null, and the
 * page is extracted again. {@code EntryCodecTest} fails when {@link Article} gains a field this codec does not write.
 */
final class EntryCodec {
  /** Raised when the layout changes; entries of other versions are extracted again. */
  static final byte VERSION = 3;
  /** The layout before profiles were kept: read as an entry without a profile. */
  private static final byte NO_PROFILES = 1;
  /** The layout before profiles held machine-rewrite cues: read as an entry without a profile (computed again). */
  private static final byte PROFILES_WITHOUT_CUES = 2;

  private EntryCodec() {}

  static byte[] write(ExtractionMemo.Entry entry) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
      DataOutputStream out = new DataOutputStream(bytes);
      out.writeByte(VERSION);
      ArticleCodec.longs(out, entry.lineKeys());
      out.writeLong(entry.signature());
      ArticleCodec.writeArticle(out, entry.article());
      ArticleProfile p = entry.profile();
      out.writeBoolean(p != null);
      if (p != null) {
        ArticleCodec.text(out, entry.profileVersion());
        ArticleCodec.writeProfile(out, p);
      }
      out.flush();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array stream does not fail
    }
  }

  /** The entry, or null when the bytes are of another version or unreadable. */
  static ExtractionMemo.Entry read(byte[] b, int offset, int length) {
    if (length < 1 || b[offset] != VERSION && b[offset] != NO_PROFILES && b[offset] != PROFILES_WITHOUT_CUES) return null;
    try {
      DataInputStream in = ArticleCodec.input(b, offset + 1, length - 1);
      long[] keys = ArticleCodec.longs(in);
      long signature = in.readLong();
      Article article = ArticleCodec.readArticle(in);
      if (b[offset] == VERSION && in.readBoolean()) {
        String version = ArticleCodec.text(in);
        return new ExtractionMemo.Entry(keys, signature, article, ArticleCodec.readProfile(in), version);
      }
      return new ExtractionMemo.Entry(keys, signature, article);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
