package org.echotrace.cli.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.echotrace.model.RawDocument;
import org.echotrace.model.RelationKind;

/**
 * The peer: {@code sim_text} from Debian's similarity-tester (Dick Grune's SIM), run as
 * {@code sim_text -a -p -T -r 4 -t 30 -R DIR} on the corpus written as one .txt file per article. With -p it prints
 * one line per file pair whose shared text is at least 30% of a file: "DIR/a.txt consists for 98 % of DIR/b.txt
 * material". It finds whole copies; partial reuse below 30% of an article is out of its reach by that threshold.
 * Stateless; thread-safe.
 */
public final class SimTextPeer {
  public static final Path DEFAULT_EXECUTABLE = Path.of("/usr/bin/sim_text");
  public static final List<String> ARGUMENTS = List.of("-a", "-p", "-T", "-r", "4", "-t", "30", "-R");
  private static final Pattern LINE = Pattern.compile("^(.+) consists for (\\d+) % of (.+) material\\s*$");

  /** What one run of the peer took and reported. */
  public record Result(double seconds, int exitCode, Map<Long, RelationKind> pairs, String stderr) {}

  private final Path executable;

  public SimTextPeer(Path executable) {
    this.executable = executable;
  }

  /** sim_text at its Debian path, or on the PATH, if installed. */
  public static Optional<SimTextPeer> find() {
    if (Files.isExecutable(DEFAULT_EXECUTABLE)) return Optional.of(new SimTextPeer(DEFAULT_EXECUTABLE));
    String path = System.getenv("PATH");
    if (path == null) return Optional.empty();
    for (String dir : path.split(java.io.File.pathSeparator)) {
      Path p = Path.of(dir, "sim_text");
      if (Files.isExecutable(p)) return Optional.of(new SimTextPeer(p));
    }
    return Optional.empty();
  }

  /** The command line for {@code dir}. */
  public List<String> command(Path dir) {
    List<String> cmd = new ArrayList<>();
    cmd.add(executable.toString());
    cmd.addAll(ARGUMENTS);
    cmd.add(dir.toString());
    return cmd;
  }

  /** Writes each document's text to {@code dir/<id>} in UTF-8. */
  public static void write(List<RawDocument> docs, Path dir) throws IOException {
    Files.createDirectories(dir);
    for (RawDocument d : docs) Files.writeString(dir.resolve(d.id()), d.text(), StandardCharsets.UTF_8);
  }

  /** Runs the peer on {@code dir} (timing the whole process) and parses the pairs it reports. */
  public Result run(Path dir, Path scratch) throws IOException, InterruptedException {
    Path out = scratch.resolve("sim_text.out"), err = scratch.resolve("sim_text.err");
    ProcessBuilder pb = new ProcessBuilder(command(dir)).redirectOutput(out.toFile()).redirectError(err.toFile());
    long t0 = System.nanoTime();
    Process p = pb.start();
    int rc = p.waitFor();
    double seconds = (System.nanoTime() - t0) / 1e9;
    Map<Long, RelationKind> pairs = parse(Files.readAllLines(out, StandardCharsets.UTF_8));
    String stderr = Files.readString(err, StandardCharsets.UTF_8);
    Files.deleteIfExists(out);
    Files.deleteIfExists(err);
    return new Result(seconds, rc, pairs, stderr);
  }

  /** Pairs of article numbers (file names made by {@link SyntheticCorpus#id(int)}) from -p output; kind unknown. */
  static Map<Long, RelationKind> parse(List<String> lines) {
    Map<Long, RelationKind> pairs = new HashMap<>();
    for (String line : lines) {
      Matcher m = LINE.matcher(line);
      if (!m.matches()) continue;
      int a = SyntheticCorpus.number(m.group(1).strip()), b = SyntheticCorpus.number(m.group(3).strip());
      if (a >= 0 && b >= 0 && a != b) pairs.put(PlantedPairs.key(a, b), null);
    }
    return pairs;
  }
}
