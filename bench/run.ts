/**
 * npm run bench: the national synthetic dataset behind the real server, measured on both engines.
 *
 *  1. generates and imports the national dataset into a fresh embedded store (a temp dir) and
 *     times it;
 *  2. in this process, over a copy of that store: picks the ids the operations ask about and
 *     records the statements each operation's resolvers send (through the real app);
 *  3. starts the real server (api/src/main.ts) in a child process on 127.0.0.1, port 0, and per
 *     operation, at concurrency 1 and 32: replays the recorded statements on the engine alone,
 *     then drives the server with autocannon (with Cache-Control: no-cache, so every answer is
 *     computed), then once more at 32 without it: the response cache as shipped; the server's
 *     RSS is read from /proc;
 *  4. the same for a graphql-yoga hello-world server (bench/hello-world-server.ts);
 *  5. opens the web app in headless Chromium and times the first drawn graph;
 *  6. Neo4j: starts the project's own Neo4j 5.26 (tests/neo4j-server; or uses NEO4J_URI when
 *     given), imports the same dataset into it, records the same operations with the same picks
 *     and measures them the same way against a server on Neo4j (no response-cache run: it is off
 *     with Neo4j as shipped), reading the JVM's RSS from /proc;
 *  7. prints the table with both engines side by side and writes bench/results.json.
 *
 * BENCH_SECONDS (default 5) is each HTTP run, BENCH_ENGINE_SECONDS (default 3) each engine
 * run, BENCH_NEO4J_SECONDS (3) and BENCH_NEO4J_ENGINE_SECONDS (2) the same on Neo4j,
 * BENCH_WEB_RUNS (default 3) the page loads per view; BENCH_WEB=false skips the browser,
 * BENCH_NEO4J=false skips Neo4j. BENCH_SCALE (default 1) is the generator's size: 2 is twice the
 * national dataset, written to bench/results-2x.json. BENCH_ONLY=people,search (operation keys)
 * measures only those operations, on the embedded engine alone unless BENCH_NEO4J is set, and
 * writes bench/results-partial.json (ignored by git): a quick check while working on one question.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp } from '../api/src/app.js';
import { loadConfig, type EngineConfig } from '../api/src/config.js';
import type { GraphDb } from '../api/src/db/graph-db.js';
import { loadQueryCatalog, type QueryCatalog } from '../api/src/queries.js';
import { openGraphDb } from '../api/src/open-db.js';
import { buildSchema } from '../api/src/schema.js';
import { freshPlans } from '../tests/neo4j-server/fresh-plans.js';
import { startNeo4j, type RunningNeo4j } from '../tests/neo4j-server/neo4j-process.js';
import { benchEngine, RecordingDb, statementCount, type Script } from './engine.js';
import { load, post, type GraphqlRequest, type GraphqlResponse, type HttpRun } from './http-load.js';
import { loadNational } from './national-store.js';
import { operations, type Operation } from './operations.js';
import { pick } from './picks.js';
import { peakRssMbOf, rssMbOf, settle, startServer, type ChildServer } from './processes.js';
import { memoryAllocator, type MemoryAllocator } from '../api/src/observability/allocator.js';
import { render, targets, type Neo4jColumn, type OperationResult, type Results } from './report.js';
import { ensureWebBuild, measureWeb, CHROMIUM_PATH, type WebFigures } from './web.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const env = process.env;
const httpSeconds = positive('BENCH_SECONDS', 5);
const engineSeconds = positive('BENCH_ENGINE_SECONDS', 3);
const webRuns = positive('BENCH_WEB_RUNS', 3);
const withWeb = env.BENCH_WEB !== 'false' && !env.BENCH_ONLY;
// Neo4j runs after the embedded engine with shorter runs, to keep the whole bench near 20 minutes.
const neo4jHttpSeconds = positive('BENCH_NEO4J_SECONDS', 3);
const neo4jEngineSeconds = positive('BENCH_NEO4J_ENGINE_SECONDS', 2);
// The generator's size: 1 is the national dataset; 2 twice its people, units and practices.
// Another size writes bench/results-<size>x.json, never the committed national run.
const scale = positive('BENCH_SCALE', 1);
const only = env.BENCH_ONLY ? env.BENCH_ONLY.split(',').map((k) => k.trim()) : null;
const resultsFile = only ? 'results-partial.json' : scale === 1 ? 'results.json' : `results-${scale}x.json`;
const neo4jMode: 'own' | 'external' | 'off' =
  env.BENCH_NEO4J === 'false' || (only && env.BENCH_NEO4J === undefined) ? 'off' : env.NEO4J_URI ? 'external' : 'own';
const CONCURRENCY = [1, 32];
const READY_LINE = /ready on (http:\/\/[^/\s]+)\//;

function positive(name: string, fallback: number): number {
  const value = env[name] === undefined || env[name] === '' ? fallback : Number(env[name]);
  if (!(value > 0)) throw new Error(`${name} must be a positive number, got "${env[name]}"`);
  return value;
}

const log = (line: string) => console.log(line);

/** The real app in this process over a recorder: to pick ids, check each operation and learn which statements it sends. */
function inProcessApp(db: GraphDb, queries: QueryCatalog) {
  const recorder = new RecordingDb(db);
  const app = createApp({ db: recorder, queries }, { production: true });
  const ask = async (request: GraphqlRequest): Promise<GraphqlResponse> => {
    const res = await app.fetch('http://bench/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(request),
    });
    return (await res.json()) as GraphqlResponse;
  };
  return { recorder, ask };
}

/** Runs each operation's requests once through the in-process app, recording the statements; an error answer makes it "not available". */
async function recordOperations(
  db: GraphDb,
  queries: QueryCatalog,
  ops: Operation[],
  who: string,
): Promise<{ results: OperationResult[]; scripts: Map<string, Script[]> }> {
  const { recorder, ask } = inProcessApp(db, queries);
  const fields = buildSchema().getQueryType()!.getFields();
  const results: OperationResult[] = [];
  const scripts = new Map<string, Script[]>();
  for (const op of ops) {
    const result: OperationResult = { key: op.key, title: op.title, available: op.field in fields, api: [], engine: [] };
    results.push(result);
    if (!result.available) {
      result.note = `Query.${op.field} is not in the schema`;
      log(`  ${who}, ${op.title}: not available (${result.note})`);
      continue;
    }
    const recorded: Script[] = [];
    for (const request of op.requests) {
      let answer: GraphqlResponse;
      let script: Script;
      try {
        ({ result: answer, script } = await recorder.record(() => ask(request)));
      } catch (err) {
        answer = { errors: [{ message: (err as Error).message.split('\n')[0]! }] };
        script = { statements: [] };
      }
      if (answer.errors?.length) {
        result.available = false;
        const code = answer.errors[0]!.extensions?.code;
        result.note = `error answer: ${answer.errors[0]!.message}${code ? ` (${code})` : ''}`;
        log(`  ${who}, ${op.title}: not available (${result.note})`);
        break;
      }
      recorded.push(script);
    }
    if (!result.available) continue;
    scripts.set(op.key, recorded);
    result.statements = Math.max(...recorded.map(statementCount));
  }
  return { results, scripts };
}

interface MeasureOptions {
  httpSeconds: number;
  engineSeconds: number;
  /** Also the run at c=32 without Cache-Control: no-cache (the response cache as shipped). */
  cached: boolean;
  /** Further processes that must be idle before the next run (the Neo4j JVM). */
  alsoSettle: number[];
  who: string;
}

/** Per operation, at each concurrency: the engine alone (its recorded statements replayed here), then the API over HTTP. */
async function measureOperations(
  server: ChildServer,
  db: GraphDb,
  ops: Operation[],
  results: OperationResult[],
  scripts: Map<string, Script[]>,
  o: MeasureOptions,
): Promise<void> {
  const quiet = async () => {
    await server.settle();
    for (const pid of o.alsoSettle) await settle(pid, 30);
  };
  for (const op of ops) {
    const result = results.find((r) => r.key === op.key)!;
    if (!result.available) continue;
    const gone = server.exited();
    if (gone) {
      result.available = false;
      result.note = `not measured: the server had stopped (${gone.slice(0, 300)})`;
      log(`  ${o.who}, ${op.title}: not measured, the server had stopped`);
      continue;
    }
    try {
      await quiet();
      const first = await post(server.url, op.requests[0]!);
      if (first.errors?.length) {
        result.available = false;
        result.note = `error answer over HTTP: ${first.errors[0]!.message}`;
        log(`  ${o.who}, ${op.title}: ${result.note}`);
        continue;
      }
      const pageTrips = async (size: 10 | 100): Promise<number | null> => {
        if (!op.page) return null;
        const answer = await post(server.url, op.page(size));
        if (answer.errors?.length) throw new Error(`${op.key} with page size ${size}: ${answer.errors[0]!.message}`);
        return answer.extensions?.roundTrips ?? null;
      };
      result.roundTrips = { request: first.extensions?.roundTrips ?? null, page10: await pageTrips(10), page100: await pageTrips(100) };
      for (const c of CONCURRENCY) {
        result.engine.push(await benchEngine(db, scripts.get(op.key)!, c, o.engineSeconds));
        await new Promise((r) => setTimeout(r, 500)); // let the engine's worker threads finish up
        await quiet();
        // When c requests one after another would take more than half the run, a timed run
        // would finish few or none of them: such an operation gets exactly c requests at
        // once (everyone asks at the same moment) and the run lasts until all are answered.
        const single = result.api[0]?.p50 ?? 0;
        const wave = c > 1 && (c * single) / 1000 > o.httpSeconds / 2;
        result.api.push(await load(server.url, op.requests, c, o.httpSeconds, wave ? c : undefined));
        await quiet();
      }
      if (o.cached) {
        result.cached = await load(server.url, op.requests, 32, o.httpSeconds, undefined, true);
        await quiet();
      }
      result.rssMbAfter = server.rssMb();
      const line = (runs: Array<{ concurrency: number; p50: number }>) => runs.map((r) => `${r.p50} ms (c=${r.concurrency})`).join(', ');
      const cachedText = result.cached ? `; from the response cache ${Math.round(result.cached.perSecond)} req/s (c=32)` : '';
      log(`  ${o.who}, ${op.title}: API p50 ${line(result.api)}; engine p50 ${line(result.engine)}${cachedText}; RSS ${result.rssMbAfter.toFixed(0)} MB`);
    } catch (err) {
      // One operation that fails (an engine error, a server that stopped answering) costs its
      // own figures, not the run's.
      await new Promise((r) => setTimeout(r, 200)); // the exit event, if the server has just died
      const died = server.exited();
      result.note = died ? `failed: ${died}` : `failed: ${(err as Error).message.split('\n')[0]}`;
      log(`  ${o.who}, ${op.title}: ${result.note}`);
    }
  }
}

// The budget per client off: the load is one address measuring the server's capacity (query-budget.ts).
const baseServerEnv = { PORT: '0', HOST: '127.0.0.1', NODE_ENV: 'production', SEED_ON_EMPTY: 'false', QUERY_BUDGET_PER_MINUTE: '0' };

async function main(): Promise<void> {
  const startedAt = new Date().toISOString();
  const loadAverageAtStart = os.loadavg();
  const buildNote = withWeb ? ensureWebBuild(log) : undefined;

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'haenderne-bench-'));
  const engine: EngineConfig = { kind: 'embedded', dataDir: tmp };
  const engineName = `embedded @grafeo-db/js, file store in ${tmp}`;
  log(
    `Engines: ${engineName}; then ${neo4jMode === 'off' ? 'no Neo4j (BENCH_NEO4J=false)' : neo4jMode === 'external' ? `Neo4j at ${env.NEO4J_URI}` : "the project's own Neo4j 5.26 (tests/neo4j-server)"}`,
  );
  // Fails early on a bad NEO4J_URI/NEO4J_PASSWORD, before the embedded half's minutes.
  const external = neo4jMode === 'external' ? loadConfig({ ...env, GRAPH_DATA_DIR: undefined }).engine : null;

  const cleanup: string[] = [tmp];
  try {
    const queries = loadQueryCatalog();
    log('Importing the national synthetic dataset into the embedded store …');
    const loaded = await loadNational(engine, queries, scale);
    const { file, figures } = loaded;
    log(
      `  ${figures.nodes} nodes + ${figures.relationships} relationships in ${figures.importSeconds.toFixed(2)} s (${Math.round(figures.rowsPerSecond)} rows/s)`,
    );
    await loaded.db.close();
    // The engine figures come from this process, the API figures from the server, measured
    // back to back per operation so both see the same machine. The embedded store is one
    // process's file, so this process opens a copy (as the server finds the original: closed
    // after the import and opened again).
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'haenderne-bench-engine-'));
    for (const f of fs.readdirSync(tmp)) fs.copyFileSync(path.join(tmp, f), path.join(copy, f));
    cleanup.push(copy);
    const db = await openGraphDb({ kind: 'embedded', dataDir: copy }, queries);

    log('Picking ids …');
    const picks = await pick(file, inProcessApp(db, queries).ask, log);
    const ops = operations(picks).filter((op) => !only || only.includes(op.key));
    if (ops.length === 0) throw new Error(`BENCH_ONLY names no operation: "${env.BENCH_ONLY}"`);
    log('Recording the statements each operation sends …');
    const { results, scripts } = await recordOperations(db, queries, ops, 'embedded');

    log('Starting the API server …');
    // The response cache on: the benchmark is the store's one writer. NEO4J_URI emptied: this
    // server is the embedded one even when the bench was given a Neo4j.
    const serverEnv = { ...baseServerEnv, RESPONSE_CACHE: 'true', GRAPH_DATA_DIR: tmp, NEO4J_URI: '' };
    const server = await startServer('api/src/main.ts', serverEnv, READY_LINE);
    let rssAfterStart = 0;
    let rssAfterLoad = 0;
    let allocator: MemoryAllocator = 'unknown';
    let peak: number | null = null;
    let web: Results['web'] = { view2000: null, nationalDefault: null };
    const helloWorld: HttpRun[] = [];
    try {
      rssAfterStart = server.rssMb();
      allocator = memoryAllocator(`/proc/${server.pid}/maps`);
      log(`  ${server.url} (pid ${server.pid}, ${allocator}), RSS ${rssAfterStart.toFixed(0)} MB`);
      log('Each operation: engine alone (its recorded statements replayed here), then the API over HTTP (autocannon) …');
      await measureOperations(server, db, ops, results, scripts, { httpSeconds, engineSeconds, cached: true, alsoSettle: [], who: 'embedded' });
      await db.close();
      rssAfterLoad = server.rssMb();
      peak = server.peakRssMb();

      log('yoga hello-world …');
      const hello = await startServer(path.join(here, 'hello-world-server.ts'), { PORT: '0', HOST: '127.0.0.1' }, READY_LINE);
      try {
        for (const c of CONCURRENCY) helloWorld.push(await load(hello.url, [{ query: '{ hello }' }], c, httpSeconds));
      } finally {
        await hello.stop();
      }
      log(`  p50 ${helloWorld.map((h) => `${h.p50} ms (c=${h.concurrency}, ${Math.round(h.perSecond)} req/s)`).join(', ')}`);

      if (withWeb && fs.existsSync(CHROMIUM_PATH)) {
        log('Web (headless Chromium) …');
        // The server lists web/dist when it starts, and other work on this machine may have
        // rebuilt web/dist since; so the page gets a fresh build check and a server started now.
        const rebuildNote = ensureWebBuild(log);
        await server.stop();
        const webServer = await startServer('api/src/main.ts', serverEnv, READY_LINE);
        // A broken page must not cost the figures above: it is reported as a note.
        const attempt = async (target: number | null): Promise<WebFigures | null> => {
          try {
            return await measureWeb(webServer.url, target, webRuns);
          } catch (err) {
            const message = `${target ? `${target}-element view` : 'national view'} failed: ${(err as Error).message.split('\n')[0]}`;
            log(`  ${message}`);
            web.note = [web.note, message].filter(Boolean).join('; ');
            return null;
          }
        };
        const note = rebuildNote ?? buildNote;
        web = { view2000: null, nationalDefault: null, ...(note ? { note } : {}) };
        try {
          web.view2000 = await attempt(2000);
          web.nationalDefault = await attempt(null);
        } finally {
          await webServer.stop();
        }
      } else {
        web.note = withWeb ? `no Chromium at ${CHROMIUM_PATH}` : 'skipped (BENCH_WEB=false)';
      }
    } finally {
      await server.stop();
    }

    const neo4j = neo4jMode === 'off' ? null : await neo4jColumn(queries, ops, external);

    const partial: Omit<Results, 'targets'> = {
      startedAt,
      machine: {
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model ?? 'unknown CPU',
        node: process.version,
        loadAverageAtStart,
        loadAverageAtEnd: os.loadavg(),
        note:
          env.BENCH_NOTE ??
          'The load tool, the server and (for the engine figures) the engine share this machine; Neo4j runs only while its column is measured.',
      },
      engine: engineName,
      settings: { httpSeconds, engineSeconds, concurrency: CONCURRENCY, webRuns, scale, allocator },
      import: figures,
      rssMb: { afterStart: rssAfterStart, afterLoadTests: rssAfterLoad, peak },
      picks,
      operations: results,
      helloWorld,
      web,
      neo4j,
    };
    const all: Results = { ...partial, targets: targets(partial) };
    fs.writeFileSync(path.join(here, resultsFile), `${JSON.stringify(all, null, 2)}\n`);
    log(`\n${render(all)}\n\nWritten to bench/${resultsFile}.`);
  } finally {
    for (const dir of cleanup) fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The Neo4j column: the same dataset imported into a Neo4j (the project's own, started here,
 * or the one NEO4J_URI names), the same operations with the same picks, measured the same way
 * against a server on Neo4j. Whatever fails is reported in the column's note, never thrown:
 * the embedded figures are already measured.
 */
async function neo4jColumn(queries: QueryCatalog, ops: Operation[], external: EngineConfig | null): Promise<Neo4jColumn> {
  const column: Neo4jColumn = {
    engine: external?.kind === 'neo4j' ? `Neo4j at ${external.uri} (database ${external.database}, external: its JVM is not measured)` : 'Neo4j 5.26 Community',
    settings: { httpSeconds: neo4jHttpSeconds, engineSeconds: neo4jEngineSeconds },
    import: null,
    rssMb: { afterStart: null, afterLoadTests: null, peak: null },
    jvmRssMb: external ? null : { afterImport: null, afterLoadTests: null, peak: null },
    operations: ops.map((op) => ({ key: op.key, title: op.title, available: false, note: 'not measured', api: [], engine: [] })),
  };
  let running: RunningNeo4j | null = null;
  let db: GraphDb | null = null;
  let server: ChildServer | null = null;
  try {
    let engine: EngineConfig;
    if (external?.kind === 'neo4j') {
      engine = external;
    } else {
      log("Starting the project's own Neo4j 5.26 …");
      const started = performance.now();
      // 2 GB: the national import is one transaction, and Neo4j caps a transaction's memory at 70 % of
      // the heap (dbms.memory.transaction.total.max); with 1 GB it needs more than the 693 MiB that allows.
      running = await startNeo4j({ log, heap: '2g' });
      engine = { kind: 'neo4j', uri: running.uri, username: running.username, password: running.password, database: 'neo4j' };
      column.engine = `Neo4j 5.26 Community at ${running.uri} (tests/neo4j-server, heap 2 GB, JVM pid ${running.pid})`;
      log(`  ${running.uri} after ${((performance.now() - started) / 1000).toFixed(1)} s, JVM RSS ${rssMbOf(running.pid).toFixed(0)} MB`);
    }
    log('Importing the national synthetic dataset into Neo4j …');
    const loaded = await loadNational(engine, queries, scale);
    db = loaded.db;
    // Plans from the imported data, not from the indexes' samples taken while they were empty
    // (else connection could keep whole-index scans: 122-167 ms instead of ~20; see the function).
    if (engine.kind === 'neo4j') await freshPlans(engine);
    column.import = loaded.figures;
    if (running) column.jvmRssMb!.afterImport = rssMbOf(running.pid);
    log(
      `  ${loaded.figures.nodes} nodes + ${loaded.figures.relationships} relationships in ${loaded.figures.importSeconds.toFixed(2)} s (${Math.round(loaded.figures.rowsPerSecond)} rows/s)`,
    );

    log('Recording the statements each operation sends on Neo4j …');
    const { results, scripts } = await recordOperations(db, queries, ops, 'Neo4j');
    column.operations = results;

    log('Starting the API server on Neo4j …');
    if (engine.kind !== 'neo4j') throw new Error('unreachable');
    // As shipped with Neo4j: the response cache off (another program may write).
    const serverEnv = {
      ...baseServerEnv,
      RESPONSE_CACHE: 'false',
      NEO4J_URI: engine.uri,
      NEO4J_USERNAME: engine.username,
      NEO4J_PASSWORD: engine.password,
      NEO4J_DATABASE: engine.database,
    };
    server = await startServer('api/src/main.ts', serverEnv, READY_LINE, 180_000);
    column.rssMb.afterStart = server.rssMb();
    log(`  ${server.url} (pid ${server.pid}), RSS ${column.rssMb.afterStart.toFixed(0)} MB`);
    await measureOperations(server, db, ops, results, scripts, {
      httpSeconds: neo4jHttpSeconds,
      engineSeconds: neo4jEngineSeconds,
      cached: false,
      alsoSettle: running ? [running.pid] : [],
      who: 'Neo4j',
    });
    const died = server.exited();
    if (died) {
      column.note = `the server on Neo4j stopped during the runs: ${died}`;
      log(`  ${column.note}`);
    } else {
      column.rssMb.afterLoadTests = server.rssMb();
      column.rssMb.peak = server.peakRssMb();
    }
    if (running) {
      column.jvmRssMb!.afterLoadTests = rssMbOf(running.pid);
      column.jvmRssMb!.peak = peakRssMbOf(running.pid);
    }
  } catch (err) {
    column.note = `failed: ${(err as Error).message.split('\n')[0]}`;
    log(`  Neo4j ${column.note}`);
  } finally {
    await server?.stop();
    await db?.close().catch(() => undefined);
    await running?.stop();
  }
  return column;
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(`Benchmark failed: ${(err as Error).stack ?? err}`);
    process.exit(1);
  },
);
