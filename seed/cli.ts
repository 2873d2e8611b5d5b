import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../api/src/config.js';
import { loadQueryCatalog } from '../api/src/db/queries.js';
import { openGraphDb } from '../api/src/db/open-db.js';
import { DEFAULT_DATASET } from '../api/src/bootstrap.js';
import { loadSeedDir } from './load-dataset.js';
import { SeedError } from './read-dataset.js';

const usage = `Usage: npm run seed -- [--dir <dataset folder>]
Loads a dataset (default: the Central Denmark Region) into the configured store.
Loading the same data twice changes nothing.`;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { dir: { type: 'string' }, help: { type: 'boolean' } } });
  if (values.help) return void console.log(usage);
  const config = loadConfig();
  const queries = loadQueryCatalog();
  const db = await openGraphDb(config.engine, queries);
  try {
    const dir = values.dir ? path.resolve(values.dir) : DEFAULT_DATASET;
    const s = await loadSeedDir(db, queries, dir, {
      onProgress: (done, total) => process.stdout.write(`\r${progressBar(done, total)}`),
    });
    process.stdout.write('\n');
    console.log(`Loaded ${dir}: nodes ${s.nodesCreated} created, ${s.nodesUpdated} updated; relationships ${s.relationshipsCreated} created, ${s.relationshipsUpdated} updated; ${s.seconds.toFixed(2)} s.`);
  } finally {
    await db.close();
  }
}

function progressBar(done: number, total: number): string {
  const width = 30;
  const filled = total ? Math.round((done / total) * width) : width;
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`;
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) console.error(`Configuration error: ${err.message}`);
  else if (err instanceof SeedError) console.error(err.message);
  else console.error(`Seeding failed: ${(err as Error).message ?? err}`);
  process.exit(1);
});
