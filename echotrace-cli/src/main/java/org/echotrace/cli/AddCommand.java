package org.echotrace.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.echotrace.internal.Plural;
import org.echotrace.model.InputProblem;
import org.echotrace.model.QuoteVariant.WordEdit;
import org.echotrace.pipeline.Pipeline;
import org.echotrace.store.AddReport;
import org.echotrace.store.Edit;
import org.echotrace.store.Store;
import org.echotrace.store.StoreJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code echotrace add --store DIR PATH...}: adds a crawl to a store and brings its analysis up to date. */
@Command(name = "add", mixinStandardHelpOptions = true,
    header = "Adds articles to a store that grows with each crawl, and updates its analysis.",
    description = "Reads the paths as analyze does and keeps every document in the store (created when absent). A "
        + "document the store already holds is skipped; a new capture of a known page (same URL, or same id) with "
        + "another text is kept as a version and reported as an edit. The store's analysis then covers every page "
        + "(its newest capture): copies, origins, events and narratives as analyze finds them, with only sentences "
        + "never seen before going through the sentence model. Search it with 'echotrace search', browse it with "
        + "'echotrace serve', export it with 'echotrace analyze --store'.")
final class AddCommand implements Callable<Integer> {
  enum Format { text, json }

  @Spec CommandSpec spec;

  @Mixin InputOptions input;

  @Mixin StoreOption store;

  @Option(names = "--format", defaultValue = "text", description = "text or json. Default: ${DEFAULT-VALUE}.")
  Format format;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr(), out = spec.commandLine().getOut();
    if (input.paths.isEmpty()) {
      InputOptions.missingPath("echotrace add", err);
      return ExitCodes.USAGE;
    }
    Pipeline pipeline = input.pipeline("echotrace add", err);
    if (pipeline == null) return ExitCodes.USAGE;
    AddReport report;
    try (Store s = Store.open(store.dir, input.embedder())) {
      report = s.add(input.paths, pipeline);
    } catch (IOException e) {
      input.finishProgress();
      err.println("echotrace add: " + e.getMessage());
      return ExitCodes.INTERNAL;
    }
    input.finishProgress();
    if (format == Format.json) {
      out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(StoreJson.add(report)));
    } else {
      write(report, out);
    }
    for (InputProblem p : report.problems()) {
      err.println("echotrace: " + p.path() + (p.line() > 0 ? ":" + p.line() : "") + ": " + p.message());
    }
    out.flush();
    err.flush();
    if (report.read() == 0) {
      err.println("echotrace: no article could be read from " + CorpusName.of(input.paths));
      return ExitCodes.NOTHING_READ;
    }
    long skipped = report.problems().stream().filter(InputOptions::skipsInput).count();
    return input.strict && skipped > 0 ? ExitCodes.SKIPPED_INPUTS : ExitCodes.OK;
  }

  private void write(AddReport r, PrintWriter out) {
    out.println("echotrace: added " + Plural.count(r.added(), "document") + " to " + store.dir + " ("
        + r.unchanged() + " already there, " + Plural.count(r.edits().size(), "edited page") + "); the store holds "
        + Plural.count(r.articles(), "article") + ", " + Plural.count(r.relations(), "relation") + " and "
        + Plural.count(r.stories(), "event"));
    if (r.edits().isEmpty()) return;
    out.println();
    out.println("Pages edited since their last capture (" + r.edits().size() + "):");
    for (Edit e : r.edits()) {
      out.println("  " + e.id() + (e.url() == null ? "" : "  " + e.url()) + "  -" + e.wordsRemoved() + " +"
          + e.wordsAdded() + " words (first captured " + e.previousAdded() + ")");
      int shown = 0;
      for (WordEdit w : e.changes()) {
        if (shown++ == 5) {
          out.println("      …");
          break;
        }
        String words = w.words().strip();
        out.println("      " + w.op().symbol() + " " + (words.length() > 100 ? words.substring(0, 100) + "…" : words));
      }
    }
  }
}
