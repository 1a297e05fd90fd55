package org.echotrace.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.echotrace.model.Article;
import org.echotrace.model.Quote;
import org.echotrace.model.QuoteKind;
import org.echotrace.quotes.QuoteFinder;

/**
 * Scores {@link QuoteFinder} on PolNeAR (../shared/datasets/polnear, read at run time, never copied): direct-quote
 * content spans and their speakers' mentions.
 *
 * <p>Gold: every attribution (brat {@code E} line) of the first annotator listed in {@code metadata.tsv} whose content
 * span starts with a double quotation mark. A content span may be discontinuous ({@code “A,” he said. “B.”} is one
 * attribution with two fragments); its source span is the local mention (often "he" or "the spokesman").
 *
 * <p>Predicted: the finder's {@link QuoteKind#QUOTE}s (terms are claims of no attribution and are left out), with
 * consecutive quotes that share one mention span grouped into one attribution, as the annotators do.
 *
 * <p>Matching is on word tokens (maximal runs of letters and digits), so quotation marks, punctuation and spaces never
 * decide a match. <b>Strict</b>: the same token set. <b>Lenient</b>: shared tokens at least half of the larger set (each
 * covers at least half of the other). Content pairs are matched one to one, largest overlap first. A speaker is right
 * when its attribution's content matched (leniently) and the predicted mention matches the gold source span (strict or
 * lenient as above); speaker precision counts every predicted attribution with a mention, recall every gold one with a
 * source. A predicted quote that matches no gold quote but lies mostly inside a gold content span that does not start
 * with a mark (a partial quote inside indirect speech, which the gold restriction leaves out) is not counted either way;
 * the number is printed.
 *
 * <p>Usage: {@code bin/echotrace-bench quotes [POLNEAR_DIR] [--split dev|train|both] [--errors N]}.
 */
public final class QuoteBenchmark {
  /** One attribution as token sets: content and source (source may be empty). */
  record Unit(String doc, BitSet content, BitSet source, String contentText, String sourceText) {}

  /** Counts for precision, recall and F1. */
  record Counts(int tp, int predicted, int gold) {
    double precision() {
      return predicted == 0 ? 0 : (double) tp / predicted;
    }

    double recall() {
      return gold == 0 ? 0 : (double) tp / gold;
    }

    double f1() {
      double p = precision(), r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    Counts plus(Counts o) {
      return new Counts(tp + o.tp, predicted + o.predicted, gold + o.gold);
    }
  }

  /** One split's result. */
  record Score(String split, int articles, Counts contentStrict, Counts contentLenient, Counts speakerStrict,
      Counts speakerLenient, int ignored, double seconds) {}

  public static void main(String[] args) throws IOException {
    Path data = Path.of(args.length > 0 && !args[0].startsWith("--") ? args[0] : "../shared/datasets/polnear");
    String split = option(args, "--split").orElse("both");
    int errors = option(args, "--errors").map(Integer::parseInt).orElse(0);
    Path root = Files.isDirectory(data.resolve("data")) ? data.resolve("data") : data;
    if (!Files.isRegularFile(root.resolve("metadata.tsv"))) {
      System.err.println("quotes: no PolNeAR at " + data + ": pass the polnear folder (../shared/datasets/polnear,"
          + " holding data/metadata.tsv and data/{train,dev}/); it is read, never copied");
      System.exit(2);
    }
    Map<String, String> annotator = annotators(root.resolve("metadata.tsv"));
    List<Score> scores = new ArrayList<>();
    for (String s : split.equals("both") ? List.of("train", "dev") : List.of(split)) {
      scores.add(run(root.resolve(s), s, annotator, errors));
    }
    print(System.out, scores);
  }

  static Optional<String> option(String[] args, String name) {
    for (int i = 0; i + 1 < args.length; i++) if (args[i].equals(name)) return Optional.of(args[i + 1]);
    return Optional.empty();
  }

  /** File name → first annotator listed. */
  static Map<String, String> annotators(Path metadata) throws IOException {
    Map<String, String> out = new HashMap<>();
    for (String line : Files.readAllLines(metadata, StandardCharsets.UTF_8)) {
      String[] f = line.split("\t");
      if (f.length > 3 && !f[0].equals("compartment")) out.put(f[1], f[3].split("\\|")[0]);
    }
    return out;
  }

  private static Score run(Path dir, String split, Map<String, String> annotator, int errors) throws IOException {
    List<Path> texts;
    try (Stream<Path> s = Files.list(dir.resolve("text"))) {
      texts = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    QuoteFinder finder = new QuoteFinder();
    Counts cs = new Counts(0, 0, 0), cl = cs, ss = cs, sl = cs;
    int ignored = 0, articles = 0;
    List<String> report = new ArrayList<>();
    long t0 = System.nanoTime();
    for (Path t : texts) {
      String name = t.getFileName().toString().replaceFirst("\\.txt$", "");
      Path ann = dir.resolve("attributions").resolve(name + "_" + annotator.get(name) + ".ann");
      if (!Files.isRegularFile(ann)) continue;
      articles++;
      String text = Files.readString(t, StandardCharsets.UTF_8);
      Gold gold = gold(name, text, Files.readAllLines(ann, StandardCharsets.UTF_8));
      Article article = Article.builder(name, text).language("en").build();
      List<Unit> predicted = predicted(name, text, finder.find(article));
      DocScore d = score(gold, predicted, report);
      cs = cs.plus(d.contentStrict);
      cl = cl.plus(d.contentLenient);
      ss = ss.plus(d.speakerStrict);
      sl = sl.plus(d.speakerLenient);
      ignored += d.ignored;
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    if (errors > 0) {
      java.util.Collections.shuffle(report, new java.util.Random(5));
      report.stream().limit(errors).sorted().forEach(System.err::println);
    }
    return new Score(split, articles, cs, cl, ss, sl, ignored, seconds);
  }

  /** Gold direct-quote attributions, and every other content span (to tell partial quotes in indirect speech). */
  record Gold(List<Unit> quotes, BitSet otherContent) {}

  static Gold gold(String doc, String text, List<String> lines) {
    Map<String, List<int[]>> spans = new HashMap<>();
    List<Map<String, String>> events = new ArrayList<>();
    for (String line : lines) {
      String[] f = line.split("\t");
      if (f.length < 2) continue;
      if (f[0].startsWith("T")) {
        String[] kr = f[1].split(" ", 2);
        if (kr.length < 2) continue;
        List<int[]> ranges = new ArrayList<>();
        for (String r : kr[1].split(";")) {
          String[] se = r.trim().split(" ");
          int s = Integer.parseInt(se[0]), e = Integer.parseInt(se[1]);
          if (s >= 0 && e <= text.length() && s <= e) ranges.add(new int[] {s, e});
        }
        spans.put(f[0], ranges);
      } else if (f[0].startsWith("E")) {
        Map<String, String> e = new HashMap<>();
        for (String part : f[1].split(" ")) {
          String[] kv = part.split(":", 2);
          if (kv.length == 2) e.put(kv[0], kv[1]);
        }
        events.add(e);
      }
    }
    List<Unit> quotes = new ArrayList<>();
    BitSet other = new BitSet();
    for (Map<String, String> e : events) {
      List<int[]> content = spans.getOrDefault(e.get("Content"), List.of());
      if (content.isEmpty()) continue;
      String first = text.substring(content.get(0)[0], content.get(0)[1]).strip();
      if (first.isEmpty()) continue;
      BitSet c = tokens(text, content);
      if ("\"“«„".indexOf(first.charAt(0)) < 0) {
        other.or(c);
        continue;
      }
      List<int[]> source = spans.getOrDefault(e.get("Source"), List.of());
      quotes.add(new Unit(doc, c, tokens(text, source), join(text, content), join(text, source)));
    }
    return new Gold(quotes, other);
  }

  /** Quotes grouped into attributions: consecutive quotes sharing one mention span are one. */
  static List<Unit> predicted(String doc, String text, List<Quote> quotes) {
    List<Unit> out = new ArrayList<>();
    Quote previous = null;
    List<int[]> content = new ArrayList<>();
    for (Quote q : quotes) {
      if (q.kind() != QuoteKind.QUOTE) continue;
      boolean same = previous != null && q.mentionStart() >= 0 && q.mentionStart() == previous.mentionStart()
          && q.mentionEnd() == previous.mentionEnd();
      if (!same && previous != null) {
        out.add(unit(doc, text, content, previous));
        content = new ArrayList<>();
      }
      content.add(new int[] {q.start(), q.end()});
      previous = q;
    }
    if (previous != null) out.add(unit(doc, text, content, previous));
    return out;
  }

  private static Unit unit(String doc, String text, List<int[]> content, Quote q) {
    List<int[]> source = q.mentionStart() >= 0 ? List.of(new int[] {q.mentionStart(), q.mentionEnd()}) : List.of();
    return new Unit(doc, tokens(text, content), tokens(text, source), join(text, content), join(text, source));
  }

  /** Start offsets of the word tokens that begin inside the ranges. */
  static BitSet tokens(String text, List<int[]> ranges) {
    BitSet out = new BitSet();
    for (int[] r : ranges) {
      for (int i = r[0]; i < r[1]; i++) {
        if (Character.isLetterOrDigit(text.charAt(i)) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
          out.set(i);
        }
      }
    }
    return out;
  }

  private static String join(String text, List<int[]> ranges) {
    StringBuilder b = new StringBuilder();
    for (int[] r : ranges) b.append(b.length() == 0 ? "" : " | ").append(text, r[0], r[1]);
    return b.toString().replace('\n', ' ');
  }

  static int overlap(BitSet a, BitSet b) {
    BitSet x = (BitSet) a.clone();
    x.and(b);
    return x.cardinality();
  }

  static boolean lenient(BitSet a, BitSet b) {
    int max = Math.max(a.cardinality(), b.cardinality());
    return max > 0 && 2 * overlap(a, b) >= max;
  }

  record DocScore(Counts contentStrict, Counts contentLenient, Counts speakerStrict, Counts speakerLenient,
      int ignored) {}

  /** One document: one-to-one lenient matching (largest overlap first), then strict and speaker checks on it. */
  static DocScore score(Gold gold, List<Unit> predicted, List<String> report) {
    List<int[]> pairs = new ArrayList<>();
    for (int g = 0; g < gold.quotes().size(); g++) {
      for (int p = 0; p < predicted.size(); p++) {
        int o = overlap(gold.quotes().get(g).content(), predicted.get(p).content());
        if (o > 0) pairs.add(new int[] {o, g, p});
      }
    }
    pairs.sort((x, y) -> y[0] != x[0] ? Integer.compare(y[0], x[0]) : Integer.compare(x[1] * 1000 + x[2], y[1] * 1000 + y[2]));
    int[] matchOfGold = new int[gold.quotes().size()];
    int[] matchOfPred = new int[predicted.size()];
    java.util.Arrays.fill(matchOfGold, -1);
    java.util.Arrays.fill(matchOfPred, -1);
    for (int[] x : pairs) {
      Unit g = gold.quotes().get(x[1]), p = predicted.get(x[2]);
      if (matchOfGold[x[1]] < 0 && matchOfPred[x[2]] < 0 && lenient(g.content(), p.content())) {
        matchOfGold[x[1]] = x[2];
        matchOfPred[x[2]] = x[1];
      }
    }
    int ignored = 0, counted = 0, withMention = 0;
    int strictTp = 0, lenientTp = 0, speakerStrict = 0, speakerLenient = 0;
    for (int p = 0; p < predicted.size(); p++) {
      Unit u = predicted.get(p);
      if (matchOfPred[p] < 0 && 2 * overlap(u.content(), gold.otherContent()) >= u.content().cardinality()) {
        boolean touchesGoldQuote = gold.quotes().stream().anyMatch(g -> overlap(g.content(), u.content()) > 0);
        if (!touchesGoldQuote) {
          ignored++;
          continue;
        }
      }
      counted++;
      if (!u.source().isEmpty()) withMention++;
      if (matchOfPred[p] < 0) {
        report.add("FP   " + u.doc() + " «" + cut(u.contentText()) + "» by «" + u.sourceText() + "»");
        continue;
      }
      Unit g = gold.quotes().get(matchOfPred[p]);
      lenientTp++;
      if (g.content().equals(u.content())) strictTp++;
      else report.add("LOOSE " + u.doc() + " gold «" + cut(g.contentText()) + "» got «" + cut(u.contentText()) + "»");
      if (!u.source().isEmpty() && !g.source().isEmpty()) {
        if (g.source().equals(u.source())) speakerStrict++;
        if (lenient(g.source(), u.source())) speakerLenient++;
        else report.add("SPKR " + u.doc() + " gold «" + g.sourceText() + "» got «" + u.sourceText() + "» for «"
            + cut(g.contentText()) + "»");
      } else if (!g.source().isEmpty()) {
        report.add("NOSPKR " + u.doc() + " gold «" + g.sourceText() + "» for «" + cut(g.contentText()) + "»");
      }
    }
    for (int g = 0; g < gold.quotes().size(); g++) {
      if (matchOfGold[g] < 0) {
        report.add("FN   " + gold.quotes().get(g).doc() + " «" + cut(gold.quotes().get(g).contentText()) + "» by «"
            + gold.quotes().get(g).sourceText() + "»");
      }
    }
    int goldSources = (int) gold.quotes().stream().filter(g -> !g.source().isEmpty()).count();
    return new DocScore(new Counts(strictTp, counted, gold.quotes().size()),
        new Counts(lenientTp, counted, gold.quotes().size()), new Counts(speakerStrict, withMention, goldSources),
        new Counts(speakerLenient, withMention, goldSources), ignored);
  }

  private static String cut(String s) {
    return s.length() <= 110 ? s : s.substring(0, 107) + "...";
  }

  static void print(PrintStream out, List<Score> scores) {
    out.println("PolNeAR direct quotes (content spans starting with a quotation mark), first annotator per article");
    out.printf(Locale.ROOT, "%-6s %8s %6s %6s  %-18s %-18s %-18s %-18s %8s %7s%n", "split", "articles", "gold", "pred",
        "content strict", "content lenient", "speaker strict", "speaker lenient", "ignored", "seconds");
    for (Score s : scores) {
      out.printf(Locale.ROOT, "%-6s %8d %6d %6d  %-18s %-18s %-18s %-18s %8d %7.1f%n", s.split(), s.articles(),
          s.contentStrict().gold(), s.contentStrict().predicted(), prf(s.contentStrict()), prf(s.contentLenient()),
          prf(s.speakerStrict()), prf(s.speakerLenient()), s.ignored(), s.seconds());
    }
    out.println("P/R/F1; strict = same word tokens, lenient = shared tokens >= half of the larger span;"
        + " speakers need a leniently matched content");
  }

  private static String prf(Counts c) {
    return String.format(Locale.ROOT, "%.3f/%.3f/%.3f", c.precision(), c.recall(), c.f1());
  }
}
