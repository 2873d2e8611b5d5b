import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig, type EngineConfig } from '../api/src/config.js';
import { loadQueryCatalog } from '../api/src/queries.js';
import { openGraphDb } from '../api/src/open-db.js';
import { DEFAULT_DATASET } from '../api/src/bootstrap.js';
import { progress } from '../api/src/cli/progress.js';
import { loadDataset, loadSeedDir, type LoadSummary } from '../api/src/dataset/load-dataset.js';
import { SeedError, validateDataset } from '../api/src/dataset/read-dataset.js';
import { DEFAULT_SEED, datasetHash, generateNational } from './synthetic/national.js';

const usage = `Usage: npm run seed -- [--dir <dataset folder>]
       npm run seed -- --synthetic national [--seed <integer>] [--scale <number>] [--memory]
Loads a dataset (default: the Central Denmark Region) into the configured store.
Loading the same data twice changes nothing.

  --dir <folder>         a folder of seed .json files
  --synthetic national   a generated country: 5 regions, 98 municipalities, ~1,700 GP
                         practices, ~25,000 fictitious people (ids start with "dk-")
  --seed <integer>       the generator's seed (default ${DEFAULT_SEED}); same seed, same data
  --scale <number>       scales practices and staff (default 1)
  --memory               load into a throw-away in-memory store (to measure, not to keep)`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string' },
      synthetic: { type: 'string' },
      seed: { type: 'string' },
      scale: { type: 'string' },
      memory: { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) return void console.log(usage);
  if (values.synthetic !== undefined && values.synthetic !== 'national')
    throw new UsageError(`unknown synthetic dataset "${values.synthetic}" (known: national)`);
  if (values.synthetic && values.dir) throw new UsageError('give either --dir or --synthetic, not both');
  const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);
  if (!Number.isInteger(seed) || seed < 0) throw new UsageError(`--seed must be a non-negative integer, got "${values.seed}"`);
  const scale = values.scale === undefined ? 1 : Number(values.scale);
  if (!(scale > 0 && scale <= 10)) throw new UsageError(`--scale must be a number above 0 and at most 10, got "${values.scale}"`);

  const config = loadConfig();
  const engine: EngineConfig = values.memory ? { kind: 'embedded', dataDir: null } : config.engine;
  const queries = loadQueryCatalog();
  const db = await openGraphDb(engine, queries);
  try {
    let s: LoadSummary;
    let what: string;
    const loading = progress('Loading');
    if (values.synthetic) {
      const started = performance.now();
      const file = generateNational({ seed, scale });
      const generated = performance.now();
      const dataset = validateDataset([{ file: `synthetic:national(seed=${seed})`, content: file }], new Map(), { requireFictitious: true });
      const validated = performance.now();
      console.log(
        `Generated ${file.nodes!.length} nodes and ${file.relationships!.length} relationships in ${secs(generated - started)} s, validated in ${secs(validated - generated)} s (hash ${datasetHash(file).slice(0, 16)}).`,
      );
      s = await loadDataset(db, queries, dataset, { onProgress: loading.update });
      what = `synthetic national dataset (seed ${seed}${scale === 1 ? '' : `, scale ${scale}`})`;
    } else {
      const dir = values.dir ? path.resolve(values.dir) : DEFAULT_DATASET;
      s = await loadSeedDir(db, queries, dir, { onProgress: loading.update });
      what = dir;
    }
    loading.stop();
    const [counts] = await db.run<{ nodes: number; relationships: number }>(queries.counts);
    console.log(
      `Loaded ${what}: nodes ${s.nodesCreated} created, ${s.nodesUpdated} updated; relationships ${s.relationshipsCreated} created, ${s.relationshipsUpdated} updated; ${s.seconds.toFixed(2)} s.`,
    );
    console.log(
      `The store now holds ${counts?.nodes ?? 0} nodes and ${counts?.relationships ?? 0} relationships${values.memory ? ' (in memory, discarded on exit)' : ''}.`,
    );
  } finally {
    await db.close();
  }
}

class UsageError extends Error {}

function secs(ms: number): string {
  return (ms / 1000).toFixed(2);
}

main().catch((err: unknown) => {
  if (err instanceof UsageError) console.error(`${err.message}\n\n${usage}`);
  else if (err instanceof ConfigError) console.error(`Configuration error: ${err.message}`);
  else if (err instanceof SeedError) console.error(err.message);
  else console.error(`Seeding failed: ${(err as Error).message ?? err}`);
  process.exit(1);
});
