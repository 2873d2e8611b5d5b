import type { GraphDb, Params, QueryRunner } from '../api/src/db/graph-db.js';
import type { CypherQuery } from '../api/src/db/query-catalog.js';
import { percentiles, type Percentiles } from './stats.js';

/**
 * One statement as a resolver sent it: in which read transaction (null: none), and which
 * statements had already answered when it was sent. Sibling fields resolve concurrently, so
 * two loaders may be in flight together; the replay keeps exactly that ordering.
 */
interface Statement {
  query: CypherQuery;
  params: Params;
  tx: number | null;
  after: number[];
}

/** What one request sent to the engine. */
export interface Script {
  statements: Statement[];
  /** The read transactions that ran in lanes (GraphDb.read's ReadOptions), by id: replayed so. */
  lanes?: Record<number, number>;
}

/**
 * Wraps the engine so that, while a script is being recorded, every statement a request sends
 * is written down with its parameters (copied, so a later mutation cannot change the record).
 * Outside a recording it passes everything through untouched.
 */
export class RecordingDb implements GraphDb {
  private script: Script | null = null;
  private answered: number[] = [];
  private transactions = 0;

  constructor(private readonly inner: GraphDb) {}

  get engine() {
    return this.inner.engine;
  }

  async record<T>(work: () => Promise<T>): Promise<{ result: T; script: Script }> {
    const script: Script = { statements: [] };
    this.script = script;
    this.answered = [];
    this.transactions = 0;
    try {
      return { result: await work(), script };
    } finally {
      this.script = null;
    }
  }

  private track(runner: QueryRunner, tx: number | null): QueryRunner['run'] {
    return async (query, params = {}) => {
      const script = this.script;
      if (!script) return runner.run(query, params);
      const index = script.statements.push({ query, params: structuredClone(params), tx, after: [...this.answered] }) - 1;
      try {
        return await runner.run(query, params);
      } finally {
        this.answered.push(index);
      }
    };
  }

  run: GraphDb['run'] = (query, params) => this.track(this.inner, null)(query, params);

  read: GraphDb['read'] = (work, options) => {
    if (!this.script) return this.inner.read(work, options);
    const id = this.transactions++;
    const lanes = options?.lanes ?? 1;
    if (lanes > 1) this.script.lanes = { ...this.script.lanes, [id]: lanes };
    return this.inner.read((tx) => work({ run: this.track(tx, id) } as QueryRunner), options);
  };

  write: GraphDb['write'] = (work) => {
    if (this.script) throw new Error('a read operation under benchmark opened a write transaction');
    return this.inner.write(work);
  };

  ping = () => this.inner.ping();
  applySchema = () => this.inner.applySchema();
  refreshPlans = () => this.inner.refreshPlans();
  close = () => this.inner.close();
}

/**
 * Sends a recorded script to the engine again: the same statements and parameters, in the same
 * read transactions, each sent once the statements that had answered before it in the
 * recording have answered again.
 */
export async function replay(db: GraphDb, script: Script): Promise<void> {
  const transactions = new Map<number, { runner: Promise<QueryRunner>; release: () => void; closed: Promise<void> }>();
  for (const id of new Set(script.statements.map((s) => s.tx).filter((t): t is number => t !== null))) {
    let release!: () => void;
    let give!: (tx: QueryRunner) => void;
    const released = new Promise<void>((r) => (release = r));
    const runner = new Promise<QueryRunner>((r) => (give = r));
    const closed = db.read(
      async (tx) => {
        give(tx);
        await released;
      },
      { lanes: script.lanes?.[id] ?? 1 },
    );
    transactions.set(id, { runner, release, closed });
  }
  const answered: Array<Promise<unknown>> = [];
  script.statements.forEach((s, i) => {
    answered[i] = Promise.all(s.after.map((j) => answered[j])).then(async () => {
      const runner = s.tx === null ? db : await transactions.get(s.tx)!.runner;
      return runner.run(s.query, s.params);
    });
  });
  try {
    await Promise.all(answered);
  } finally {
    for (const t of transactions.values()) t.release();
    await Promise.all([...transactions.values()].map((t) => t.closed));
  }
}

export function statementCount(script: Script): number {
  return script.statements.length;
}

export interface EngineRun extends Percentiles {
  concurrency: number;
  /** Scripts replayed per second. */
  perSecond: number;
  /** Replays the engine refused (e.g. its 30 s query timeout under c=32); not in the latencies. */
  errors: number;
  firstError?: string;
}

/**
 * Replays the scripts (one per variable set, taken in turn) for `seconds` with `concurrency`
 * loops in this process, timing each script from its first statement to its last result.
 * Every loop finishes the script it started, so a slow operation runs past `seconds`.
 */
export async function benchEngine(db: GraphDb, scripts: Script[], concurrency: number, seconds: number): Promise<EngineRun> {
  const warmUntil = performance.now() + 2000;
  for (let i = 0; i < Math.max(5, scripts.length) && performance.now() < warmUntil; i++) await replay(db, scripts[i % scripts.length]!);
  const samples: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  let next = 0;
  const loop = async () => {
    while (performance.now() < deadline) {
      const script = scripts[next++ % scripts.length]!;
      const t = performance.now();
      try {
        await replay(db, script);
        samples.push(performance.now() - t);
      } catch (err) {
        errors++;
        firstError ??= (err as Error).message.split('\n')[0];
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, loop));
  const elapsed = (performance.now() - started) / 1000;
  return { concurrency, ...percentiles(samples), perSecond: samples.length / elapsed, errors, ...(firstError ? { firstError } : {}) };
}
