import type { GraphDb, QueryRunner } from '../db/graph-db.js';
import { afterBulkWrite } from '../db/bulk-write.js';
import { oneAtATime } from '../db/one-at-a-time.js';
import type { QueryCatalog } from '../queries.js';
import type { NodeLabel } from '../domain/vocabulary.js';
import { NODE_LABELS } from '../domain/vocabulary.js';
import { readSeedDir, validateDataset, type Dataset } from './read-dataset.js';
import { KEYED_LABELS, refreshSearchKeys } from '../modules/core/search-keys.js';
import { createSearchKeys, newKeys, type NewKey } from './new-search-keys.js';
import type { CypherQuery } from '../db/query-catalog.js';
import { mendSeveralWorkplaces } from '../modules/core/gap-finder/several-workplaces.js';

export interface LoadSummary {
  nodesCreated: number;
  nodesUpdated: number;
  relationshipsCreated: number;
  relationshipsUpdated: number;
  seconds: number;
}

export interface LoadOptions {
  batchSize?: number;
  /** Called after every batch with rows written so far and in all. */
  onProgress?: (done: number, total: number) => void;
  now?: string;
  /** Runs in the same transaction before anything is written; may change the dataset's ids (an import's twins). */
  beforeWrite?: (tx: QueryRunner) => Promise<void>;
  /** Runs in the same transaction after the data is written (an import's audit entry). */
  afterWrite?: (tx: QueryRunner) => Promise<void>;
}

/** Reads, validates and loads a dataset folder; see loadDataset. */
export async function loadSeedDir(db: GraphDb, queries: QueryCatalog, dir: string, options: LoadOptions = {}): Promise<LoadSummary> {
  const files = readSeedDir(dir);
  const referenced = new Set<string>();
  for (const { content } of files) {
    if (content instanceof Error) continue;
    for (const r of content.relationships ?? []) {
      const rel = r as { from?: unknown; to?: unknown };
      if (typeof rel.from === 'string') referenced.add(rel.from);
      if (typeof rel.to === 'string') referenced.add(rel.to);
      // Ids held in properties (CONTACT_FOR.pathways, MEMBER_OF.onBehalfOf) may name stored nodes too.
      const { pathways, onBehalfOf } = r as { pathways?: unknown; onBehalfOf?: unknown };
      if (Array.isArray(pathways)) for (const p of pathways) if (typeof p === 'string') referenced.add(p);
      if (typeof onBehalfOf === 'string') referenced.add(onBehalfOf);
    }
  }
  // Nodes already in the store may be endpoints too (an import on top of the seed).
  const existing = await db.run<{ id: string; label: NodeLabel }>(queries.existingIds, { ids: [...referenced] });
  const dataset = validateDataset(files, new Map(existing.map((r) => [r.id, r.label])), { requireFictitious: true });
  return loadDataset(db, queries, dataset, options);
}

/**
 * Writes a validated dataset in one transaction, in batches of UNWIND/MERGE: either all of
 * it is stored or, on any failure, none of it. A label or type the store holds nothing of yet
 * (a fresh store, the national import) is written with CREATE instead, which stores the same
 * and skips the merge's lookups; see cypher/seed/create-nodes.cypher.
 */
export async function loadDataset(db: GraphDb, queries: QueryCatalog, dataset: Dataset, options: LoadOptions = {}): Promise<LoadSummary> {
  const started = performance.now();
  const batchSize = options.batchSize ?? 2000;
  const now = options.now ?? new Date().toISOString();
  const total = [...dataset.nodes.values(), ...dataset.relationships.values()].reduce((n, rows) => n + rows.length, 0);
  const summary = { nodesCreated: 0, nodesUpdated: 0, relationshipsCreated: 0, relationshipsUpdated: 0 };
  let done = 0;

  // Loads one at a time: two of the same dataset at once would each MERGE what the other has
  // not committed yet (db/one-at-a-time.ts).
  await oneAtATime('dataset-load', () =>
    db.write(async (tx) => {
      await options.beforeWrite?.(tx);
      // Search keys: those of created nodes are made from the loaded records (stored as they are,
      // version 1, updatedAt now); merged nodes' keys are remade from what is stored (a merge keeps
      // properties the record does not name) where new or changed, which bumps the version the
      // key's stamp holds; unchanged ones keep theirs.
      const createdKeys: NewKey[] = [];
      const mergedKeyed: string[] = [];
      for (const label of NODE_LABELS) {
        const rows = dataset.nodes.get(label) ?? [];
        if (!rows.length) continue;
        const fresh = !(await stored(tx, queries.anyStoredNode[label]));
        const keyed = KEYED_LABELS.has(label);
        for (const batch of chunks(rows, batchSize)) {
          if (fresh) {
            const writing = tx.run<{ created: number }>(queries.createNewNodes[label], { rows: batch, now });
            // The keys are made while the engine writes the batch: it works off the main thread
            // for about half of a statement's time, and folding the text is ~1 s at national scale.
            if (keyed) createdKeys.push(...newKeys(label, batch, now));
            const [r] = await writing;
            summary.nodesCreated += r?.created ?? 0;
          } else {
            const [r] = await tx.run<{ created: number; updated: number }>(queries.mergeNodes[label], { rows: batch, now });
            summary.nodesCreated += r?.created ?? 0;
            summary.nodesUpdated += r?.updated ?? 0;
            if (keyed) mergedKeyed.push(...batch.map((row) => row.id));
          }
          done += batch.length;
          options.onProgress?.(done, total);
        }
      }
      await createSearchKeys(tx, queries, createdKeys);
      await refreshSearchKeys(tx, queries, mergedKeyed, true);
      for (const [type, rows] of dataset.relationships) {
        if (!rows.length) continue;
        const fresh = !(await stored(tx, queries.anyStoredRelationship[type]));
        for (const batch of chunks(rows, batchSize)) {
          const [r] = await tx.run<{ created: number; updated?: number }>((fresh ? queries.createNewRelationships : queries.mergeRelationships)[type], {
            rows: batch,
          });
          summary.relationshipsCreated += r?.created ?? 0;
          summary.relationshipsUpdated += r?.updated ?? 0;
          done += batch.length;
          options.onProgress?.(done, total);
        }
      }
      // The marks of people with several workplaces (core/gap-finder/several-workplaces.ts), mended
      // where the load made them wrong: one check of every person's links (~10 ms nationally).
      if (dataset.relationships.get('WORKS_IN')?.length) await mendSeveralWorkplaces(tx, queries);
      await options.afterWrite?.(tx);
    }),
  );
  // Committed: a large load gets statistics and plans from what it wrote (Neo4j; see db/bulk-write.ts).
  await afterBulkWrite(db, total);
  return { ...summary, seconds: (performance.now() - started) / 1000 };
}

/** Whether the store holds any node of a label or relationship of a type (seed/any-node, seed/any-relationship). */
async function stored(tx: QueryRunner, query: CypherQuery): Promise<boolean> {
  const [r] = await tx.run<{ stored: boolean }>(query);
  return r?.stored === true;
}

function* chunks<T>(rows: T[], size: number): Generator<T[]> {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}
