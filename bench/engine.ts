import type { GraphDb, Params, QueryRunner } from '../api/src/db/graph-db.js';
import type { CypherQuery } from '../api/src/db/query-catalog.js';
import { percentiles, type Percentiles } from './stats.js';

/** One statement as a resolver sent it. */
interface Statement {
  query: CypherQuery;
  params: Params;
}

/** What one request sent to the engine, in order: single statements and read transactions. */
export type Script = Array<{ kind: 'run'; statement: Statement } | { kind: 'read'; statements: Statement[] }>;

/**
 * Wraps the engine so that, while a script is being recorded, every statement a request sends
 * is written down with its parameters (copied, so a later mutation cannot change the record).
 * Outside a recording it passes everything through untouched.
 */
export class RecordingDb implements GraphDb {
  private script: Script | null = null;

  constructor(private readonly inner: GraphDb) {}

  get engine() {
    return this.inner.engine;
  }

  async record<T>(work: () => Promise<T>): Promise<{ result: T; script: Script }> {
    const script: Script = [];
    this.script = script;
    try {
      return { result: await work(), script };
    } finally {
      this.script = null;
    }
  }

  run: GraphDb['run'] = (query, params = {}) => {
    this.script?.push({ kind: 'run', statement: { query, params: structuredClone(params) } });
    return this.inner.run(query, params);
  };

  read: GraphDb['read'] = (work) => {
    const script = this.script;
    if (!script) return this.inner.read(work);
    const statements: Statement[] = [];
    script.push({ kind: 'read', statements });
    return this.inner.read((tx) =>
      work({
        run: (query, params = {}) => {
          statements.push({ query, params: structuredClone(params) });
          return tx.run(query, params);
        },
      } as QueryRunner),
    );
  };

  write: GraphDb['write'] = (work) => {
    if (this.script) throw new Error('a read operation under benchmark opened a write transaction');
    return this.inner.write(work);
  };

  ping = () => this.inner.ping();
  applySchema = () => this.inner.applySchema();
  close = () => this.inner.close();
}

/** Sends a recorded script to the engine again: the same statements, parameters and transactions. */
export async function replay(db: GraphDb, script: Script): Promise<void> {
  for (const step of script) {
    if (step.kind === 'run') await db.run(step.statement.query, step.statement.params);
    else
      await db.read(async (tx) => {
        for (const s of step.statements) await tx.run(s.query, s.params);
      });
  }
}

export function statementCount(script: Script): number {
  return script.reduce((n, step) => n + (step.kind === 'run' ? 1 : step.statements.length), 0);
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
