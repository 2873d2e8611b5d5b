package dk.haenderne.neo4j;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Neo4j 5.26 Community in this JVM with Bolt on 127.0.0.1, for the tests and for development.
 *
 * <p>One server starts at once and its `NEO4J_URI=…` line is printed when it answers. With
 * `--pool`, a small HTTP service on loopback (its address printed as `NEO4J_POOL=…`) also lends
 * further servers, each its own empty database: Community has one user database per server, and
 * test files that run in parallel, or one file that compares two stores, must not share one.
 * `POST /lease` answers `{"id":…,"uri":…}`; `DELETE /lease/<id>` wipes that server's data and
 * keeps it for the next lease. A spare is kept started so a lease rarely waits.
 *
 * <p>Everything stops when standard input closes (the Node process that started this one ended)
 * or on SIGTERM. Authentication is off: loopback only, for tests and development.
 *
 * <p>Arguments: [--pool] [data folder]; without a folder, data lives in temporary folders that
 * are deleted at exit.
 */
public final class Launcher {
  private static final LinkedBlockingDeque<Neo4jServer> idle = new LinkedBlockingDeque<>();
  private static final Map<Integer, Neo4jServer> lent = new ConcurrentHashMap<>();
  private static final AtomicInteger started = new AtomicInteger();

  public static void main(String[] args) throws Exception {
    boolean pool = args.length > 0 && args[0].equals("--pool");
    String folder = args.length > (pool ? 1 : 0) ? args[pool ? 1 : 0] : null;
    Path main = folder == null ? Files.createTempDirectory("haenderne-neo4j-") : Path.of(folder);

    Neo4jServer primary = Neo4jServer.start(main, folder == null);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      lent.values().forEach(Neo4jServer::stop);
      idle.forEach(Neo4jServer::stop);
      primary.stop();
    }, "neo4j-shutdown"));
    System.out.println("NEO4J_URI=" + primary.uri());

    if (pool) {
      HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
      http.createContext("/lease", Launcher::lease);
      http.setExecutor(Executors.newCachedThreadPool());
      http.start();
      System.out.println("NEO4J_POOL=http://127.0.0.1:" + http.getAddress().getPort());
      keepSpare();
    }
    System.out.flush();

    waitForEndOfInput(System.in);
    System.exit(0); // runs the shutdown hook
  }

  private static void lease(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      String path = exchange.getRequestURI().getPath();
      if (method.equals("POST") && path.equals("/lease")) {
        Neo4jServer server = idle.pollFirst();
        if (server == null) server = Neo4jServer.start(Files.createTempDirectory("haenderne-neo4j-"), true);
        lent.put(server.port(), server);
        keepSpare();
        reply(exchange, 200, "{\"id\":" + server.port() + ",\"uri\":\"" + server.uri() + "\"}");
      } else if (method.equals("DELETE") && path.startsWith("/lease/")) {
        Neo4jServer server = lent.remove(Integer.parseInt(path.substring("/lease/".length())));
        if (server == null) {
          reply(exchange, 404, "{\"error\":\"no such lease\"}");
          return;
        }
        server.wipe();
        idle.addFirst(server);
        reply(exchange, 200, "{}");
      } else {
        reply(exchange, 405, "{\"error\":\"POST /lease or DELETE /lease/<id>\"}");
      }
    } catch (Exception e) {
      reply(exchange, 500, "{\"error\":\"" + String.valueOf(e.getMessage()).replace('"', '\'') + "\"}");
    }
  }

  /** Starts one more server in the background when none is idle, so the next lease is quick. */
  private static void keepSpare() {
    if (!idle.isEmpty()) return;
    int n = started.incrementAndGet();
    Thread t = new Thread(() -> {
      try {
        idle.addLast(Neo4jServer.start(Files.createTempDirectory("haenderne-neo4j-"), true));
      } catch (Exception e) {
        System.err.println("could not start a spare Neo4j: " + e);
      }
    }, "neo4j-spare-" + n);
    t.setDaemon(true);
    t.start();
  }

  private static void reply(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("content-type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  private static void waitForEndOfInput(InputStream in) {
    try {
      byte[] buffer = new byte[256];
      while (in.read(buffer) >= 0) {
        // whatever the parent writes is ignored; only the end of input matters
      }
    } catch (IOException ignored) {
      // a broken pipe means the parent is gone too
    }
  }
}
