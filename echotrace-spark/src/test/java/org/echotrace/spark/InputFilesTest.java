package org.echotrace.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.echotrace.model.InputProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The path a cluster takes for hdfs:// or s3a:// inputs (Hadoop's FileSystem lists a folder, a task copies each file
 * locally and reads it with the core's reader), exercised through Hadoop's file: file system: the same files, ids and
 * documents as a local folder.
 */
class InputFilesTest {
  @Test
  void aFolderListedThroughHadoopGivesTheLocalListingsFilesIdsAndDocuments(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("b.txt"), "Second page\n\nThe harbour of Veldmark will open a terminal in spring.");
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("sub/a.html"), "<html><head><title>Terminal</title></head><body><article><p>The "
        + "harbour authority said the terminal opens in April and will employ 400 people.</p></article></body></html>");
    Files.writeString(dir.resolve(".hidden.txt"), "not read");
    Files.writeString(dir.resolve("_SUCCESS"), "");
    List<InputProblem> problems = new ArrayList<>();
    List<InputFiles.InputFile> local = InputFiles.list(List.of(dir.toString()), new Configuration(), problems::add);
    List<InputFiles.InputFile> hadoop = new ArrayList<>();
    InputFiles.listHadoop(dir.toUri().toString(), new Configuration(), hadoop, problems::add);
    assertTrue(problems.isEmpty(), problems.toString());
    // Hadoop's listing also leaves out "_" markers (a Spark output folder's _SUCCESS); the local one reads as the CLI
    assertEquals(List.of("_SUCCESS", "b.txt", "sub/a.html"), local.stream().map(InputFiles.InputFile::id).toList());
    assertEquals(List.of("b.txt", "sub/a.html"), hadoop.stream().map(InputFiles.InputFile::id).toList());
    for (InputFiles.InputFile f : hadoop) {
      assertFalse(f.local());
      InputFiles.InputFile same = local.stream().filter(l -> l.id().equals(f.id())).findFirst().orElseThrow();
      List<SparkPipeline.Item> viaCopy = SparkPipeline.readWhole(f, new Configuration());
      List<SparkPipeline.Item> direct = SparkPipeline.readWhole(same, new Configuration());
      assertEquals(1, viaCopy.size(), viaCopy.toString());
      assertEquals(direct.get(0).doc().text(), viaCopy.get(0).doc().text());
      assertEquals(f.id(), viaCopy.get(0).doc().id());
      assertTrue(viaCopy.get(0).doc().source().startsWith("file:"), viaCopy.get(0).doc().source());
    }
  }

  @Test
  void aMissingHadoopPathIsAProblem(@TempDir Path dir) {
    List<InputProblem> problems = new ArrayList<>();
    List<InputFiles.InputFile> out = new ArrayList<>();
    InputFiles.listHadoop(dir.resolve("nope").toUri().toString(), new Configuration(), out, problems::add);
    assertTrue(out.isEmpty());
    assertEquals(1, problems.size());
    assertTrue(problems.get(0).message().contains("no such file"), problems.toString());
  }

  @Test
  void schemesTellLocalPathsFromHadoopUris() {
    assertTrue(InputFiles.isLocal("examples/corpus"));
    assertTrue(InputFiles.isLocal("/data/crawl.jsonl"));
    assertTrue(InputFiles.isLocal("file:/data/crawl.jsonl"));
    assertTrue(InputFiles.isLocal("C:/data"));
    assertFalse(InputFiles.isLocal("hdfs://namenode:8020/crawls/"));
    assertFalse(InputFiles.isLocal("s3a://bucket/crawls/2026-11/"));
  }
}
