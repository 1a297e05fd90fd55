package org.echotrace.cli;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A small site on 127.0.0.1, port 0, for the fetch and extract tests: two articles (one in windows-1251), a redirect,
 * an image, and a robots.txt that disallows /private. Never reaches outside the machine.
 */
final class LocalSite implements AutoCloseable {
  static final String BODY = "The port authority said on Monday that the strike had halted all container traffic for a "
      + "third day, and union leaders warned that the dispute could last for several more weeks.";
  static final String RUSSIAN = "Докеры порта Карроу во вторник начали трёхдневную забастовку, требуя пересмотреть "
      + "новый график смен, сообщили представители профсоюза.";

  private final HttpServer server;
  private final ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
    Thread t = new Thread(r, "local-site");
    t.setDaemon(true);
    return t;
  });
  final URI base;

  LocalSite() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(pool);
    server.createContext("/", ex -> {
      try (ex) {
        String path = ex.getRequestURI().getPath();
        switch (path) {
          case "/robots.txt" -> send(ex, 200, "text/plain", "User-agent: *\nDisallow: /private\n".getBytes(StandardCharsets.UTF_8));
          case "/news/strike.html" -> send(ex, 200, "text/html; charset=utf-8", page("Strike halts the port", BODY)
              .getBytes(StandardCharsets.UTF_8));
          case "/ru/strike.html" -> send(ex, 200, "text/html; charset=windows-1251", page("Забастовка в порту", RUSSIAN)
              .getBytes(Charset.forName("windows-1251")));
          case "/old" -> {
            ex.getResponseHeaders().add("Location", "/news/strike.html");
            ex.sendResponseHeaders(301, -1);
          }
          case "/logo.png" -> send(ex, 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
          default -> send(ex, 404, "text/html", page("Not found", "No such page.").getBytes(StandardCharsets.UTF_8));
        }
      } catch (IOException e) {
        // the client went away
      }
    });
    server.start();
    base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  String url(String path) {
    return base.resolve(path).toString();
  }

  static String page(String title, String body) {
    return "<!DOCTYPE html>\n<html>\n<head>\n<title>" + title + "</title>\n</head>\n<body>\n<h1>" + title + "</h1>\n<p>"
        + body + "</p>\n<p>" + body + "</p>\n</body>\n</html>\n";
  }

  private static void send(com.sun.net.httpserver.HttpExchange ex, int status, String type, byte[] body)
      throws IOException {
    ex.getResponseHeaders().add("Content-Type", type);
    ex.sendResponseHeaders(status, body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
  }
}
