import { expect } from 'vitest';
import { type CandidatesRow, toCandidates } from '../../../api/src/modules/core/contact-finder/contact-reader.js';
import type { ContractCases } from './contract-case.js';

/**
 * The statement behind findContact() and vejviser() on the Central Denmark seed (read-only).
 * Expected answers from seed/data/central-denmark/README.md and 05/07: Horsens has a BUA
 * fixed contact (the Horsens cluster's contact in the advisory unit) and a municipal practice
 * consultant; the Randers cluster has no BUA contact (001); BUA's advisory line serves every
 * municipality; general practice is served through PLO-Midtjylland.
 */

const DAY = '2026-01-01';

/** One row of cypher/vejviser/municipality.cypher, as far as this case reads it. */
interface VejviserRow {
  municipality: { id: string; name: string; kind: string };
  clusters: Array<{ id: string }>;
  medcom: Array<{ id: string; status: string; address: string }>;
  practices: string[];
  statuses: Array<{ element: { number: number }; level: string; asOf: string }>;
  english: Array<{ pathwayId: string; pathwayNameEn: string; stepId: string; stepNameEn: string; stepDescriptionEn: string }>;
}

export const contactCases: ContractCases = {
  contactCandidates: async ({ db, queries }) => {
    // The statement returns lists in the positions its header gives (they are cheaper to build
    // than maps); the reader's own decoder names them, and the case reads the named records.
    const rows = await db.run<CandidatesRow>(queries.contactCandidates, {
      ids: ['org:ppr-horsens', 'org:ppr-randers', 'org:gp-randers-torvet', 'org:nope'],
      day: DAY,
    });
    const by = Object.fromEntries(rows.map((r) => toCandidates(r)).map((c) => [c.asker.id, c]));
    expect(Object.keys(by).sort()).toEqual(['org:gp-randers-torvet', 'org:ppr-horsens', 'org:ppr-randers']);
    const horsens = by['org:ppr-horsens']!;
    expect(horsens.asker).toEqual({
      id: 'org:ppr-horsens',
      name: expect.stringContaining('Horsens Kommune'),
      kind: 'MUNICIPAL_UNIT',
      sector: 'MUNICIPALITY',
      municipalityCode: '615',
      shortName: null,
    });

    // A municipal unit: its municipality above it, the municipality's six units beside it.
    expect(horsens.ups.map((u) => u.id)).toEqual(['org:municipality-horsens']);
    expect(horsens.municipality).toEqual({
      id: 'org:municipality-horsens',
      name: 'Horsens Kommune',
      kind: 'MUNICIPALITY',
      sector: 'MUNICIPALITY',
      municipalityCode: '615',
    });
    expect(horsens.units).toHaveLength(6);
    // A contact: the assignment, the organisation it serves and the person.
    expect(horsens.contacts.map((c) => `${c.person.id} ${c.forId}`).sort()).toEqual([
      'person:p006 org:municipality-horsens',
      'person:p030 org:municipality-horsens',
    ]);
    const malene = horsens.contacts.find((c) => c.person.id === 'person:p006')!;
    expect(malene.rel.role).toBe('fast kontaktperson i BUA');
    expect(malene.rel.steps).toEqual([2, 3]);
    expect(malene.rel.pathways).toEqual(expect.arrayContaining(['pathway:adhd']));
    // Workplaces and reach come keyed by the assignment.
    expect(malene.workplaces.map((w) => w.org.id)).toEqual(['org:bua-raadgivningsenheden']);
    expect(malene.channels.map((r) => r.channel.id)).toEqual(['channel:bua-raadgivning']);
    // Routes: a channel, its provider, and whom of the asker's side it serves.
    const routeIds = horsens.routes.map((r) => r.channel.id);
    expect(routeIds).toEqual(
      expect.arrayContaining(['channel:bua-raadgivning', 'channel:viso-henvendelse', 'channel:telefon-behandlingstilbud-horsens', 'channel:medcom-horsens']),
    );
    const phone = horsens.routes.find((r) => r.channel.id === 'channel:telefon-behandlingstilbud-horsens')!;
    expect([phone.provider.id, phone.servedId]).toEqual(['org:behandlingstilbud-horsens', null]);
    expect(phone.channel.kind).toBe('PHONE_LINE');
    // Pathways come with their four steps.
    expect(horsens.pathways.find((p) => p.id === 'pathway:adhd')!.steps.map((s) => s.number)).toEqual([1, 2, 3, 4]);

    // The Randers cluster asked BUA for a fixed contact and has none (001).
    expect(by['org:ppr-randers']!.contacts).toEqual([]);
    expect(by['org:ppr-randers']!.routes.map((r) => r.channel.id)).toContain('channel:bua-raadgivning');

    // A GP practice belongs to PLO-Midtjylland: PLO's contacts and the channels serving PLO reach it.
    const gp = by['org:gp-randers-torvet']!;
    expect(gp.ups.map((u) => u.id)).toEqual(['org:plo-midtjylland']);
    expect(gp.municipality).toBeNull();
    expect(gp.contacts.map((c) => c.person.id)).toEqual(expect.arrayContaining(['person:p072', 'person:p156']));
    expect(gp.routes.find((r) => r.channel.id === 'channel:medcom-randers')!.servedId).toBe('org:gp-randers-torvet');

    // An assignment that has not begun is left out: the GP contacts start 2024-07-01.
    const before = await db.run<CandidatesRow>(queries.contactCandidates, { ids: ['org:gp-randers-torvet'], day: '2024-01-01' });
    expect(toCandidates(before[0]!).contacts.map((c) => c.person.id)).not.toContain('person:p156');
  },

  vejviserMunicipality: async ({ db, queries }) => {
    // Syddjurs: the Randers cluster's municipality still opening its correspondence module (001, assumed).
    const [m] = await db.run<VejviserRow>(queries.vejviserMunicipality, { id: 'org:municipality-syddjurs', day: DAY });
    expect(m!.municipality).toMatchObject({ id: 'org:municipality-syddjurs', name: 'Syddjurs Kommune', kind: 'MUNICIPALITY' });
    expect(m!.clusters.map((c) => c.id)).toEqual(['org:cluster-randers']);
    expect(m!.medcom).toEqual([expect.objectContaining({ id: 'channel:medcom-syddjurs', status: 'IN_PROGRESS', address: '5790001327781' })]);
    expect([...m!.practices].sort()).toEqual(['org:gp-syddjurs-bredgade', 'org:gp-syddjurs-noerregade', 'org:gp-syddjurs-parkvej']);
    expect(m!.statuses.map((s) => `${s.element.number} ${s.level} ${s.asOf}`).sort()).toEqual([
      '1 YELLOW 2024-04-01',
      '2 YELLOW 2024-04-01',
      '3 YELLOW 2024-04-01',
    ]);
    // Every pathway's steps with their English names (3 pathways × 4 steps in the seed).
    expect(m!.english).toHaveLength(12);
    expect(m!.english.find((e) => e.stepId === 'step:adhd-1')).toEqual({
      pathwayId: 'pathway:adhd',
      pathwayNameEn: 'Care pathway for children and young people with ADHD',
      stepId: 'step:adhd-1',
      stepNameEn: 'Step 1 – Prevention and early detection',
      stepDescriptionEn: expect.stringMatching(/^Universal services/),
    });
    // Statuses after the day are not read; an unknown id gives no row.
    const [early] = await db.run<VejviserRow>(queries.vejviserMunicipality, { id: 'org:municipality-syddjurs', day: '2024-01-01' });
    expect(early!.statuses).toEqual([]);
    expect(await db.run(queries.vejviserMunicipality, { id: 'org:nope', day: DAY })).toEqual([]);
  },
};
