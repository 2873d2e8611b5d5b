import type { AddressInfo } from 'node:net';
import { ConfigError, loadConfig } from './config.js';
import { openServices } from './bootstrap.js';
import { createApp } from './app.js';
import { createHttpServer } from './server.js';
import { createLogger } from './observability/logger.js';
import { startAccessLogRetention } from './modules/access-log/access-log-retention.js';
import { startBackups } from './backup/backup-schedule.js';
import { memoryAllocator } from './observability/allocator.js';
import { collectWhenIdle } from './idle-collection.js';

const started = performance.now();
/** How long the server waits, with no request in flight, before its full GC. */
const IDLE_COLLECTION_MS = 1000;

async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.log);
  const { db, queries, seeded, adminCreated } = await openServices(config);
  // The administrator's e-mail stays out of the log: it names a person.
  if (adminCreated) log.info('created the administrator from ADMIN_EMAIL');
  if (seeded) {
    log.info(
      { nodes: seeded.nodesCreated, relationships: seeded.relationshipsCreated, seconds: Number(seeded.seconds.toFixed(2)) },
      'seeded an empty store with Central Denmark',
    );
  }
  // prom-client loads only when /metrics is on.
  const metrics = config.metrics ? { metrics: new (await import('./observability/metrics.js')).Metrics(), token: config.metrics.token } : null;
  if (metrics && !metrics.token && config.production) log.warn('METRICS=true without METRICS_TOKEN: /metrics answers anyone who reaches the port');
  const app = createApp(
    { db, queries, settings: config.settings },
    {
      production: config.production,
      responseCache: config.responseCache,
      logger: log,
      metrics,
      oidc: config.oidc,
      accessLog: Boolean(config.accessLog),
      queryBudget: config.queryBudget,
    },
  );
  const stopRetention = config.accessLog ? startAccessLogRetention(db, queries, config.accessLog.retentionDays, log) : () => {};
  if (config.backupIgnored) log.warn('BACKUP_DIR is ignored with Neo4j: back it up with neo4j-admin (see README, Running it in production)');
  const stopBackups = config.backup ? startBackups(db, queries, config.backup, log, metrics?.metrics ?? null) : async () => {};
  const server = createHttpServer(app, undefined, { secure: config.settings.secureCookies, graphiql: !config.production });
  // A full GC a second after the last request of a burst gives back what the burst used
  // (idle-collection.ts; docs/DESIGN.md, Memory of the API process).
  const idleCollection = collectWhenIdle(server, IDLE_COLLECTION_MS);
  server.listen(config.port, config.host, () => {
    const { port } = server.address() as AddressInfo;
    const where = config.engine.kind === 'neo4j' ? `Neo4j at ${config.engine.uri}` : `embedded store in ${config.engine.dataDir}`;
    const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}/`;
    const allocator = memoryAllocator();
    log.info(
      { url, port, engine: config.engine.kind, allocator, metrics: Boolean(metrics), startMs: Math.round(performance.now() - started) },
      `Hænderne is ready on ${url} (GraphQL at /graphql, ${where}, malloc: ${allocator})`,
    );
  });

  const stop = (signal: string) => {
    log.info({ signal }, 'closing');
    stopRetention();
    idleCollection.stop();
    server.close();
    // A backup under way finishes first; then the embedded store's file lock is let go.
    void stopBackups()
      .then(() => db.close())
      .finally(() => {
        log.flush();
        process.exit(0);
      });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) console.error(`Configuration error: ${err.message}`);
  else console.error(`Start-up failed: ${(err as Error).message ?? err}`);
  process.exit(1);
});
