package org.echotrace.profile;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.echotrace.entities.NameRuns;
import org.echotrace.fingerprint.Fingerprint;
import org.echotrace.model.Article;
import org.echotrace.model.FramingHit;
import org.echotrace.model.LineKind;
import org.echotrace.model.Published;
import org.echotrace.model.Quote;
import org.echotrace.model.QuoteKind;
import org.echotrace.model.Segment;
import org.echotrace.normalize.Anchors;
import org.echotrace.rewrite.Profile;

/**
 * The bytes of an {@link Article} and of its {@link ArticleProfile}: every field in a fixed order. Written by hand
 * because Java serialisation spends more time on class descriptors and reflective record construction than on the
 * data: the store keeps its entries in these bytes ({@code EntryCodec}), and the Spark job moves articles and profiles
 * between its stages and to the driver in them. {@code EntryCodecTest} fails when {@link Article} gains a field this
 * codec does not write. A change of layout must raise the store's {@code EntryCodec.VERSION}.
 */
public final class ArticleCodec {
  private ArticleCodec() {}

  public static void writeArticle(DataOutputStream out, Article a) throws IOException {
    out.writeUTF(a.id());
    string(out, a.title());
    published(out, a.published());
    string(out, a.attribution());
    string(out, a.outlet());
    string(out, a.url());
    string(out, a.language());
    text(out, a.text());
    out.writeInt(a.segments().size());
    for (Segment s : a.segments()) {
      out.writeInt(s.line());
      out.writeByte(s.kind().ordinal());
      text(out, s.label());
    }
    strings(out, a.credits());
    string(out, a.author());
    published(out, a.modified());
    string(out, a.canonicalUrl());
    strings(out, a.sourceLinks());
    out.writeBoolean(a.crawled() != null);
    if (a.crawled() != null) {
      out.writeLong(a.crawled().getEpochSecond());
      out.writeInt(a.crawled().getNano());
    }
  }

  public static Article readArticle(DataInputStream in) throws IOException {
    String id = in.readUTF();
    String title = string(in);
    Published published = published(in);
    String attribution = string(in), outlet = string(in), url = string(in), language = string(in);
    String text = text(in);
    int n = in.readInt();
    List<Segment> segments = new ArrayList<>(n);
    LineKind[] kinds = LineKind.values();
    for (int i = 0; i < n; i++) segments.add(new Segment(in.readInt(), kinds[in.readByte()], text(in)));
    List<String> credits = strings(in);
    String author = string(in);
    Published modified = published(in);
    String canonical = string(in);
    List<String> sourceLinks = strings(in);
    Instant crawled = in.readBoolean() ? Instant.ofEpochSecond(in.readLong(), in.readInt()) : null;
    return new Article(id, title, published, attribution, outlet, url, language, text, segments, credits,
        author, modified, canonical, sourceLinks, crawled);
  }

  public static void writeProfile(DataOutputStream out, ArticleProfile p) throws IOException {
    Fingerprint f = p.fingerprint();
    longs(out, f.signature());
    longs(out, f.fingerprints());
    out.writeInt(f.words());
    Profile t = p.text();
    string(out, t.language());
    out.writeInt(t.sentences().length);
    for (int[] s : t.sentences()) ints(out, s);
    ints(out, t.sentenceWords());
    out.writeInt(t.words());
    longs(out, t.anchors());
    out.writeInt(t.anchorSequence().size());
    for (Anchors.Anchor a : t.anchorSequence()) {
      text(out, a.key());
      out.writeInt(a.start());
      out.writeInt(a.end());
      out.writeBoolean(a.number());
    }
    ints(out, t.wordSet());
    longs(out, t.bigrams());
    ints(out, t.days());
    longArrays(out, t.quotes());
    longArrays(out, t.bridge());
    out.writeBoolean(t.full());
    out.writeInt(p.quotes().size());
    for (Quote q : p.quotes()) {
      text(out, q.article());
      text(out, q.text());
      out.writeInt(q.start());
      out.writeInt(q.end());
      out.writeByte(q.kind().ordinal());
      string(out, q.speaker());
      string(out, q.mention());
      out.writeInt(q.mentionStart());
      out.writeInt(q.mentionEnd());
      string(out, q.cue());
    }
    out.writeInt(p.framing().size());
    for (FramingHit h : p.framing()) {
      text(out, h.article());
      text(out, h.entry());
      text(out, h.category());
      text(out, h.text());
      out.writeInt(h.start());
      out.writeInt(h.end());
    }
    text(out, p.names().packed());
    out.writeInt(p.machineCues().size());
    for (String c : p.machineCues()) text(out, c);
  }

  public static ArticleProfile readProfile(DataInputStream in) throws IOException {
    Fingerprint f = new Fingerprint(longs(in), longs(in), in.readInt());
    String language = string(in);
    int[][] sentences = new int[in.readInt()][];
    for (int i = 0; i < sentences.length; i++) sentences[i] = ints(in);
    int[] sentenceWords = ints(in);
    int words = in.readInt();
    long[] anchors = longs(in);
    int n = in.readInt();
    List<Anchors.Anchor> sequence = new ArrayList<>(n);
    for (int i = 0; i < n; i++) sequence.add(new Anchors.Anchor(text(in), in.readInt(), in.readInt(), in.readBoolean()));
    Profile t = new Profile(language, sentences, sentenceWords, words, anchors, sequence, ints(in), longs(in), ints(in),
        longArrays(in), longArrays(in), null, in.readBoolean());
    n = in.readInt();
    List<Quote> quotes = new ArrayList<>(n);
    QuoteKind[] kinds = QuoteKind.values();
    for (int i = 0; i < n; i++) {
      quotes.add(new Quote(text(in), text(in), in.readInt(), in.readInt(), kinds[in.readByte()], string(in), string(in),
          in.readInt(), in.readInt(), string(in)));
    }
    n = in.readInt();
    List<FramingHit> hits = new ArrayList<>(n);
    for (int i = 0; i < n; i++) hits.add(new FramingHit(text(in), text(in), text(in), text(in), in.readInt(), in.readInt()));
    NameRuns names = new NameRuns(text(in));
    n = in.readInt();
    List<String> cues = new ArrayList<>(n);
    for (int i = 0; i < n; i++) cues.add(text(in));
    return new ArticleProfile(f, t, quotes, hits, names, cues);
  }

  /** A stream over {@code length} bytes of {@code b} from {@code offset}, for the read methods. */
  public static DataInputStream input(byte[] b, int offset, int length) {
    return new DataInputStream(new Unsynchronized(b, offset, length));
  }

  /**
   * A byte array as a stream without {@link ByteArrayInputStream}'s lock on every read: an entry is read by one
   * thread, in thousands of small reads.
   */
  private static final class Unsynchronized extends java.io.InputStream {
    private final byte[] b;
    private int pos;
    private final int end;

    Unsynchronized(byte[] b, int offset, int length) {
      this.b = b;
      this.pos = offset;
      this.end = offset + length;
    }

    @Override
    public int read() {
      return pos < end ? b[pos++] & 0xff : -1;
    }

    @Override
    public int read(byte[] out, int off, int len) {
      if (len == 0) return 0;
      if (pos >= end) return -1;
      int n = Math.min(len, end - pos);
      System.arraycopy(b, pos, out, off, n);
      pos += n;
      return n;
    }
  }

  private static void ints(DataOutputStream out, int[] a) throws IOException {
    out.writeInt(a.length);
    for (int x : a) out.writeInt(x);
  }

  /** Arrays are read in one piece: element by element, each read of the stream was a synchronised call. */
  private static int[] ints(DataInputStream in) throws IOException {
    int[] a = new int[in.readInt()];
    java.nio.ByteBuffer.wrap(bytes(in, 4L * a.length)).asIntBuffer().get(a);
    return a;
  }

  private static byte[] bytes(DataInputStream in, long n) throws IOException {
    if (n > Integer.MAX_VALUE) throw new IOException("an array of " + n + " bytes");
    byte[] b = in.readNBytes((int) n);
    if (b.length != n) throw new java.io.EOFException();
    return b;
  }

  public static void longs(DataOutputStream out, long[] a) throws IOException {
    out.writeInt(a.length);
    for (long x : a) out.writeLong(x);
  }

  /** An array written as its length and elements (the store writes its line keys so). */
  public static long[] longs(DataInputStream in) throws IOException {
    long[] a = new long[in.readInt()];
    java.nio.ByteBuffer.wrap(bytes(in, 8L * a.length)).asLongBuffer().get(a);
    return a;
  }

  private static void longArrays(DataOutputStream out, long[][] a) throws IOException {
    out.writeInt(a.length);
    for (long[] x : a) longs(out, x);
  }

  private static long[][] longArrays(DataInputStream in) throws IOException {
    long[][] a = new long[in.readInt()][];
    for (int i = 0; i < a.length; i++) a[i] = longs(in);
    return a;
  }

  private static void string(DataOutputStream out, String s) throws IOException {
    out.writeBoolean(s != null);
    if (s != null) text(out, s);
  }

  private static String string(DataInputStream in) throws IOException {
    return in.readBoolean() ? text(in) : null;
  }

  /** A string of any length (writeUTF stops at 65,535 bytes): its UTF-8 bytes after their count. */
  public static void text(DataOutputStream out, String s) throws IOException {
    byte[] utf8 = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    out.writeInt(utf8.length);
    out.write(utf8);
  }

  public static String text(DataInputStream in) throws IOException {
    byte[] utf8 = in.readNBytes(in.readInt());
    return new String(utf8, java.nio.charset.StandardCharsets.UTF_8);
  }

  private static void strings(DataOutputStream out, List<String> list) throws IOException {
    out.writeInt(list.size());
    for (String s : list) text(out, s);
  }

  private static List<String> strings(DataInputStream in) throws IOException {
    int n = in.readInt();
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) out.add(text(in));
    return out;
  }

  private static void published(DataOutputStream out, Published p) throws IOException {
    out.writeBoolean(p != null);
    if (p == null) return;
    out.writeLong(p.date().toEpochDay());
    out.writeBoolean(p.time() != null);
    if (p.time() != null) out.writeLong(p.time().toNanoOfDay());
    out.writeBoolean(p.offset() != null);
    if (p.offset() != null) out.writeInt(p.offset().getTotalSeconds());
    text(out, p.source());
    out.writeByte(p.confidence().ordinal());
  }

  private static Published published(DataInputStream in) throws IOException {
    if (!in.readBoolean()) return null;
    LocalDate date = LocalDate.ofEpochDay(in.readLong());
    LocalTime time = in.readBoolean() ? LocalTime.ofNanoOfDay(in.readLong()) : null;
    ZoneOffset offset = in.readBoolean() ? ZoneOffset.ofTotalSeconds(in.readInt()) : null;
    String source = text(in);
    return new Published(date, time, offset, source, Published.Confidence.values()[in.readByte()]);
  }
}
