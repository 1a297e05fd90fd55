package org.echotrace.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.SerializableConfiguration;
import org.echotrace.extract.Page;
import org.echotrace.framing.Lexicon;
import org.echotrace.profile.ArticleCodec;
import org.echotrace.profile.ArticleProfile;
import org.echotrace.profile.ArticleProfiler;
import org.echotrace.fingerprint.CandidateFinder;
import org.echotrace.fingerprint.Fingerprint;
import org.echotrace.fingerprint.LshIndex;
import org.echotrace.fingerprint.PairCounter;
import org.echotrace.fingerprint.Postings;
import org.echotrace.ingest.CorpusReader;
import org.echotrace.internal.KeyCounts;
import org.echotrace.internal.SortedArrays;
import org.echotrace.model.AnalysisResult;
import org.echotrace.model.Article;
import org.echotrace.model.InputProblem;
import org.echotrace.model.RawDocument;
import org.echotrace.judge.PairStage;
import org.echotrace.pipeline.CorpusLineFrequency;
import org.echotrace.pipeline.Pipeline;
import org.echotrace.pipeline.ProgressListener;
import org.echotrace.relate.LexicalEvidence;
import scala.Tuple2;

/**
 * The echotrace analysis on Spark. The per-document stages run on the executors, through the core's own code
 * ({@link Pipeline#read}, {@link Pipeline#extract(Page, org.echotrace.extract.LineFrequency)},
 * {@link org.echotrace.profile.ArticleProfiler#of}, {@link org.echotrace.judge.PairStage#lexical(Article, Article)}):
 *
 * <ol>
 *   <li>read: whole files one per task, JSONL and Parquet split across tasks; bad input becomes a problem record;
 *   <li>line counts across pages (what tells furniture from text): each page's distinct line keys, reduced by key;
 *       the lines found in two pages or more go to every executor as a broadcast;
 *   <li>extract and fingerprint each document;
 *   <li>candidate pairs by a band join: each document's 16 LSH band keys and its rare winnowed fingerprints are
 *       exploded into (key, document) rows and grouped by key, with the core's bucket limits; never all pairs;
 *   <li>identical wording of each candidate pair, on the executors: each pair is given a part, each paired article
 *       is sent once to every part that has a pair of it (one shuffle), and each part measures its pairs.
 * </ol>
 *
 * The driver then runs {@link Pipeline#finish} on the articles collected in corpus order: families of copies,
 * candidates by leads and anchors, events, origins, narratives, names, quotes and framing (the core's in-memory code,
 * on the driver's cores), with profiles and pair judgements on the executors when the sentence model is on
 * ({@link ExecutorWork}). The driver needs memory for the articles' texts. Documents are numbered in the order
 * {@code echotrace analyze} reads them, so the result equals the one-machine run's.
 */
public final class SparkPipeline {
  private final JavaSparkContext sc;
  private final Pipeline driver;
  private final Rewrites rewrites;
  private final ProgressListener progress;
  /** Slices asked for (0: by the input's size); {@link #partitions} is what {@link #run} uses. */
  private final int requested;
  private int partitions;

  /**
   * @param driver the pipeline whose {@link Pipeline#finish} completes the analysis (its lexicon, and its model for
   *     candidates, events and narratives)
   * @param rewrites the model settings of {@code driver}, which the executors load to profile and judge
   * @param partitions how many slices the documents are cut into (0: one per 8 MB of input, from 4 to 16 per core
   *     of the cluster: slices of a few thousand articles, so that no core waits long for the last of a stage)
   */
  public SparkPipeline(JavaSparkContext sc, Pipeline driver, Rewrites rewrites, ProgressListener progress,
      int partitions) {
    this.sc = sc;
    this.driver = driver;
    this.rewrites = rewrites;
    this.progress = progress;
    this.requested = partitions;
  }

  /** The slices for inputs of {@code bytes} in all: see the constructor. */
  private int partitionsFor(long bytes) {
    if (requested > 0) return requested;
    int cores = Math.max(1, sc.defaultParallelism());
    long bySize = bytes / (8L << 20);
    return (int) Math.max(Math.max(2, cores * 4), Math.min(cores * 16L, bySize));
  }

  /** A read document or a problem, keyed by where it was read: file order in the upper 32 bits, item below. */
  record Item(long key, RawDocument doc, InputProblem problem) implements Serializable {}

  /**
   * What the driver learns of one slice of read items: its problems, and its documents' keys (in read order) with a
   * 64-bit hash of each one's id.
   */
  record Slice(List<Item> problems, long[] keys, long[] ids) implements Serializable {
    static Slice of(Iterator<Item> part) {
      List<Item> problems = new ArrayList<>();
      long[] keys = new long[256], ids = new long[256];
      int n = 0;
      while (part.hasNext()) {
        Item i = part.next();
        if (i.doc() == null) {
          problems.add(i);
          continue;
        }
        if (n == keys.length) {
          keys = Arrays.copyOf(keys, 2 * n);
          ids = Arrays.copyOf(ids, 2 * n);
        }
        keys[n] = i.key();
        ids[n++] = idHash(i.doc().id());
      }
      return new Slice(problems, Arrays.copyOf(keys, n), Arrays.copyOf(ids, n));
    }

    /** FNV-1a over the id's characters, 64 bits (written out: the JDK's string hash has 32). */
    static long idHash(String id) {
      long h = 0xcbf29ce484222325L;
      for (int k = 0; k < id.length(); k++) h = (h ^ id.charAt(k)) * 0x100000001b3L;
      return h;
    }
  }

  /**
   * A document's article and its profile (computed where the article was extracted), or an article alone (profile
   * null). Serialised as {@link ArticleCodec}'s bytes: Java serialisation of the records field by field (class
   * descriptors, an identity table entry per object, a reflective constructor call per record) was about a third of
   * moving 100,000 articles to the driver.
   */
  record Extracted(Article article, ArticleProfile profile) implements Serializable {
    Fingerprint print() {
      return profile.fingerprint();
    }

    private Object writeReplace() {
      return new Packed(this);
    }
  }

  /** An {@link Extracted} in {@link ArticleCodec}'s bytes, read back as one. */
  private static final class Packed implements Serializable {
    private static final long serialVersionUID = 1L;
    private final byte[] bytes;

    Packed(Extracted e) {
      bytes = bytes(e.article(), e.profile());
    }

    /** An article and its profile (or null) in the codec's bytes. */
    static byte[] bytes(Article article, ArticleProfile profile) {
      try {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream(1024 + 2 * article.text().length());
        java.io.DataOutputStream out = new java.io.DataOutputStream(b);
        ArticleCodec.writeArticle(out, article);
        out.writeBoolean(profile != null);
        if (profile != null) ArticleCodec.writeProfile(out, profile);
        out.flush();
        return b.toByteArray();
      } catch (IOException x) {
        throw new java.io.UncheckedIOException(x); // a byte array stream does not fail
      }
    }

    /** What {@link #bytes} wrote. */
    static Extracted read(byte[] bytes) throws IOException {
      java.io.DataInputStream in = ArticleCodec.input(bytes, 0, bytes.length);
      Article a = ArticleCodec.readArticle(in);
      return new Extracted(a, in.readBoolean() ? ArticleCodec.readProfile(in) : null);
    }

    private Object readResolve() throws java.io.ObjectStreamException {
      try {
        return read(bytes);
      } catch (IOException x) {
        java.io.InvalidObjectException e = new java.io.InvalidObjectException("unreadable article bytes");
        e.initCause(x);
        throw e;
      }
    }
  }

  /**
   * A partition's articles as the driver needs them: those marked in {@code paired} with their full pair profile
   * ({@link ArticleProfiler#complete}), and every profile without its fingerprint, which only candidate generation reads
   * (done before this): its signature and shingles were about two fifths of a counted profile's bytes.
   */
  private static Iterator<Tuple2<Long, Extracted>> forDriver(Iterator<Tuple2<Long, Extracted>> part,
      java.util.BitSet paired, List<Lexicon.Entry> lexicon) {
    ArticleProfiler profiler = Workers.profiler(lexicon);
    return lazily(part, t -> {
      Extracted e = t._2();
      ArticleProfile p = paired.get(t._1().intValue()) ? profiler.complete(e.article(), e.profile()) : e.profile();
      Fingerprint none = new Fingerprint(new long[0], new long[0], p.fingerprint().words());
      return new Tuple2<>(t._1(), new Extracted(e.article(),
          new ArticleProfile(none, p.text(), p.quotes(), p.framing(), p.names(), p.machineCues())));
    });
  }

  /**
   * A partition's documents extracted and profiled, lazily, one at a time; the profiler for the driver's lexicon is
   * looked up once per partition (built once per JVM). Static: a closure must not hold this pipeline.
   */
  private static Iterator<Tuple2<Long, Extracted>> extract(Iterator<Tuple2<Long, RawDocument>> part,
      CorpusLineFrequency frequency, List<Lexicon.Entry> lexicon) {
    Pipeline p = Workers.pipeline();
    ArticleProfiler profiler = Workers.profiler(lexicon);
    return lazily(part, t -> {
      Article a = p.extract(p.read(t._2()), frequency);
      return new Tuple2<>(t._1(), new Extracted(a, profiler.of(a)));
    });
  }

  /** The elements of a partition of lists, one at a time. */
  private static <T> Iterator<T> flatten(Iterator<List<T>> lists) {
    return java.util.stream.StreamSupport.stream(java.util.Spliterators.spliteratorUnknownSize(lists, 0), false)
        .flatMap(List::stream).iterator();
  }

  /** The partition's elements mapped one at a time, as they are read (a partition is never held whole). */
  private static <A, B> Iterator<B> lazily(Iterator<A> part, java.util.function.Function<A, B> f) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return part.hasNext();
      }

      @Override
      public B next() {
        return f.apply(part.next());
      }
    };
  }


  /** Reads the inputs (local paths or Hadoop URIs, files or folders) and analyses them. */
  public AnalysisResult run(List<String> inputs) {
    List<InputProblem> problems = new ArrayList<>();
    List<InputFiles.InputFile> files = InputFiles.list(inputs, sc.hadoopConfiguration(), problems::add);
    partitions = partitionsFor(InputFiles.bytes(files, sc.hadoopConfiguration()));
    // cached as one list per slice, here and below: Spark estimates the memory of cached objects by walking samples of
    // them every few hundred elements, which cost a seventh of the extraction stage when every article was an element;
    // a slice's list is sampled once
    JavaRDD<List<Item>> items = read(files).glom().persist(StorageLevel.MEMORY_AND_DISK());
    // one job reads, parses and caches every item and tells the driver what it needs of them: the problems, and each
    // slice's document keys and id hashes (for repeated ids and for numbering); the documents stay on the executors
    List<Slice> summaries = items.map(list -> Slice.of(list.iterator())).collect();
    List<Item> bad = new ArrayList<>();
    for (Slice s : summaries) bad.addAll(s.problems());
    bad.addAll(emptyJsonl(files, summaries));
    Set<Long> dropped = duplicates(items.flatMap(List::iterator), summaries, files, bad);
    bad.sort(Comparator.comparingLong(Item::key));
    for (Item i : bad) problems.add(i.problem());
    // each slice's first number: the documents kept in the slices before it (the slices are in file order and each
    // in read order, so numbering needs no sort)
    long[] first = new long[summaries.size()];
    long n = 0;
    for (int p = 0; p < first.length; p++) {
      first[p] = n;
      for (long key : summaries.get(p).keys()) if (!dropped.contains(key)) n++;
    }
    Broadcast<long[]> firsts = sc.broadcast(first);
    Broadcast<Set<Long>> drops = sc.broadcast(dropped);
    JavaRDD<List<Tuple2<Long, RawDocument>>> docs = items.mapPartitionsWithIndex((p, part) -> {
      long next = firsts.value()[p];
      Set<Long> skip = drops.value();
      List<Tuple2<Long, RawDocument>> out = new ArrayList<>();
      while (part.hasNext()) {
        for (Item i : part.next()) if (i.doc() != null && !skip.contains(i.key())) out.add(new Tuple2<>(next++, i.doc()));
      }
      return List.of(out).iterator();
    }, true).persist(StorageLevel.MEMORY_AND_DISK());
    docs.count(); // cached now, so that the items can go
    items.unpersist();
    progress.progress("read", n, n);

    // each slice counts its pages' distinct lines in sorted arrays, cut by key into as many parts as there are slices;
    // each part is added up in one place and only its lines found in two pages or more come to the driver (rows of
    // boxed keys through Spark SQL's aggregation were a sixth of the extraction stage)
    int parts = docs.getNumPartitions();
    Broadcast<CorpusLineFrequency> frequency = sc.broadcast(CorpusLineFrequency.ofCounts(KeyCounts.join(
        docs.flatMapToPair(list -> {
          List<long[]> keys = new ArrayList<>(list.size());
          Pipeline reader = Workers.pipeline();
          for (Tuple2<Long, RawDocument> t : list) keys.add(CorpusLineFrequency.distinctKeys(reader.read(t._2())));
          KeyCounts[] cut = KeyCounts.of(keys).split(parts);
          List<Tuple2<Integer, KeyCounts>> out = new ArrayList<>(parts);
          for (int p = 0; p < parts; p++) if (cut[p].keys().length > 0) out.add(new Tuple2<>(p, cut[p]));
          return out.iterator();
        }).reduceByKey(KeyCounts::plus, parts).values().map(c -> c.atLeast(2))
        .collect())));
    progress.progress("line counts", n, n);

    List<Lexicon.Entry> lexicon = List.copyOf(driver.lexicon().entries());
    JavaRDD<List<Tuple2<Long, Extracted>>> slices = docs
        .mapPartitionsToPair(part -> extract(flatten(part), frequency.value(), lexicon), true)
        .glom().persist(StorageLevel.MEMORY_AND_DISK());
    slices.count();
    JavaPairRDD<Long, Extracted> extracted = slices.flatMapToPair(List::iterator);
    docs.unpersist();
    progress.progress("extract", n, n);

    long[] pairs = candidates(extracted);
    progress.progress("candidates", pairs.length, pairs.length);
    LexicalEvidence[] lexical = wording(sc, extracted, pairs);
    progress.progress("align", pairs.length, pairs.length);

    Article[] collected = new Article[(int) n];
    ArticleProfile[] profiles = new ArticleProfile[(int) n];
    // Without the sentence model the driver's pairs stage profiles in full exactly the articles of lexical pairs:
    // that is done here, where they lie. (With the model the executors profile every article later.)
    java.util.BitSet paired = rewrites.on() ? new java.util.BitSet() : documents(pairs);
    Broadcast<java.util.BitSet> inPairs = sc.broadcast(paired);
    JavaPairRDD<Long, Extracted> completed =
        extracted.mapPartitionsToPair(part -> forDriver(part, inPairs.value(), lexicon), true);
    // a few partitions at a time (as many as run at once): the driver never holds every article twice (serialized
    // and read), and every core serialises. Two such jobs are in flight at once, so that the executors compute the
    // next few partitions while the driver reads the last ones' results (one job at a time left the cores idle for
    // a third of this stage)
    int partitionCount = completed.getNumPartitions(), step = Math.max(1, sc.defaultParallelism());
    java.util.concurrent.ExecutorService jobs = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      List<java.util.concurrent.Future<?>> pending = new ArrayList<>();
      for (int from = 0; from < partitionCount; from += step) {
        int[] ids = java.util.stream.IntStream.range(from, Math.min(partitionCount, from + step)).toArray();
        pending.add(jobs.submit(() -> {
          for (List<Tuple2<Long, Extracted>> part : completed.collectPartitions(ids)) {
            for (Tuple2<Long, Extracted> t : part) { // each index is set by one job only
              collected[t._1().intValue()] = t._2().article();
              profiles[t._1().intValue()] = t._2().profile();
            }
          }
        }));
      }
      for (java.util.concurrent.Future<?> f : pending) f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while collecting the articles", e);
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      throw new IllegalStateException(e.getCause());
    } finally {
      jobs.shutdownNow();
    }
    inPairs.destroy();
    List<Article> articles = List.of(collected);
    progress.progress("articles to the driver", n, n);
    // the executors keep the articles only when they profile and judge (with the sentence model); in local mode
    // they share the driver's heap, so a second copy of every article would halve what fits
    JavaPairRDD<Long, Article> byIndex = null;
    if (rewrites.on()) {
      byIndex = extracted.mapValues(Extracted::article).persist(StorageLevel.MEMORY_AND_DISK_SER());
      byIndex.count();
    }
    slices.unpersist();
    try {
      return driver.finish(articles, java.util.Arrays.asList(profiles), pairs, lexical, problems,
          new ExecutorWork(byIndex));
    } finally {
      if (byIndex != null) byIndex.unpersist();
      // after the last use of the articles, whose lineage reads them if a block is lost
      frequency.destroy();
      firsts.destroy();
      drops.destroy();
    }
  }

  /**
   * Profiles and pair judgements on the executors, through the core's {@link PairStage} methods: each partition's
   * articles are profiled where they lie (a text's vector does not depend on the texts embedded with it); each
   * candidate pair meets its two articles and profiles through two joins and is judged where it lands. Families,
   * candidates by leads and anchors, and the rarity table are the driver's: they need every profile at once. Without
   * the sentence model both steps stay on the driver's cores: profiling and judging then cost less than moving the
   * profiles (10,000 articles in local[2]: 14 s through the executors, about 2 s on the driver).
   */
  private final class ExecutorWork implements org.echotrace.pipeline.PairWork {
    private final JavaPairRDD<Long, Article> articles;

    ExecutorWork(JavaPairRDD<Long, Article> articles) {
      this.articles = articles;
    }

    @Override
    public org.echotrace.rewrite.Profile[] profile(PairStage stage, List<Article> all, int[] leadOf,
        long[] lexicalPairs, org.echotrace.rewrite.Profile[] have, Runnable tick) {
      // see the class comment; with the model the executors profile the articles they hold, and what the driver
      // has is not sent to them
      if (!rewrites.on()) return LOCAL.profile(stage, all, leadOf, lexicalPairs, have, tick);
      Broadcast<int[]> lead = sc.broadcast(leadOf);
      Rewrites settings = rewrites;
      List<Tuple2<Long, org.echotrace.rewrite.Profile>> found = articles.mapPartitionsToPair(part -> {
        List<Long> index = new ArrayList<>();
        List<Article> list = new ArrayList<>();
        part.forEachRemaining(t -> {
          index.add(t._1());
          list.add(t._2());
        });
        boolean[] own = new boolean[list.size()];
        for (int k = 0; k < own.length; k++) own[k] = lead.value()[index.get(k).intValue()] == index.get(k);
        org.echotrace.rewrite.Profile[] p = Workers.stage(settings).profile(list, own, () -> {});
        List<Tuple2<Long, org.echotrace.rewrite.Profile>> out = new ArrayList<>(p.length);
        for (int k = 0; k < p.length; k++) out.add(new Tuple2<>(index.get(k), p[k]));
        return out.iterator();
      }).collect();
      lead.destroy();
      org.echotrace.rewrite.Profile[] out = new org.echotrace.rewrite.Profile[all.size()];
      for (Tuple2<Long, org.echotrace.rewrite.Profile> t : found) out[t._1().intValue()] = t._2();
      for (int i = 0; i < out.length; i++) tick.run();
      return stage.withFamilyLeads(out, leadOf);
    }

    @Override
    public PairStage.Judged relate(PairStage stage, List<Article> all, org.echotrace.rewrite.Profile[] profiles,
        long[] candidates, long[] lexicalPairs, LexicalEvidence[] lexical, java.util.function.LongConsumer progress) {
      if (!rewrites.on()) return LOCAL.relate(stage, all, profiles, candidates, lexicalPairs, lexical, progress);
      if (candidates.length == 0) return PairStage.judged(candidates, new PairStage.Verdict[0]);
      Map<Long, LexicalEvidence> known = new HashMap<>();
      for (int i = 0; i < lexicalPairs.length; i++) if (lexical[i] != null) known.put(lexicalPairs[i], lexical[i]);
      List<Tuple2<Long, Tuple2<Integer, LexicalEvidence>>> work = new ArrayList<>(candidates.length);
      for (int i = 0; i < candidates.length; i++) {
        work.add(new Tuple2<>(candidates[i], new Tuple2<>(i, known.get(candidates[i]))));
      }
      java.util.BitSet paired = documents(candidates);
      List<Tuple2<Long, org.echotrace.rewrite.Profile>> indexed = new ArrayList<>(paired.cardinality());
      for (int i = paired.nextSetBit(0); i >= 0; i = paired.nextSetBit(i + 1)) indexed.add(new Tuple2<>((long) i, profiles[i]));
      Broadcast<java.util.BitSet> inPairs = sc.broadcast(paired);
      JavaPairRDD<Long, Tuple2<Article, org.echotrace.rewrite.Profile>> sides =
          articles.filter(t -> inPairs.value().get(t._1().intValue())).join(sc.parallelizePairs(indexed, partitions));
      Broadcast<org.echotrace.judge.Rarity> rarity = sc.broadcast(org.echotrace.judge.Rarity.of(profiles));
      Rewrites settings = rewrites;
      List<Tuple2<Integer, PairStage.Verdict>> verdicts = withSides(sc.parallelizePairs(work, partitions), sides)
          .mapToPair(t -> {
            Tuple2<Integer, LexicalEvidence> pair = t._1();
            Tuple2<Article, org.echotrace.rewrite.Profile> x = t._2()._1(), y = t._2()._2();
            PairStage.Verdict v = Workers.stage(settings).judge(x._1(), x._2(), y._1(), y._2(), pair._2(),
                rarity.value());
            return new Tuple2<>(pair._1(), v);
          }).collect();
      rarity.destroy();
      inPairs.destroy();
      PairStage.Verdict[] judged = new PairStage.Verdict[candidates.length];
      java.util.Arrays.fill(judged, PairStage.Verdict.NONE);
      for (Tuple2<Integer, PairStage.Verdict> v : verdicts) judged[v._1()] = v._2();
      progress.accept(candidates.length);
      return PairStage.judged(candidates, judged);
    }
  }

  // ---- reading

  /**
   * Every file's items, in file order and, within a file, in read order (a union keeps its parts' partitions in
   * order): runs of whole files are one part, sliced; each JSONL file is a part split by line.
   */
  private JavaRDD<Item> read(List<InputFiles.InputFile> files) {
    List<JavaRDD<Item>> parts = new ArrayList<>();
    SerializableConfiguration conf = new SerializableConfiguration(sc.hadoopConfiguration());
    List<InputFiles.InputFile> whole = new ArrayList<>();
    for (InputFiles.InputFile f : files) {
      if (!f.split()) {
        whole.add(f);
        continue;
      }
      if (!whole.isEmpty()) parts.add(readWhole(whole, conf));
      whole = new ArrayList<>();
      parts.add(f.jsonl() ? readJsonl(sc.textFile(uriOf(f), partitions), f) : readParquet(f));
    }
    if (!whole.isEmpty()) parts.add(readWhole(whole, conf));
    if (parts.isEmpty()) return sc.emptyRDD();
    JavaRDD<Item> all = parts.get(0);
    for (int i = 1; i < parts.size(); i++) all = all.union(parts.get(i));
    return all;
  }

  private JavaRDD<Item> readWhole(List<InputFiles.InputFile> files, SerializableConfiguration conf) {
    int slices = Math.max(1, Math.min(files.size(), partitions));
    return sc.parallelize(files, slices).flatMap(f -> readWhole(f, conf.value()).iterator());
  }

  /** One file through the core's reader (a remote file through a local copy first). */
  static List<Item> readWhole(InputFiles.InputFile f, Configuration conf) {
    List<Item> out = new ArrayList<>();
    long base = (long) f.order() << 32;
    int[] sub = {0};
    CorpusReader reader = new CorpusReader(p -> out.add(new Item(base | sub[0]++, null, p)));
    if (f.local()) {
      reader.readFile(Path.of(f.uri()), f.id(), f.where(), f.explicit(),
          d -> out.add(new Item(base | sub[0]++, d, null)));
      return out;
    }
    Path dir = null;
    try {
      dir = Files.createTempDirectory("echotrace-input");
      org.apache.hadoop.fs.Path remote = new org.apache.hadoop.fs.Path(f.uri());
      Path local = dir.resolve(remote.getName());
      FileSystem fs = remote.getFileSystem(conf);
      try (InputStream in = fs.open(remote)) {
        Files.copy(in, local);
      }
      reader.readFile(local, f.id(), f.where(), f.explicit(), d -> out.add(new Item(base | sub[0]++, d, null)));
    } catch (IOException e) {
      out.add(new Item(base | sub[0]++, null, InputProblem.error(f.where(), 0, "unreadable: " + e.getMessage())));
    } finally {
      if (dir != null) deleteQuietly(dir);
    }
    return out;
  }

  private static void deleteQuietly(Path dir) {
    try (var walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary folder left behind costs disk, not results
    }
  }

  private static String uriOf(InputFiles.InputFile f) {
    return f.local() ? Path.of(f.uri()).toAbsolutePath().toUri().toString() : f.uri();
  }

  /**
   * A Parquet file's rows, each turned into the JSON object of its columns and read as a JSONL line is: the same
   * fields ({@code id}, {@code text} or {@code html}, optional {@code url}, {@code published}, {@code outlet},
   * {@code title}, {@code crawled}) and the same checks; "line" numbers are row numbers. A file Spark cannot read as
   * Parquet is reported and skipped.
   */
  private JavaRDD<Item> readParquet(InputFiles.InputFile f) {
    try {
      Dataset<Row> rows = session().read().parquet(uriOf(f));
      rows.count(); // reads the footers now (row counts live there), so a broken file is reported here, not mid-run
      return readJsonl(rows.toJSON().toJavaRDD(), f);
    } catch (Exception e) { // Scala throws SparkException (checked in Java) undeclared
      Throwable root = e;
      while (root.getCause() != null && root.getCause() != root) root = root.getCause(); // Spark wraps the reason
      String m = root.getMessage() == null ? root.getClass().getSimpleName()
          : root.getMessage().lines().findFirst().orElse("");
      Item problem = new Item((long) f.order() << 32, null,
          InputProblem.error(f.where(), 0, "skipped: not readable as Parquet: " + m));
      return sc.parallelize(List.of(problem), 1);
    }
  }

  /** Lines of a JSONL file (or rows as JSON) across tasks; each is parsed by the core's {@link CorpusReader#jsonLine}. */
  private JavaRDD<Item> readJsonl(JavaRDD<String> lines, InputFiles.InputFile f) {
    long base = (long) f.order() << 32;
    String where = f.where();
    return lines.zipWithIndex().flatMap(t -> {
      String line = t._1();
      int lineNo = (int) (t._2() + 1);
      if (line.isBlank()) return java.util.Collections.<Item>emptyIterator();
      List<Item> out = new ArrayList<>(1);
      RawDocument doc = CorpusReader.jsonLine(line, where, lineNo, p -> out.add(new Item(base | lineNo, null, p)));
      if (doc != null) out.add(new Item(base | lineNo, doc, null));
      return out.iterator();
    });
  }

  /** "no article read" for a JSONL file none of whose lines gave a document, as the core's reader says it. */
  private static List<Item> emptyJsonl(List<InputFiles.InputFile> files, List<Slice> summaries) {
    Set<Integer> withDocs = new HashSet<>();
    for (Slice s : summaries) for (long key : s.keys()) withDocs.add((int) (key >>> 32));
    List<Item> out = new ArrayList<>();
    for (InputFiles.InputFile f : files) {
      if (f.split() && !withDocs.contains(f.order())) {
        out.add(new Item(((long) f.order() << 32) | 0xFFFFFFFFL, null,
            InputProblem.warning(f.where(), 0, "no article read from this " + (f.jsonl() ? "JSONL" : "Parquet")
                + " file")));
      }
    }
    return out;
  }

  /**
   * Ids read more than once: the first read is kept, the others are reported where they were read (an error for ids
   * the files gave; a warning for URLs, a page captured twice) and their keys returned. Found from the slices' id
   * hashes; only the reads of ids whose hash repeats are collected.
   */
  private static Set<Long> duplicates(JavaRDD<Item> items, List<Slice> summaries, List<InputFiles.InputFile> files,
      List<Item> problems) {
    // the id hashes of every slice, sorted: a hash met twice may be a repeated id (or two ids of one hash, which the
    // exact ids below tell apart); only the reads of such ids are collected
    int total = 0;
    for (Slice s : summaries) total += s.ids().length;
    long[] all = new long[total];
    int at = 0;
    for (Slice s : summaries) {
      System.arraycopy(s.ids(), 0, all, at, s.ids().length);
      at += s.ids().length;
    }
    Arrays.sort(all);
    long[] repeated = new long[all.length];
    int w = 0;
    for (int i = 1; i < all.length; i++) if (all[i] == all[i - 1]) repeated[w++] = all[i];
    if (w == 0) return Set.of();
    // sorted, as one array: a crawl may repeat many of its URLs
    Broadcast<long[]> twice = JavaSparkContext.fromSparkContext(items.context())
        .broadcast(SortedArrays.sortedDistinct(Arrays.copyOf(repeated, w)));
    Map<String, List<Tuple2<Long, String>>> groups = new java.util.TreeMap<>();
    for (scala.Tuple3<String, Long, String> r : items
        .filter(i -> i.doc() != null && Arrays.binarySearch(twice.value(), Slice.idHash(i.doc().id())) >= 0)
        .map(i -> new scala.Tuple3<>(i.doc().id(), i.key(), i.doc().source())).collect()) {
      groups.computeIfAbsent(r._1(), k -> new ArrayList<>()).add(new Tuple2<>(r._2(), r._3()));
    }
    twice.destroy();
    Set<Long> dropped = new HashSet<>();
    for (Map.Entry<String, List<Tuple2<Long, String>>> g : groups.entrySet()) {
      List<Tuple2<Long, String>> reads = g.getValue();
      if (reads.size() < 2) continue; // another id of the same hash
      reads.sort(Comparator.comparingLong(Tuple2::_1));
      boolean url = g.getKey().contains("://");
      for (Tuple2<Long, String> r : reads.subList(1, reads.size())) {
        long key = r._1();
        InputFiles.InputFile file = files.get((int) (key >>> 32));
        int line = file.split() ? (int) key : 0;
        dropped.add(key);
        problems.add(new Item(key, null, url
            ? InputProblem.warning(file.where(), line, "URL already read (from " + reads.get(0)._2() + "): kept the first")
            : InputProblem.error(file.where(), line, "skipped: duplicate article id \"" + g.getKey() + "\"")));
      }
    }
    return dropped;
  }

  // ---- candidates: a band join

  /**
   * What {@link CandidateFinder#find} gives on one machine, computed by grouping: the documents that share an LSH
   * band key (a bucket of 2 to {@link LshIndex#maxBucket()} documents), and those that share at least
   * {@link CandidateFinder#MIN_SHARED_FINGERPRINTS} rare fingerprints (each in at most
   * {@link CandidateFinder#MAX_FINGERPRINT_DOCS} documents). Keys are compared as {@link PairCounter#key} compares them.
   *
   * <p>Two shuffles of primitive arrays, each a few hundred objects: each slice sorts its postings and cuts them by key
   * into as many parts as there are slices; each part's postings are merged in one place and give the pairs of their
   * keys' groups, which are counted, cut by pair and added up again in one place (a band pair counts as many as a
   * pair needs, so one shared band suffices). Spark SQL's grouping of the same rows (about 15 million at 100,000
   * articles) took 7-13 s against 2.4-3.3 s, part of it compiling the code Spark SQL generates.
   */
  static long[] candidates(JavaPairRDD<Long, Extracted> extracted) {
    int parts = extracted.getNumPartitions();
    int enough = CandidateFinder.MIN_SHARED_FINGERPRINTS;
    List<KeyCounts> found = extracted.mapPartitionsToPair(part -> {
          Postings.Builder bands = new Postings.Builder();
          Postings.Builder rare = new Postings.Builder();
          LshIndex lsh = new LshIndex();
          while (part.hasNext()) {
            Tuple2<Long, Extracted> t = part.next();
            Fingerprint f = t._2().print();
            if (f.empty()) continue;
            int doc = t._1().intValue();
            for (long k : lsh.bandKeys(f.signature())) bands.add(k, doc);
            for (long k : f.fingerprints()) rare.add(k, doc);
          }
          Postings[] b = bands.build().split(parts), r = rare.build().split(parts);
          List<Tuple2<Integer, Postings[]>> out = new ArrayList<>(parts);
          for (int p = 0; p < parts; p++) {
            if (b[p].size() > 0 || r[p].size() > 0) out.add(new Tuple2<>(p, new Postings[] {b[p], r[p]}));
          }
          return out.iterator();
        })
        .reduceByKey((x, y) -> new Postings[] {x[0].plus(y[0]), x[1].plus(y[1])}, parts)
        .flatMapToPair(t -> {
          KeyCounts counts = KeyCounts.of(List.of(t._2()[0].pairs(LshIndex.maxBucket()))).times(enough)
              .plus(KeyCounts.of(List.of(t._2()[1].pairs(CandidateFinder.MAX_FINGERPRINT_DOCS))));
          KeyCounts[] cut = counts.split(parts);
          List<Tuple2<Integer, KeyCounts>> out = new ArrayList<>(parts);
          for (int p = 0; p < parts; p++) if (cut[p].keys().length > 0) out.add(new Tuple2<>(p, cut[p]));
          return out.iterator();
        })
        .reduceByKey(KeyCounts::plus, parts)
        .map(t -> t._2().atLeast(enough))
        .collect();
    return KeyCounts.join(found).keys(); // the parts hold disjoint pairs
  }

  /** The session of this Spark context (the one the command started, or a new one on it). */
  private SparkSession session() {
    return SparkSession.builder().sparkContext(sc.sc()).getOrCreate();
  }

  // ---- identical wording of the candidates, on the executors

  /**
   * The identical wording of each pair, measured on the executors in one shuffle: each pair is given a part (by a hash
   * of the pair), each paired article is sent, as the codec's bytes without its profile, once to each part that has a
   * pair of it, and each part measures its pairs among the articles it received. Was two joins (pairs with their
   * first, then their second article), which shuffled the articles twice and the pairs with their first article once
   * more, and whose shuffle readers kept maps that Spark's size estimator walked (6-7 s at 100,000 articles).
   */
  static LexicalEvidence[] wording(JavaSparkContext sc, JavaPairRDD<Long, Extracted> extracted, long[] pairs) {
    if (pairs.length == 0) return new LexicalEvidence[0];
    int parts = extracted.getNumPartitions();
    if (parts >= 1 << 20) throw new IllegalArgumentException(parts + " slices: at most 2^20 - 1 are numbered here");
    // which parts need each document: (document << 20 | part), sorted, without repeats
    long[] need = new long[2 * pairs.length];
    for (int i = 0; i < pairs.length; i++) {
      int part = partOf(pairs[i], parts);
      need[2 * i] = (long) PairCounter.Counts.first(pairs[i]) << 20 | part;
      need[2 * i + 1] = (long) PairCounter.Counts.second(pairs[i]) << 20 | part;
    }
    Broadcast<long[]> needs = sc.broadcast(SortedArrays.sortedDistinct(need));
    Broadcast<long[]> all = sc.broadcast(pairs);
    List<Tuple2<Integer, LexicalEvidence>> measured = extracted.mapPartitionsToPair(part -> {
          long[] wanted = needs.value();
          List<Tuple2<Integer, Tuple2<Integer, byte[]>>> out = new ArrayList<>();
          while (part.hasNext()) {
            Tuple2<Long, Extracted> t = part.next();
            long doc = t._1();
            int at = java.util.Arrays.binarySearch(wanted, doc << 20);
            if (at < 0) at = -at - 1;
            if (at == wanted.length || wanted[at] >>> 20 != doc) continue;
            byte[] bytes = Packed.bytes(t._2().article(), null);
            for (; at < wanted.length && wanted[at] >>> 20 == doc; at++) {
              out.add(new Tuple2<>((int) (wanted[at] & 0xFFFFF), new Tuple2<>((int) doc, bytes)));
            }
          }
          return out.iterator();
        })
        .partitionBy(new org.apache.spark.HashPartitioner(parts)) // a part number is its own hash
        .mapPartitionsWithIndex((index, part) -> {
          Map<Integer, Article> here = new HashMap<>();
          while (part.hasNext()) {
            Tuple2<Integer, byte[]> t = part.next()._2();
            here.put(t._1(), Packed.read(t._2()).article());
          }
          long[] ps = all.value();
          PairStage stage = Workers.stage(Rewrites.OFF);
          List<Tuple2<Integer, LexicalEvidence>> out = new ArrayList<>();
          for (int i = 0; i < ps.length; i++) {
            if (partOf(ps[i], parts) != index) continue;
            out.add(new Tuple2<>(i, stage.lexical(here.get(PairCounter.Counts.first(ps[i])),
                here.get(PairCounter.Counts.second(ps[i])))));
          }
          return out.iterator();
        }, false)
        .collect();
    needs.destroy();
    all.destroy();
    LexicalEvidence[] out = new LexicalEvidence[pairs.length];
    for (Tuple2<Integer, LexicalEvidence> t : measured) out[t._1()] = t._2();
    return out;
  }

  /** The part (of {@code parts}) where a pair's wording is measured: a mix of its bits, for an even spread. */
  static int partOf(long pair, int parts) {
    long h = pair * 0x9E3779B97F4A7C15L;
    return (int) Math.floorMod(h ^ (h >>> 29), (long) parts);
  }

  /** The documents of the pairs (packed {@code a << 32 | b}). */
  private static java.util.BitSet documents(long[] pairs) {
    java.util.BitSet out = new java.util.BitSet();
    for (long p : pairs) {
      out.set(PairCounter.Counts.first(p));
      out.set(PairCounter.Counts.second(p));
    }
    return out;
  }

  /**
   * Each pair's payload with the values of its two documents (the lower index first), brought together by two joins:
   * {@code pairs} is keyed by the packed pair ({@code a << 32 | b}), {@code sides} by document index.
   */
  private static <P, S> JavaRDD<Tuple2<P, Tuple2<S, S>>> withSides(JavaPairRDD<Long, P> pairs,
      JavaPairRDD<Long, S> sides) {
    return pairs.mapToPair(t -> new Tuple2<>(t._1() >>> 32, t)).join(sides)
        .mapToPair(t -> new Tuple2<>(t._2()._1()._1() & 0xFFFFFFFFL, new Tuple2<>(t._2()._1()._2(), t._2()._2())))
        .join(sides)
        .map(t -> new Tuple2<>(t._2()._1()._1(), new Tuple2<>(t._2()._1()._2(), t._2()._2())));
  }
}
