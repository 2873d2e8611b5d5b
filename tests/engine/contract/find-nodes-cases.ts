import { expect } from 'vitest';
import { probesOf, wordsOf } from '../../../api/src/modules/core/forgiving-search.js';
import type { ContractCases } from './contract-case.js';

type Candidate = { id: string; label: string; name: string | null; title: string | null; kind: string | null; parents: string[] };
const run = (text: string, extra: Record<string, unknown> = {}) => ({
  probes: probesOf(wordsOf(text)),
  labels: ['Organisation', 'Person', 'Group', 'Channel'],
  personal: true,
  limit: 600,
  ...extra,
});

/** The forgiving search's candidates on the Central Denmark seed (read-only). */
export const findNodesCases: ContractCases = {
  searchFindCandidates: async ({ db, queries }) => {
    // "PPR Horsens": PPR's unit in Horsens is a candidate, with the municipality it is part of.
    const ppr = await db.run<Candidate>(queries.searchFindCandidates, run('PPR Horsens'));
    const unit = ppr.find((c) => c.id === 'org:ppr-horsens');
    expect(unit).toBeDefined();
    expect(unit!.parents).toEqual(['Horsens Kommune']);
    expect(unit!.kind).toBe('MUNICIPAL_UNIT');
    // A typo in the middle of a word keeps its start and end as probes: still found.
    const typo = await db.run<Candidate>(queries.searchFindCandidates, run('Vestrgade'));
    expect(typo.map((c) => c.id)).toContain('org:gp-horsens-vestergade');
    // Channels carry their provider; people their workplace, and no name for anonymous visitors.
    const medcom = await db.run<Candidate>(queries.searchFindCandidates, run('medcom horsens'));
    expect(medcom.some((c) => c.label === 'Channel' && c.parents.includes('Horsens Kommune'))).toBe(true);
    const people = await db.run<Candidate>(queries.searchFindCandidates, run('psykolog', { personal: false, labels: ['Person'] }));
    expect(people.length).toBeGreaterThan(0);
    expect(people.every((c) => c.label === 'Person' && c.name === null && c.parents.length > 0)).toBe(true);
    // The cut keeps the engine's order, the same on every run.
    const cut = await db.run<Candidate>(queries.searchFindCandidates, run('horsens', { limit: 5 }));
    expect(cut).toHaveLength(5);
    expect(await db.run<Candidate>(queries.searchFindCandidates, run('horsens', { limit: 5 }))).toEqual(cut);
  },
};
