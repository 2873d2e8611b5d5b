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
    const rows = await db.run<any>(queries.contactCandidates, { ids: ['org:ppr-horsens', 'org:ppr-randers', 'org:gp-randers-torvet', 'org:nope'], day: DAY });
    const by = Object.fromEntries(rows.map((r) => [r.asker.id, r]));
    expect(Object.keys(by).sort()).toEqual(['org:gp-randers-torvet', 'org:ppr-horsens', 'org:ppr-randers']);

    // A municipal unit: its municipality above it, the municipality's six units beside it.
    const horsens = by['org:ppr-horsens'];
    expect(horsens.ups.map((u: any) => u.id)).toEqual(['org:municipality-horsens']);
    expect(horsens.municipality).toMatchObject({ id: 'org:municipality-horsens', kind: 'MUNICIPALITY', municipalityCode: '615' });
    expect(horsens.units).toHaveLength(6);
    expect(horsens.contacts.map((c: any) => `${c.person.id} ${c.forId}`).sort()).toEqual([
      'person:p006 org:municipality-horsens',
      'person:p030 org:municipality-horsens',
    ]);
    const malene = horsens.contacts.find((c: any) => c.person.id === 'person:p006');
    expect(malene.rel).toMatchObject({ role: 'fast kontaktperson i BUA', steps: [2, 3], pathways: expect.arrayContaining(['pathway:adhd']) });
    expect(horsens.workplaces.filter((w: any) => w.relId === malene.rel.id).map((w: any) => w.org.id)).toEqual(['org:bua-raadgivningsenheden']);
    expect(horsens.reach.filter((x: any) => x.relId === malene.rel.id).map((x: any) => x.channel.id)).toEqual(['channel:bua-raadgivning']);
    const routeIds = horsens.routes.map((r: any) => r.channel.id);
    expect(routeIds).toEqual(expect.arrayContaining(['channel:bua-raadgivning', 'channel:viso-henvendelse', 'channel:telefon-behandlingstilbud-horsens', 'channel:medcom-horsens']));
    expect(horsens.routes.find((r: any) => r.channel.id === 'channel:telefon-behandlingstilbud-horsens')).toMatchObject({ servedId: null, provider: { id: 'org:behandlingstilbud-horsens' } });
    // Pathways come with their four steps.
    const adhd = horsens.steps.filter((s: any) => s.pathway.id === 'pathway:adhd').map((s: any) => s.step.number).sort();
    expect(adhd).toEqual([1, 2, 3, 4]);

    // The Randers cluster asked BUA for a fixed contact and has none (001).
    expect(by['org:ppr-randers'].contacts).toEqual([]);
    expect(by['org:ppr-randers'].routes.map((r: any) => r.channel.id)).toContain('channel:bua-raadgivning');

    // A GP practice belongs to PLO-Midtjylland: PLO's contacts and the channels serving PLO reach it.
    const gp = by['org:gp-randers-torvet'];
    expect(gp.ups.map((u: any) => u.id)).toEqual(['org:plo-midtjylland']);
    expect(gp.municipality).toBeNull();
    expect(gp.contacts.map((c: any) => c.person.id)).toEqual(expect.arrayContaining(['person:p072', 'person:p156']));
    expect(gp.routes.find((r: any) => r.channel.id === 'channel:medcom-randers')).toMatchObject({ servedId: 'org:gp-randers-torvet' });

    // An assignment that has not begun is left out: the GP contacts start 2024-07-01.
    const before = await db.run<any>(queries.contactCandidates, { ids: ['org:gp-randers-torvet'], day: '2024-01-01' });
    expect(before[0].contacts.map((c: any) => c.person.id)).not.toContain('person:p156');
  },

  vejviserMunicipality: async ({ db, queries }) => {
    // Syddjurs: the Randers cluster's municipality still opening its correspondence module (001, assumed).
    const [m] = await db.run<any>(queries.vejviserMunicipality, { id: 'org:municipality-syddjurs', day: DAY });
    expect(m.municipality).toMatchObject({ id: 'org:municipality-syddjurs', name: 'Syddjurs Kommune', kind: 'MUNICIPALITY' });
    expect(m.clusters.map((c: any) => c.id)).toEqual(['org:cluster-randers']);
    expect(m.medcom).toEqual([expect.objectContaining({ id: 'channel:medcom-syddjurs', status: 'IN_PROGRESS', address: '5790001327781' })]);
    expect([...m.practices].sort()).toEqual(['org:gp-syddjurs-bredgade', 'org:gp-syddjurs-noerregade', 'org:gp-syddjurs-parkvej']);
    expect(m.statuses.map((s: any) => `${s.element.number} ${s.level} ${s.asOf}`).sort()).toEqual(['1 YELLOW 2024-04-01', '2 YELLOW 2024-04-01', '3 YELLOW 2024-04-01']);
    // Statuses after the day are not read; an unknown id gives no row.
    const [early] = await db.run<any>(queries.vejviserMunicipality, { id: 'org:municipality-syddjurs', day: '2024-01-01' });
    expect(early.statuses).toEqual([]);
    expect(await db.run(queries.vejviserMunicipality, { id: 'org:nope', day: DAY })).toEqual([]);
  },
};
