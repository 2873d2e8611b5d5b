import { expect } from 'vitest';
import type { ContractCases } from './contract-case.js';

/**
 * The statement behind findContact() and vejviser() on the Central Denmark seed (read-only).
 * Expected answers from seed/data/central-denmark/README.md and 05/07: Horsens has a BUA
 * fixed contact (the Horsens cluster's contact in the advisory unit) and a municipal practice
 * consultant; the Randers cluster has no BUA contact (001); BUA's advisory line serves every
 * municipality; general practice is served through PLO-Midtjylland.
 */

const DAY = '2026-01-01';

export const contactCases: ContractCases = {
  contactCandidates: async ({ db, queries }) => {
    // Every value is a list in the positions the statement's header gives: an organisation is
    // [id, name, kind, sector, municipalityCode, shortName], a channel [id, name, kind, status, …].
    const rows = await db.run<any>(queries.contactCandidates, { ids: ['org:ppr-horsens', 'org:ppr-randers', 'org:gp-randers-torvet', 'org:nope'], day: DAY });
    const by = Object.fromEntries(rows.map((r) => [r.asker[0], r]));
    expect(Object.keys(by).sort()).toEqual(['org:gp-randers-torvet', 'org:ppr-horsens', 'org:ppr-randers']);
    expect(by['org:ppr-horsens'].asker).toEqual(['org:ppr-horsens', expect.stringContaining('Horsens Kommune'), 'MUNICIPAL_UNIT', 'MUNICIPALITY', '615', null]);

    // A municipal unit: its municipality above it, the municipality's six units beside it.
    const horsens = by['org:ppr-horsens'];
    expect(horsens.ups.map((u: any) => u[0])).toEqual(['org:municipality-horsens']);
    expect(horsens.municipality).toEqual(['org:municipality-horsens', 'Horsens Kommune', 'MUNICIPALITY', 'MUNICIPALITY', '615']);
    expect(horsens.units).toHaveLength(6);
    // A contact: [[relId, role, pathways, steps, topics, audience, since, until], forId, [personId, name, title, profession, email, phone]].
    expect(horsens.contacts.map((c: any) => `${c[2][0]} ${c[1]}`).sort()).toEqual([
      'person:p006 org:municipality-horsens',
      'person:p030 org:municipality-horsens',
    ]);
    const malene = horsens.contacts.find((c: any) => c[2][0] === 'person:p006');
    const [relId, role, pathways, steps] = malene[0];
    expect(role).toBe('fast kontaktperson i BUA');
    expect(steps).toEqual([2, 3]);
    expect(pathways).toEqual(expect.arrayContaining(['pathway:adhd']));
    // Workplaces [relId, role, org] and reach [relId, channel, provider, servedId], keyed by the assignment.
    expect(horsens.workplaces.filter((w: any) => w[0] === relId).map((w: any) => w[2][0])).toEqual(['org:bua-raadgivningsenheden']);
    expect(horsens.reach.filter((x: any) => x[0] === relId).map((x: any) => x[1][0])).toEqual(['channel:bua-raadgivning']);
    // Routes: [channel, provider, servedId].
    const routeIds = horsens.routes.map((r: any) => r[0][0]);
    expect(routeIds).toEqual(expect.arrayContaining(['channel:bua-raadgivning', 'channel:viso-henvendelse', 'channel:telefon-behandlingstilbud-horsens', 'channel:medcom-horsens']));
    const phone = horsens.routes.find((r: any) => r[0][0] === 'channel:telefon-behandlingstilbud-horsens');
    expect([phone[1][0], phone[2]]).toEqual(['org:behandlingstilbud-horsens', null]);
    expect(phone[0][2]).toBe('PHONE_LINE');
    // Pathways come with their four steps: [pathwayId, pathwayName, pathwayTopics, stepId, stepName, stepNumber, stepDescription].
    const adhd = horsens.steps.filter((s: any) => s[0] === 'pathway:adhd').map((s: any) => s[5]).sort();
    expect(adhd).toEqual([1, 2, 3, 4]);

    // The Randers cluster asked BUA for a fixed contact and has none (001).
    expect(by['org:ppr-randers'].contacts).toEqual([]);
    expect(by['org:ppr-randers'].routes.map((r: any) => r[0][0])).toContain('channel:bua-raadgivning');

    // A GP practice belongs to PLO-Midtjylland: PLO's contacts and the channels serving PLO reach it.
    const gp = by['org:gp-randers-torvet'];
    expect(gp.ups.map((u: any) => u[0])).toEqual(['org:plo-midtjylland']);
    expect(gp.municipality).toBeNull();
    expect(gp.contacts.map((c: any) => c[2][0])).toEqual(expect.arrayContaining(['person:p072', 'person:p156']));
    expect(gp.routes.find((r: any) => r[0][0] === 'channel:medcom-randers')[2]).toBe('org:gp-randers-torvet');

    // An assignment that has not begun is left out: the GP contacts start 2024-07-01.
    const before = await db.run<any>(queries.contactCandidates, { ids: ['org:gp-randers-torvet'], day: '2024-01-01' });
    expect(before[0].contacts.map((c: any) => c[2][0])).not.toContain('person:p156');
  },

  vejviserMunicipality: async ({ db, queries }) => {
    // Syddjurs: the Randers cluster's municipality still opening its correspondence module (001, assumed).
    const [m] = await db.run<any>(queries.vejviserMunicipality, { id: 'org:municipality-syddjurs', day: DAY });
    expect(m.municipality).toMatchObject({ id: 'org:municipality-syddjurs', name: 'Syddjurs Kommune', kind: 'MUNICIPALITY' });
    expect(m.clusters.map((c: any) => c.id)).toEqual(['org:cluster-randers']);
    expect(m.medcom).toEqual([expect.objectContaining({ id: 'channel:medcom-syddjurs', status: 'IN_PROGRESS', address: '5790001327781' })]);
    expect([...m.practices].sort()).toEqual(['org:gp-syddjurs-bredgade', 'org:gp-syddjurs-noerregade', 'org:gp-syddjurs-parkvej']);
    expect(m.statuses.map((s: any) => `${s.element.number} ${s.level} ${s.asOf}`).sort()).toEqual(['1 YELLOW 2024-04-01', '2 YELLOW 2024-04-01', '3 YELLOW 2024-04-01']);
    // Every pathway's steps with their English names (3 pathways × 4 steps in the seed).
    expect(m.english).toHaveLength(12);
    expect(m.english.find((e: any) => e.stepId === 'step:adhd-1')).toEqual({ pathwayId: 'pathway:adhd', pathwayNameEn: 'Care pathway for children and young people with ADHD', stepId: 'step:adhd-1', stepNameEn: 'Step 1 – Prevention and early detection', stepDescriptionEn: expect.stringMatching(/^Universal services/) });
    // Statuses after the day are not read; an unknown id gives no row.
    const [early] = await db.run<any>(queries.vejviserMunicipality, { id: 'org:municipality-syddjurs', day: '2024-01-01' });
    expect(early.statuses).toEqual([]);
    expect(await db.run(queries.vejviserMunicipality, { id: 'org:nope', day: DAY })).toEqual([]);
  },
};
