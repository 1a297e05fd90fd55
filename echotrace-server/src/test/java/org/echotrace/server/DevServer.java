package org.echotrace.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.echotrace.store.Store;

/**
 * Serves a store by hand, for looking at the UI and for {@link LoadTest}: {@code DevServer [STORE_DIR [PORT]]}. A
 * missing or empty STORE_DIR is first filled with {@code examples/corpus} (lexical pipeline). Runs until killed.
 */
public final class DevServer {
  private DevServer() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    Path dir = Path.of(args.length > 0 ? args[0] : "target/dev-store");
    int port = args.length > 1 ? Integer.parseInt(args[1]) : 8080;
    if (!Files.isDirectory(dir) || !Files.list(dir).findAny().isPresent()) {
      System.err.println("adding examples/corpus to " + dir);
      StoreEndToEndTest.buildExampleStore(dir);
    }
    try (Store store = Store.openReadOnly(dir, null);
         EchotraceServer server = EchotraceServer.start(store, "127.0.0.1", port, false, null)) {
      System.err.println("serving " + dir + " at " + server.uri());
      server.join();
    }
  }
}
