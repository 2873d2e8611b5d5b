import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../api/src/paths.js';
import { render, targets, type Results } from '../../bench/report.js';

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
const op = (r: Omit<Results, 'targets'>, key: string) => r.operations.find((o) => o.key === key)!;
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

  it('RSS: the loaded store against the bound, and what the load runs leave behind as its own row', () => {
    const r = run();
    r.rssMb = { afterStart: 300, afterLoadTests: 301, peak: 400 };
    expect(verdict(r, 'API process RSS with the national store loaded')).toMatchObject({ pass: true, measured: '300 MB (after the load runs 301 MB, peak 400 MB)' });
    expect(verdict(r, '  … after the load runs').pass).toBe(false);
    r.rssMb.afterStart = 301;
    expect(verdict(r, 'API process RSS with the national store loaded').pass).toBe(false);
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
