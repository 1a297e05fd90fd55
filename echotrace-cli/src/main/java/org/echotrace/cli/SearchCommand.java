package org.echotrace.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import org.echotrace.embed.Embedders;
import org.echotrace.internal.Plural;
import org.echotrace.store.SearchResults;
import org.echotrace.store.Store;
import org.echotrace.store.StoreJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code echotrace search --store DIR TEXT}: where else does this text appear? */
@Command(name = "search", mixinStandardHelpOptions = true,
    header = "Finds every stored article that holds a text, verbatim or reworded.",
    description = "Looks the text up in a store built with 'echotrace add': every article holding it verbatim, in "
        + "part, or reworded (with the sentence model), best first, with the matching passages, the date it was "
        + "first seen, its outlet and its copy family. TEXT '-' reads the text from standard input. --url URL "
        + "searches with the text of the stored article that has this URL (nothing is fetched).")
final class SearchCommand implements Callable<Integer> {
  enum Format { text, json }

  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "TEXT", description = "The text to look for (several words are joined "
      + "by spaces), or - for standard input.")
  List<String> words = List.of();

  @Option(names = "--url", paramLabel = "URL", description = "Search with the text of the stored article at URL.")
  String url;

  @Mixin StoreOption store;

  @Option(names = "--format", defaultValue = "text", description = "text or json. Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = "--limit", defaultValue = "20", description = "Results shown. Default: ${DEFAULT-VALUE}.")
  int limit;

  @Option(names = "--offset", defaultValue = "0", description = "Results skipped (for paging). Default: 0.")
  int offset;

  @Option(names = "--rewrites", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Also find reworded copies with the sentence model (default: on). --no-rewrites finds only "
          + "verbatim and partial copies, without loading the model.")
  boolean rewrites;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr(), out = spec.commandLine().getOut();
    if ((url == null) == words.isEmpty()) {
      err.println("echotrace search: give either TEXT (or - for standard input) or --url URL");
      return ExitCodes.USAGE;
    }
    if (limit < 1 || limit > 1000 || offset < 0) {
      err.println("echotrace search: --limit must be 1..1000 and --offset 0 or more");
      return ExitCodes.USAGE;
    }
    String text = String.join(" ", words);
    if (text.equals("-")) text = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
    if (url == null && text.isBlank()) {
      err.println("echotrace search: the text to look for is empty");
      return ExitCodes.USAGE;
    }
    SearchResults found;
    try (Store s = Store.openReadOnly(store.dir, rewrites ? Embedders.bundled() : null)) {
      found = url != null ? s.searchUrl(url, offset, limit) : s.search(text, offset, limit);
      if (!s.upToDate()) {
        err.println("echotrace search: the store's analysis is behind its documents (an add was interrupted); run "
            + "echotrace add --store " + store.dir + " again to complete it");
      }
    } catch (NoSuchElementException e) {
      err.println("echotrace search: " + e.getMessage());
      return ExitCodes.NOTHING_READ;
    } catch (IOException e) {
      err.println("echotrace search: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    if (format == Format.json) {
      out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(StoreJson.search(found, offset)));
    } else {
      write(found, out);
    }
    out.flush();
    return ExitCodes.OK;
  }

  private void write(SearchResults r, PrintWriter out) {
    out.println(Plural.count(r.total(), "article") + " hold" + (r.total() == 1 ? "s" : "") + " this text"
        + (r.total() > r.results().size() ? " (showing " + (offset + 1) + "–" + (offset + r.results().size()) + ")" : "")
        + (r.total() == 0 ? "." : ", best first:"));
    int n = offset;
    for (SearchResults.Hit h : r.results()) {
      out.println();
      out.printf("%d. %s %.0f%%  %s%n", ++n, h.match(), h.score() * 100, h.id());
      out.println("   " + String.join(" · ", nonNull(h.title(), h.outlet(), h.published() == null ? "undated"
          : "published " + h.published(), h.firstSeen() == null ? null : "first seen " + h.firstSeen())));
      if (h.url() != null) out.println("   " + h.url());
      if (h.judged() != null) {
        out.println("   judged by the analysis: " + h.judged().type() + ", origin "
            + (h.judged().origin() == null ? "undecided" : h.judged().origin() + " (" + h.judged().originConfidence() + ")"));
      }
      if (h.family() != null) {
        out.println("   family of " + h.family().members().size() + ": origin "
            + (h.family().origin() == null ? "undecided" : h.family().origin() + " (" + h.family().originConfidence() + ")"));
      }
      int shown = 0;
      for (SearchResults.Passage p : h.passages()) {
        if (shown++ == 2) break;
        String t = p.text().replaceAll("\\s+", " ");
        out.println("   » " + (t.length() > 200 ? t.substring(0, 200) + "…" : t));
      }
    }
  }

  private static List<String> nonNull(String... parts) {
    return java.util.Arrays.stream(parts).filter(java.util.Objects::nonNull).toList();
  }
}
