package org.echotrace.ingest;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads the bytes of one input file, gunzipped when it starts with the gzip magic bytes (whatever its name), and at
 * most a limit: a dump or a gzip bomb costs no more memory than one large page. Not API.
 */
final class FileBytes {
  private FileBytes() {}

  /**
   * What was read.
   *
   * @param bytes the (decompressed) content, cut at the limit
   * @param gzipped whether the file was gzip
   * @param warning why the content may be incomplete (over the limit, truncated gzip), or null
   */
  record Read(byte[] bytes, boolean gzipped, String warning) {}

  static boolean isGzip(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.read() == 0x1f && in.read() == 0x8b;
    }
  }

  /** Opens the file, gunzipping it when it is gzip; the stream is unbounded. */
  static InputStream open(Path file) throws IOException {
    InputStream raw = Files.newInputStream(file);
    try {
      return isGzip(file) ? new GZIPInputStream(raw, 65536) : raw;
    } catch (IOException e) {
      raw.close();
      throw e;
    }
  }

  /**
   * Reads at most {@code limit} bytes. When there is more, the content is cut back to the last line end (so that no
   * line or character is split) and a warning says so. A truncated or corrupt gzip keeps what decompressed before the
   * damage, with a warning naming the compressed offset.
   */
  static Read read(Path file, int limit) throws IOException {
    if (!isGzip(file)) {
      long size = Files.size(file);
      if (size <= limit) return new Read(Files.readAllBytes(file), false, null);
      byte[] buf;
      try (InputStream in = Files.newInputStream(file)) {
        buf = in.readNBytes(limit);
      }
      int cut = lastLineEnd(buf);
      return new Read(Arrays.copyOf(buf, cut), false, String.format(Locale.ROOT,
          "file is %,d bytes, over the %,d-byte limit: truncated to the first %,d bytes", size, limit, cut));
    }
    CountingStream counted = new CountingStream(Files.newInputStream(file));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] chunk = new byte[65536];
    String warning = null;
    try (InputStream in = new GZIPInputStream(counted, 65536)) {
      while (out.size() <= limit) {
        int n = in.read(chunk, 0, Math.min(chunk.length, limit + 1 - out.size()));
        if (n < 0) break;
        out.write(chunk, 0, n);
      }
    } catch (java.io.EOFException | ZipException e) {
      warning = String.format(Locale.ROOT,
          "gzip data truncated or corrupt at compressed offset %,d (%s): kept the %,d bytes decompressed before it",
          counted.count, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), out.size());
    }
    byte[] bytes = out.toByteArray();
    if (bytes.length > limit) {
      int cut = lastLineEnd(Arrays.copyOf(bytes, limit));
      bytes = Arrays.copyOf(bytes, cut);
      warning = String.format(Locale.ROOT,
          "gzip content is over the %,d-byte limit: truncated to the first %,d bytes", limit, cut);
    }
    return new Read(bytes, true, warning);
  }

  private static int lastLineEnd(byte[] buf) {
    int cut = buf.length;
    while (cut > 0 && buf[cut - 1] != '\n') cut--;
    return cut == 0 ? buf.length : cut;
  }

  /** Counts the compressed bytes consumed, to name the offset of damage. */
  private static final class CountingStream extends FilterInputStream {
    long count;

    CountingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) count++;
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) count += n;
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long s = super.skip(n);
      count += s;
      return s;
    }
  }
}
