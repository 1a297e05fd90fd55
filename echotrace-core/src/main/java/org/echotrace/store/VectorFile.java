package org.echotrace.store;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;
import org.echotrace.embed.CachingEmbedder;

/**
 * The sentence vectors a store has computed, so that the next analysis embeds only sentences never seen before:
 * an append-only file of (sentence key, vector) records after a header naming the model and its dimension. A record
 * cut short by a killed process is ignored on reading (and overwritten by the next append). A file of another model
 * is ignored and replaced. Written by hand: a flat file of fixed-size records needs no library. Not thread-safe.
 */
final class VectorFile {
  private static final int MAGIC = 0x45545631; // "ETV1"
  private final Path file;
  private final Set<Long> saved = new HashSet<>();
  private long validBytes;

  VectorFile(Path file) {
    this.file = file;
  }

  /** Loads the saved vectors into the cache; the number loaded. */
  int loadInto(CachingEmbedder cache) throws IOException {
    saved.clear();
    validBytes = 0;
    if (!Files.isRegularFile(file)) return 0;
    int loaded = 0;
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
      if (in.readInt() != MAGIC) return 0;
      String model = in.readUTF();
      int dim = in.readInt();
      if (!model.equals(cache.name()) || dim != cache.dimension()) return 0;
      long header = 4 + 2 + model.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 4;
      long record = 8 + 4L * dim;
      validBytes = header;
      while (true) {
        long key;
        float[] v = new float[dim];
        try {
          key = in.readLong();
          for (int i = 0; i < dim; i++) v[i] = in.readFloat();
        } catch (EOFException cut) {
          break;
        }
        validBytes += record;
        saved.add(key);
        if (cache.preload(key, v)) loaded++;
      }
    } catch (EOFException shortHeader) {
      validBytes = 0;
    }
    return loaded;
  }

  /** Appends the cache's vectors not saved yet, and forces them to disk; the number appended. */
  int appendFrom(CachingEmbedder cache) throws IOException {
    if (validBytes == 0) {
      Files.deleteIfExists(file);
      try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(file))) {
        out.writeInt(MAGIC);
        out.writeUTF(cache.name());
        out.writeInt(cache.dimension());
      }
      validBytes = Files.size(file);
      saved.clear();
    }
    int[] appended = {0};
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      channel.truncate(validBytes); // a record cut short by a killed process goes
      channel.position(validBytes);
      OutputStream raw = java.nio.channels.Channels.newOutputStream(channel);
      DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16));
      IOException[] failed = {null};
      cache.forEachCached((key, v) -> {
        if (failed[0] != null || !saved.add(key)) return;
        try {
          out.writeLong(key);
          for (float f : v) out.writeFloat(f);
          appended[0]++;
        } catch (IOException e) {
          failed[0] = e;
        }
      });
      out.flush();
      if (failed[0] != null) throw failed[0];
      channel.force(true);
      validBytes = channel.position();
    }
    return appended[0];
  }

}
