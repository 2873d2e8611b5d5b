import grafeo from '@grafeo-db/js';
import type { GrafeoDB, QueryResult, Transaction } from '@grafeo-db/js';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import PQueue from 'p-queue';
import type { GraphDb, Params, PlanRefresh, QueryRunner, ReadOptions, Row } from './graph-db.js';
import type { CypherQuery } from './query-catalog.js';
import { splitStatements } from './query-catalog.js';
import { DbError } from './db-error.js';
import { toPlain } from './plain-values.js';
import { refuseUndefined } from './params.js';
import { arrivalOf } from './arrival.js';

type Executor = Pick<GrafeoDB, 'executeCypher'> | Pick<Transaction, 'executeCypher'>;

/**
 * How long a write that met another writer (the engine refuses the second writer of a node at
 * once: first writer wins) keeps trying. Bounded by time, not by a count: four identical creates
 * sent at once (editing/twins.ts) each take the start node's lock, and on a loaded machine the
 * last of them lost three tries in a row to the others' still-open transactions (seen once in a
 * test run at load 9). Neo4j's driver retries its transient errors for up to 30 s.
 */
const WRITE_RETRY_MS = 2_000;

/**
 * Statements running in the engine at once, across requests. The engine's memory grows with
 * the heavy statements in flight (32 concurrent interfaces() took the process from 200 to
 * 650 MB; with one per core, 350 MB) while throughput stays the same: more cannot run on the
 * cores anyway. Each statement takes and gives back its slot, so a transaction waiting for its
 * next statement never holds one, and nothing can deadlock.
 */
const slots = new PQueue({ concurrency: Math.max(2, os.availableParallelism()) });

/**
 * Which statement gets the next free slot: the one whose request is due first. A request is due
 * when it arrived (server.ts marks the arrival, arrival.ts), a statement that usually takes
 * CHEAP_MS or more HEAVY_SLACK_MS later. So a request's later statements do not queue again
 * behind everything that came after it, and a lookup (findContact's statement, the connection
 * search's steps, loaders by id) passes the reports' statements that arrived less than
 * HEAVY_SLACK_MS before it, but never starves them. Usual = a moving average of each named
 * statement's time in the engine, learnt as it runs (unknown statements count as cheap once).
 * Measured with the reliability load (50 clients, reads and writes, 30 s runs alternated in the
 * same minutes, machine shared): lookups always first, heavy ones first come (the rule before
 * this) 368 and 329 req/s, p50 16-18 ms, p99 2,942 and 1,863 ms: the heavy statements waited
 * while any lookup was waiting; due first with 50 ms 319 and 330 req/s, p50 139-145 ms, p99
 * 338-360 ms (20 ms: 317 req/s, p99 325 ms). First come for every statement of every request
 * (an earlier rule) was 255 req/s, p99 506 ms.
 */
const usualMs = new Map<string, number>();
/** Statements that usually take less than this are lookups. */
const CHEAP_MS = 5;
/** How much later than its request's arrival a heavy statement is due. */
const HEAVY_SLACK_MS = 50;

function inEngine<T>(name: string, run: () => Promise<T>): Promise<T> {
  const usual = usualMs.get(name) ?? 0;
  const due = arrivalOf() + (usual < CHEAP_MS ? 0 : HEAVY_SLACK_MS);
  return slots.add(
    async () => {
      const started = performance.now();
      try {
        return await run();
      } finally {
        const took = performance.now() - started;
        const before = usualMs.get(name);
        usualMs.set(name, before === undefined ? took : before * 0.8 + took * 0.2);
      }
    },
    // p-queue runs the highest priority first (ties in the order they came): the earliest due.
    { priority: -due },
  ) as Promise<T>;
}

/**
 * Every answer of the engine (a QueryResult) is a small JS object that owns its rows in native
 * memory, a megabyte and more for a wide statement such as the status matrix. V8 sees only the
 * small object: under concurrent requests such objects outlive a scavenge, are promoted, and are
 * freed only by a major GC, which V8 schedules by the growth of its own heap alone. Until then
 * their native memory piles up (32 concurrent statusMatrix requests: +300 MB), and malloc keeps
 * what is freed. A major GC at every 25 % of heap growth keeps the native side near its working
 * set: national store, the bench's operations, RSS after the load runs ~650 -> ~360 MB (~320 MB
 * with glibc's MALLOC_ARENA_MAX=2; api/bin/with-allocator.sh now prefers jemalloc), for 5-10 % of throughput at c=32; at 10 % it
 * was ~295 MB for 10-15 %. V8 reads the flag at every GC, so setting it after start works.
 */
function collectEngineGarbageSooner(): void {
  v8.setFlagsFromString('--heap-growing-percent=25');
}

/** The in-process engine: file-backed under `dataDir`, or in memory when it is null. */
export class EmbeddedGraphDb implements GraphDb {
  readonly engine = 'embedded' as const;
  private closed = false;

  private constructor(
    private readonly db: GrafeoDB,
    private readonly schema: CypherQuery,
  ) {}

  static open(dataDir: string | null, schema: CypherQuery): EmbeddedGraphDb {
    collectEngineGarbageSooner();
    try {
      const db = dataDir ? grafeo.GrafeoDB.create(path.join(dataDir, 'graph.grafeo')) : grafeo.GrafeoDB.create();
      return new EmbeddedGraphDb(db, schema);
    } catch (err) {
      throw new DbError('UNAVAILABLE', `cannot open the embedded store in ${dataDir}: ${(err as Error).message}`, undefined, { cause: err });
    }
  }

  async run<T = Row>(query: CypherQuery, params: Params = {}): Promise<T[]> {
    this.assertOpen();
    return execute<T>(this.db, query, params);
  }

  async read<T>(work: (tx: QueryRunner) => Promise<T>, options: ReadOptions = {}): Promise<T> {
    this.assertOpen();
    const lanes = Math.max(1, Math.min(options.lanes ?? 1, slots.concurrency));
    const txs = lanes === 1 ? [this.db.beginTransaction()] : transactionsOnOneSnapshot(this.db, lanes);
    try {
      return await work(txs.length === 1 ? runnerFor(txs[0]!) : runnerOverLanes(txs));
    } finally {
      for (const tx of txs) endQuietly(tx);
    }
  }

  async write<T>(work: (tx: QueryRunner) => Promise<T>): Promise<T> {
    this.assertOpen();
    const started = performance.now();
    for (let attempt = 1; ; attempt++) {
      const tx = this.db.beginTransaction();
      try {
        const result = await work(runnerFor(tx));
        commit(tx);
        return result;
      } catch (err) {
        endQuietly(tx);
        const retry = err instanceof DbError && err.kind === 'CONFLICT' && performance.now() - started < WRITE_RETRY_MS;
        if (!retry) throw err;
        // Growing and jittered, so writers that collided do not collide again in step.
        await new Promise((r) => setTimeout(r, Math.min(100, 5 * 2 ** (attempt - 1)) * (0.5 + Math.random())));
      }
    }
  }

  async ping(): Promise<void> {
    this.assertOpen();
    await this.db.executeCypher('RETURN 1 AS ok');
  }

  /** Nothing to refresh: the stale plans after a bulk write are Neo4j's (see GraphDb.refreshPlans). */
  async refreshPlans(): Promise<PlanRefresh> {
    this.assertOpen();
    return { warnings: [] };
  }

  async applySchema(): Promise<void> {
    for (const statement of splitStatements(this.schema.text)) {
      await execute(this.db, { ...this.schema, text: statement }, {});
    }
  }

  private assertOpen(): void {
    if (this.closed) throw new DbError('UNAVAILABLE', 'the embedded store is closed');
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.db.close();
  }
}

/** A commit can fail on a concurrent write; that is a CONFLICT to retry, like one met by a statement. */
function commit(tx: Transaction): void {
  try {
    tx.commit();
  } catch (err) {
    throw classify(err, 'commit');
  }
}

/**
 * Rolls back what is still open. A failed commit has already ended the transaction while
 * isActive may still say otherwise; rollback's error then would hide the commit's.
 */
function endQuietly(tx: Transaction): void {
  try {
    if (tx.isActive) tx.rollback();
  } catch {
    // already ended
  }
}

/**
 * `count` read transactions that see one snapshot. The engine takes a transaction's snapshot
 * when it begins (tests/engine/read-lanes.test.ts: a write committed after the begin and before
 * the first statement is not seen), at the epoch of the last commit. A commit can still land
 * between two begins (an auto-commit statement finishing on the engine's threads), so the
 * epoch is read before the first begin and after the last: unchanged, every one began on the
 * same epoch; changed, they are ended and begun again, and after a few tries the read takes
 * one transaction (one snapshot by itself). Begin and end cost ~7 µs each.
 */
function transactionsOnOneSnapshot(db: GrafeoDB, count: number): Transaction[] {
  for (let attempt = 0; attempt < 3; attempt++) {
    const epoch = db.currentEpoch();
    const txs = Array.from({ length: count }, () => db.beginTransaction());
    if (db.currentEpoch() === epoch) return txs;
    for (const tx of txs) endQuietly(tx);
  }
  return [db.beginTransaction()];
}

interface Waiting {
  query: CypherQuery;
  params: Params;
  answer: (rows: unknown[]) => void;
  fail: (err: unknown) => void;
}

/**
 * One runner over several transactions of one snapshot (ReadOptions.lanes). Each transaction
 * runs one statement at a time (the engine would run a second after the first anyway, holding a
 * slot while it waits); a free one takes the heaviest statement waiting, by the statement's
 * usual time in the engine, so the longest are not left to the end. Statements sent together
 * (the rules of a report, in one tick) wait one microtask so that all of them are weighed.
 */
function runnerOverLanes(txs: Transaction[]): QueryRunner {
  const idle = [...txs];
  const waiting: Waiting[] = [];
  let dispatchQueued = false;
  const dispatch = () => {
    dispatchQueued = false;
    while (idle.length > 0 && waiting.length > 0) {
      const tx = idle.shift()!;
      let heaviest = 0;
      for (let i = 1; i < waiting.length; i++) {
        if ((usualMs.get(waiting[i]!.query.name) ?? 0) > (usualMs.get(waiting[heaviest]!.query.name) ?? 0)) heaviest = i;
      }
      const next = waiting.splice(heaviest, 1)[0]!;
      answerOf(tx, next.query, next.params).then(
        (result) => {
          free(tx);
          try {
            next.answer(rowsOf(result, next.query));
          } catch (err) {
            next.fail(err);
          }
        },
        (err) => {
          free(tx);
          next.fail(err);
        },
      );
    }
  };
  // The next statement goes to the engine before this one's rows are converted on the main
  // thread, so the two overlap.
  const free = (tx: Transaction) => {
    idle.push(tx);
    dispatch();
  };
  return {
    run: <T>(query: CypherQuery, params: Params = {}) =>
      new Promise<T[]>((answer, fail) => {
        waiting.push({ query, params, answer: answer as (rows: unknown[]) => void, fail });
        if (!dispatchQueued) {
          dispatchQueued = true;
          queueMicrotask(dispatch);
        }
      }),
  };
}

function runnerFor(tx: Transaction): QueryRunner {
  return { run: (query, params = {}) => execute(tx, query, params) };
}

async function execute<T>(executor: Executor, query: CypherQuery, params: Params): Promise<T[]> {
  return rowsOf<T>(await answerOf(executor, query, params), query);
}

/** The engine's answer, its rows not yet converted (a lane takes its next statement first). */
async function answerOf(executor: Executor, query: CypherQuery, params: Params): Promise<QueryResult> {
  refuseUndefined(params, query.name);
  try {
    return await inEngine(query.name, () => executor.executeCypher(query.text, params));
  } catch (err) {
    throw classify(err, query.name);
  }
}

function rowsOf<T>(result: QueryResult, query: CypherQuery): T[] {
  try {
    return plainRowsOf(result) as T[];
  } catch (err) {
    throw classify(err, query.name);
  }
}

/**
 * The rows as plain objects keyed by column (see plain-values.ts). The engine's `toArray()`
 * builds each row object in the binding, which costs more than taking its value arrays
 * (`rows()`) and keying them here: national store, conversion CPU per statement for 2,490
 * organisations' four columns 2.3 -> 1.6 ms, with a map per row 12.0 -> 11.5, 3,000
 * relationships with their maps 6.9 -> 6.3 (three alternated rounds of 60). A result that is
 * not rows (a boolean, a graph) goes the binding's way.
 */
function plainRowsOf(result: QueryResult): Array<Record<string, unknown>> {
  if (result.kind !== 'rows') return result.toArray().map((row) => toPlain(row) as Record<string, unknown>);
  const columns = result.columns;
  const width = columns.length;
  return result.rows().map((values) => {
    const row: Record<string, unknown> = {};
    for (let i = 0; i < width; i++) row[columns[i]!] = toPlain(values[i]);
    return row;
  });
}

/** Maps the engine's GQLSTATUS and messages to the kinds the API handles. */
function classify(err: unknown, queryName: string): DbError {
  const e = err as Error & { gqlStatus?: string };
  const message = e?.message ?? String(err);
  if (/constraint violation/i.test(message)) return new DbError('CONSTRAINT', message, queryName, { cause: err });
  if (e?.gqlStatus?.startsWith('40') || /write conflict/i.test(message)) return new DbError('CONFLICT', message, queryName, { cause: err });
  return new DbError('QUERY', `${queryName}: ${message}`, queryName, { cause: err });
}
