import path from 'node:path';
import type { AppConfig } from './config.js';
import type { GraphDb } from './db/graph-db.js';
import { loadQueryCatalog, type QueryCatalog } from './queries.js';
import { openGraphDb } from './open-db.js';
import { seedDataDir } from './paths.js';
import { loadSeedDir, type LoadSummary } from './dataset/load-dataset.js';
import { ensureAdmin } from './modules/auth/auth-store.js';
import { normaliseStoredPhones } from './modules/phones/normalise-stored.js';

export const DEFAULT_DATASET = path.join(seedDataDir, 'central-denmark');

/** Opens the store the config selects and, when asked and the store is empty, seeds it. */
export async function openServices(
  config: Pick<AppConfig, 'engine' | 'seedOnEmpty'> & Partial<Pick<AppConfig, 'admin'>>,
): Promise<{ db: GraphDb; queries: QueryCatalog; seeded: LoadSummary | null; adminCreated: boolean }> {
  const queries = loadQueryCatalog();
  const db = await openGraphDb(config.engine, queries);
  let seeded: LoadSummary | null = null;
  if (config.seedOnEmpty) {
    const [counts] = await db.run<{ nodes: number }>(queries.counts);
    if (!counts?.nodes) seeded = await loadSeedDir(db, queries, DEFAULT_DATASET);
  }
  const adminCreated = await ensureAdmin(db, queries, config.admin ?? null);
  // Numbers stored before they had one form (#16 item 8) are brought to it.
  await normaliseStoredPhones(db, queries);
  return { db, queries, seeded, adminCreated };
}
