package org.echotrace.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.echotrace.embed.Embedders;
import org.echotrace.embed.SentenceEmbedder;
import org.echotrace.model.RawDocument;
import org.echotrace.pipeline.Pipeline;
import org.echotrace.pipeline.ProgressListener;
import org.echotrace.store.AddReport;
import org.echotrace.store.SearchResults;
import org.echotrace.store.Store;

/**
 * "Where else does this paragraph appear?" measured on the labelled development corpus: a store is built from
 * {@code web-dev/articles}; for every article with labelled copies, its first paragraph is searched, and the table
 * says which of its labelled copies (by type) come back in the first 50 results, what else comes back (same story,
 * same narrative, unrelated), and the query time. With {@code --synthetic N} it also builds a store of N synthetic
 * articles (lexical analysis) and times adding and searching in it.
 *
 * <p>Usage: {@code SearchBenchmark WEBDEV_DIR [--no-model] [--synthetic N]}.
 */
public final class SearchBenchmark {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** With -Dsearch.dump=FILE: every hit, its label and score (development data only: for choosing thresholds). */
  private static final java.io.PrintStream DUMP = dump();

  private static java.io.PrintStream dump() {
    String f = System.getProperty("search.dump");
    try {
      return f == null ? null : new java.io.PrintStream(new java.io.FileOutputStream(f), true, "UTF-8");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static final Set<String> COPY = Set.of("verbatim", "partial", "paraphrase", "translation");

  private SearchBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path webdev = Path.of(args.length > 0 && !args[0].startsWith("--") ? args[0] : "../shared/corpus/web-dev");
    boolean model = true;
    int synthetic = 0;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--no-model")) model = false;
      if (args[i].equals("--synthetic")) synthetic = Integer.parseInt(args[++i]);
    }
    if (Files.isDirectory(webdev.resolve("articles"))) webdev(webdev, model);
    else System.out.println("no web-dev corpus at " + webdev + ": skipped");
    if (synthetic > 0) synthetic(synthetic);
  }

  private static void webdev(Path webdev, boolean model) throws IOException {
    JsonNode labels = JSON.readTree(webdev.resolve("labels.json").toFile());
    Path dir = Files.createTempDirectory("echotrace-search-bench");
    SentenceEmbedder embedder = model ? Embedders.bundled() : null;
    Pipeline pipeline = model ? new Pipeline(ProgressListener.NONE, embedder, false) : Pipeline.lexicalOnly(ProgressListener.NONE);
    long t0 = System.nanoTime();
    try (Store store = Store.open(dir.resolve("store"), embedder)) {
      AddReport added = store.add(List.of(webdev.resolve("articles")), pipeline);
      System.out.printf("web-dev store: %d articles, %d relations, built in %.1f s (%s)%n", added.articles(),
          added.relations(), (System.nanoTime() - t0) / 1e9, model ? "sentence model on" : "lexical only");
      Map<String, int[]> byType = new TreeMap<>(); // type -> {found, labelled}
      Map<String, Integer> otherHits = new TreeMap<>();
      List<Double> millis = new ArrayList<>();
      int queries = 0;
      for (var e : iterable(labels.fields())) {
        String id = e.getKey();
        List<JsonNode> copies = new ArrayList<>();
        for (JsonNode r : e.getValue().path("relations")) if (COPY.contains(r.path("type").asText())) copies.add(r);
        if (copies.isEmpty()) continue;
        JsonNode article = store.article(id + ".txt").orElse(null);
        if (article == null) continue;
        String query = firstParagraph(article.path("text").asText());
        if (query.isBlank()) continue;
        queries++;
        store.search(query, 0, 50); // warm: the timed run is the second
        long q0 = System.nanoTime();
        SearchResults found = store.search(query, 0, 50);
        millis.add((System.nanoTime() - q0) / 1e6);
        Set<String> ids = found.results().stream().map(h -> h.id().replaceFirst("\\.txt$", "")).collect(Collectors.toSet());
        for (JsonNode r : copies) {
          int[] c = byType.computeIfAbsent(r.path("type").asText(), k -> new int[2]);
          c[1]++;
          if (ids.contains(r.path("other").asText())) c[0]++;
        }
        Map<String, String> label = new HashMap<>();
        for (JsonNode r : e.getValue().path("relations")) label.put(r.path("other").asText(), r.path("type").asText());
        for (SearchResults.Hit h : found.results()) {
          String hit = h.id().replaceFirst("\\.txt$", "");
          if (hit.equals(id)) continue;
          otherHits.merge(label.getOrDefault(hit, "unrelated") + " as " + h.match(), 1, Integer::sum);
          if (DUMP != null) DUMP.println(id + "\t" + hit + "\t" + label.getOrDefault(hit, "unrelated") + "\t" + h.match() + "\t" + h.score());
        }
      }
      System.out.println();
      System.out.println("| labelled copies of the searched article | found in the first 50 results |");
      System.out.println("|---|---|");
      int f = 0, n = 0;
      for (var t : byType.entrySet()) {
        System.out.printf("| %s | %d/%d |%n", t.getKey(), t.getValue()[0], t.getValue()[1]);
        f += t.getValue()[0];
        n += t.getValue()[1];
      }
      System.out.printf("| all copies | %d/%d (%.2f) |%n", f, n, n == 0 ? 0 : f / (double) n);
      System.out.println();
      System.out.println("other articles returned, by their label to the searched article and the match found: " + otherHits);
      millis.sort(Comparator.naturalOrder());
      System.out.printf("%d queries (first paragraph of each article with labelled copies); time per query p50 %.1f ms, "
          + "p90 %.1f ms, max %.1f ms%n", queries, pct(millis, 0.5), pct(millis, 0.9), pct(millis, 1.0));
    }
  }

  /** The first paragraph of at least 25 words, else the first 1,000 characters. */
  static String firstParagraph(String text) {
    for (String p : text.split("\\n\\s*\\n")) if (p.strip().split("\\s+").length >= 25) return p.strip();
    return text.length() <= 1000 ? text : text.substring(0, 1000);
  }

  /**
   * N synthetic articles of ~150 words (Zipf-distributed words of a 20,000-word vocabulary), one in ten a verbatim
   * copy of an earlier one with a sentence added. A store is built lexically from the first N - 1,000 in one add,
   * then the last 1,000 are added (the incremental cost), beside the time to analyse those 1,000 alone in a fresh
   * store; then 200 searches for a paragraph of a random article are timed. Heap peak from the JVM's memory pools.
   */
  private static void synthetic(int n) throws IOException {
    Path dir = Files.createTempDirectory("echotrace-search-synthetic");
    Random random = new Random(42);
    String[] vocabulary = new String[20_000];
    for (int i = 0; i < vocabulary.length; i++) vocabulary[i] = i < ENGLISH.length ? ENGLISH[i] : word(random, i);
    double[] cumulative = new double[vocabulary.length];
    double sum = 0;
    for (int i = 0; i < vocabulary.length; i++) cumulative[i] = sum += 1.0 / (i + 1);
    List<String> texts = new ArrayList<>();
    List<RawDocument> docs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String text = i > 10 && i % 10 == 0 ? mutate(texts.get(random.nextInt(i)), random, vocabulary, cumulative, sum)
          : article(random, vocabulary, cumulative, sum);
      texts.add(text);
      docs.add(RawDocument.ofText(String.format("syn/%07d.txt", i), "synthetic", text));
    }
    Pipeline pipeline = Pipeline.lexicalOnly(ProgressListener.NONE);
    int last = Math.min(1000, n / 2);
    List<RawDocument> bulk = docs.subList(0, n - last), tail = docs.subList(n - last, n);
    System.out.println();
    System.out.println("| step | articles | time (s) | heap used after GC (MB) | heap peak so far (MB) | store on disk (MB) |");
    System.out.println("|---|---|---|---|---|---|");
    try (Store alone = Store.open(dir.resolve("alone"), null)) {
      long t0 = System.nanoTime();
      alone.add(tail, List.of(), pipeline);
      row("the last " + last + " alone, fresh store", last, t0, alone);
    }
    // again in a JVM that has compiled the code: the first run above is what a user's new process pays
    try (Store alone = Store.open(dir.resolve("alone-again"), null)) {
      long t0 = System.nanoTime();
      alone.add(tail, List.of(), pipeline);
      row("the same again, fresh store, JIT warm", last, t0, alone);
    }
    try (Store store = Store.open(dir.resolve("store"), null)) {
      long t0 = System.nanoTime();
      store.add(bulk, List.of(), pipeline);
      row("first add", bulk.size(), t0, store);
      t0 = System.nanoTime();
      store.add(tail, List.of(), pipeline);
      row("add " + last + " more", n, t0, store);
      List<Double> millis = new ArrayList<>();
      for (int q = 0; q < 200; q++) {
        String query = texts.get(random.nextInt(texts.size())).split("\n\n")[0];
        long q0 = System.nanoTime();
        store.search(query, 0, 20);
        millis.add((System.nanoTime() - q0) / 1e6);
      }
      millis.sort(Comparator.naturalOrder());
      System.out.printf("%n200 searches for a paragraph in a store of %d synthetic articles: p50 %.1f ms, p90 %.1f ms, "
          + "max %.1f ms; %.1f kB on disk per article%n", n, pct(millis, 0.5), pct(millis, 0.9), pct(millis, 1.0),
          store.stats().bytesOnDisk() / 1e3 / n);
    }
  }

  private static void row(String step, int articles, long t0, Store store) throws IOException {
    double s = (System.nanoTime() - t0) / 1e9;
    System.gc();
    Runtime rt = Runtime.getRuntime();
    long peak = 0;
    for (var pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == java.lang.management.MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
    }
    System.out.printf("| %s | %d | %.1f | %d | %d | %.0f |%n", step, articles, s, (rt.totalMemory() - rt.freeMemory()) >> 20,
        peak >> 20, store.stats().bytesOnDisk() / 1e6);
  }

  /**
   * The most frequent English words head the vocabulary, so that the word salad reads as English to the language
   * guesser (random letters alone send it through every language model: a cost real pages do not have).
   */
  private static final String[] ENGLISH = ("the of and to a in that is was he for it with as his on be at by had are "
      + "but from or have an they which one you were her all she there would their we him been has when who will more "
      + "no if out so said what up its about into than them can only other new some could time these two may then do "
      + "first any my now such like our over man me even most made after also did many before must through back years "
      + "where much your way well down should because each just those people how too little state good very make world "
      + "still own see men work long get here between both life being under never day same another know while last").split(" ");

  private static String article(Random r, String[] vocabulary, double[] cumulative, double sum) {
    StringBuilder b = new StringBuilder();
    for (int p = 0; p < 3; p++) {
      if (p > 0) b.append("\n\n");
      for (int s = 0; s < 3; s++) b.append(sentence(r, vocabulary, cumulative, sum)).append(' ');
    }
    return b.toString().strip();
  }

  private static String mutate(String text, Random r, String[] vocabulary, double[] cumulative, double sum) {
    return text + "\n\n" + sentence(r, vocabulary, cumulative, sum);
  }

  private static String sentence(Random r, String[] vocabulary, double[] cumulative, double sum) {
    StringBuilder b = new StringBuilder();
    int words = 12 + r.nextInt(10);
    for (int w = 0; w < words; w++) {
      double x = r.nextDouble() * sum;
      int i = java.util.Arrays.binarySearch(cumulative, x);
      String word = vocabulary[Math.min(vocabulary.length - 1, i < 0 ? -i - 1 : i)];
      b.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word).append(w + 1 < words ? " " : ".");
    }
    return b.toString();
  }

  private static String word(Random r, int i) {
    String letters = "abcdefghiklmnoprstuvwy";
    StringBuilder b = new StringBuilder();
    int len = 3 + r.nextInt(7);
    for (int k = 0; k < len; k++) b.append(letters.charAt(r.nextInt(letters.length())));
    return b.append(i % 7).toString().replaceAll("\\d", "");
  }

  private static double pct(List<Double> sorted, double p) {
    if (sorted.isEmpty()) return Double.NaN;
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1 < 0 ? 0 : (int) Math.ceil(p * sorted.size()) - 1));
  }

  private static <T> Iterable<T> iterable(java.util.Iterator<T> it) {
    return () -> it;
  }
}
