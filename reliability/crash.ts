import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { GraphDb } from '../api/src/db/graph-db.js';
import { loadQueryCatalog, type QueryCatalog } from '../api/src/queries.js';
import { openGraphDb } from '../api/src/open-db.js';
import { contentHash, type GraphExport } from '../api/src/modules/transfer/graph-export.js';
import { createRng, type Rng } from '../tests/reliability/lib/prng.js';
import { INJECTIONS } from '../tests/reliability/lib/hostile-values.js';
import { httpGql, signInAdmin, spawnTs, startServer } from './lib/child-server.js';

const q: QueryCatalog = loadQueryCatalog();

type Nodes = Map<string, GraphExport['nodes'][number]>;
interface Stored {
  nodes: Nodes;
  relationships: GraphExport['relationships'];
  changes: Array<{ entityId: string }>;
  hash: string;
}

/** Opens the store as the next start would, and reads everything in it. */
async function reopen(dir: string): Promise<Stored> {
  const db: GraphDb = await openGraphDb({ kind: 'embedded', dataDir: dir }, q);
  try {
    const nodes = await db.run<GraphExport['nodes'][number]>(q.exportNodes);
    const relationships = await db.run<GraphExport['relationships'][number]>(q.exportRelationships);
    const changes = (await db.run<{ change: { entityId: string } }>(q.exportChanges)).map((c) => c.change);
    return { nodes: new Map(nodes.map((n) => [n.props.id, n])), relationships, changes, hash: contentHash({ nodes, relationships }) };
  } finally {
    await db.close();
  }
}

const tmp = (what: string) => fs.mkdtempSync(path.join(os.tmpdir(), `haenderne-crash-${what}-`));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface ImportCrashReport {
  runs: number;
  reopened: number;
  nodesWhenComplete: number;
  relationshipsWhenComplete: number;
  loadSeconds: number;
  /** Runs killed before the commit: the store held nothing. */
  empty: number;
  /** Runs whose commit landed before the kill: the store held all of it, hash equal. */
  complete: number;
  /** Runs with anything else: a part of the import, or a different hash. */
  partial: string[];
  acknowledgedButMissing: number;
}

/**
 * Kill -9 during a large import: the national synthetic dataset (27,000 nodes, 34,000
 * relationships, one transaction) loading into a file-backed store. Afterwards the store must
 * open and hold either nothing or exactly the whole dataset (the reference hash of a complete
 * load); a load that had printed COMMITTED must be there.
 */
export async function importCrashes(runs: number, seed: number, log: (s: string) => void): Promise<ImportCrashReport> {
  const rng = createRng(seed);
  const refDir = tmp('ref');
  const t0 = Date.now();
  const ref = spawnTs('reliability/lib/seed-child.ts', { GRAPH_DATA_DIR: refDir });
  let loadingAt = 0;
  while (ref.proc.exitCode === null) {
    if (!loadingAt && ref.output().includes('LOADING')) loadingAt = Date.now();
    await sleep(20);
  }
  if (!ref.output().includes('COMMITTED')) throw new Error(`the reference load failed: ${ref.output().slice(-1000)}`);
  const loadMs = Date.now() - loadingAt;
  const reference = await reopen(refDir);
  fs.rmSync(refDir, { recursive: true, force: true });
  log(
    `reference load: ${reference.nodes.size} nodes, ${reference.relationships.length} relationships, ${(loadMs / 1000).toFixed(1)} s of writing (${((Date.now() - t0) / 1000).toFixed(1)} s with start-up)`,
  );

  const report: ImportCrashReport = {
    runs,
    reopened: 0,
    nodesWhenComplete: reference.nodes.size,
    relationshipsWhenComplete: reference.relationships.length,
    loadSeconds: loadMs / 1000,
    empty: 0,
    complete: 0,
    partial: [],
    acknowledgedButMissing: 0,
  };
  for (let i = 0; i < runs; i++) {
    const dir = tmp('import');
    const child = spawnTs('reliability/lib/seed-child.ts', { GRAPH_DATA_DIR: dir });
    while (!child.output().includes('LOADING') && child.proc.exitCode === null) await sleep(10);
    // Anywhere in the write, and a little past it (the commit itself); every fifth run right
    // after the load reported its commit, which must then survive.
    let delay: number;
    if (i % 5 === 4) {
      const t1 = Date.now();
      while (!child.output().includes('COMMITTED') && child.proc.exitCode === null) await sleep(2);
      delay = Date.now() - t1;
    } else {
      delay = Math.round(rng.next() * loadMs * 1.1);
      await sleep(delay);
    }
    const acknowledged = child.output().includes('COMMITTED');
    await child.kill9();
    let stored: Stored;
    try {
      stored = await reopen(dir);
      report.reopened++;
    } catch (err) {
      report.partial.push(`run ${i}: the store did not open: ${(err as Error).message}`);
      continue;
    }
    const n = stored.nodes.size;
    const r = stored.relationships.length;
    let outcome: string;
    if (n === 0 && r === 0) {
      report.empty++;
      outcome = 'nothing';
      if (acknowledged) report.acknowledgedButMissing++;
    } else if (stored.hash === reference.hash) {
      report.complete++;
      outcome = 'all of it';
    } else {
      report.partial.push(`run ${i}: ${n} nodes, ${r} relationships, hash ${stored.hash.slice(0, 12)}`);
      outcome = 'PART of it';
    }
    log(
      `import crash ${i + 1}/${runs}: killed ${delay} ms into the write${acknowledged ? ' (after COMMITTED)' : ''} → reopened, ${outcome} (${n} nodes, ${r} relationships)`,
    );
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return report;
}

export interface EditCrashReport {
  runs: number;
  reopened: number;
  acknowledgedWrites: number;
  /** Writes in flight at the kill that turned out committed / not committed. */
  inFlightCommitted: number;
  inFlightLost: number;
  lostAcknowledged: string[];
  /** Anything else that differs: a half-applied write, counts or hash not equal to the committed state. */
  mismatches: string[];
  /** Edited entities whose audit entries did not match their committed writes (a write without its audit, or the reverse). */
  auditMismatches: string[];
  finalNodes: number;
  finalRelationships: number;
}

interface Pending {
  kind: 'create' | 'update' | 'import';
  id?: string;
  name?: string;
  patch?: Record<string, unknown>;
  baseVersion?: number;
  ids?: string[];
  rows?: Array<{ id: string; name: string }>;
}

/**
 * Kill -9 of the real server while four writers edit (creates, updates of the writer's own
 * entities, 300-row spreadsheet imports). The test keeps its own model of the committed state
 * from the acknowledged answers; after each kill the store must reopen, hold every acknowledged
 * write, hold each in-flight write wholly or not at all, and hash to the model.
 */
export async function editCrashes(runs: number, seed: number, log: (s: string) => void): Promise<EditCrashReport> {
  const rng = createRng(seed);
  const dir = tmp('edit');
  const report: EditCrashReport = {
    runs,
    reopened: 0,
    acknowledgedWrites: 0,
    inFlightCommitted: 0,
    inFlightLost: 0,
    lostAcknowledged: [],
    mismatches: [],
    auditMismatches: [],
    finalNodes: 0,
    finalRelationships: 0,
  };
  // First start seeds Central Denmark; the model starts from what the store then holds.
  const first = await startServer(dir);
  await first.stop();
  let stored = await reopen(dir);
  const model: Nodes = new Map(stored.nodes);
  // None of these writes touches a relationship: they must stay exactly as seeded.
  const relationships = stored.relationships;
  const writes = new Map<string, number>(); // committed writes per entity, to compare with its audit entries
  const owned: string[][] = [];
  const orgs = [...model.values()]
    .filter((n) => n.label === 'Organisation')
    .map((n) => n.props.id)
    .slice(0, 40);
  for (let w = 0; w < 4; w++) owned.push(orgs.filter((_, i) => i % 4 === w));
  const importIds: string[] = [];

  for (let run = 0; run < runs; run++) {
    const server = await startServer(dir);
    const auth = await signInAdmin(server.url);
    const pending: Array<Pending | null> = [null, null, null, null];
    let stop = false;
    let acknowledged = 0;
    const writer = async (w: number, wrng: Rng) => {
      let n = 0;
      while (!stop) {
        const r = wrng.next();
        try {
          if (w === 0 && r < 0.15) {
            const rows = Array.from({ length: 300 }, (_, i) => ({
              id: `person:crash-${run}-${n}-${i}-${randomUUID().slice(0, 6)}`,
              name: `Import ${run}.${n}.${i} Ærø`,
            }));
            pending[w] = { kind: 'import', rows, ids: rows.map((x) => x.id) };
            const csv = ['id,name,fictitious', ...rows.map((x) => `${x.id},${x.name},ja`)].join('\n');
            const a = await httpGql<{ importSpreadsheet: { committed: boolean } | null }>(
              server.url,
              `mutation($c: String!) { importSpreadsheet(kind: PEOPLE, format: CSV, content: $c, dryRun: false) { committed issues { row column message } } }`,
              { c: csv },
              auth,
            );
            if (!a.data?.importSpreadsheet?.committed) throw new Error(`import refused: ${JSON.stringify(a.errors ?? a.data)}`);
            pending[w] = null;
            acknowledged++;
            importIds.push(...rows.map((x) => x.id));
            // Imports answer counts, not records: the model takes the rows from the store after the next kill.
            for (const x of rows) model.set(x.id, { label: 'Person', props: { id: x.id, name: x.name, fictitious: true, __fromImport: true } as never });
          } else if (r < 0.5) {
            const name = `Crash ${run}.${w}.${n} ${wrng.pick(['Søren Østergård', 'Åse Ærø', ...INJECTIONS.slice(0, 4)])}`;
            pending[w] = { kind: 'create', name };
            const a = await httpGql<{ createPerson: { id: string; properties: Record<string, unknown> & { id: string } } | null }>(
              server.url,
              `mutation($p: CreatePersonInput!) { createPerson(properties: $p) { id properties } }`,
              { p: { name, email: `crash${run}${w}${n}@example.dk`, fictitious: true } },
              auth,
            );
            if (!a.data?.createPerson) throw new Error(`create refused: ${JSON.stringify(a.errors)}`);
            pending[w] = null;
            acknowledged++;
            model.set(a.data.createPerson.id, { label: 'Person', props: a.data.createPerson.properties });
            writes.set(a.data.createPerson.id, (writes.get(a.data.createPerson.id) ?? 0) + 1);
          } else {
            const id = wrng.pick(owned[w]!);
            const base = model.get(id)!.props.version as number;
            const patch = { description: `Skrevet i kørsel ${run} af skriver ${w} (${n}) æøå` };
            pending[w] = { kind: 'update', id, patch, baseVersion: base };
            const a = await httpGql<{ updateOrganisation: { properties: Record<string, unknown> & { id: string } } | null }>(
              server.url,
              `mutation($id: ID!, $v: Int!, $p: UpdateOrganisationInput!) { updateOrganisation(id: $id, version: $v, properties: $p) { properties } }`,
              { id, v: base, p: patch },
              auth,
            );
            if (!a.data?.updateOrganisation) throw new Error(`update refused: ${JSON.stringify(a.errors)}`);
            pending[w] = null;
            acknowledged++;
            model.set(id, { label: 'Organisation', props: a.data.updateOrganisation.properties });
            writes.set(id, (writes.get(id) ?? 0) + 1);
          }
        } catch (err) {
          if (!stop) report.mismatches.push(`run ${run} writer ${w}: ${(err as Error).message.slice(0, 300)}`);
          return;
        }
        n++;
      }
    };
    const writers = [0, 1, 2, 3].map((w) => writer(w, createRng(seed * 1000 + run * 10 + w)));
    const delay = 500 + Math.round(rng.next() * 2500);
    await sleep(delay);
    stop = true;
    await server.kill9();
    await Promise.allSettled(writers);
    report.acknowledgedWrites += acknowledged;

    try {
      stored = await reopen(dir);
      report.reopened++;
    } catch (err) {
      report.mismatches.push(`run ${run}: the store did not open: ${(err as Error).message}`);
      break;
    }
    // Writes in flight at the kill: committed wholly or not at all.
    let committed = 0;
    let lost = 0;
    for (const p of pending) {
      if (!p) continue;
      if (p.kind === 'create') {
        const found = [...stored.nodes.values()].filter((n) => n.props.name === p.name);
        if (found.length > 1) report.mismatches.push(`run ${run}: ${found.length} nodes for one create`);
        if (found[0]) {
          model.set(found[0].props.id, found[0]);
          writes.set(found[0].props.id, (writes.get(found[0].props.id) ?? 0) + 1);
          committed++;
        } else lost++;
      } else if (p.kind === 'update') {
        const s = stored.nodes.get(p.id!)!;
        if (s.props.version === p.baseVersion! + 1 && s.props.description === p.patch!.description) {
          model.set(p.id!, s);
          writes.set(p.id!, (writes.get(p.id!) ?? 0) + 1);
          committed++;
        } else if (s.props.version === p.baseVersion) lost++;
        else report.mismatches.push(`run ${run}: ${p.id} is at version ${s.props.version} after an update from ${p.baseVersion}`);
      } else {
        const present = p.ids!.filter((id) => stored.nodes.has(id)).length;
        if (present === p.ids!.length) {
          for (const x of p.rows!) model.set(x.id, { label: 'Person', props: { id: x.id, name: x.name, fictitious: true, __fromImport: true } as never });
          importIds.push(...p.ids!);
          committed++;
        } else if (present === 0) lost++;
        else report.mismatches.push(`run ${run}: an import in flight left ${present} of ${p.ids!.length} rows`);
      }
    }
    report.inFlightCommitted += committed;
    report.inFlightLost += lost;
    // Imported rows: the model knows their fields, the store their bookkeeping.
    for (const id of importIds) {
      const s = stored.nodes.get(id);
      const m = model.get(id);
      if (!s) continue;
      if (m && (m.props as { __fromImport?: boolean }).__fromImport) {
        if (s.props.name !== m.props.name) report.mismatches.push(`run ${run}: ${id} stored as ${String(s.props.name)}`);
        model.set(id, s);
      }
    }
    for (const [id] of model) if (!stored.nodes.has(id)) report.lostAcknowledged.push(`run ${run}: ${id}`);
    const expectedHash = contentHash({ nodes: [...model.values()], relationships });
    const relsOk = stored.relationships.length === relationships.length;
    if (model.size !== stored.nodes.size) report.mismatches.push(`run ${run}: ${stored.nodes.size} nodes stored, ${model.size} committed`);
    if (expectedHash !== stored.hash || !relsOk) report.mismatches.push(`run ${run}: content hash differs from the committed state`);
    const audited = new Map<string, number>();
    for (const c of stored.changes) audited.set(c.entityId, (audited.get(c.entityId) ?? 0) + 1);
    for (const [id, count] of writes)
      if (audited.get(id) !== count) report.auditMismatches.push(`run ${run}: ${id} ${count} writes, ${audited.get(id) ?? 0} audit entries`);
    log(
      `edit crash ${run + 1}/${runs}: killed after ${delay} ms, ${acknowledged} writes acknowledged, in flight ${committed} committed / ${lost} not → reopened, ${stored.nodes.size} nodes, hash ${expectedHash === stored.hash ? 'equal' : 'DIFFERENT'}`,
    );
  }
  report.finalNodes = stored.nodes.size;
  report.finalRelationships = stored.relationships.length;
  fs.rmSync(dir, { recursive: true, force: true });
  return report;
}
