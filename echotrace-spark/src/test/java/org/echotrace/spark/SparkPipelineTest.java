package org.echotrace.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.echotrace.embed.Embedders;
import org.echotrace.model.AnalysisResult;
import org.echotrace.model.InputProblem;
import org.echotrace.model.Relation;
import org.echotrace.model.Story;
import org.echotrace.pipeline.Pipeline;
import org.echotrace.pipeline.ProgressListener;
import org.echotrace.report.JsonReport;
import org.echotrace.testing.SharedData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job against the one-machine run, on Spark's local[2]: same articles, relations, origins, events and
 * narratives, on the bundled examples, on ../shared's web-dev corpus, and on bad input.
 */
class SparkPipelineTest {
  private static SparkSession session;
  private static JavaSparkContext sc;

  @BeforeAll
  static void start() {
    EchotraceSpark.SparkOptions options = new EchotraceSpark.SparkOptions();
    options.master = "local[2]";
    session = options.session("echotrace test");
    sc = JavaSparkContext.fromSparkContext(session.sparkContext());
  }

  @AfterAll
  static void stop() {
    if (session != null) session.stop();
  }

  private static AnalysisResult spark(Pipeline driver, String... inputs) {
    return new SparkPipeline(sc, driver, Rewrites.OFF, ProgressListener.NONE, 4).run(List.of(inputs));
  }

  private static AnalysisResult sparkWithModel(String... inputs) {
    Pipeline driver = new Pipeline(ProgressListener.NONE, Rewrites.BUNDLED.embedder(), false);
    return new SparkPipeline(sc, driver, Rewrites.BUNDLED, ProgressListener.NONE, 4).run(List.of(inputs));
  }

  private static String json(AnalysisResult r) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new JsonReport().writeJson(r, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  /** What a relation claims: the pair, the kind, the origin and how sure (not the similarity's third decimal). */
  private static List<String> claims(AnalysisResult r) {
    List<String> out = new ArrayList<>();
    for (Relation x : r.relations()) {
      out.add(x.a() + " | " + x.b() + " | " + x.kind() + " | " + x.origin().id() + " | " + x.origin().confidence()
          + " | " + x.origin().via() + " | " + x.passages().size());
    }
    return out;
  }

  private static List<String> events(AnalysisResult r) {
    return r.stories().stream().map(s -> s.id() + "=" + s.articles()).collect(Collectors.toList());
  }

  private static List<String> narratives(AnalysisResult r) {
    return r.narratives().stream().map(n -> n.id() + "=" + n.stories()).collect(Collectors.toList());
  }

  @Test
  void examplesWithoutRewritesGiveTheOneMachineDocumentByteForByte() {
    Path corpus = SharedData.repositoryRoot().resolve("examples/corpus");
    AnalysisResult one = Pipeline.lexicalOnly(ProgressListener.NONE).run(List.of(corpus));
    AnalysisResult job = spark(Pipeline.lexicalOnly(ProgressListener.NONE), corpus.toString());
    assertFalse(one.relations().isEmpty(), "the examples hold copies");
    assertEquals(json(one), json(job));
  }

  @Test
  void examplesWithTheSentenceModelGiveTheOneMachineDocumentByteForByte() {
    Path corpus = SharedData.repositoryRoot().resolve("examples/corpus");
    AnalysisResult one = new Pipeline(ProgressListener.NONE, Embedders.bundled(), false).run(List.of(corpus));
    AnalysisResult job = sparkWithModel(corpus.toString());
    assertTrue(one.relations().stream().anyMatch(r -> r.kind() == org.echotrace.model.RelationKind.PARAPHRASE),
        "the examples hold rewrites");
    assertEquals(claims(one), claims(job));
    assertEquals(events(one), events(job));
    assertEquals(narratives(one), narratives(job));
    assertEquals(json(one), json(job)); // similarities and sentence alignments too: vectors do not depend on batches
  }

  @Test
  void webDevJsonlSplitByLineGivesTheOneMachineDocumentByteForByte() {
    Path corpus = SharedData.require("corpus/web-dev/articles.jsonl");
    AnalysisResult one = new Pipeline(ProgressListener.NONE, Embedders.bundled(), false).run(List.of(corpus));
    AnalysisResult job = sparkWithModel(corpus.toString());
    assertEquals(one.articles().size(), job.articles().size());
    assertEquals(one.articles().stream().map(a -> a.id() + a.text().hashCode()).toList(),
        job.articles().stream().map(a -> a.id() + a.text().hashCode()).toList());
    assertTrue(one.relations().size() > 100, "web-dev holds hundreds of relations");
    assertEquals(claims(one), claims(job));
    assertEquals(events(one), events(job));
    assertEquals(narratives(one), narratives(job));
    assertEquals(json(one), json(job));
  }

  @Test
  void theBandJoinFindsExactlyTheCandidatesOfTheOneMachineIndexesAndTheirWordingIsMeasuredAsThere() {
    org.echotrace.cli.bench.SyntheticCorpus corpus = org.echotrace.cli.bench.SyntheticCorpus.generate(1500, 200, 7);
    Pipeline p = Pipeline.lexicalOnly(ProgressListener.NONE);
    List<org.echotrace.fingerprint.Fingerprint> prints = new ArrayList<>();
    List<scala.Tuple2<Long, SparkPipeline.Extracted>> rows = new ArrayList<>();
    for (org.echotrace.model.RawDocument d : corpus.documents()) {
      org.echotrace.model.Article a = p.extract(p.read(d), org.echotrace.extract.LineFrequency.NONE);
      org.echotrace.profile.ArticleProfile profile = p.profile(a);
      rows.add(new scala.Tuple2<>((long) prints.size(), new SparkPipeline.Extracted(a, profile)));
      // the fingerprint on its own, as the one-machine run took it before profiles
      prints.add(new org.echotrace.fingerprint.Fingerprinter().of(new org.echotrace.normalize.TextNormalizer().tokenize(a.text())));
      assertEquals(java.util.Arrays.toString(prints.get(prints.size() - 1).fingerprints()),
          java.util.Arrays.toString(profile.fingerprint().fingerprints()));
    }
    long[] expected = new org.echotrace.fingerprint.CandidateFinder().find(prints);
    org.apache.spark.api.java.JavaPairRDD<Long, SparkPipeline.Extracted> slices = sc.parallelizePairs(rows, 5);
    long[] found = SparkPipeline.candidates(slices);
    assertTrue(expected.length > corpus.planted().size() / 2, "the planted copies are candidates: " + expected.length);
    assertEquals(java.util.Arrays.toString(expected), java.util.Arrays.toString(found));
    // each pair's identical wording, measured in the part its pair was given, is what one machine measures
    org.echotrace.relate.LexicalEvidence[] wording = SparkPipeline.wording(sc, slices, found);
    org.echotrace.judge.PairStage stage = Workers.stage(Rewrites.OFF);
    int shared = 0;
    for (int i = 0; i < found.length; i++) {
      org.echotrace.model.Article a = rows.get(org.echotrace.fingerprint.PairCounter.Counts.first(found[i]))._2().article();
      org.echotrace.model.Article b = rows.get(org.echotrace.fingerprint.PairCounter.Counts.second(found[i]))._2().article();
      assertEquals(stage.lexical(a, b), wording[i], "pair " + i);
      if (!wording[i].passages().isEmpty()) shared++;
    }
    assertTrue(shared > found.length / 2, shared + " of " + found.length + " pairs share a passage");
  }

  @Test
  void anArticleAndItsProfileCrossSparksSerialiserUnchanged() throws IOException {
    org.echotrace.cli.bench.SyntheticCorpus corpus = org.echotrace.cli.bench.SyntheticCorpus.generate(20, 200, 11);
    Pipeline p = Pipeline.lexicalOnly(ProgressListener.NONE);
    org.apache.spark.serializer.SerializerInstance java =
        new org.apache.spark.serializer.JavaSerializer(sc.getConf()).newInstance();
    scala.reflect.ClassTag<Object> tag = scala.reflect.ClassTag$.MODULE$.AnyRef();
    for (org.echotrace.model.RawDocument d : corpus.documents()) {
      org.echotrace.model.Article a = p.extract(p.read(d), org.echotrace.extract.LineFrequency.NONE);
      org.echotrace.profile.ArticleProfile profile = p.profile(a);
      for (SparkPipeline.Extracted e : List.of(new SparkPipeline.Extracted(a, profile),
          new SparkPipeline.Extracted(a, null))) {
        SparkPipeline.Extracted back = (SparkPipeline.Extracted) java.deserialize(java.serialize(e, tag), tag);
        assertEquals(e.article(), back.article());
        assertEquals(e.profile() == null, back.profile() == null);
        if (e.profile() != null) assertEquals(codec(e.profile()), codec(back.profile()));
      }
    }
  }

  /** A profile's codec bytes, as text: profiles hold arrays, which records compare by identity. */
  private static String codec(org.echotrace.profile.ArticleProfile profile) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    org.echotrace.profile.ArticleCodec.writeProfile(new java.io.DataOutputStream(b), profile);
    return java.util.Base64.getEncoder().encodeToString(b.toByteArray());
  }

  @Test
  void badInputIsNamedAndSkippedAsTheOneMachineRunDoes(@TempDir Path dir) throws IOException {
    String body = "The harbour authority of Veldmark said on Tuesday that the new container terminal would open in "
        + "the spring after three years of building work and a long dispute over the cost of dredging the channel. "
        + "Officials said the first ships were expected in April and that the terminal would employ 400 people.";
    Files.writeString(dir.resolve("a.txt"), "Terminal to open in spring\n\n" + body);
    Files.writeString(dir.resolve("b.txt"), "Veldmark terminal opens\n\n" + body + " Local traders welcomed it.");
    Files.write(dir.resolve("binary.txt"), new byte[] {0, 1, 2, 3, (byte) 0xFF, 0, 0, 7, 8, 9, 0, 0});
    Files.writeString(dir.resolve("empty.html"), "");
    Files.writeString(dir.resolve("lines.jsonl"), "{\"id\":\"j1\",\"text\":\"" + body + "\"}\n"
        + "{not json\n\n{\"id\":\"j2\"}\n{\"id\":\"a.txt\",\"text\":\"a duplicate id\"}\n");
    Files.writeString(dir.resolve("nothing.jsonl"), "[1,2]\n");
    Files.write(dir.resolve("cp1251.txt"), "Новости порта\n\nПорт откроется весной, сообщили власти города."
        .getBytes(java.nio.charset.Charset.forName("windows-1251")));
    AnalysisResult one = Pipeline.lexicalOnly(ProgressListener.NONE).run(List.of(dir));
    AnalysisResult job = spark(Pipeline.lexicalOnly(ProgressListener.NONE), dir.toString());
    assertEquals(one.articles().stream().map(a -> a.id()).toList(), job.articles().stream().map(a -> a.id()).toList());
    assertTrue(job.articles().stream().anyMatch(a -> a.id().equals("j1")), "the good JSONL line is read");
    assertEquals(claims(one), claims(job));
    assertTrue(job.relations().size() >= 2, "a.txt, b.txt and j1 share their text: " + job.relations());
    List<String> jobProblems = job.problems().stream().map(SparkPipelineTest::problem).toList();
    assertEquals(one.problems().stream().map(SparkPipelineTest::problem).toList(), jobProblems);
    assertTrue(jobProblems.stream().anyMatch(p -> p.contains("binary.txt")), jobProblems.toString());
    assertTrue(jobProblems.stream().anyMatch(p -> p.contains("lines.jsonl:2")), jobProblems.toString());
    assertTrue(jobProblems.stream().anyMatch(p -> p.contains("duplicate article id")), jobProblems.toString());
    assertTrue(jobProblems.stream().anyMatch(p -> p.contains("nothing.jsonl") && p.contains("no article read")),
        jobProblems.toString());
  }

  @Test
  void parquetRowsAreReadAsJsonlLinesAre(@TempDir Path dir) throws IOException {
    String body = "The harbour authority of Veldmark said on Tuesday that the new container terminal would open in "
        + "the spring after three years of building work and a long dispute over the cost of dredging the channel. "
        + "Officials said the first ships were expected in April and that the terminal would employ 400 people.";
    List<String> rows = List.of(
        "{\"id\":\"p1\",\"url\":\"https://harbour.example/terminal\",\"text\":\"" + body + "\"}",
        "{\"id\":\"p2\",\"url\":\"https://copies.example/terminal\",\"text\":\"" + body + " More soon.\"}",
        "{\"id\":\"p3\",\"url\":\"https://empty.example/\",\"text\":\"\"}");
    Path table = dir.resolve("pages");
    session.read().json(session.createDataset(rows, org.apache.spark.sql.Encoders.STRING())).coalesce(1).write()
        .parquet(table.toString());
    Files.writeString(dir.resolve("broken.parquet"), "not parquet at all");
    AnalysisResult job = spark(Pipeline.lexicalOnly(ProgressListener.NONE), table.toString(),
        dir.resolve("broken.parquet").toString());
    assertEquals(List.of("p1", "p2"), job.articles().stream().map(a -> a.id()).toList());
    assertEquals("https://harbour.example/terminal", job.articles().get(0).url());
    assertEquals(1, job.relations().size(), job.relations().toString());
    List<String> problems = job.problems().stream().map(SparkPipelineTest::problem).toList();
    assertTrue(problems.stream().anyMatch(p -> p.contains(".parquet:3") && p.contains("\"p3\" has no \"text\"")),
        problems.toString());
    assertTrue(problems.stream().anyMatch(p -> p.contains("broken.parquet") && p.contains("not readable as Parquet")),
        problems.toString());
  }

  private static String problem(InputProblem p) {
    return p.severity() + " " + p.path() + ":" + p.line() + " " + p.message();
  }

  @Test
  void aMissingInputIsAProblemNotAFailure(@TempDir Path dir) {
    AnalysisResult job = spark(Pipeline.lexicalOnly(ProgressListener.NONE), dir.resolve("nope").toString());
    assertTrue(job.articles().isEmpty());
    assertEquals(1, job.problems().size());
    assertTrue(job.problems().get(0).message().contains("no such file"), job.problems().toString());
  }

  @Test
  void tablesAreWrittenAsJsonLinesAndParquet(@TempDir Path dir) throws IOException {
    Path corpus = SharedData.repositoryRoot().resolve("examples/corpus");
    AnalysisResult job = spark(Pipeline.lexicalOnly(ProgressListener.NONE), corpus.toString());
    SparkOutput output = new SparkOutput(session);
    output.write(job, SparkOutput.Format.jsonl, dir.resolve("jsonl").toString());
    output.write(job, SparkOutput.Format.parquet, dir.resolve("parquet").toString());
    output.write(job, SparkOutput.Format.json, dir.resolve("one.json").toString());
    assertEquals(json(job), Files.readString(dir.resolve("one.json")));
    assertEquals(job.articles().size(), session.read().json(dir.resolve("jsonl/articles").toString()).count());
    assertEquals(job.relations().size(), session.read().json(dir.resolve("jsonl/relations").toString()).count());
    var stories = session.read().parquet(dir.resolve("parquet/stories").toString());
    assertEquals(job.stories().size(), stories.count());
    assertTrue(List.of(stories.columns()).contains("articles"), List.of(stories.columns()).toString());
    var relations = session.read().parquet(dir.resolve("parquet/relations").toString());
    assertEquals(job.relations().stream().map(Relation::a).sorted().toList(),
        relations.select("a").collectAsList().stream().map(r -> r.getString(0)).sorted().toList());
    assertEquals(job.stories().stream().map(Story::id).sorted().toList(),
        stories.select("id").collectAsList().stream().map(r -> r.getString(0)).sorted().toList());
  }
}
