import { createHash } from 'node:crypto';
import type { GraphDb, QueryRunner } from '../../db/graph-db.js';
import type { QueryCatalog } from '../../queries.js';
import { NODE_LABELS, RELATIONSHIP_TYPES, type NodeLabel, type RelationshipType } from '../../domain/vocabulary.js';
import { validateDataset, type SeedFile } from '../../dataset/read-dataset.js';
import { afterBulkWrite } from '../../db/bulk-write.js';
import { writeSearchKeys } from '../core/search-keys.js';
import { mendSeveralWorkplaces } from '../core/gap-finder/several-workplaces.js';
import { storableIssue } from './storable-values.js';
import { followUpIssue, type ExportedFollowUp } from './follow-up-records.js';

/**
 * A full export: every map node and relationship, the follow-ups of gap findings and the audit
 * trail, exactly as stored. `followUps` came after the first exports of format version 1: a
 * file without it is read as having none.
 */
export interface GraphExport {
  format: 'haenderne-graph';
  formatVersion: 1;
  exportedAt: string;
  nodes: Array<{ label: NodeLabel; props: Record<string, unknown> & { id: string } }>;
  relationships: Array<{ type: RelationshipType; from: string; to: string; props: Record<string, unknown> & { id: string } }>;
  followUps: ExportedFollowUp[];
  changes: Array<Record<string, unknown> & { id: string }>;
}

/**
 * Reads the whole map and audit trail. The embedded engine reads one snapshot. Neo4j reads at
 * READ COMMITTED: a person created and linked between the node and the relationship statements
 * would give a relationship to a node the export lacks, which no restore could write. Such a
 * relationship committed after the nodes were read, so it is left out, as a later write is:
 * every node is exported as one committed version, every relationship joins exported nodes.
 * A follow-up of a gap finding about a node the export lacks is left out the same way.
 */
export async function exportGraph(db: GraphDb, q: QueryCatalog): Promise<GraphExport> {
  return db.read(async (tx) => {
    const nodes = await tx.run<GraphExport['nodes'][number]>(q.exportNodes);
    const ids = new Set(nodes.map((n) => n.props.id));
    const relationships = (await tx.run<GraphExport['relationships'][number]>(q.exportRelationships)).filter((r) => ids.has(r.from) && ids.has(r.to));
    return {
      format: 'haenderne-graph' as const,
      formatVersion: 1 as const,
      exportedAt: new Date().toISOString(),
      nodes,
      relationships,
      followUps: (await tx.run<{ followUp: ExportedFollowUp }>(q.exportFollowUps)).map((r) => r.followUp).filter((f) => ids.has(f.subjectId)),
      changes: (await tx.run<{ change: GraphExport['changes'][number] }>(q.exportChanges)).map((r) => r.change),
    };
  });
}

/**
 * A hash of the map's content (nodes and relationships, and the follow-ups of gap findings when
 * there are any; not when it was exported, nor the audit trail, which grows with every write
 * including the import): equal maps, equal hashes. Without follow-ups the hash is the one it was
 * before they were exported, so older backups still compare equal to their restores.
 */
export function contentHash(data: Pick<GraphExport, 'nodes' | 'relationships'> & { followUps?: GraphExport['followUps'] }): string {
  const canonical = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(canonical)
      : v && typeof v === 'object'
        ? Object.fromEntries(
            Object.entries(v)
              .sort(([a], [b]) => (a < b ? -1 : 1))
              .map(([k, x]) => [k, canonical(x)]),
          )
        : v;
  const byId = <T extends { props?: { id: string }; id?: string }>(rows: T[]) =>
    [...rows].sort((a, b) => String(a.props?.id ?? a.id).localeCompare(String(b.props?.id ?? b.id)));
  const followUps = [...(data.followUps ?? [])].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const content = { nodes: byId(data.nodes), relationships: byId(data.relationships), ...(followUps.length ? { followUps } : {}) };
  const body = JSON.stringify(canonical(content));
  return createHash('sha256').update(body).digest('hex');
}

const BOOKKEEPING = new Set(['createdAt', 'updatedAt', 'version', 'sourceHash']);
const editable = (props: Record<string, unknown>) => Object.fromEntries(Object.entries(props).filter(([k]) => !BOOKKEEPING.has(k)));

/**
 * Checks an export with the same domain rules as the seed and edits (bookkeeping aside), so a
 * tampered or foreign file is refused whole before anything is written.
 */
export function checkExport(data: unknown): GraphExport {
  const d = data as Partial<GraphExport>;
  if (d?.format !== 'haenderne-graph' || d.formatVersion !== 1 || !Array.isArray(d.nodes) || !Array.isArray(d.relationships)) {
    throw new TypeError('not a haenderne-graph export of format version 1');
  }
  const file: SeedFile = {
    nodes: d.nodes.map((n) => ({ label: n?.label, ...editable(n?.props ?? {}) })),
    relationships: d.relationships.map((r) => ({ type: r?.type, ...editable(r?.props ?? {}), from: r?.from, to: r?.to })),
  };
  validateDataset([{ file: 'export.json', content: file }]);
  const changes = d.changes === undefined ? [] : d.changes;
  if (!Array.isArray(changes)) throw new TypeError('"changes" must be a list of audit entries');
  const followUps: unknown = d.followUps === undefined ? [] : d.followUps;
  if (!Array.isArray(followUps)) throw new TypeError('"followUps" must be a list of follow-ups of gap findings');
  // Bookkeeping and audit entries pass no domain rule, but must still be values a property can
  // hold on both engines (Neo4j refuses maps and mixed lists), so the import fails here, whole.
  const issue =
    d.nodes.map((n, i) => storableIssue(n.props, `node #${i + 1}`)).find(Boolean) ??
    d.relationships.map((r, i) => storableIssue(r.props, `relationship #${i + 1}`)).find(Boolean) ??
    changes.map((c, i) => (typeof c?.id === 'string' ? storableIssue(c, `change #${i + 1}`) : `change #${i + 1} has no id`)).find(Boolean) ??
    followUpIssue(followUps, new Set(d.nodes.map((n) => n.props.id)));
  if (issue) throw new TypeError(issue);
  // A null field is an absent one (the store keeps no nulls), so the restore writes what the app would.
  const stored = (followUps as ExportedFollowUp[]).map((f) => Object.fromEntries(Object.entries(f).filter(([, v]) => v !== null)) as ExportedFollowUp);
  return { ...d, followUps: stored, changes } as GraphExport;
}

/** Writes a checked export in one transaction, exactly as exported. */
export async function importGraph(
  db: GraphDb,
  q: QueryCatalog,
  data: GraphExport,
  afterWrite?: (tx: QueryRunner) => Promise<unknown>,
  onProgress?: (done: number, total: number) => void,
): Promise<{ nodes: number; relationships: number; followUps: number; changes: number }> {
  const batch = 2000;
  const followUps = data.followUps ?? [];
  const total = data.nodes.length + data.relationships.length + followUps.length + data.changes.length;
  let done = 0;
  await db.write(async (tx) => {
    for (const label of NODE_LABELS) {
      const rows = data.nodes.filter((n) => n.label === label).map((n) => ({ id: n.props.id, props: n.props }));
      for (let i = 0; i < rows.length; i += batch) {
        await tx.run(q.restoreNodes[label], { rows: rows.slice(i, i + batch) });
        done += Math.min(batch, rows.length - i);
        onProgress?.(done, total);
      }
    }
    // The search keys are not in an export; the restored nodes get theirs here.
    await writeSearchKeys(
      tx,
      q,
      data.nodes.map((n) => ({ id: n.props.id, label: n.label, props: n.props })),
    );
    for (const type of Object.keys(RELATIONSHIP_TYPES) as RelationshipType[]) {
      const rows = data.relationships.filter((r) => r.type === type).map((r) => ({ id: r.props.id, from: r.from, to: r.to, props: r.props }));
      for (let i = 0; i < rows.length; i += batch) {
        await tx.run(q.restoreRelationships[type], { rows: rows.slice(i, i + batch) });
        done += Math.min(batch, rows.length - i);
        onProgress?.(done, total);
      }
    }
    for (let i = 0; i < followUps.length; i += batch) {
      await tx.run(q.restoreFollowUps, { rows: followUps.slice(i, i + batch) });
      done += Math.min(batch, followUps.length - i);
      onProgress?.(done, total);
    }
    for (let i = 0; i < data.changes.length; i += batch) {
      await tx.run(q.restoreChanges, { rows: data.changes.slice(i, i + batch) });
      done += Math.min(batch, data.changes.length - i);
      onProgress?.(done, total);
    }
    // Nor are the marks of people with several workplaces (core/gap-finder/several-workplaces.ts).
    if (data.relationships.some((r) => r.type === 'WORKS_IN')) await mendSeveralWorkplaces(tx, q);
    await afterWrite?.(tx);
  });
  // Committed: a large restore gets statistics and plans from what it wrote (Neo4j; see db/bulk-write.ts).
  await afterBulkWrite(db, total);
  return { nodes: data.nodes.length, relationships: data.relationships.length, followUps: followUps.length, changes: data.changes.length };
}
