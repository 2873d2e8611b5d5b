/**
 * npm run bench: the national synthetic dataset behind the real server, measured.
 *
 *  1. generates and imports the national dataset into a fresh store (a temp dir; Neo4j when
 *     NEO4J_URI is set) and times it;
 *  2. in this process, over a copy of that store: picks the ids the operations ask about and
 *     records the statements each operation's resolvers send (through the real app);
 *  3. starts the real server (api/src/main.ts) in a child process on 127.0.0.1, port 0, and per
 *     operation, at concurrency 1 and 32: replays the recorded statements on the engine alone,
 *     then drives the server with autocannon (with Cache-Control: no-cache, so every answer is
 *     computed), then once more at 32 without it: the response cache as shipped; the server's
 *     RSS is read from /proc;
 *  4. the same for a graphql-yoga hello-world server (bench/hello-world-server.ts);
 *  5. opens the web app in headless Chromium and times the first drawn graph;
 *  6. prints the table and writes bench/results.json.
 *
 * BENCH_SECONDS (default 5) is each HTTP run, BENCH_ENGINE_SECONDS (default 3) each engine
 * run, BENCH_WEB_RUNS (default 3) the page loads per view; BENCH_WEB=false skips the browser.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp } from '../api/src/app.js';
import { loadConfig, type EngineConfig } from '../api/src/config.js';
import { loadQueryCatalog } from '../api/src/db/queries.js';
import { openGraphDb } from '../api/src/db/open-db.js';
import { buildSchema } from '../api/src/schema.js';
import { benchEngine, RecordingDb, statementCount, type Script } from './engine.js';
import { load, post, type GraphqlRequest, type GraphqlResponse, type HttpRun } from './http-load.js';
import { loadNational } from './national-store.js';
import { operations } from './operations.js';
import { pick } from './picks.js';
import { startServer } from './processes.js';
import { render, targets, type OperationResult, type Results } from './report.js';
import { ensureWebBuild, measureWeb, CHROMIUM_PATH, type WebFigures } from './web.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const env = process.env;
const httpSeconds = positive('BENCH_SECONDS', 5);
const engineSeconds = positive('BENCH_ENGINE_SECONDS', 3);
const webRuns = positive('BENCH_WEB_RUNS', 3);
const withWeb = env.BENCH_WEB !== 'false';
const CONCURRENCY = [1, 32];
const READY_LINE = /ready on (http:\/\/[^/\s]+)\//;

function positive(name: string, fallback: number): number {
  const value = env[name] === undefined || env[name] === '' ? fallback : Number(env[name]);
  if (!(value > 0)) throw new Error(`${name} must be a positive number, got "${env[name]}"`);
  return value;
}

const log = (line: string) => console.log(line);

async function main(): Promise<void> {
  const startedAt = new Date().toISOString();
  const loadAverageAtStart = os.loadavg();
  const buildNote = withWeb ? ensureWebBuild(log) : undefined;

  const config = loadConfig({ ...env, GRAPH_DATA_DIR: undefined });
  const tmp = config.engine.kind === 'embedded' ? fs.mkdtempSync(path.join(os.tmpdir(), 'haenderne-bench-')) : null;
  const engine: EngineConfig = config.engine.kind === 'neo4j' ? config.engine : { kind: 'embedded', dataDir: tmp };
  const engineName = engine.kind === 'neo4j' ? `Neo4j at ${engine.uri} (database ${engine.database})` : `embedded @grafeo-db/js, file store in ${tmp}`;
  log(`Engine: ${engineName}`);

  const cleanup: string[] = tmp ? [tmp] : [];
  try {
    const queries = loadQueryCatalog();
    log('Importing the national synthetic dataset …');
    const loaded = await loadNational(engine, queries);
    const { file, figures } = loaded;
    log(`  ${figures.nodes} nodes + ${figures.relationships} relationships in ${figures.importSeconds.toFixed(2)} s (${Math.round(figures.rowsPerSecond)} rows/s)`);
    await loaded.db.close();
    // The engine figures come from this process, the API figures from the server, measured
    // back to back per operation so both see the same machine. The embedded store is one
    // process's file, so this process opens a copy (as the server finds the original: closed
    // after the import and opened again).
    let engineHere: EngineConfig = engine;
    if (tmp) {
      const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'haenderne-bench-engine-'));
      for (const f of fs.readdirSync(tmp)) fs.copyFileSync(path.join(tmp, f), path.join(copy, f));
      engineHere = { kind: 'embedded', dataDir: copy };
      cleanup.push(copy);
    }
    const db = await openGraphDb(engineHere, queries);

    // The real app in this process, over a recorder: to pick ids, check each operation and
    // learn which statements it sends.
    const recorder = new RecordingDb(db);
    const app = createApp({ db: recorder, queries }, { production: true });
    const inProcess = async (request: GraphqlRequest): Promise<GraphqlResponse> => {
      const res = await app.fetch('http://bench/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(request),
      });
      return (await res.json()) as GraphqlResponse;
    };
    log('Picking ids …');
    const picks = await pick(file, inProcess, log);
    const fields = buildSchema().getQueryType()!.getFields();
    const ops = operations(picks);
    const results: OperationResult[] = [];
    const scripts = new Map<string, Script[]>();
    log('Recording the statements each operation sends …');
    for (const op of ops) {
      const result: OperationResult = { key: op.key, title: op.title, available: op.field in fields, api: [], engine: [] };
      results.push(result);
      if (!result.available) {
        result.note = `Query.${op.field} is not in the schema`;
        log(`  ${op.title}: not available (${result.note})`);
        continue;
      }
      const recorded: Script[] = [];
      for (const request of op.requests) {
        const { result: answer, script } = await recorder.record(() => inProcess(request));
        if (answer.errors?.length) {
          result.available = false;
          result.note = `error answer: ${answer.errors[0]!.message}`;
          log(`  ${op.title}: not available (${result.note})`);
          break;
        }
        recorded.push(script);
      }
      if (!result.available) continue;
      scripts.set(op.key, recorded);
      result.statements = Math.max(...recorded.map(statementCount));
    }

    log('Starting the API server …');
    // The response cache on for either engine: the benchmark is the store's one writer.
    const serverEnv = { PORT: '0', HOST: '127.0.0.1', NODE_ENV: 'production', SEED_ON_EMPTY: 'false', RESPONSE_CACHE: 'true', ...(tmp ? { GRAPH_DATA_DIR: tmp } : {}) };
    const server = await startServer('api/src/main.ts', serverEnv, READY_LINE);
    let rssAfterStart = 0;
    let rssAfterLoad = 0;
    let peak: number | null = null;
    let web: Results['web'] = { view2000: null, nationalDefault: null };
    const helloWorld: HttpRun[] = [];
    try {
      rssAfterStart = server.rssMb();
      log(`  ${server.url} (pid ${server.pid}), RSS ${rssAfterStart.toFixed(0)} MB`);
      log('Each operation: engine alone (its recorded statements replayed here), then the API over HTTP (autocannon) …');
      for (const op of ops) {
        const result = results.find((r) => r.key === op.key)!;
        if (!result.available) continue;
        await server.settle();
        const first = await post(server.url, op.requests[0]!);
        if (first.errors?.length) {
          result.available = false;
          result.note = `error answer over HTTP: ${first.errors[0]!.message}`;
          log(`  ${op.title}: ${result.note}`);
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
          result.engine.push(await benchEngine(db, scripts.get(op.key)!, c, engineSeconds));
          await new Promise((r) => setTimeout(r, 500)); // let the engine's worker threads finish up
          // When c requests one after another would take more than half the run, a timed run
          // would finish few or none of them: such an operation gets exactly c requests at
          // once (everyone asks at the same moment) and the run lasts until all are answered.
          const single = result.api[0]?.p50 ?? 0;
          const wave = c > 1 && (c * single) / 1000 > httpSeconds / 2;
          result.api.push(await load(server.url, op.requests, c, httpSeconds, wave ? c : undefined));
          await server.settle();
        }
        result.cached = await load(server.url, op.requests, 32, httpSeconds, undefined, true);
        await server.settle();
        result.rssMbAfter = server.rssMb();
        const line = (runs: Array<{ concurrency: number; p50: number }>) => runs.map((r) => `${r.p50} ms (c=${r.concurrency})`).join(', ');
        log(`  ${op.title}: API p50 ${line(result.api)}; engine p50 ${line(result.engine)}; from the response cache ${Math.round(result.cached.perSecond)} req/s (c=32); RSS ${result.rssMbAfter.toFixed(0)} MB`);
      }
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

    const partial: Omit<Results, 'targets'> = {
      startedAt,
      machine: {
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model ?? 'unknown CPU',
        node: process.version,
        loadAverageAtStart,
        loadAverageAtEnd: os.loadavg(),
        note: env.BENCH_NOTE ?? 'The load tool, the server and (for the engine figures) the engine share this machine.',
      },
      engine: engineName,
      settings: { httpSeconds, engineSeconds, concurrency: CONCURRENCY, webRuns },
      import: figures,
      rssMb: { afterStart: rssAfterStart, afterLoadTests: rssAfterLoad, peak },
      picks,
      operations: results,
      helloWorld,
      web,
    };
    const all: Results = { ...partial, targets: targets(partial) };
    fs.writeFileSync(path.join(here, 'results.json'), `${JSON.stringify(all, null, 2)}\n`);
    log(`\n${render(all)}\n\nWritten to bench/results.json.`);
  } finally {
    for (const dir of cleanup) fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(`Benchmark failed: ${(err as Error).stack ?? err}`);
    process.exit(1);
  },
);
