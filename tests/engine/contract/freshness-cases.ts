import { expect } from 'vitest';
import { readSeed } from '../../api/helpers.js';
import type { ContractCases } from './contract-case.js';

/**
 * Fresh data on the Central Denmark seed (loaded with createdAt 2026-01-01): the unconfirmed
 * gap statements first, read-only, with the answers taken from the seed files; then a
 * confirmation is written and read back. This set runs last of the seed's, so its two writes
 * reach no other case.
 */
const seed = readSeed();
const AS_OF = '2027-06-01';
const CUT = '2026-06-01';
const inForce = seed.rels.filter((r) => r.type === 'CONTACT_FOR' && (typeof r.until !== 'string' || r.until >= AS_OF));
// The loader gives relationships no createdAt: an assignment counts from its since, if any.
const dated = inForce.filter((r) => typeof r.since === 'string');
const stale = dated.filter((r) => (r.since as string) < CUT);
const established = seed.nodes.filter((n) => n.label === 'Channel' && n.status === 'ESTABLISHED').map((n) => n.id as string);
const provided = new Set(seed.rels.filter((r) => r.type === 'PROVIDES').map((r) => r.to));
const ASSIGNMENT = stale[0]!;
const CHANNEL = established.find((id) => provided.has(id))!;

export const freshnessCases: ContractCases = {
  gapsUnconfirmedAssignments: async ({ db, queries }) => {
    const rows = await db.run<{ id: string; since: string; person: { id: string }; organisation: { id: string } }>(queries.gapsUnconfirmedAssignments, {
      all: true,
      orgIds: [],
      asOf: AS_OF,
      before: CUT,
    });
    expect(stale.length).toBeGreaterThan(0);
    expect(rows.map((r) => r.id).sort()).toEqual(stale.map((r) => r.id as string).sort());
    const one = rows.find((r) => r.id === ASSIGNMENT.id)!;
    expect([one.person.id, one.organisation.id, one.since]).toEqual([ASSIGNMENT.from, ASSIGNMENT.to, ASSIGNMENT.since]);
    // Oldest first.
    expect(rows.map((r) => r.since)).toEqual([...rows.map((r) => r.since)].sort());
    expect(await db.run(queries.gapsUnconfirmedAssignments, { all: true, orgIds: [], asOf: AS_OF, before: '1990-01-01' })).toEqual([]);
    const scoped = await db.run<{ organisation: { id: string } }>(queries.gapsUnconfirmedAssignments, {
      all: false,
      orgIds: [ASSIGNMENT.to],
      asOf: AS_OF,
      before: CUT,
    });
    expect(scoped.length).toBe(stale.filter((r) => r.to === ASSIGNMENT.to).length);
  },
  gapsUnconfirmedChannels: async ({ db, queries }) => {
    const rows = await db.run<{ id: string; organisation: { id: string } }>(queries.gapsUnconfirmedChannels, { all: true, orgIds: [], before: '2026-06-01' });
    const expected = seed.rels.filter((r) => r.type === 'PROVIDES' && established.includes(r.to)).map((r) => `${r.to} ${r.from}`);
    expect(rows.map((r) => `${r.id} ${r.organisation.id}`).sort()).toEqual(expected.sort());
    expect(await db.run(queries.gapsUnconfirmedChannels, { all: true, orgIds: [], before: '2025-12-31' })).toEqual([]);
  },
  confirmations: async ({ db, queries }) => {
    const [row] = await db.run<{ entries: Array<Record<string, unknown>> }>(queries.confirmations, {
      assignmentIds: [ASSIGNMENT.id, 'rel:nope'],
      channelIds: [CHANNEL, 'channel:nope'],
    });
    expect(row!.entries.sort((a, b) => String(a.id).localeCompare(String(b.id)))).toEqual(
      [
        { id: ASSIGNMENT.id, confirmedAt: null, confirmedBy: null, createdAt: ASSIGNMENT.since },
        { id: CHANNEL, confirmedAt: null, confirmedBy: null, createdAt: '2026-01-01T00:00:00.000Z' },
      ].sort((a, b) => String(a.id).localeCompare(String(b.id))),
    );
    expect(await db.run(queries.confirmations, { assignmentIds: [], channelIds: [] })).toEqual([{ entries: [] }]);
  },
  confirmContact: async ({ db, queries }) => {
    const first = await db.run(queries.confirmContact, { id: ASSIGNMENT.id, now: '2027-01-01T10:00:00.000Z', actor: 'user:a' });
    expect(first).toEqual([{ id: ASSIGNMENT.id, personId: ASSIGNMENT.from, forId: ASSIGNMENT.to, previousAt: null, previousBy: null }]);
    const again = await db.run(queries.confirmContact, { id: ASSIGNMENT.id, now: '2027-02-01T10:00:00.000Z', actor: 'user:b' });
    expect(again).toEqual([
      { id: ASSIGNMENT.id, personId: ASSIGNMENT.from, forId: ASSIGNMENT.to, previousAt: '2027-01-01T10:00:00.000Z', previousBy: 'user:a' },
    ]);
    expect(await db.run(queries.confirmContact, { id: 'rel:nope', now: '2027-02-01T10:00:00.000Z', actor: 'user:b' })).toEqual([]);
    // A confirmed assignment is fresh again; the others are not.
    const rows = await db.run<{ id: string }>(queries.gapsUnconfirmedAssignments, { all: true, orgIds: [], asOf: AS_OF, before: CUT });
    expect(rows.map((r) => r.id)).not.toContain(ASSIGNMENT.id);
    expect(rows).toHaveLength(stale.length - 1);
  },
  confirmChannel: async ({ db, queries }) => {
    expect(await db.run(queries.confirmChannel, { id: CHANNEL, now: '2027-01-01T10:00:00.000Z', actor: 'user:a' })).toEqual([
      { id: CHANNEL, previousAt: null, previousBy: null },
    ]);
    const [row] = await db.run<{ entries: Array<Record<string, unknown>> }>(queries.confirmations, { assignmentIds: [], channelIds: [CHANNEL] });
    expect(row!.entries).toEqual([{ id: CHANNEL, confirmedAt: '2027-01-01T10:00:00.000Z', confirmedBy: 'user:a', createdAt: '2026-01-01T00:00:00.000Z' }]);
    expect(await db.run(queries.confirmChannel, { id: 'channel:nope', now: '2027-01-01T10:00:00.000Z', actor: 'user:a' })).toEqual([]);
  },
};
