package org.echotrace.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.echotrace.model.AnalysisResult;
import org.echotrace.model.InputProblem;
import org.echotrace.model.RawDocument;
import org.echotrace.model.Relation;
import org.echotrace.model.RelationKind;
import org.echotrace.model.Story;
import org.echotrace.pipeline.Pipeline;

/**
 * Scores echotrace's event clusters ({@link AnalysisResult#stories()}) on ECB+ (../shared/datasets/ecbplus, read at
 * run time, never copied). Each topic holds two look-alike events of one kind: the original ECB documents
 * ({@code <topic>_<n>ecb.xml}) and the ECB+ ones ({@code <topic>_<n>ecbplus.xml}); that sub-topic is the gold event.
 * Each topic's documents are rebuilt as plain text from their tokens (one sentence per line) and run through the full
 * pipeline on their own, without dates (ECB+ has none). Scored with B-cubed precision, recall and F1 per topic,
 * micro-averaged over all documents and macro-averaged over topics, beside two baselines: one cluster per topic and
 * every document alone.
 *
 * <p>Usage: {@code bin/echotrace-bench events [ECBPLUS_DIR] [--topics N]} (default ../shared/datasets/ecbplus).
 */
public final class EventBenchmark {
  public static final Pattern FILE = Pattern.compile("(\\d+)_(\\d+)(ecb|ecbplus)\\.xml");

  /** B-cubed sums over some documents: per-document precision and recall summed, and how many documents. */
  record BCubed(double precisionSum, double recallSum, int items) {
    static final BCubed EMPTY = new BCubed(0, 0, 0);

    double precision() {
      return items == 0 ? 0 : precisionSum / items;
    }

    double recall() {
      return items == 0 ? 0 : recallSum / items;
    }

    double f1() {
      double p = precision(), r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    BCubed plus(BCubed o) {
      return new BCubed(precisionSum + o.precisionSum, recallSum + o.recallSum, items + o.items);
    }
  }

  /** One topic's outcome. */
  record TopicScore(String topic, int docs, int goldClusters, int predicted, BCubed echotrace, BCubed oneCluster,
      BCubed singletons, Map<RelationKind, Integer> relations, Map<RelationKind, Integer> across, double seconds) {}

  public static void main(String[] args) throws IOException {
    Path data = Path.of(args.length > 0 && !args[0].startsWith("--") ? args[0] : "../shared/datasets/ecbplus");
    int maxTopics = option(args, "--topics").map(Integer::parseInt).orElse(Integer.MAX_VALUE);
    Path root = Files.isDirectory(data.resolve("ECB+")) ? data.resolve("ECB+") : data;
    List<Path> topics = topics(root);
    if (topics.isEmpty()) {
      System.err.println("events: no ECB+ topics at " + data
          + ": pass the ecbplus folder (../shared/datasets/ecbplus, holding ECB+/<topic>/*.xml);"
          + " it is read, never copied");
      System.exit(2);
    }
    Pipeline pipeline = new Pipeline();
    List<TopicScore> scores = new ArrayList<>();
    for (Path topic : topics.subList(0, Math.min(maxTopics, topics.size()))) scores.add(run(pipeline, topic));
    print(System.out, scores);
  }

  /** Topic folders in numeric order. */
  public static List<Path> topics(Path root) throws IOException {
    if (!Files.isDirectory(root)) return List.of();
    try (Stream<Path> s = Files.list(root)) {
      return s.filter(Files::isDirectory).filter(p -> p.getFileName().toString().matches("\\d+"))
          .sorted(Comparator.comparingInt(p -> Integer.parseInt(p.getFileName().toString()))).toList();
    }
  }

  private static TopicScore run(Pipeline pipeline, Path topic) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(topic)) {
      files = s.filter(p -> FILE.matcher(p.getFileName().toString()).matches()).sorted(EventBenchmark::byDocument)
          .toList();
    }
    Map<String, String> gold = new LinkedHashMap<>();
    List<RawDocument> docs = new ArrayList<>();
    for (Path f : files) {
      String id = f.getFileName().toString();
      Matcher m = FILE.matcher(id);
      if (!m.matches()) continue;
      gold.put(id, m.group(3));
      String text;
      try (InputStream in = Files.newInputStream(f)) {
        text = documentText(in);
      }
      docs.add(RawDocument.ofText(id, f.toString(), text));
    }
    long t0 = System.nanoTime();
    AnalysisResult result = pipeline.analyze(docs, new ArrayList<InputProblem>());
    double seconds = (System.nanoTime() - t0) / 1e9;
    Map<String, String> predicted = new HashMap<>();
    for (Story s : result.stories()) for (String a : s.articles()) predicted.put(a, s.id());
    for (String id : gold.keySet()) predicted.putIfAbsent(id, "alone:" + id); // defensive: a story for every doc
    Map<String, String> one = new HashMap<>(), alone = new HashMap<>();
    for (String id : gold.keySet()) {
      one.put(id, "all");
      alone.put(id, id);
    }
    Map<RelationKind, Integer> kinds = new EnumMap<>(RelationKind.class), across = new EnumMap<>(RelationKind.class);
    for (Relation r : result.relations()) {
      kinds.merge(r.kind(), 1, Integer::sum);
      if (!gold.get(r.a()).equals(gold.get(r.b()))) across.merge(r.kind(), 1, Integer::sum);
    }
    int clusters = (int) gold.keySet().stream().map(predicted::get).distinct().count();
    int goldClusters = (int) gold.values().stream().distinct().count();
    TopicScore score = new TopicScore(topic.getFileName().toString(), gold.size(), goldClusters, clusters,
        bcubed(gold, predicted), bcubed(gold, one), bcubed(gold, alone), kinds, across, seconds);
    System.err.printf(Locale.ROOT, "topic %s: %d documents, %d clusters, %.1f s%n", score.topic(), score.docs(),
        clusters, seconds);
    return score;
  }

  /** ecb before ecbplus, then by document number. */
  public static int byDocument(Path x, Path y) {
    Matcher a = FILE.matcher(x.getFileName().toString()), b = FILE.matcher(y.getFileName().toString());
    if (!a.matches() || !b.matches()) return x.compareTo(y);
    int c = a.group(3).compareTo(b.group(3));
    return c != 0 ? c : Integer.compare(Integer.parseInt(a.group(2)), Integer.parseInt(b.group(2)));
  }

  // ---------------------------------------------------------------------------------------------------- scoring

  /**
   * B-cubed over the items of {@code gold} (item → gold class): for each item, precision is the share of its
   * predicted cluster that shares its gold class, recall the share of its gold class that shares its predicted
   * cluster. Items missing from {@code predicted} count as alone.
   */
  static BCubed bcubed(Map<String, String> gold, Map<String, String> predicted) {
    Map<String, Integer> clusterSize = new HashMap<>(), classSize = new HashMap<>(), both = new HashMap<>();
    Map<String, String> pred = new HashMap<>();
    for (String item : gold.keySet()) {
      String p = predicted.getOrDefault(item, "\u0000alone:" + item);
      pred.put(item, p);
      clusterSize.merge(p, 1, Integer::sum);
      classSize.merge(gold.get(item), 1, Integer::sum);
      both.merge(p + "\u0000" + gold.get(item), 1, Integer::sum);
    }
    double precision = 0, recall = 0;
    for (String item : gold.keySet()) {
      String p = pred.get(item), g = gold.get(item);
      int overlap = both.get(p + "\u0000" + g);
      precision += (double) overlap / clusterSize.get(p);
      recall += (double) overlap / classSize.get(g);
    }
    return new BCubed(precision, recall, gold.size());
  }

  // ---------------------------------------------------------------------------------------------------- text

  /**
   * The document's text rebuilt from its {@code <token>} elements: one line per {@code sentence} attribute value (in
   * the order sentences first appear), tokens joined by {@link #join}. Markables and relations are ignored.
   */
  public static String documentText(InputStream xml) throws IOException {
    Map<String, List<String>> sentences = new LinkedHashMap<>();
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    try {
      XMLStreamReader r = factory.createXMLStreamReader(xml);
      try {
        while (r.hasNext()) {
          if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("token")) {
            String sentence = r.getAttributeValue(null, "sentence");
            String token = r.getElementText().strip();
            if (!token.isEmpty()) {
              sentences.computeIfAbsent(sentence == null ? "" : sentence, k -> new ArrayList<>()).add(token);
            }
          }
        }
      } finally {
        r.close();
      }
    } catch (XMLStreamException e) {
      throw new IOException("cannot read ECB+ XML: " + e.getMessage(), e);
    }
    StringBuilder text = new StringBuilder();
    for (List<String> tokens : sentences.values()) text.append(join(tokens)).append('\n');
    return text.toString();
  }

  private static final Set<String> NO_SPACE_BEFORE = Set.of(".", ",", ";", ":", "!", "?", ")", "]", "}", "%", "'s",
      "'S", "n't", "'re", "'m", "'ve", "'ll", "'d", "’s", "”", "’", "''", "...");
  private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", "{", "$", "“", "‘", "``");

  /**
   * Tokens joined by spaces, tidied: no space before closing punctuation and clitics ({@code , . ) 's n't}), none
   * after opening brackets and quotes; Penn-Treebank quotes ({@code `` ''}) become typographic ones, and a straight
   * double quote opens and closes in turn; {@code 4 : 59} and {@code ’ s} are glued. A line that starts with a URL
   * ({@code http : / / www . x . com / ...}) is glued back together.
   */
  static String join(List<String> tokens) {
    if (!tokens.isEmpty() && tokens.get(0).toLowerCase(Locale.ROOT).startsWith("http")) return String.join("", tokens);
    StringBuilder b = new StringBuilder();
    boolean glueNext = false, quoteOpen = false;
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i), previous = i > 0 ? tokens.get(i - 1) : "";
      String t = token.equals("``") ? "“" : token.equals("''") ? "”" : token;
      boolean glue = glueNext || NO_SPACE_BEFORE.contains(token);
      boolean opens = NO_SPACE_AFTER.contains(token);
      if (token.equals("s") && (previous.equals("’") || previous.equals("'"))) glue = true; // "Lohan ’ s"
      if (token.equals(":") && isDigits(previous) && i + 1 < tokens.size() && isDigits(tokens.get(i + 1))) {
        opens = true; // "4 : 59 PM"
      }
      if (t.equals("\"")) {
        if (quoteOpen) glue = true;
        else opens = true;
        quoteOpen = !quoteOpen;
      }
      if (b.length() > 0 && !glue) b.append(' ');
      b.append(t);
      glueNext = opens;
    }
    return b.toString();
  }

  private static boolean isDigits(String s) {
    return !s.isEmpty() && s.chars().allMatch(Character::isDigit);
  }

  // ---------------------------------------------------------------------------------------------------- output

  private static void print(PrintStream out, List<TopicScore> scores) {
    out.println("ECB+ topics " + scores.get(0).topic() + "–" + scores.get(scores.size() - 1).topic()
        + ": B-cubed over documents; gold = sub-topic (ecb vs ecbplus); each topic run on its own");
    out.printf(Locale.ROOT, "%-7s %5s %9s | %-17s | %-17s | %-17s%n", "topic", "docs", "clusters", "echotrace P/R/F1",
        "one cluster P/R/F1", "all alone P/R/F1");
    BCubed micro = BCubed.EMPTY, microOne = BCubed.EMPTY, microAlone = BCubed.EMPTY;
    double[] macro = new double[3], macroOne = new double[3], macroAlone = new double[3];
    int docs = 0, clusters = 0, goldClusters = 0;
    double seconds = 0;
    Map<RelationKind, Integer> kinds = new TreeMap<>(), across = new TreeMap<>();
    for (int i = 0; i < scores.size(); i++) {
      TopicScore s = scores.get(i);
      if (i < 10) {
        out.printf(Locale.ROOT, "%-7s %5d %9s | %s | %s | %s%n", s.topic(), s.docs(),
            s.predicted() + "/" + s.goldClusters(), prf(s.echotrace()), prf(s.oneCluster()), prf(s.singletons()));
      }
      micro = micro.plus(s.echotrace());
      microOne = microOne.plus(s.oneCluster());
      microAlone = microAlone.plus(s.singletons());
      add(macro, s.echotrace());
      add(macroOne, s.oneCluster());
      add(macroAlone, s.singletons());
      docs += s.docs();
      clusters += s.predicted();
      goldClusters += s.goldClusters();
      seconds += s.seconds();
      s.relations().forEach((k, v) -> kinds.merge(k, v, Integer::sum));
      s.across().forEach((k, v) -> across.merge(k, v, Integer::sum));
    }
    if (scores.size() > 10) out.println("...");
    int t = scores.size();
    out.printf(Locale.ROOT, "%-7s %5d %9s | %s | %s | %s%n", "micro", docs, clusters + "/" + goldClusters, prf(micro),
        prf(microOne), prf(microAlone));
    out.printf(Locale.ROOT, "%-7s %5s %9s | %s | %s | %s%n", "macro", "", "", prf(macro, t), prf(macroOne, t),
        prf(macroAlone, t));
    out.printf(Locale.ROOT, "%d topics; clusters = found/gold; micro = over all documents, macro = mean over the topics"
        + " of their P, R and F1; pipeline time %.1f s%n", t, seconds);
    out.println("relations found: " + kinds);
    out.println("NOTE: the shipped event model was trained on ECB+ topics 1-35 among other data, so these are in-sample"
        + " numbers; the honest ones are the cross-validated ECB+ rows of bin/echotrace-bench provenance.");
    out.println("of which between the two gold events of a topic: " + across
        + " (every kind but same-narrative joins an event)");
  }

  private static String prf(BCubed b) {
    return String.format(Locale.ROOT, "%.3f %.3f %.3f", b.precision(), b.recall(), b.f1());
  }

  private static String prf(double[] sums, int n) {
    return String.format(Locale.ROOT, "%.3f %.3f %.3f", sums[0] / n, sums[1] / n, sums[2] / n);
  }

  private static void add(double[] sums, BCubed b) {
    sums[0] += b.precision();
    sums[1] += b.recall();
    sums[2] += b.f1();
  }

  private static Optional<String> option(String[] args, String name) {
    for (int i = 0; i + 1 < args.length; i++) if (args[i].equals(name)) return Optional.of(args[i + 1]);
    return Optional.empty();
  }
}
