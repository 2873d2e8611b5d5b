import { expect } from 'vitest';
import { readSeed } from '../../api/helpers.js';
import type { ContractCases } from './contract-case.js';

/**
 * Following gap findings up and what-if (#16 items 4-5), on the Central Denmark seed: the
 * what-if reads first (answers from the seed files), then a follow-up is written, read and
 * removed. Runs last of the seed's sets: its writes reach no other case.
 */
const seed = readSeed();
const DAY = '2026-01-01';
const current = (r: Record<string, unknown>) => !(typeof r.since === 'string' && r.since > DAY) && !(typeof r.until === 'string' && r.until < DAY);
const rels = (type: string) => seed.rels.filter((r) => r.type === type && current(r));
const sorted = (xs: Iterable<string>) => [...xs].sort();
const below = (root: string) => {
  const out = new Set([root]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const r of seed.rels) {
      if (r.type === 'PART_OF' && out.has(r.to) && !out.has(r.from)) {
        out.add(r.from);
        grew = true;
      }
    }
  }
  return out;
};
const SAMSOE = 'org:municipality-samsoe';
const PERSON = 'person:p006';
const CHANNEL = rels('SERVES')
  .map((r) => r.from)
  .sort()[0]!;

export const followUpWhatIfCases: ContractCases = {
  whatIfSubject: async ({ db, queries }) => {
    const [org] = await db.run<{ node: { id: string; label: string }; orgIds: string[]; channelIds: string[] }>(queries.whatIfSubject, { id: SAMSOE });
    const orgs = below(SAMSOE);
    expect(org!.node).toMatchObject({ id: SAMSOE, label: 'Organisation' });
    expect(sorted(org!.orgIds)).toEqual(sorted(orgs));
    expect(sorted(org!.channelIds)).toEqual(sorted(new Set(seed.rels.filter((r) => r.type === 'PROVIDES' && orgs.has(r.from)).map((r) => r.to))));
    const [person] = await db.run<{ node: { label: string }; orgIds: string[]; channelIds: string[] }>(queries.whatIfSubject, { id: PERSON });
    expect(person).toMatchObject({ node: { label: 'Person' }, orgIds: [], channelIds: [] });
    const [channel] = await db.run<{ channelIds: string[] }>(queries.whatIfSubject, { id: CHANNEL });
    expect(channel!.channelIds).toEqual([CHANNEL]);
    expect(await db.run(queries.whatIfSubject, { id: 'org:nowhere' })).toEqual([]);
  },
  whatIfWorkplaces: async ({ db, queries }) => {
    const orgs = below(SAMSOE);
    const rows = await db.run<{ personId: string; workplaces: string[] }>(queries.whatIfWorkplaces, { orgIds: sorted(orgs), day: DAY });
    const works = rels('WORKS_IN');
    const people = sorted(new Set(works.filter((r) => orgs.has(r.to)).map((r) => r.from)));
    expect(rows.map((r) => r.personId)).toEqual(people);
    for (const r of rows) expect(sorted(r.workplaces)).toEqual(sorted(new Set(works.filter((w) => w.from === r.personId).map((w) => w.to))));
  },
  whatIfFixedContacts: async ({ db, queries }) => {
    const rows = await db.run<{ organisation: { id: string }; contacts: Array<{ id: string; personId: string }> }>(queries.whatIfFixedContacts, {
      personIds: [PERSON],
      day: DAY,
    });
    const contacts = rels('CONTACT_FOR');
    const orgs = sorted(new Set(contacts.filter((c) => c.from === PERSON).map((c) => c.to)));
    expect(orgs.length).toBeGreaterThan(0);
    expect(rows.map((r) => r.organisation.id)).toEqual(orgs);
    for (const r of rows) expect(sorted(r.contacts.map((c) => c.id))).toEqual(sorted(contacts.filter((c) => c.to === r.organisation.id).map((c) => c.id)));
  },
  whatIfServedChannels: async ({ db, queries }) => {
    const rows = await db.run<{ organisation: { id: string }; channels: string[] }>(queries.whatIfServedChannels, { channelIds: [CHANNEL], day: DAY });
    const serves = rels('SERVES');
    const established = new Set(seed.nodes.filter((n) => n.label === 'Channel' && (n.status ?? 'ESTABLISHED') === 'ESTABLISHED').map((n) => n.id));
    const served = sorted(new Set(serves.filter((s) => s.from === CHANNEL).map((s) => s.to)));
    // An organisation served by no established channel at all has no row (nothing to lose).
    const expected = served.filter((o) => serves.some((s) => s.to === o && established.has(s.from)));
    expect(rows.map((r) => r.organisation.id)).toEqual(expected);
    for (const r of rows)
      expect(sorted(r.channels)).toEqual(sorted(new Set(serves.filter((s) => s.to === r.organisation.id && established.has(s.from)).map((s) => s.from))));
  },
  whatIfGroups: async ({ db, queries }) => {
    const rows = await db.run<{ group: { id: string; required: string[] }; members: Array<{ id: string; personId: string }> }>(queries.whatIfGroups, {
      personIds: [PERSON],
      orgIds: [],
      day: DAY,
    });
    const members = rels('MEMBER_OF');
    const active = (id: string) => {
      const g = seed.nodes.find((n) => n.id === id)!;
      return !(typeof g.validFrom === 'string' && g.validFrom > DAY) && !(typeof g.validTo === 'string' && g.validTo < DAY);
    };
    expect(rows.map((r) => r.group.id)).toEqual(sorted(new Set(members.filter((m) => m.from === PERSON && active(m.to)).map((m) => m.to))));
    for (const r of rows) expect(sorted(r.members.map((m) => m.id))).toEqual(sorted(members.filter((m) => m.to === r.group.id).map((m) => m.id)));
  },
  whatIfNeighbourOrganisations: async ({ db, queries }) => {
    const rows = await db.run<{ near: { id: string } | null; far: { id: string } | null }>(queries.whatIfNeighbourOrganisations, { id: CHANNEL, day: DAY });
    const near = new Set(rows.flatMap((r) => (r.near ? [r.near.id] : [])));
    const expected = new Set([
      ...rels('SERVES')
        .filter((r) => r.from === CHANNEL)
        .map((r) => r.to),
      ...rels('PROVIDES')
        .filter((r) => r.to === CHANNEL)
        .map((r) => r.from),
    ]);
    expect(sorted(near)).toEqual(sorted(expected));
    for (const r of rows) if (r.far) expect(r.far.id).not.toBe(CHANNEL);
  },
  gapAcknowledgementLock: async ({ db, queries }) => {
    expect(await db.write((tx) => tx.run(queries.gapAcknowledgementLock, { subjectId: 'org:nowhere', key: 'k' }))).toEqual([]);
    expect(await db.write((tx) => tx.run(queries.gapAcknowledgementLock, { subjectId: SAMSOE, key: 'contract|org:municipality-samsoe|' }))).toEqual([
      { subjectId: SAMSOE, acknowledgement: null },
    ]);
  },
  gapAcknowledgementSave: async ({ db, queries }) => {
    const key = 'contract|org:municipality-samsoe|';
    const props = {
      id: 'gapack:contract',
      key,
      ruleId: 'contract',
      subjectId: SAMSOE,
      state: 'ASSIGNED',
      fingerprint: 'f1',
      evidenceIds: [SAMSOE],
      assignee: 'A',
      dueDate: '2026-02-01',
      note: null,
      by: 'user:a',
      at: '2026-01-01T10:00:00.000Z',
      version: 1,
    };
    const [saved] = await db.write((tx) => tx.run<{ acknowledgement: Record<string, unknown> }>(queries.gapAcknowledgementSave, { key, props }));
    const { note: _n, ...stored } = props;
    expect(saved!.acknowledgement).toEqual(stored);
    // Saved again: the one node changes (a null removes a property).
    await db.write((tx) => tx.run(queries.gapAcknowledgementSave, { key, props: { ...props, state: 'ACKNOWLEDGED', assignee: null, version: 2 } }));
    const [locked] = await db.write((tx) => tx.run<{ acknowledgement: Record<string, unknown> }>(queries.gapAcknowledgementLock, { subjectId: SAMSOE, key }));
    expect(locked!.acknowledgement).toMatchObject({ state: 'ACKNOWLEDGED', version: 2 });
    expect(locked!.acknowledgement).not.toHaveProperty('assignee');
  },
  gapAcknowledgementsByKeys: async ({ db, queries }) => {
    const rows = await db.run<{ acknowledgement: { key: string; version: number } }>(queries.gapAcknowledgementsByKeys, {
      keys: ['contract|org:municipality-samsoe|', 'nope'],
    });
    expect(rows.map((r) => [r.acknowledgement.key, r.acknowledgement.version])).toEqual([['contract|org:municipality-samsoe|', 2]]);
    expect(await db.run(queries.gapAcknowledgementsByKeys, { keys: [] })).toEqual([]);
  },
  gapAcknowledgementRemove: async ({ db, queries }) => {
    const key = 'contract|org:municipality-samsoe|';
    expect(await db.write((tx) => tx.run(queries.gapAcknowledgementRemove, { key }))).toEqual([{ removed: 1 }]);
    expect(await db.write((tx) => tx.run(queries.gapAcknowledgementRemove, { key }))).toEqual([{ removed: 0 }]);
    expect(await db.run(queries.gapAcknowledgementsByKeys, { keys: [key] })).toEqual([]);
  },
};
