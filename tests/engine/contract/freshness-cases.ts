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
  gapsUnconfirmedEntries: async ({ db, queries }) => {
    type Row = { id: string; since: string; organisation: { id: string }; person: { id: string } | null; channel: { id: string } | null };
    const unconfirmed = (params: Record<string, unknown>) => db.run<Row>(queries.gapsUnconfirmedEntries, { all: true, orgIds: [], asOf: AS_OF, ...params });
    const rows = await unconfirmed({ before: CUT });
    const assignments = rows.filter((r) => r.person);
    const channels = rows.filter((r) => r.channel);
    // Every row is one kind or the other.
    expect(rows.every((r) => (r.person === null) !== (r.channel === null))).toBe(true);
    expect(stale.length).toBeGreaterThan(0);
    expect(assignments.map((r) => r.id).sort()).toEqual(stale.map((r) => r.id as string).sort());
    const one = assignments.find((r) => r.id === ASSIGNMENT.id)!;
    expect([one.person!.id, one.organisation.id, one.since]).toEqual([ASSIGNMENT.from, ASSIGNMENT.to, ASSIGNMENT.since]);
    // Channels as loaded (createdAt 2026-01-01), each with the organisation providing it.
    const expected = seed.rels.filter((r) => r.type === 'PROVIDES' && established.includes(r.to)).map((r) => `${r.to} ${r.from}`);
    expect(channels.map((r) => `${r.id} ${r.organisation.id}`).sort()).toEqual(expected.sort());
    expect(channels.map((r) => r.channel!.id)).toEqual(channels.map((r) => r.id));
    // Oldest first, then by id, over both kinds.
    const order = (a: Row, b: Row) => a.since.localeCompare(b.since) || a.id.localeCompare(b.id);
    expect(rows.map((r) => `${r.since} ${r.id}`)).toEqual([...rows].sort(order).map((r) => `${r.since} ${r.id}`));
    // Channels made 2026-01-01 are fresh before that day; the assignments older than it stay.
    const beforeLoad = await unconfirmed({ before: '2025-12-31' });
    expect(beforeLoad.filter((r) => r.channel)).toEqual([]);
    expect(beforeLoad.map((r) => r.id).sort()).toEqual(
      dated
        .filter((r) => (r.since as string) < '2025-12-31')
        .map((r) => r.id as string)
        .sort(),
    );
    expect(await unconfirmed({ before: '1990-01-01' })).toEqual([]);
    // An organisation in scope: its assignments and the channels it provides.
    const scoped = await unconfirmed({ all: false, orgIds: [ASSIGNMENT.to], before: CUT });
    const provides = new Set(seed.rels.filter((r) => r.type === 'PROVIDES' && r.from === ASSIGNMENT.to && established.includes(r.to)).map((r) => r.to));
    expect(scoped.filter((r) => r.person).length).toBe(stale.filter((r) => r.to === ASSIGNMENT.to).length);
    expect(
      scoped
        .filter((r) => r.channel)
        .map((r) => r.id)
        .sort(),
    ).toEqual([...provides].sort());
    expect(scoped.every((r) => r.organisation.id === ASSIGNMENT.to)).toBe(true);
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
    const rows = await db.run<{ id: string; person: unknown }>(queries.gapsUnconfirmedEntries, { all: true, orgIds: [], asOf: AS_OF, before: CUT });
    const assignments = rows.filter((r) => r.person);
    expect(assignments.map((r) => r.id)).not.toContain(ASSIGNMENT.id);
    expect(assignments).toHaveLength(stale.length - 1);
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
