import type { QueryRunner } from '../../db/graph-db.js';
import type { QueryCatalog } from '../../queries.js';
import type { Dataset } from '../../dataset/read-dataset.js';
import { hashOf } from '../../dataset/read-dataset.js';
import type { NodeLabel, RelationshipType } from '../../domain/vocabulary.js';
import { twinOf, type Twin } from '../core/twin-of.js';

/**
 * The ids of a sheet's node rows that name a deleted node. The import matches rows to nodes by
 * id; a row with a deleted node's id (given in the sheet, or the same row imported again after
 * the delete) would make the node anew at version 1, past its history, and a client still
 * holding the deleted version would then overwrite it without a CONFLICT (an outside probe).
 * Such a row is refused; restoreVersion brings a node back with its version and history.
 */
export async function deletedIdsOf(db: QueryRunner, q: QueryCatalog, dataset: Dataset, stored: ReadonlyMap<string, unknown>): Promise<Set<string>> {
  const ids = [...dataset.nodes.values()].flat().flatMap((row) => (stored.has(row.id) ? [] : [row.id]));
  if (!ids.length) return new Set();
  return new Set((await db.run<{ id: string }>(q.deletedIds, { ids })).map((r) => r.id));
}

/**
 * Makes a row that equals a stored thing in every field that thing, whatever id it was made with:
 * the editing API refuses such a twin (editing/twins.ts), and an import made one beside it (a
 * person made with createPerson and then imported, a membership made with linkMember and then
 * imported: an outside probe). A node row the store does not hold takes its twin's id (so the
 * load leaves it as it is, or updates it), the relationships of the sheet follow it, and a
 * relationship row takes the id of a stored twin between the same two nodes. Run in the load's
 * transaction, so what it reads is what the load writes over.
 */
export async function adoptStoredTwins(tx: QueryRunner, q: QueryCatalog, dataset: Dataset): Promise<void> {
  const renamed = new Map<string, string>();
  for (const [label, rows] of dataset.nodes) {
    const names = [...new Set(rows.flatMap((r) => (typeof r.props.name === 'string' ? [r.props.name] : [])))];
    if (!names.length) continue;
    const stored = await tx.run<Twin>(q.namedNodes[label as NodeLabel], { names });
    if (!stored.length) continue;
    const storedIds = new Set(stored.map((s) => s.id));
    const byName = groupBy(stored, (s) => String(s.props.name));
    for (const row of rows) {
      if (storedIds.has(row.id)) continue;
      const twin = twinOf(byName.get(String(row.props.name)) ?? [], row.props);
      if (twin) {
        renamed.set(row.id, twin.id);
        row.id = twin.id;
      }
    }
  }
  for (const [type, rows] of dataset.relationships) {
    for (const row of rows) {
      const from = renamed.get(row.from) ?? row.from;
      const to = renamed.get(row.to) ?? row.to;
      if (from === row.from && to === row.to) continue;
      Object.assign(row, { from, to, hash: hashOf({ from, to, ...row.props }) });
    }
    const pairs = uniquePairs(rows.map((r) => [r.from, r.to]));
    const stored = await tx.run<Twin & { from: string; to: string }>(q.linksBetween[type as RelationshipType], { pairs });
    if (!stored.length) continue;
    const storedIds = new Set(stored.map((s) => s.id));
    const byPair = groupBy(stored, (s) => `${s.from}\u0000${s.to}`);
    for (const row of rows) {
      if (storedIds.has(row.id)) continue;
      const twin = twinOf(byPair.get(`${row.from}\u0000${row.to}`) ?? [], row.props);
      if (twin) row.id = twin.id;
    }
  }
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

function uniquePairs(pairs: Array<[string, string]>): Array<[string, string]> {
  const seen = new Set<string>();
  return pairs.filter(([a, b]) => seen.size < seen.add(`${a}\u0000${b}`).size);
}
