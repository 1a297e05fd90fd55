package org.echotrace.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import net.dankito.readability4j.Readability4J;
import org.echotrace.extract.ArticleExtractor;
import org.echotrace.extract.LineFrequency;
import org.echotrace.model.Article;
import org.echotrace.model.RawDocument;
import org.jsoup.Jsoup;

/**
 * Scores main-text extraction on the trafilatura evaluation set (../shared/datasets/trafilatura-eval), with the metric
 * of trafilatura's tests/eval_common.py: per page, each "with" segment found in the whitespace-normalised output is a
 * true positive (else a false negative), each "without" segment found is a false positive (else a true negative); a
 * crash or empty output misses every "with" segment. Sums over all pages give precision, recall, accuracy and F1.
 * Also scores title, date and author against the gold metadata, and runs Readability4J on the same pages.
 *
 * <p>Usage: {@code bin/echotrace-bench extraction [DATA_DIR] [--dump DIR] [--limit N] [--peers no] [--throughput no]
 * [--without-cues trafilatura-eval]}. The data is read at run time and never copied into the repository. The pages are
 * split by site into a development part and a test part; {@code --dump} writes the errors of the development part
 * only: the test part is scored, never looked into.
 */
public final class ExtractionBenchmark {
  /** Sums of the confusion counts of one system. */
  static final class Score {
    long tp, fp, fn, tn, pages, failures;
    int titles, titleHits, dates, dateHits, dateOrModifiedHits, authors, authorHits;
    long nanos;

    double precision() {
      return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    double recall() {
      return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    double accuracy() {
      return (double) (tp + tn) / Math.max(1, tp + tn + fp + fn);
    }

    double f1() {
      double p = precision(), r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /** What a system extracted from one page. */
  record Extracted(String text, String title, String date, String author, String dateSource, String modified) {
    Extracted(String text, String title, String date, String author) {
      this(text, title, date, author, null, null);
    }
  }

  public static void main(String[] args) throws IOException {
    Path data = Path.of(args.length > 0 && !args[0].startsWith("--") ? args[0] : "../shared/datasets/trafilatura-eval");
    Path dump = option(args, "--dump").map(Path::of).orElse(null);
    int limit = option(args, "--limit").map(Integer::parseInt).orElse(Integer.MAX_VALUE);
    boolean peers = !option(args, "--peers").orElse("yes").equals("no");
    boolean speed = !option(args, "--throughput").orElse("yes").equals("no");
    if (!Files.isDirectory(data)) {
      System.err.println("no data at " + data + ": pass the trafilatura-eval folder (../shared/datasets/trafilatura-eval)");
      System.exit(3);
    }
    JsonNode gold = new ObjectMapper().readTree(data.resolve("evaldata.json").toFile());
    // --without-cues trafilatura-eval: leave out the furniture phrases found on this set's own errors
    java.util.Set<String> without = option(args, "--without-cues").map(v -> java.util.Set.of(v.split(",")))
        .orElse(java.util.Set.of());
    ArticleExtractor extractor = new ArticleExtractor(new org.echotrace.extract.LanguageGuesser(), without);
    if (!without.isEmpty()) System.out.println("furniture cues without origin " + without);
    Map<String, Function<Page, Extracted>> systems = new LinkedHashMap<>();
    systems.put("echotrace", page -> {
      Article a = extractor.extract(RawDocument.ofHtml(page.url, page.url, page.html, page.url), LineFrequency.NONE);
      return new Extracted(a.text(), a.title(), a.publishedIso(), a.author(),
          a.published() == null ? null : a.published().source() + " " + a.published().confidence().jsonName()
              + (a.modified() == null ? "" : " modified " + a.modified().iso()),
          a.modified() == null ? null : a.modified().iso());
    });
    if (peers) systems.put("readability4j 1.0.8", page -> {
      var article = new Readability4J(page.url, page.html).parse();
      String text = article.getContent() == null ? null : Jsoup.parse(article.getContent()).wholeText();
      return new Extracted(text, article.getTitle(), null, article.getByline());
    });
    Map<String, Score> scores = new LinkedHashMap<>();
    systems.keySet().forEach(k -> scores.put(k, new Score()));
    // The pages are split by site (registrable domain, CRC-32) into a development part, the only one whose errors
    // may be looked at (--dump writes them) and tuned on, and a test part that is only scored: pages of one site are
    // always in the same part, so a rule fitted to a site's furniture cannot help its own test score.
    Score[] parts = {new Score(), new Score()};
    List<String> errors = new ArrayList<>();
    if (dump != null) Files.createDirectories(dump);
    int n = 0;
    List<Page> loaded = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = gold.fields(); it.hasNext() && n < limit; n++) {
      Map.Entry<String, JsonNode> e = it.next();
      Page page = load(data, e.getKey(), e.getValue());
      if (page == null) continue;
      loaded.add(page);
      for (var system : systems.entrySet()) {
        Extracted out;
        long t0 = System.nanoTime();
        try {
          out = system.getValue().apply(page);
        } catch (RuntimeException | StackOverflowError ex) {
          out = null;
        }
        Score s = scores.get(system.getKey());
        long elapsed = System.nanoTime() - t0;
        s.nanos += elapsed;
        score(s, e.getValue(), out);
        if (system.getKey().equals("echotrace")) {
          String file = e.getValue().get("file").asText();
          int part = part(page.url);
          score(parts[part], e.getValue(), out);
          parts[part].nanos += elapsed;
          if (dump != null && part == DEV) {
            if (out != null) Files.writeString(dump.resolve(file + ".txt"), out.text() == null ? "" : out.text());
            errors.addAll(errors(file, e.getValue(), out));
          }
        }
      }
    }
    scores.put("echotrace, dev part", parts[DEV]);
    scores.put("echotrace, test part", parts[TEST]);
    print(System.out, scores, n);
    if (speed) throughput(System.out, loaded, extractor);
    if (dump != null) Files.write(dump.resolve("errors.tsv"), errors, StandardCharsets.UTF_8);
  }

  /**
   * Pages per second of echotrace's extraction alone (pages in memory, after the scoring pass warmed the JIT): one
   * thread, then every core of the machine; the better of two rounds each.
   */
  private static void throughput(PrintStream out, List<Page> pages, ArticleExtractor extractor) {
    if (pages.isEmpty()) return;
    int cores = Runtime.getRuntime().availableProcessors();
    out.printf(Locale.ROOT, "extraction throughput on %d pages:", pages.size());
    for (int threads : cores > 1 ? new int[] {1, cores} : new int[] {1}) {
      double best = 0;
      for (int round = 0; round < 2; round++) {
        java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(threads);
        long t0 = System.nanoTime();
        try {
          pool.submit(() -> pages.parallelStream().forEach(page -> {
            try {
              extractor.extract(RawDocument.ofHtml(page.url, page.url, page.html, page.url), LineFrequency.NONE);
            } catch (RuntimeException | StackOverflowError ignored) {
              // scored as an empty page above
            }
          })).get();
        } catch (InterruptedException | java.util.concurrent.ExecutionException ex) {
          throw new IllegalStateException(ex);
        } finally {
          pool.shutdown();
        }
        best = Math.max(best, pages.size() / ((System.nanoTime() - t0) / 1e9));
      }
      out.printf(Locale.ROOT, " %d thread%s %.0f pages/s;", threads, threads == 1 ? "" : "s", best);
    }
    out.println();
  }

  public static final int DEV = 0, TEST = 1;

  /**
   * The part a page falls in: {@link #DEV} or {@link #TEST}, by the CRC-32 of its site (the registrable domain of its
   * URL, by the public suffix list), so that all pages of a site fall in the same part.
   */
  public static int part(String url) {
    String site = org.echotrace.extract.Sites.registrableDomain(url);
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update((site == null ? url : site).getBytes(StandardCharsets.UTF_8));
    return (int) (crc.getValue() % 2);
  }

  /** One line per missed "with" segment (FN) and per found "without" segment (FP), plus gold metadata misses. */
  private static List<String> errors(String file, JsonNode gold, Extracted out) {
    List<String> lines = new ArrayList<>();
    String text = out == null || out.text() == null ? "" : normalize(out.text());
    for (JsonNode w : gold.get("with")) if (!text.contains(normalize(w.asText()))) lines.add(file + "\tFN\t" + normalize(w.asText()));
    for (JsonNode w : gold.get("without")) if (text.contains(normalize(w.asText()))) lines.add(file + "\tFP\t" + normalize(w.asText()));
    for (String field : List.of("title", "date", "author")) {
      if (!has(gold, field)) continue;
      String ours = out == null ? null : field.equals("title") ? out.title() : field.equals("date") ? out.date() : out.author();
      lines.add(file + "\t" + field + "\t" + normalize(gold.get(field).asText()) + "\t" + (ours == null ? "" : normalize(ours))
          + (field.equals("date") && out != null && out.dateSource() != null ? "\t" + out.dateSource() : ""));
    }
    return lines;
  }

  public record Page(String url, String html) {}

  /** The page of an {@code evaldata.json} entry, decoded as a browser would, or null when its file is missing. */
  public static Page load(Path data, String url, JsonNode entry) throws IOException {
    String file = entry.get("file").asText();
    Path p = data.resolve("cache").resolve(file);
    if (!Files.exists(p)) p = data.resolve("eval").resolve(file);
    if (!Files.exists(p)) return null;
    byte[] bytes = Files.readAllBytes(p);
    // Charset as a browser would pick it (BOM, meta charset, else UTF-8); jsoup's loader does exactly that.
    String html = Jsoup.parse(new java.io.ByteArrayInputStream(bytes), null, url).outerHtml();
    return new Page(url, html);
  }

  static void score(Score s, JsonNode gold, Extracted out) {
    s.pages++;
    String text = out == null || out.text() == null ? null : normalize(out.text());
    if (text == null || text.isEmpty()) {
      s.failures++;
      s.fn += gold.get("with").size();
      s.tn += gold.get("without").size();
    } else {
      for (JsonNode w : gold.get("with")) if (text.contains(normalize(w.asText()))) s.tp++; else s.fn++;
      for (JsonNode w : gold.get("without")) if (text.contains(normalize(w.asText()))) s.fp++; else s.tn++;
    }
    if (has(gold, "title")) {
      s.titles++;
      if (out != null && out.title() != null && normalize(out.title()).equalsIgnoreCase(normalize(gold.get("title").asText()))) s.titleHits++;
    }
    if (has(gold, "date")) {
      s.dates++;
      String day = gold.get("date").asText().substring(0, Math.min(10, gold.get("date").asText().length()));
      boolean hit = out != null && out.date() != null && out.date().startsWith(day);
      if (hit) s.dateHits++;
      // the gold is the date the page shows, which is often its last update: how often either date is that day
      if (hit || out != null && out.modified() != null && out.modified().startsWith(day)) s.dateOrModifiedHits++;
    }
    if (has(gold, "author")) {
      s.authors++;
      if (out != null && out.author() != null && normalize(out.author()).equalsIgnoreCase(normalize(gold.get("author").asText()))) s.authorHits++;
    }
  }

  private static boolean has(JsonNode gold, String field) {
    return gold.hasNonNull(field) && !gold.get(field).asText().isBlank();
  }

  static String normalize(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  private static void print(PrintStream out, Map<String, Score> scores, int pages) {
    out.printf(Locale.ROOT, "trafilatura-eval: %d pages%n", pages);
    out.printf(Locale.ROOT, "%-22s %6s %9s %9s %9s %9s %8s %8s %8s %8s %8s %10s%n", "system", "pages", "precision",
        "recall", "accuracy", "F1", "title", "date", "date|mod", "author", "empty", "ms/page");
    for (var e : scores.entrySet()) {
      Score s = e.getValue();
      out.printf(Locale.ROOT, "%-22s %6d %9.3f %9.3f %9.3f %9.3f %8s %8s %8s %8s %8d %10.1f%n", e.getKey(), s.pages,
          s.precision(), s.recall(), s.accuracy(), s.f1(), share(s.titleHits, s.titles), share(s.dateHits, s.dates),
          share(s.dateOrModifiedHits, s.dates), share(s.authorHits, s.authors), s.failures,
          s.nanos / 1e6 / Math.max(1, s.pages));
    }
  }

  private static String share(int hits, int total) {
    return total == 0 ? "-" : String.format(Locale.ROOT, "%.3f", (double) hits / total);
  }

  private static java.util.Optional<String> option(String[] args, String name) {
    for (int i = 0; i + 1 < args.length; i++) if (args[i].equals(name)) return java.util.Optional.of(args[i + 1]);
    return java.util.Optional.empty();
  }
}
