package org.echotrace.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.echotrace.model.AnalysisResult;
import org.echotrace.report.JsonReport;

/**
 * Writes a job's result: {@code json}, the one document {@code echotrace analyze --format json} writes (the core's
 * {@link JsonReport}); {@code jsonl} or {@code parquet}, a folder with one table per record type ({@code articles/},
 * {@code relations/}, {@code stories/}, {@code narratives/}, {@code quotes/}, {@code quote_variants/},
 * {@code entities/}, {@code framing/}, {@code framing_shifts/}, {@code problems/}), each row the object the core's
 * JSONL report writes for that record, without its {@code record} field. Parquet columns are inferred from those
 * objects; a table with no rows is written as JSON lines (empty) or left out (Parquet needs a schema).
 */
final class SparkOutput {
  enum Format { json, jsonl, parquet }

  /** Record type of the core's JSONL → table folder. */
  private static final Map<String, String> TABLES = new LinkedHashMap<>();

  static {
    for (String[] t : new String[][] {{"article", "articles"}, {"relation", "relations"}, {"story", "stories"},
        {"narrative", "narratives"}, {"quote", "quotes"}, {"quote_variant", "quote_variants"},
        {"entity", "entities"}, {"framing", "framing"}, {"framing_shift", "framing_shifts"},
        {"problem", "problems"}}) {
      TABLES.put(t[0], t[1]);
    }
  }

  private final SparkSession session;

  SparkOutput(SparkSession session) {
    this.session = session;
  }

  void write(AnalysisResult result, Format format, String out) throws IOException {
    if (format == Format.json) {
      Path path = new Path(out);
      FileSystem fs = path.getFileSystem(session.sparkContext().hadoopConfiguration());
      try (OutputStream o = fs.create(path, true)) {
        new JsonReport().writeJson(result, o);
      }
      return;
    }
    Map<String, List<String>> rows = tables(result);
    for (Map.Entry<String, List<String>> t : rows.entrySet()) {
      String folder = out.replaceAll("/+$", "") + "/" + t.getKey();
      Dataset<String> lines = session.createDataset(t.getValue(), Encoders.STRING());
      if (format == Format.jsonl) {
        lines.coalesce(Math.max(1, Math.min(64, t.getValue().size() / 50_000 + 1))).write().text(folder);
      } else if (!t.getValue().isEmpty()) {
        Dataset<Row> table = session.read().json(lines);
        table.coalesce(Math.max(1, Math.min(64, t.getValue().size() / 200_000 + 1))).write().parquet(folder);
      }
    }
  }

  /** The core's JSONL lines by table, the {@code record} field cut off. */
  static Map<String, List<String>> tables(AnalysisResult result) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    new JsonReport().writeJsonl(result, buffer);
    Map<String, List<String>> rows = new LinkedHashMap<>();
    for (String table : TABLES.values()) rows.put(table, new ArrayList<>());
    for (String line : buffer.toString(StandardCharsets.UTF_8).split("\n")) {
      if (line.isEmpty()) continue;
      String prefix = "{\"record\":\"";
      if (!line.startsWith(prefix)) throw new UncheckedIOException(new IOException("unexpected JSONL line: " + line));
      int end = line.indexOf('"', prefix.length());
      String record = line.substring(prefix.length(), end);
      String table = TABLES.get(record);
      if (table == null) throw new IllegalStateException("no table for record type " + record);
      String rest = line.substring(end + 1); // ,"id":... } or }
      rows.get(table).add(rest.startsWith(",") ? "{" + rest.substring(1) : "{" + rest);
    }
    return rows;
  }
}
