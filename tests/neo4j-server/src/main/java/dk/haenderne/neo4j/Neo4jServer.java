package dk.haenderne.neo4j;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/** One Neo4j DBMS with Bolt on 127.0.0.1 at a port the OS picks. */
final class Neo4jServer {
  private final DatabaseManagementService dbms;
  private final GraphDatabaseService db;
  private final Path home;
  private final boolean temporary;
  private final int port;

  private Neo4jServer(DatabaseManagementService dbms, Path home, boolean temporary) {
    this.dbms = dbms;
    this.home = home;
    this.temporary = temporary;
    this.db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    db.executeTransactionally("RETURN 1");
    this.port = ((GraphDatabaseAPI) db).getDependencyResolver()
        .resolveDependency(ConnectorPortRegister.class)
        .getLocalAddress(ConnectorType.BOLT)
        .getPort();
  }

  static Neo4jServer start(Path home, boolean temporary) throws IOException {
    Files.createDirectories(home);
    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", 0))
        .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", 0))
        .setConfig(HttpConnector.enabled, false)
        .setConfig(GraphDatabaseSettings.auth_enabled, false)
        // Small machines (2 cores) and several servers in one JVM: a modest page cache each.
        .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(64))
        .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(5))
        .setConfig(GraphDatabaseSettings.lock_acquisition_timeout, Duration.ofSeconds(30))
        .build();
    return new Neo4jServer(dbms, home, temporary);
  }

  int port() {
    return port;
  }

  String uri() {
    return "bolt://127.0.0.1:" + port;
  }

  /** Every node and relationship gone; the schema stays (the app applies it with IF NOT EXISTS). */
  void wipe() {
    // In batches: one transaction over a large store would hold all of it in memory.
    while (db.executeTransactionally(
        "MATCH (n) WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS deleted",
        java.util.Map.of(),
        result -> ((Number) result.next().get("deleted")).longValue()) > 0) {
      // next batch
    }
  }

  void stop() {
    try {
      dbms.shutdown();
    } finally {
      if (temporary) deleteQuietly(home);
    }
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a temporary folder left behind is the OS's to clean
    }
  }
}
