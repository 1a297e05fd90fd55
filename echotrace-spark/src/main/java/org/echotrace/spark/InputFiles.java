package org.echotrace.spark;

import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;
import org.echotrace.ingest.CorpusReader;
import org.echotrace.model.InputProblem;

/**
 * The files a job reads, listed on the driver (names only, no content) in the order {@code echotrace analyze} reads
 * them: inputs in the order given, a folder's files by path, hidden ones left out; the id of a file found in a folder
 * is its path under that folder, that of a file named explicitly is the name as given. Local folders are listed by
 * the core's {@link CorpusReader#filesOf}; other URIs (hdfs:, s3a:, ...) through Hadoop's {@link FileSystem}, in the
 * same order (hidden files, and Hadoop's {@code _SUCCESS}-style markers, left out).
 */
final class InputFiles {
  private InputFiles() {}

  /**
   * One file to read.
   *
   * @param order its place in the run, which numbers the documents
   * @param uri where a reader opens it: a local path, or a Hadoop URI
   * @param id the document id when the file holds one document
   * @param where how the file is named in sources and problems
   * @param explicit named on the command line (then sniffed when its extension says nothing)
   * @param local whether {@code uri} is a local path
   */
  record InputFile(int order, String uri, String id, String where, boolean explicit, boolean local)
      implements Serializable {
    /** JSONL is split by line across the cluster; every other kind is read whole by one task. */
    boolean jsonl() {
      String name = uri.toLowerCase(Locale.ROOT);
      return name.endsWith(".jsonl") || name.endsWith(".ndjson");
    }

    /** A Parquet file: rows with the fields of a JSONL line ({@code id}, {@code text} or {@code html}, ...). */
    boolean parquet() {
      return uri.toLowerCase(Locale.ROOT).endsWith(".parquet");
    }

    /** Read by Spark in parts (by line or by row group), not whole by one task. */
    boolean split() {
      return jsonl() || parquet();
    }
  }

  static List<InputFile> list(List<String> inputs, Configuration conf, Consumer<InputProblem> problems) {
    List<InputFile> out = new ArrayList<>();
    for (String input : inputs) {
      if (isLocal(input)) listLocal(input, out, problems);
      else listHadoop(input, conf, out, problems);
    }
    return out;
  }

  /** The files' bytes in all, as far as the file system tells them (a file it cannot stat counts 0). */
  static long bytes(List<InputFile> files, Configuration conf) {
    long sum = 0;
    for (InputFile f : files) {
      try {
        if (f.local()) sum += Files.size(Path.of(f.uri()));
        else {
          org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(f.uri());
          sum += p.getFileSystem(conf).getFileStatus(p).getLen();
        }
      } catch (IOException | RuntimeException e) {
        // the size only sizes the slices; reading the file reports what is wrong with it
      }
    }
    return sum;
  }

  static boolean isLocal(String input) {
    if (input.startsWith("file:")) return true;
    int colon = input.indexOf(':');
    int slash = input.indexOf('/');
    return colon < 0 || (slash >= 0 && slash < colon) || colon == 1; // no scheme (or a drive letter)
  }

  private static Path localPath(String input) {
    return input.startsWith("file:") ? Path.of(URI.create(input)) : Path.of(input);
  }

  private static void listLocal(String input, List<InputFile> out, Consumer<InputProblem> problems) {
    Path path = localPath(input);
    if (Files.isDirectory(path)) {
      List<Path> files;
      try {
        files = CorpusReader.filesOf(path);
      } catch (IOException | java.io.UncheckedIOException e) {
        problems.accept(InputProblem.error(path.toString(), 0, "cannot list folder: " + e.getMessage()));
        return;
      }
      for (Path f : files) {
        out.add(new InputFile(out.size(), f.toString(), CorpusReader.idOf(path, f), f.toString(), false, true));
      }
    } else if (Files.exists(path)) {
      out.add(new InputFile(out.size(), path.toString(), path.toString(), path.toString(), true, true));
    } else {
      problems.accept(InputProblem.error(path.toString(), 0, "no such file or folder"));
    }
  }

  static void listHadoop(String input, Configuration conf, List<InputFile> out,
      Consumer<InputProblem> problems) {
    org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(input);
    try {
      FileSystem fs = path.getFileSystem(conf);
      FileStatus status = fs.getFileStatus(path);
      if (!status.isDirectory()) {
        out.add(new InputFile(out.size(), status.getPath().toString(), input, input, true, false));
        return;
      }
      String root = status.getPath().toString();
      List<String> files = new ArrayList<>();
      RemoteIterator<LocatedFileStatus> it = fs.listFiles(path, true);
      while (it.hasNext()) {
        String f = it.next().getPath().toString();
        String rel = f.substring(Math.min(f.length(), root.length() + 1));
        boolean hidden = false;
        for (String part : rel.split("/")) hidden |= part.startsWith(".") || part.startsWith("_");
        if (!hidden) files.add(f);
      }
      files.sort(null);
      for (String f : files) {
        out.add(new InputFile(out.size(), f, f.substring(root.length() + 1), f, false, false));
      }
    } catch (java.io.FileNotFoundException e) {
      problems.accept(InputProblem.error(input, 0, "no such file or folder"));
    } catch (IOException | IllegalArgumentException e) {
      problems.accept(InputProblem.error(input, 0, "cannot list: " + e.getMessage()));
    }
  }
}
