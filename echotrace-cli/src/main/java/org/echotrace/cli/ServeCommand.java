package org.echotrace.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.echotrace.internal.Plural;
import org.echotrace.pipeline.Pipeline;
import org.echotrace.server.EchotraceServer;
import org.echotrace.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code echotrace serve --store DIR}: the web UI and the JSON API over a store. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    header = "Serves a store's web UI and JSON API on this machine.",
    description = "Opens a store built with 'echotrace add' and serves, until stopped (Ctrl-C): a web UI at / "
        + "(search by pasted text or URL, articles with their origin and copy family, each copy side by side with "
        + "the evidence, stories on a timeline, outlets, filters) and a JSON API under /api/ described by "
        + "/openapi.json. Read-only unless --allow-add; what an 'echotrace add' in another process commits shows "
        + "within seconds. The server fetches nothing from the web.")
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin AnalysisOptions analysis;

  @Mixin StoreOption store;

  @Option(names = "--port", defaultValue = "8080", description = "The port (0: any free one). Default: ${DEFAULT-VALUE}.")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "The address to bind. Default: "
      + "${DEFAULT-VALUE} (this machine only); another address exposes the store to the network.")
  String host;

  @Option(names = "--allow-add", description = "Let POST /api/add add local files to the store (off by default: the "
      + "server is read-only).")
  boolean allowAdd;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter err = spec.commandLine().getErr(), out = spec.commandLine().getOut();
    if (port < 0 || port > 65535) {
      err.println("echotrace serve: --port must be from 0 to 65535");
      return ExitCodes.USAGE;
    }
    Pipeline pipeline = analysis.pipeline("echotrace serve", err);
    if (pipeline == null) return ExitCodes.USAGE;
    Store s;
    try {
      s = allowAdd ? Store.open(store.dir, analysis.embedder()) : Store.openReadOnly(store.dir, analysis.embedder());
    } catch (IOException e) {
      err.println("echotrace serve: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    try (s) {
      EchotraceServer server;
      try {
        server = EchotraceServer.start(s, host, port, allowAdd, allowAdd ? pipeline : null);
      } catch (IllegalStateException | IllegalArgumentException e) {
        err.println("echotrace serve: " + e.getMessage());
        return ExitCodes.USAGE;
      }
      Store.Stats stats = s.stats();
      out.println("echotrace: serving " + store.dir + " (" + Plural.count(stats.articles(), "article") + ", "
          + Plural.count(stats.relations(), "relation") + ", " + Plural.count(stats.stories(), "event") + ") at "
          + server.uri() + (allowAdd ? " (adding allowed)" : " (read-only)") + "; Ctrl-C stops it");
      out.flush();
      Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "echotrace-serve-stop"));
      server.join();
    }
    return ExitCodes.OK;
  }
}
