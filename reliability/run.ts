// npm run test:reliability — the long half of the reliability and security suite (issue 8).
// The fast half runs in npm test (tests/reliability/). Figures go to the console and to
// reliability/results.json. Settings (environment):
//   RELIABILITY_ONLY           comma-separated parts: audit,hostile,conflicts,crash,load,backup (default all)
//   RELIABILITY_OPS            hostile operations (default 10000)
//   RELIABILITY_CONFLICTS      conflicting update attempts (default 1000)
//   RELIABILITY_CRASH_RUNS     kills during the import, and again during edits (default 20 each)
//   RELIABILITY_LOAD_SECONDS   load duration (default 300)
//   RELIABILITY_CONNECTIONS    load clients (default 50)
//   RELIABILITY_SEED           the seed of every generated run (default 8)
//   RELIABILITY_NEO4J          false skips the conflicts run on the project's own Neo4j (default true)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serverAudits } from 'graphql-http';
import { repoRoot } from '../api/src/paths.js';
import { loadQueryCatalog } from '../api/src/queries.js';
import { openGraphDb } from '../api/src/open-db.js';
import { MAX_BODY_BYTES } from '../api/src/hardening.js';
import { createTestApp } from '../tests/support/test-app.js';
import { shippedApp } from '../tests/support/shipped-app.js';
import { actors } from '../tests/reliability/lib/actors.js';
import { introspect } from '../tests/reliability/lib/schema-walk.js';
import { runHostile } from '../tests/reliability/lib/hostile-run.js';
import { runConflicts } from '../tests/reliability/lib/conflicts.js';
import { mapHash } from '../tests/reliability/lib/fingerprint.js';
import { httpGql, signInAdmin, spawnTs, startServer } from './lib/child-server.js';
import { editCrashes, importCrashes } from './crash.js';
import { loadRun } from './load.js';
import { startNeo4j } from '../tests/neo4j-server/neo4j-process.js';

const env = (name: string, fallback: number) => {
  const v = process.env[name];
  if (v === undefined || v === '') return fallback;
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number, got "${v}"`);
  return n;
};
const settings = {
  ops: env('RELIABILITY_OPS', 10_000),
  conflicts: env('RELIABILITY_CONFLICTS', 1000),
  crashRuns: env('RELIABILITY_CRASH_RUNS', 20),
  loadSeconds: env('RELIABILITY_LOAD_SECONDS', 300),
  connections: env('RELIABILITY_CONNECTIONS', 50),
  seed: env('RELIABILITY_SEED', 8),
};
const PARTS = ['audit', 'hostile', 'conflicts', 'crash', 'load', 'backup'] as const;
const only = process.env.RELIABILITY_ONLY ? process.env.RELIABILITY_ONLY.split(',').map((s) => s.trim()) : [...PARTS];
const unknown = only.filter((p) => !(PARTS as readonly string[]).includes(p));
if (unknown.length) throw new Error(`unknown part(s) in RELIABILITY_ONLY: ${unknown.join(', ')} (known: ${PARTS.join(', ')})`);

const log = (s: string) => console.log(`  ${s}`);
const results: Record<string, unknown> = { startedAt: new Date().toISOString(), node: process.version, cpus: os.cpus().length, settings };
const verdicts: Array<[string, boolean, string]> = [];
const verdict = (part: string, ok: boolean, summary: string) => {
  verdicts.push([part, ok, summary]);
  console.log(`${ok ? 'PASS' : 'FAIL'} ${part}: ${summary}\n`);
};

async function audit() {
  const t = await createTestApp({ seed: false });
  try {
    const audits = serverAudits({ url: 'http://test/graphql', fetchFn: (input: string, init: RequestInit) => t.app.fetch(input, init) });
    const rows: Array<{ name: string; status: string; reason?: string }> = [];
    for (const a of audits) {
      const r = await a.fn();
      rows.push({ name: a.name, status: r.status, ...(r.status === 'ok' ? {} : { reason: r.reason }) });
    }
    const by = (level: string) => rows.filter((r) => r.name.startsWith(level));
    const failedRequired = rows.filter((r) => !r.name.startsWith('MAY') && r.status !== 'ok');
    results.audit = {
      total: rows.length,
      must: by('MUST').length,
      should: by('SHOULD').length,
      may: by('MAY').length,
      failedRequired,
      notOkMay: by('MAY').filter((r) => r.status !== 'ok'),
    };
    verdict(
      '1 GraphQL over HTTP',
      failedRequired.length === 0,
      `${by('MUST').filter((r) => r.status === 'ok').length}/${by('MUST').length} MUST, ${by('SHOULD').filter((r) => r.status === 'ok').length}/${by('SHOULD').length} SHOULD, ${by('MAY').filter((r) => r.status === 'ok').length}/${by('MAY').length} MAY ok`,
    );
  } finally {
    await t.close();
  }
}

async function hostile() {
  const t = await createTestApp();
  try {
    // The app as npm start configures it: the response cache on.
    const shipped = shippedApp(t);
    const fetchApp = (url: string, init: RequestInit) => shipped.fetch(url, init);
    const report = await runHostile({
      fetch: fetchApp,
      schema: await introspect(fetchApp),
      db: t.db,
      queries: t.queries,
      headers: await actors(t),
      ops: settings.ops,
      seed: settings.seed,
      onProgress: (done, total) => {
        if (done % 1000 === 0) log(`hostile: ${done}/${total}`);
      },
    });
    results.hostile = report;
    const ok =
      report.serverErrors.length +
        report.leaks.length +
        report.unexpected.length +
        report.graphChanges.length +
        report.verbatimMismatches.length +
        report.uncoded.length +
        report.cachedMutations.length ===
      0;
    verdict(
      '2 Hostile input',
      ok,
      `${report.ops} operations in ${report.seconds.toFixed(0)} s; statuses ${JSON.stringify(report.statuses)}; 5xx ${report.serverErrors.length}, unexpected ${report.unexpected.length}, leaks ${report.leaks.length}, uncoded ${report.uncoded.length}; ` +
        `${report.rejectedWrites} rejected writes, map changed by ${report.graphChanges.length} (${report.hashChecks} hash checks); ${report.acceptedWrites} accepted writes, ${report.verbatimChecked} values checked verbatim, ${report.verbatimMismatches.length} altered; ${report.cachedMutations.length} mutations near the response cache`,
    );
    for (const list of ['serverErrors', 'unexpected', 'leaks', 'uncoded', 'graphChanges', 'verbatimMismatches', 'cachedMutations'] as const)
      for (const x of report[list].slice(0, 10)) log(`${list}: ${x}`);
  } finally {
    await t.close();
  }
}

async function conflicts() {
  await conflictsOn('embedded');
  if (process.env.RELIABILITY_NEO4J !== 'false') await conflictsOn('neo4j');
}

/**
 * 8 writers over HTTP against the real server, on the embedded store or on the project's own
 * Neo4j 5.26 (READ COMMITTED: the run that shows the versioned writes take their lock first).
 */
async function conflictsOn(engine: 'embedded' | 'neo4j') {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'haenderne-conflicts-'));
  const neo4j = engine === 'neo4j' ? await startNeo4j({ log }) : null;
  const server = await startServer(dir, neo4j ? { NEO4J_URI: neo4j.uri, NEO4J_PASSWORD: neo4j.password } : {});
  try {
    const writers = [];
    for (let i = 0; i < 8; i++) writers.push(await signInAdmin(server.url));
    const report = await runConflicts({
      gql: (query, variables, headers) => httpGql(server.url, query, variables, headers),
      writers,
      ids: ['org:ppr-randers', 'org:municipality-norddjurs', 'org:ppr-aarhus', 'org:municipality-skive'],
      attempts: settings.conflicts,
      seed: settings.seed,
    });
    results[engine === 'neo4j' ? 'conflictsNeo4j' : 'conflicts'] = report;
    const ok =
      report.otherErrors.length === 0 &&
      report.perEntity.every(
        (e) => e.finalVersion === e.initialVersion + e.successes && e.versionsGapless && e.auditedUpdates === e.successes && e.lastWriteKept,
      );
    verdict(
      `4 Concurrency (${engine === 'neo4j' ? 'Neo4j 5.26' : 'embedded'})`,
      ok,
      `8 writers over HTTP, ${report.attempts} updates of ${report.perEntity.length} organisations in ${report.seconds.toFixed(1)} s: ${report.successes} won, ${report.conflicts} CONFLICT, ${report.otherErrors.length} other; ` +
        report.perEntity.map((e) => `${e.id} v${e.initialVersion}→v${e.finalVersion} (${e.successes} wins, ${e.auditedUpdates} audited)`).join(', '),
    );
    for (const x of report.otherErrors.slice(0, 10)) log(`other: ${x}`);
  } finally {
    await server.stop();
    await neo4j?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function crash() {
  const imports = await importCrashes(settings.crashRuns, settings.seed, log);
  results.importCrashes = imports;
  verdict(
    '3a Crash during import',
    imports.reopened === imports.runs && imports.partial.length === 0 && imports.acknowledgedButMissing === 0,
    `${imports.runs} kills during the national load (${imports.nodesWhenComplete} nodes, ${imports.relationshipsWhenComplete} relationships, ${imports.loadSeconds.toFixed(1)} s, one transaction): reopened ${imports.reopened}/${imports.runs}, ${imports.empty} empty, ${imports.complete} complete (hash equal), ${imports.partial.length} partial`,
  );
  for (const x of imports.partial) log(x);
  const edits = await editCrashes(settings.crashRuns, settings.seed, log);
  results.editCrashes = edits;
  verdict(
    '3b Crash during edits',
    edits.reopened === edits.runs && edits.lostAcknowledged.length + edits.mismatches.length + edits.auditMismatches.length === 0,
    `${edits.runs} kills of the server during 4 writers' edits: reopened ${edits.reopened}/${edits.runs}, ${edits.acknowledgedWrites} acknowledged writes all present, in flight ${edits.inFlightCommitted} committed whole / ${edits.inFlightLost} not at all, ` +
      `${edits.lostAcknowledged.length} lost, ${edits.mismatches.length} mismatches, ${edits.auditMismatches.length} audit mismatches; counts and hash equal to the committed state after every kill; final store ${edits.finalNodes} nodes`,
  );
  for (const x of [...edits.lostAcknowledged, ...edits.mismatches, ...edits.auditMismatches].slice(0, 10)) log(x);
}

async function load() {
  const report = await loadRun(settings.loadSeconds, settings.connections, log);
  results.load = report;
  const errors = report.errors.socket + report.errors.timeouts + report.errors.non2xx + report.errors.graphql;
  verdict(
    '6 Load',
    errors === 0 && Math.abs(report.rss.growth) <= 0.1 && report.rss.trend <= 0.1,
    `${report.seconds} s, ${report.connections} clients: ${report.requests} requests (${report.reads} reads, ${report.writes} writes), ${report.requestsPerSecond}/s, p50 ${report.latencyP50Ms} ms, p99 ${report.latencyP99Ms} ms, ${errors} errors, server CPU ${report.serverCpuMsPerRequest ?? '?'} ms per request; ` +
      `server RSS after ${report.rss.warmUpSeconds} s warm-up: median ${report.rss.baselineMb} MB in the first half, ${report.rss.endMb} MB in the second (${(report.rss.growth * 100).toFixed(1)} %), trend ${(report.rss.trend * 100).toFixed(1)} % over the run, GC peaks up to ${report.rss.maxMb} MB`,
  );
  for (const x of report.errors.samples) log(x);
}

/** Runs a CLI entry point to its end; its output, or an error with it. */
async function cli(entry: string, dataDir: string, args: string[]): Promise<{ out: string; seconds: number }> {
  const t0 = performance.now();
  const child = spawnTs(entry, { GRAPH_DATA_DIR: dataDir, SEED_ON_EMPTY: 'false' }, args);
  await new Promise<void>((r) => child.proc.once('exit', () => r()));
  if (child.proc.exitCode !== 0) throw new Error(`${entry} ${args.join(' ')} failed: ${child.output().slice(-1500)}`);
  return { out: child.output(), seconds: (performance.now() - t0) / 1000 };
}
const hashIn = (text: string) => /\b([0-9a-f]{64})\b/.exec(text)?.[1] ?? null;

/**
 * Backup and restore of the national dataset with the product's own commands, as an operator
 * would: seed a file-backed store, `npm run transfer -- export`, a new empty store,
 * `npm run transfer -- import`, `npm run transfer -- hash` on both; then both stores are read
 * back and compared node for node. (The API's importGraph cannot take it: the 15 MB export is
 * over the request limit.)
 */
async function backup() {
  const queries = loadQueryCatalog();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'haenderne-backup-'));
  const [a, b, file] = [path.join(work, 'source'), path.join(work, 'restored'), path.join(work, 'backup.json')];
  try {
    const seeded = await cli('seed/cli.ts', a, ['--synthetic', 'national']);
    log(
      seeded.out
        .trim()
        .split('\n')
        .filter((l) => !l.includes('\r'))
        .slice(-1)[0] ?? '',
    );
    const exported = await cli('api/src/cli/transfer.ts', a, ['export', '--out', file]);
    const sourceHash = hashIn((await cli('api/src/cli/transfer.ts', a, ['hash'])).out);
    const imported = await cli('api/src/cli/transfer.ts', b, ['import', file]);
    const restoredHash = hashIn((await cli('api/src/cli/transfer.ts', b, ['hash'])).out);
    log(exported.out.trim());
    log(imported.out.trim().split('\n').slice(-2).join(' '));
    const read = async (dir: string) => {
      const db = await openGraphDb({ kind: 'embedded', dataDir: dir }, queries);
      try {
        const byId = <T extends { props: { id: string } }>(rows: T[]) => JSON.stringify([...rows].sort((x, y) => x.props.id.localeCompare(y.props.id)));
        return {
          nodes: byId(await db.run<{ props: { id: string } }>(queries.exportNodes)),
          relationships: byId(await db.run<{ props: { id: string } }>(queries.exportRelationships)),
          hash: await mapHash(db, queries),
          counts: (await db.run<{ nodes: number; relationships: number }>(queries.counts))[0]!,
        };
      } finally {
        await db.close();
      }
    };
    const [src, dst] = [await read(a), await read(b)];
    const identical = src.nodes === dst.nodes && src.relationships === dst.relationships;
    const bytes = fs.statSync(file).size;
    results.backup = {
      nodes: src.counts.nodes,
      relationships: src.counts.relationships,
      bytes,
      exportSeconds: exported.seconds,
      importSeconds: imported.seconds,
      sourceHash,
      restoredHash,
      reopenedHashes: [src.hash, dst.hash],
      identical,
      apiBodyLimitBytes: MAX_BODY_BYTES,
    };
    verdict(
      '7 Backup and restore (national)',
      !!sourceHash && sourceHash === restoredHash && dst.hash === src.hash && identical,
      `${src.counts.nodes} nodes, ${src.counts.relationships} relationships, ${(bytes / 1e6).toFixed(1)} MB JSON; npm run transfer -- export ${exported.seconds.toFixed(1)} s, import into a new store ${imported.seconds.toFixed(1)} s (both with start-up); ` +
        `hash ${sourceHash === restoredHash ? 'equal' : 'DIFFERENT'} (${sourceHash?.slice(0, 16)}…), node for node ${identical ? 'identical' : 'DIFFERENT'}. ` +
        `(The API's importGraph refuses it: ${(bytes / 1e6).toFixed(1)} MB is over the ${MAX_BODY_BYTES / 1e6} MB request limit.)`,
    );
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

const run: Record<(typeof PARTS)[number], () => Promise<void>> = { audit, hostile, conflicts, crash, load, backup };
const started = performance.now();
for (const part of PARTS) {
  if (!only.includes(part)) continue;
  console.log(`— ${part} —`);
  const t0 = performance.now();
  try {
    await run[part]();
  } catch (err) {
    verdict(part, false, `aborted: ${(err as Error).stack ?? err}`);
  }
  results.seconds ??= {} as Record<string, number>;
  (results.seconds as Record<string, number>)[part] = Math.round((performance.now() - t0) / 100) / 10;
}
results.verdicts = verdicts.map(([part, ok, summary]) => ({ part, ok, summary }));
results.totalSeconds = Math.round((performance.now() - started) / 1000);
const out = path.join(repoRoot, 'reliability', 'results.json');
fs.writeFileSync(out, `${JSON.stringify(results, (k, v) => (k === 'series' && Array.isArray(v) ? v.filter((_, i) => i % 5 === 0) : v), 2)}\n`);
console.log(
  `\n${verdicts.map(([p, ok]) => `${ok ? 'PASS' : 'FAIL'} ${p}`).join('\n')}\n\n${results.totalSeconds} s; figures in ${path.relative(process.cwd(), out)}`,
);
process.exit(verdicts.every(([, ok]) => ok) ? 0 : 1);
