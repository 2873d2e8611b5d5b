import { describe, expect, it } from 'vitest';
import { openTestDb } from '../support/test-app.js';
import { MUNICIPALITIES } from '../../api/src/domain/municipalities.js';
import { loadDataset } from '../../api/src/dataset/load-dataset.js';
import { validateDataset } from '../../api/src/dataset/read-dataset.js';
import { datasetHash, generateNational } from '../../seed/synthetic/national.js';
import { Rng } from '../../seed/synthetic/prng.js';

/** The fields of a generated record these tests read (each only where its label or type has it). */
interface Rec {
  id: string;
  label?: string;
  type?: string;
  from?: string;
  kind?: string;
  name?: string;
  municipalityCode?: string;
  fictitious?: boolean;
  status?: string;
  asOf?: string;
  validTo?: string;
}

describe('the seeded generator', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    const draw = (seed: number) => {
      const r = new Rng(seed);
      return Array.from({ length: 5 }, () => r.int(0, 1_000_000));
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
    const r = new Rng(1);
    for (let i = 0; i < 1000; i++) {
      const x = r.next();
      expect(x >= 0 && x < 1).toBe(true);
    }
    expect(() => new Rng(1.5)).toThrow(/integer/);
  });
});

describe('the national synthetic dataset', () => {
  const full = generateNational({ seed: 42 });
  const nodes = full.nodes as Rec[];
  const rels = full.relationships as Rec[];

  it('is deterministic: the same seed gives the same hash, another seed another', () => {
    expect(datasetHash(generateNational({ seed: 42 }))).toBe(datasetHash(full));
    expect(datasetHash(generateNational({ seed: 43 }))).not.toBe(datasetHash(full));
  });

  it('passes the same validation as the seed files', () => {
    const dataset = validateDataset([{ file: 'synthetic:national', content: full }]);
    const total = [...dataset.nodes.values()].reduce((n, rows) => n + rows.length, 0);
    expect(total).toBe(nodes.length);
  });

  it('has the size asked for: 5 regions, the 98 real municipalities, ~21 clusters, ~1,700 practices, ~25,000 people', () => {
    const kinds = (kind: string) => nodes.filter((n) => n.kind === kind);
    expect(kinds('REGION')).toHaveLength(5);
    const municipalities = kinds('MUNICIPALITY');
    expect(municipalities.map((m) => `${m.municipalityCode} ${m.name}`).sort()).toEqual(MUNICIPALITIES.map((m) => `${m.code} ${m.officialName}`).sort());
    expect(kinds('CLUSTER').length).toBe(21);
    expect(kinds('GP_PRACTICE').length).toBeGreaterThan(1500);
    expect(kinds('GP_PRACTICE').length).toBeLessThan(1900);
    const people = nodes.filter((n) => n.label === 'Person');
    expect(people.length).toBeGreaterThan(22_000);
    expect(people.length).toBeLessThan(28_000);
    expect(people.every((p) => p.fictitious === true)).toBe(true);
    for (const label of ['Group', 'Mandate', 'Channel', 'Agreement', 'Element', 'Pathway', 'Step']) {
      expect(
        nodes.some((n) => n.label === label),
        label,
      ).toBe(true);
    }
  });

  it('holds three years of statuses and the kinds of gaps the gap finder looks for', () => {
    const statuses = rels.filter((r) => r.type === 'STATUS');
    expect(new Set(statuses.map((s) => s.asOf!.slice(0, 4)))).toEqual(new Set(['2022', '2023', '2024']));
    expect(statuses.length).toBeGreaterThanOrEqual(98 * 3 * 6);
    const expired = nodes.filter((n) => n.label === 'Mandate' && n.validTo && n.validTo < '2024-01-01');
    expect(expired.length).toBeGreaterThan(0);
    const channels = nodes.filter((n) => n.kind === 'MEDCOM_CORRESPONDENCE');
    expect(channels).toHaveLength(98);
    expect(channels.some((c) => c.status !== 'ESTABLISHED')).toBe(true);
    const implGroups = nodes.filter((n) => n.kind === 'IMPLEMENTATION_GROUP').map((g) => g.id);
    expect(implGroups.some((g) => !rels.some((r) => r.type === 'REPORTS_TO' && r.from === g))).toBe(true);
  });

  it('loads through loadDataset with progress, and a second load changes nothing', async () => {
    // A fifth of the country keeps the test quick; `npm run seed -- --synthetic national` loads it all.
    const small = validateDataset([{ file: 'synthetic:national', content: generateNational({ seed: 7, scale: 0.2 }) }]);
    const total = [...small.nodes.values(), ...small.relationships.values()].reduce((n, rows) => n + rows.length, 0);
    const { db, queries } = await openTestDb();
    try {
      const progress: Array<[number, number]> = [];
      const first = await loadDataset(db, queries, small, { onProgress: (done, all) => progress.push([done, all]) });
      expect(progress.length).toBeGreaterThan(5);
      expect(progress.every(([, all]) => all === total)).toBe(true);
      expect(progress.map(([done]) => done)).toEqual([...progress.map(([done]) => done)].sort((a, b) => a - b));
      expect(progress.at(-1)![0]).toBe(total);
      expect(first.nodesCreated + first.relationshipsCreated).toBe(total);
      const [counts] = await db.run<{ nodes: number; relationships: number }>(queries.counts);
      expect(counts!.nodes + counts!.relationships).toBe(total);
      const second = await loadDataset(db, queries, small);
      expect(second).toMatchObject({ nodesCreated: 0, nodesUpdated: 0, relationshipsCreated: 0, relationshipsUpdated: 0 });
    } finally {
      await db.close();
    }
  });
});
