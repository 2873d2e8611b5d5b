import type { AddressInfo } from 'node:net';
import { ConfigError, loadConfig } from './config.js';
import { openServices } from './bootstrap.js';
import { createApp } from './app.js';
import { createHttpServer } from './server.js';

const started = performance.now();

async function main(): Promise<void> {
  const config = loadConfig();
  const { db, queries, seeded, adminCreated } = await openServices(config);
  if (adminCreated) console.log(`Created the administrator ${config.admin!.email} from ADMIN_EMAIL.`);
  if (seeded) {
    console.log(`Seeded an empty store with Central Denmark: ${seeded.nodesCreated} nodes, ${seeded.relationshipsCreated} relationships in ${seeded.seconds.toFixed(2)} s.`);
  }
  const app = createApp({ db, queries, settings: config.settings }, { production: config.production, responseCache: config.responseCache });
  const server = createHttpServer(app);
  server.listen(config.port, config.host, () => {
    const { port } = server.address() as AddressInfo;
    const where = config.engine.kind === 'neo4j' ? `Neo4j at ${config.engine.uri}` : `embedded store in ${config.engine.dataDir}`;
    console.log(`Hænderne is ready on http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}/ (GraphQL at /graphql, ${where}) after ${Math.round(performance.now() - started)} ms.`);
  });

  const stop = (signal: string) => {
    console.log(`${signal}: closing.`);
    server.close();
    // The embedded store holds a file lock; closing it lets the next start open it at once.
    void db.close().finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) console.error(`Configuration error: ${err.message}`);
  else console.error(`Start-up failed: ${(err as Error).message ?? err}`);
  process.exit(1);
});
