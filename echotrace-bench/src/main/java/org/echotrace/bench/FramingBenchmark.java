package org.echotrace.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.echotrace.framing.FramingScanner;
import org.echotrace.framing.Lexicon;
import org.echotrace.model.FramingHit;

/**
 * Scores the framing lexicon's hits against the Propaganda Techniques Corpus (PTC v2, train part; read at run time
 * from ../shared/datasets/ptc, never copied): gold spans labelled {@code Loaded_Language} and
 * {@code Name_Calling,Labeling}. A hit is a true positive when it overlaps such a span; recall is the share of those
 * spans that some hit overlaps. Hits of the {@code naming-choice} category (spellings such as "Kyiv", names of a war)
 * are neutral by design and left out of the headline figures; every category is also reported on its own.
 *
 * <p>Split: an article is in the looked-at part when the CRC-32 of its id (UTF-8) is even, else in the held-out part.
 * The lexicon may be grown from the looked-at part ({@code --entries} prints per-entry precision there only); the
 * held-out part is reported as totals and is the honest figure.
 *
 * <p>Usage: {@code bin/echotrace-bench framing [PTC_DIR] [--lexicon FILE] [--entries] [--dump FILE]}: {@code --entries}
 * and {@code --dump} (every hit with its outcome) cover the looked-at part only.
 */
public final class FramingBenchmark {
  static final Set<String> LABELS = Set.of("Loaded_Language", "Name_Calling,Labeling");
  static final String NEUTRAL = "naming-choice";

  /** One article with its gold spans: {start, end, 1 if Loaded_Language or Name_Calling else 0}. */
  record Gold(String id, String text, List<int[]> spans) {}

  /**
   * Counts over some articles.
   *
   * @param hits lexicon hits
   * @param hitsOnTarget hits overlapping a Loaded_Language or Name_Calling span
   * @param hitsOnAny hits overlapping a span of any technique
   * @param spans target gold spans
   * @param spansFound target gold spans some hit overlaps
   */
  record Counts(int hits, int hitsOnTarget, int hitsOnAny, int spans, int spansFound) {
    static final Counts EMPTY = new Counts(0, 0, 0, 0, 0);

    Counts plus(Counts o) {
      return new Counts(hits + o.hits, hitsOnTarget + o.hitsOnTarget, hitsOnAny + o.hitsOnAny, spans + o.spans,
          spansFound + o.spansFound);
    }

    double precision() {
      return hits == 0 ? 0 : (double) hitsOnTarget / hits;
    }

    double recall() {
      return spans == 0 ? 0 : (double) spansFound / spans;
    }

    double f1() {
      double p = precision(), r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  public static void main(String[] args) throws IOException {
    Path data = Path.of(args.length > 0 && !args[0].startsWith("--") ? args[0] : "../shared/datasets/ptc");
    Path articles = data.resolve("train-articles"), labels = data.resolve("train-task-flc-tc.labels");
    if (!Files.isDirectory(articles) || !Files.isRegularFile(labels)) {
      System.err.println("framing: no PTC train-articles/ and train-task-flc-tc.labels at " + data);
      System.exit(2);
    }
    Optional<String> lexiconFile = option(args, "--lexicon");
    Lexicon lexicon = lexiconFile.isPresent() ? Lexicon.load(Path.of(lexiconFile.get())) : Lexicon.bundled();
    boolean entries = List.of(args).contains("--entries");
    Optional<Path> dump = option(args, "--dump").map(Path::of);
    FramingScanner scanner = new FramingScanner(lexicon);
    List<Gold> gold = read(articles, labels);
    System.out.printf(Locale.ROOT, "PTC train: %d articles; lexicon: %d entries, %d patterns%n", gold.size(),
        lexicon.size(), lexicon.entries().stream().mapToInt(e -> e.patterns().size()).sum());
    for (boolean lookedAt : new boolean[] {true, false}) {
      List<Gold> part = gold.stream().filter(g -> lookedAt(g.id()) == lookedAt).toList();
      report(lookedAt ? "looked-at part (CRC-32 of id even)" : "held-out part (CRC-32 of id odd)", part, scanner,
          lookedAt, lookedAt && entries);
      if (lookedAt && dump.isPresent()) dump(part, scanner, dump.get());
    }
  }

  /** True for the part the lexicon may be grown from. */
  static boolean lookedAt(String id) {
    CRC32 crc = new CRC32();
    crc.update(id.getBytes(StandardCharsets.UTF_8));
    return crc.getValue() % 2 == 0;
  }

  private static void report(String name, List<Gold> part, FramingScanner scanner, boolean lookedAt,
      boolean perEntry) {
    long t0 = System.nanoTime();
    Counts total = Counts.EMPTY;
    Map<String, Counts> byCategory = new TreeMap<>(), byEntry = new TreeMap<>();
    int spansLl = 0, foundLl = 0, spansNc = 0, foundNc = 0;
    for (Gold g : part) {
      List<FramingHit> hits = scanner.scan(g.id(), g.text(), "en");
      List<FramingHit> scored = hits.stream().filter(h -> !h.category().equals(NEUTRAL)).toList();
      total = total.plus(score(spans(scored), g.spans()));
      for (FramingHit h : hits) {
        Counts c = score(List.of(new int[] {h.start(), h.end()}), g.spans());
        Counts one = new Counts(1, c.hitsOnTarget(), c.hitsOnAny(), 0, 0);
        byCategory.merge(h.category(), one, Counts::plus);
        byEntry.merge(h.entry(), one, Counts::plus);
      }
      for (int[] s : g.spans()) {
        if (s[2] == 0) continue;
        boolean found = scored.stream().anyMatch(h -> h.start() < s[1] && h.end() > s[0]);
        if (s[3] == 1) {
          spansLl++;
          if (found) foundLl++;
        } else {
          spansNc++;
          if (found) foundNc++;
        }
      }
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    System.out.printf(Locale.ROOT, "%n== %s: %d articles, %d target spans (%d Loaded_Language, %d Name_Calling)%n", name,
        part.size(), total.spans(), spansLl, spansNc);
    System.out.printf(Locale.ROOT, "hits %d (naming-choice left out), on a target span %d: precision %.3f%n",
        total.hits(), total.hitsOnTarget(), total.precision());
    System.out.printf(Locale.ROOT, "target spans found %d: recall %.3f (Loaded_Language %.3f, Name_Calling %.3f)%n",
        total.spansFound(), total.recall(), ratio(foundLl, spansLl), ratio(foundNc, spansNc));
    System.out.printf(Locale.ROOT, "F1 %.3f; hits on a span of any technique: %.3f; %.0f articles/s%n", total.f1(),
        ratio(total.hitsOnAny(), total.hits()), part.size() / Math.max(seconds, 1e-9));
    if (!lookedAt) return; // the held-out part is reported as totals only, so that nothing is tuned on it
    System.out.println("per category (hits, precision on target spans, on any technique):");
    byCategory.forEach((k, c) -> System.out.printf(Locale.ROOT, "  %-20s %5d  %.3f  %.3f%n", k, c.hits(),
        c.precision(), ratio(c.hitsOnAny(), c.hits())));
    if (perEntry) {
      System.out.println("per entry (looked-at part only):");
      byEntry.forEach((k, c) -> System.out.printf(Locale.ROOT, "  %-34s %5d  %.3f%n", k, c.hits(), c.precision()));
    }
  }

  /** Every hit of the looked-at part, one a line: article, entry, words, 1 when on a target span. */
  private static void dump(List<Gold> part, FramingScanner scanner, Path file) throws IOException {
    List<String> lines = new ArrayList<>();
    for (Gold g : part) {
      for (FramingHit h : scanner.scan(g.id(), g.text(), "en")) {
        Counts c = score(List.of(new int[] {h.start(), h.end()}), g.spans());
        lines.add(g.id() + "\t" + h.entry() + "\t" + h.text().replace('\n', ' ') + "\t" + c.hitsOnTarget());
      }
    }
    Files.write(file, lines, StandardCharsets.UTF_8);
  }

  private static List<int[]> spans(List<FramingHit> hits) {
    return hits.stream().map(h -> new int[] {h.start(), h.end()}).toList();
  }

  /**
   * Scores hits {start, end} against gold spans {start, end, target (1/0), ...}: a hit counts on target when it
   * overlaps a target span (on any when it overlaps any span); a target span is found when a hit overlaps it.
   */
  static Counts score(List<int[]> hits, List<int[]> gold) {
    int onTarget = 0, onAny = 0, spans = 0, found = 0;
    for (int[] h : hits) {
      boolean target = false, any = false;
      for (int[] g : gold) {
        if (h[0] < g[1] && h[1] > g[0]) {
          any = true;
          target |= g[2] == 1;
        }
      }
      if (target) onTarget++;
      if (any) onAny++;
    }
    for (int[] g : gold) {
      if (g[2] != 1) continue;
      spans++;
      if (hits.stream().anyMatch(h -> h[0] < g[1] && h[1] > g[0])) found++;
    }
    return new Counts(hits.size(), onTarget, onAny, spans, found);
  }

  /** Articles with their spans {start, end, target, 1 for Loaded_Language / 2 for Name_Calling / 0}. */
  static List<Gold> read(Path articles, Path labels) throws IOException {
    Map<String, List<int[]>> spans = new HashMap<>();
    for (String line : Files.readAllLines(labels, StandardCharsets.UTF_8)) {
      String[] f = line.split("\t");
      if (f.length < 4) continue;
      int kind = f[1].equals("Loaded_Language") ? 1 : f[1].equals("Name_Calling,Labeling") ? 2 : 0;
      spans.computeIfAbsent(f[0], k -> new ArrayList<>())
          .add(new int[] {Integer.parseInt(f[2]), Integer.parseInt(f[3]), kind == 0 ? 0 : 1, kind});
    }
    List<Gold> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(articles)) {
      for (Path p : files.sorted().toList()) {
        String name = p.getFileName().toString();
        if (!name.startsWith("article") || !name.endsWith(".txt")) continue;
        String id = name.substring("article".length(), name.length() - ".txt".length());
        String text = Files.readString(p, StandardCharsets.UTF_8);
        List<int[]> chars = new ArrayList<>();
        for (int[] s : spans.getOrDefault(id, List.of())) {
          chars.add(new int[] {charOffset(text, s[0]), charOffset(text, s[1]), s[2], s[3]});
        }
        out.add(new Gold(id, text, chars));
      }
    }
    return out;
  }

  /** PTC offsets count code points (the organisers' Python); Java strings count UTF-16 units (6 articles differ). */
  static int charOffset(String text, int codePoints) {
    int cps = text.codePointCount(0, text.length());
    return text.offsetByCodePoints(0, Math.min(Math.max(codePoints, 0), cps));
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  private static Optional<String> option(String[] args, String name) {
    for (int i = 0; i + 1 < args.length; i++) if (args[i].equals(name)) return Optional.of(args[i + 1]);
    return Optional.empty();
  }
}
