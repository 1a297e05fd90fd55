package org.echotrace.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.echotrace.ingest.CorpusReader;
import org.echotrace.ingest.ResponseDocuments;
import org.echotrace.ingest.fetch.FetchOptions;
import org.echotrace.ingest.fetch.FetchResult;
import org.echotrace.ingest.fetch.PoliteFetcher;
import org.echotrace.model.AnalysisResult;
import org.echotrace.model.Article;
import org.echotrace.model.InputProblem;
import org.echotrace.model.RawDocument;
import org.echotrace.pipeline.Pipeline;
import org.echotrace.report.JsonReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code echotrace extract FILE|URL...}: the clean article and its metadata for each input, one by one. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    header = "Prints the clean article and its metadata for each input, for checking pages one by one.",
    description = "An input is a file (any format analyze reads; a JSONL, WARC or feed gives one article per record) "
        + "or an http(s) URL, fetched politely (robots.txt, a pause between requests to one host) and not stored.")
final class ExtractCommand implements Callable<Integer> {
  enum Format { text, json, jsonl }

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE|URL", description = "Files or http(s) URLs.")
  List<String> inputs;

  @Option(names = "--format", defaultValue = "text",
      description = "text (for people), json (one document: articles and problems) or jsonl (one article a line). "
          + "Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = "--delay", defaultValue = "1", paramLabel = "SECONDS",
      description = "Pause between requests to one host, for URLs. Default: ${DEFAULT-VALUE}.")
  double delay;

  @Option(names = "--timeout", defaultValue = "30", paramLabel = "SECONDS",
      description = "Longest wait for a whole response, for URLs. Default: ${DEFAULT-VALUE}.")
  double timeout;

  @Option(names = "--strict", description = "Exit with code 4 when any input was skipped.")
  boolean strict;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    if (delay < 0 || timeout <= 0) {
      err.println("echotrace extract: --delay must be >= 0 and --timeout > 0");
      return ExitCodes.USAGE;
    }
    List<InputProblem> problems = new ArrayList<>();
    List<RawDocument> docs = new ArrayList<>();
    CorpusReader reader = new CorpusReader(problems::add);
    PoliteFetcher fetcher = null;
    for (String input : inputs) {
      if (isUrl(input)) {
        if (fetcher == null) fetcher = new PoliteFetcher(options(), PoliteFetcher.Recorder.NONE);
        fetch(fetcher, input, docs, problems);
      } else {
        reader.read(List.of(Path.of(input)), docs::add);
      }
    }
    Pipeline pipeline = new Pipeline();
    List<Article> articles = docs.stream().map(pipeline::extract).toList();
    write(articles, problems);
    for (InputProblem p : problems) err.println("echotrace: " + p);
    if (articles.isEmpty()) {
      err.println("echotrace: no article could be read from " + inputs);
      return ExitCodes.NOTHING_READ;
    }
    boolean skipped = problems.stream().anyMatch(p -> p.severity() == InputProblem.Severity.ERROR);
    return strict && skipped ? ExitCodes.SKIPPED_INPUTS : ExitCodes.OK;
  }

  private FetchOptions options() {
    return FetchOptions.defaults().withHostDelay(Duration.ofMillis(Math.round(delay * 1000)))
        .withResponseTimeout(Duration.ofMillis(Math.round(timeout * 1000)));
  }

  static boolean isUrl(String input) {
    String s = input.toLowerCase(Locale.ROOT);
    return s.startsWith("http://") || s.startsWith("https://");
  }

  private static void fetch(PoliteFetcher fetcher, String input, List<RawDocument> docs, List<InputProblem> problems)
      throws IOException {
    URI uri;
    try {
      uri = new URI(input);
    } catch (java.net.URISyntaxException e) {
      problems.add(InputProblem.error(input, 0, "skipped: not a valid URL: " + e.getMessage()));
      return;
    }
    FetchResult r = fetcher.fetch(uri);
    if (r.outcome() == FetchResult.Outcome.FETCHED) {
      ResponseDocuments.of(input, r.response().orElseThrow(), problems::add).ifPresent(docs::add);
    } else {
      problems.add(InputProblem.error(input, 0, "skipped: " + r.reason()));
    }
  }

  private void write(List<Article> articles, List<InputProblem> problems) {
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case text -> {
        for (Article a : articles) text(a, out);
      }
      case json, jsonl -> {
        // the JSON contract's article fields, written by the report stage; relations and stories are empty here
        AnalysisResult result = new AnalysisResult(articles, List.of(), List.of(),
            format == Format.json ? problems : List.of());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (format == Format.json) new JsonReport().writeJson(result, bytes);
        else new JsonReport().writeJsonl(result, bytes);
        out.print(bytes.toString(StandardCharsets.UTF_8));
      }
    }
    out.flush();
  }

  private static void text(Article a, PrintWriter out) {
    out.println("== " + a.id());
    field(out, "title", a.title());
    field(out, "published", a.published() == null ? null : a.publishedIso() + "  (" + a.published().source() + ")");
    field(out, "attribution", a.attribution());
    field(out, "credits", a.credits().isEmpty() ? null : String.join(", ", a.credits()));
    field(out, "outlet", a.outlet());
    field(out, "url", a.url());
    field(out, "language", a.language());
    out.println();
    out.println(a.text().isEmpty() ? "(no body text found)" : a.text());
    out.println();
  }

  private static void field(PrintWriter out, String name, String value) {
    out.printf(Locale.ROOT, "%-12s %s%n", name, value == null ? "-" : value);
  }
}
