import type { EngineConfig } from '../api/src/config.js';
import type { GraphDb } from '../api/src/db/graph-db.js';
import { openGraphDb } from '../api/src/open-db.js';
import type { QueryCatalog } from '../api/src/queries.js';
import { loadDataset } from '../api/src/dataset/load-dataset.js';
import { validateDataset, type SeedFile } from '../api/src/dataset/read-dataset.js';
import { DEFAULT_SEED, generateNational } from '../seed/synthetic/national.js';

export interface ImportFigures {
  nodes: number;
  relationships: number;
  /** Generating the records (not part of an import; shown for completeness). */
  generateSeconds: number;
  /** Validation of every record (what `npm run seed` and an import do before writing). */
  validateSeconds: number;
  /** The batched UNWIND … MERGE writes in one transaction. */
  writeSeconds: number;
  /** validate + write: the import as a user waits for it. */
  importSeconds: number;
  /** (nodes + relationships) / importSeconds. */
  rowsPerSecond: number;
}

/**
 * Generates the national synthetic dataset (`scale` times the people, units and practices: the
 * generator's size, 1 for the national dataset itself) (the same records `npm run seed -- --synthetic
 * national` loads) and writes it into a fresh store, timing validation and writes.
 */
export async function loadNational(engine: EngineConfig, queries: QueryCatalog, scale = 1): Promise<{ db: GraphDb; file: SeedFile; figures: ImportFigures }> {
  const db = await openGraphDb(engine, queries);
  const t0 = performance.now();
  const file = generateNational({ seed: DEFAULT_SEED, scale });
  const t1 = performance.now();
  const dataset = validateDataset([{ file: `synthetic:national(seed=${DEFAULT_SEED}, scale=${scale})`, content: file }], new Map(), {
    requireFictitious: true,
  });
  const t2 = performance.now();
  const summary = await loadDataset(db, queries, dataset);
  const t3 = performance.now();
  const nodes = summary.nodesCreated + summary.nodesUpdated;
  const relationships = summary.relationshipsCreated + summary.relationshipsUpdated;
  const importSeconds = (t3 - t1) / 1000;
  return {
    db,
    file,
    figures: {
      nodes,
      relationships,
      generateSeconds: (t1 - t0) / 1000,
      validateSeconds: (t2 - t1) / 1000,
      writeSeconds: (t3 - t2) / 1000,
      importSeconds,
      rowsPerSecond: (nodes + relationships) / importSeconds,
    },
  };
}
