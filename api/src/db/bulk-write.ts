import type { GraphDb } from './graph-db.js';

/**
 * From how many nodes and relationships written in one import the engine's plans are refreshed
 * (GraphDb.refreshPlans) once it has committed.
 *
 * Why this many: the stale plan costs a whole-index scan per id looked up, so it grows with the
 * store (national data, 27,178 Entity ids: connection/neighbours 245,012 db hits for 9 ids against
 * 419, 23 -> 143 ms a request), and a refresh costs ~0.7 s. The seed a test or an empty store
 * starts with (central-denmark: 575 nodes, 1,080 relationships) and the contract fixture (11)
 * stay below, so they do not pay it; a region's import (the national dataset: ~27,000 nodes) and
 * a sheet of several thousand rows are above. Below it, a scan of a few thousand entries per id
 * is cheap, and Neo4j's background sampler corrects the statistics within seconds anyway.
 */
export const BULK_WRITE_MIN_ENTITIES = 5_000;

/**
 * Call after a bulk write has committed, with how many nodes and relationships it wrote.
 * Returns whether the plans were refreshed. What the refresh could not do (a missing privilege
 * for a procedure) is only warned about: the import has committed and stands.
 */
export async function afterBulkWrite(db: GraphDb, entitiesWritten: number, warn: (message: string) => void = defaultWarn): Promise<boolean> {
  if (entitiesWritten < BULK_WRITE_MIN_ENTITIES) return false;
  const { warnings } = await db.refreshPlans();
  for (const w of warnings) warn(`after a bulk write of ${entitiesWritten} nodes and relationships, the ${db.engine} plans are not all fresh: ${w}`);
  return true;
}

// The import paths have no logger of their own (the CLIs write to the console too); a warning
// goes to stderr, where the server's and the CLIs' output is collected.
const defaultWarn = (message: string) => console.warn(`Warning: ${message}`);
