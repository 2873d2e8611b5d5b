import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../api/src/paths.js';
import { NEO4J_SLOWER_BOUND, P50_GOALS, THROUGHPUT_SHARE, render, targets, type Neo4jColumn, type Results } from '../../bench/report.js';

/**
 * The benchmark's verdicts, on the shape of a real run (the committed bench/results.json): each
 * target passes and misses at its bound, and the printed report carries every figure.
 */
const committed = JSON.parse(fs.readFileSync(path.join(repoRoot, 'bench', 'results.json'), 'utf8')) as Results;
const run = (): Omit<Results, 'targets'> => {
  const { targets: _ignored, ...rest } = structuredClone(committed);
  return rest;
};
const verdict = (r: Omit<Results, 'targets'>, name: string) => {
  const t = targets(r).find((x) => x.name.startsWith(name));
  if (!t) throw new Error(`no target "${name}"`);
  return t;
};
const op = (r: { operations: Results['operations'] }, key: string) => r.operations.find((o) => o.key === key)!;
const at = <T extends { concurrency: number }>(runs: T[], c: number) => runs.find((x) => x.concurrency === c)!;

describe('bench targets', () => {
  it('the committed results were judged by these rules', () => {
    expect(targets(run())).toEqual(committed.targets);
  });

  it('findContact p99 at c=1: pass at 10 ms, miss above', () => {
    const r = run();
    at(op(r, 'findContact').api, 1).p99 = 10;
    expect(verdict(r, 'findContact p99').pass).toBe(true);
    at(op(r, 'findContact').api, 1).p99 = 10.01;
    expect(verdict(r, 'findContact p99').pass).toBe(false);
  });

  it('API ÷ engine names the worst operation and every one over 1.3', () => {
    const r = run();
    for (const o of r.operations) at(o.api, 1).p50 = at(o.engine, 1).p50 * 1.2;
    expect(verdict(r, 'API ÷ engine').pass).toBe(true);
    at(op(r, 'graph').api, 1).p50 = at(op(r, 'graph').engine, 1).p50 * 1.5;
    const t = verdict(r, 'API ÷ engine');
    expect(t.pass).toBe(false);
    expect(t.measured).toMatch(/^1\.50 \(graph\); over 1\.3: graph$/);
  });

  it('throughput against hello-world, computed and from the response cache, each judged on its own', () => {
    const r = run();
    const hello = at(r.helloWorld, 32).perSecond;
    at(op(r, 'findContact').api, 32).perSecond = hello * 0.49;
    op(r, 'findContact').cached!.perSecond = hello * 0.5;
    expect(verdict(r, 'findContact throughput').pass).toBe(false);
    expect(verdict(r, '  … as shipped').pass).toBe(true);
    delete op(r, 'findContact').cached;
    expect(verdict(r, '  … as shipped')).toMatchObject({ pass: null, measured: 'not available' });
  });

  it("#17's p50 bounds: one row per operation, pass at the bound, miss above, not available without a figure", () => {
    const r = run();
    for (const [key, goal] of P50_GOALS) {
      at(op(r, key).api, 1).p50 = goal;
      expect(verdict(r, `${key} p50 at c=1`)).toMatchObject({ pass: true, goal: `≤ ${goal} ms` });
      at(op(r, key).api, 1).p50 = goal + 0.01;
      expect(verdict(r, `${key} p50 at c=1`).pass).toBe(false);
    }
    op(r, 'gapsCluster').available = false;
    expect(verdict(r, 'gapsCluster p50 at c=1')).toMatchObject({ pass: null, measured: 'not available' });
  });

  it('computed throughput against the engine at c=32 names the lowest share and every operation under 0.9', () => {
    const r = run();
    for (const o of r.operations) {
      at(o.engine, 32).perSecond = 100;
      at(o.api, 32).perSecond = 100 * THROUGHPUT_SHARE;
    }
    expect(verdict(r, 'computed throughput ÷ engine').pass).toBe(true);
    at(op(r, 'interfaces').api, 32).perSecond = 50;
    expect(verdict(r, 'computed throughput ÷ engine')).toMatchObject({ pass: false, measured: '0.50 (interfaces); under 0.9: interfaces' });
  });

  it('RSS: the loaded store against the bound, and what the load runs leave behind as its own row', () => {
    const r = run();
    r.rssMb = { afterStart: 300, afterLoadTests: 301, peak: 400 };
    expect(verdict(r, 'API process RSS with the national store loaded')).toMatchObject({
      pass: true,
      measured: '300 MB (after the load runs 301 MB, peak 400 MB)',
    });
    expect(verdict(r, '  … after the load runs').pass).toBe(false);
    r.rssMb.afterStart = 301;
    expect(verdict(r, 'API process RSS with the national store loaded').pass).toBe(false);
  });

  /** A Neo4j column shaped like the embedded one, every API p50 `times` the embedded engine's (2 ms: exact in binary). */
  const withNeo4j = (original: Omit<Results, 'targets'>, times: number): Omit<Results, 'targets'> & { neo4j: Neo4jColumn } => {
    const r = { ...original, operations: original.operations.map((o) => ({ ...o, available: true, api: o.api.map((a) => ({ ...a, p50: 2, samples: 10 })) })) };
    return withColumn(r, times);
  };
  const withColumn = (r: Omit<Results, 'targets'>, times: number): Omit<Results, 'targets'> & { neo4j: Neo4jColumn } => ({
    ...r,
    neo4j: {
      engine: 'Neo4j 5.26 Community at bolt://127.0.0.1:7687',
      settings: { httpSeconds: 3, engineSeconds: 2 },
      import: { ...r.import, importSeconds: 61.5 },
      rssMb: { afterStart: 151, afterLoadTests: 262, peak: 301 },
      jvmRssMb: { afterImport: 1203, afterLoadTests: 1377, peak: 1390 },
      operations: structuredClone(r.operations).map((o) => ({ ...o, api: o.api.map((a) => ({ ...a, p50: a.p50 * times })) })),
    },
  });

  it('Neo4j ÷ embedded: pass at 3× the embedded p50, miss above, naming every operation over it and every one Neo4j could not answer', () => {
    const r = withNeo4j(run(), NEO4J_SLOWER_BOUND);
    expect(verdict(r, 'Neo4j ÷ embedded')).toMatchObject({ pass: true });
    expect(verdict(r, 'Neo4j ÷ embedded').measured).toMatch(/; over 3: none$/);
    at(op(r.neo4j, 'connection').api, 1).p50 = at(op(r, 'connection').api, 1).p50 * 3.2;
    expect(verdict(r, 'Neo4j ÷ embedded')).toMatchObject({ pass: false, measured: '3.20 (connection); over 3: connection' });
    at(op(r.neo4j, 'connection').api, 1).p50 = at(op(r, 'connection').api, 1).p50;
    Object.assign(op(r.neo4j, 'people'), { available: false, note: 'error answer: Unexpected error. (INTERNAL_SERVER_ERROR)' });
    expect(verdict(r, 'Neo4j ÷ embedded')).toMatchObject({ pass: false });
    expect(verdict(r, 'Neo4j ÷ embedded').measured).toMatch(/; no Neo4j figure: people$/);
  });

  it('Neo4j: no row when it was skipped, "not available" with the reason when it failed', () => {
    expect(targets({ ...run(), neo4j: null }).some((t) => t.name.startsWith('Neo4j'))).toBe(false);
    const r = withNeo4j(run(), 1);
    r.neo4j = { ...r.neo4j, note: 'failed: Neo4j did not start within 90 s', import: null, operations: [] };
    expect(verdict(r, 'Neo4j ÷ embedded')).toMatchObject({ pass: null, measured: 'not available (failed: Neo4j did not start within 90 s)' });
  });

  it('prints both engines side by side: Neo4j latencies, import, API and JVM RSS, and the ratio', () => {
    const r = withNeo4j(run(), 2.5);
    const text = render({ ...r, targets: targets(r) });
    expect(text).toMatch(/Neo4j API p50 +p99 +req\/s +engine p50 +API÷engine +Neo4j÷embedded/);
    const contact = at(op(r.neo4j, 'findContact').api, 1);
    const line = text.split('\n').find((l) => l.startsWith(op(r, 'findContact').title))!;
    expect(line).toContain(contact.p50.toFixed(2));
    expect(line).toMatch(/ 2\.50$/);
    expect(text).toContain('Neo4j import: ');
    expect(text).toContain('= 61.50 s');
    expect(text).toContain('Neo4j, API process RSS: 151 MB after start, 262 MB after the load tests, peak 301 MB');
    expect(text).toContain('Neo4j JVM RSS: 1203 MB after the import, 1377 MB after the load tests, peak 1390 MB');
    expect(render({ ...run(), neo4j: null, targets: [] })).toContain('Neo4j: not measured (BENCH_NEO4J=false)');
  });

  it('prints every operation, the cached table and every target', () => {
    const r = run();
    const text = render({ ...r, targets: targets(r) });
    for (const o of r.operations) expect(text).toContain(o.title);
    expect(text).toContain('As shipped, c=32');
    for (const t of targets(r)) expect(text).toContain(t.name.trim());
    expect(text).toMatch(/yoga hello-world/);
  });
});
