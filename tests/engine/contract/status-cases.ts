import { expect } from 'vitest';
import type { ContractCases } from './contract-case.js';

/**
 * The statement behind statusMatrix() on the Central Denmark seed (read-only). Expected answers
 * from 08-statuses and the documents: Norddjurs' overview of 24 February 2023 (003: element 1
 * green, 2 blue, 3 yellow), the Randers cluster's April 2024 status (001), later synthetic ones.
 */

const AGREEMENT = 'agreement:boern-unge-psykisk-mistrivsel';

export const statusCases: ContractCases = {
  statusMatrix: async ({ db, queries }) => {
    const [m] = await db.run<any>(queries.statusMatrix, { agreementId: AGREEMENT, asOf: '2023-12-31' });
    expect(m.agreement).toMatchObject({ id: AGREEMENT, name: 'Samarbejdsaftale om børn og unge i psykisk mistrivsel' });
    expect(m.elements.map((e: any) => e.number).sort()).toEqual([1, 2, 3]);
    expect(m.parties).toHaveLength(19);
    expect(m.partyClusters.find((c: any) => c.organisationId === 'org:municipality-norddjurs').cluster.id).toBe('org:cluster-randers');
    // Up to the end of 2023 only Norddjurs' February 2023 overview exists.
    expect(m.statuses.map((s: any) => `${s.organisation.id} ${s.elementId} ${s.level} ${s.asOf}`).sort()).toEqual([
      'org:municipality-norddjurs element:mistrivsel-1 GREEN 2023-02-24',
      'org:municipality-norddjurs element:mistrivsel-2 BLUE 2023-02-24',
      'org:municipality-norddjurs element:mistrivsel-3 YELLOW 2023-02-24',
    ]);
    expect(m.statuses[0]).toMatchObject({ inferred: true, source: expect.stringMatching(/^003 /) });

    // The whole history up to a later date: Randers' element 2 yellow in April 2024, green in January 2025.
    const [later] = await db.run<any>(queries.statusMatrix, { agreementId: AGREEMENT, asOf: '2025-06-01' });
    const randers2 = later.statuses.filter((s: any) => s.organisation.id === 'org:municipality-randers' && s.elementId === 'element:mistrivsel-2');
    expect(randers2.map((s: any) => `${s.asOf} ${s.level}`).sort()).toEqual(['2024-04-01 YELLOW', '2025-01-15 GREEN']);

    // Before any status: none; an unknown agreement: no row.
    const [early] = await db.run<any>(queries.statusMatrix, { agreementId: AGREEMENT, asOf: '2020-01-01' });
    expect(early.statuses).toEqual([]);
    expect(await db.run(queries.statusMatrix, { agreementId: 'agreement:nope', asOf: '2025-01-01' })).toEqual([]);
  },
};
