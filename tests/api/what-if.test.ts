import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { adHocCypher } from '../support/ad-hoc-cypher.js';
import { signedIn } from '../support/sign-in.js';
import { below, readSeed } from './helpers.js';

/**
 * whatIf(subjectId) (#16 item 5) on the Central Denmark seed: each consequence is checked
 * against the same question worked out here from the seed files, against the gap rules, or
 * against the connection question itself; and it writes nothing.
 */

const AS_OF = '2026-01-01';
const WHAT_IF = `query($id: ID!, $asOf: String) { whatIf(subjectId: $id, asOf: $asOf) {
  subject { id label name } asOf explanation removedIds affectedIds total
  contacts { organisation { id } lost sentence }
  waysIn { organisation { id } sentence }
  groups { group { id } lostPerspectives losesChair sentence }
  bridges { hand { id } sectors person { id name } sentence }
  paths { from { id } to { id } before after sentence } } }`;
const CONNECTION = `query($a: ID!, $b: ID!) { connection(fromId: $a, toId: $b, alternatives: 10) { found paths { length hops { from { id } to { id } } } } }`;

interface WhatIf {
  subject: { id: string; label: string; name: string };
  asOf: string;
  explanation: string;
  removedIds: string[];
  affectedIds: string[];
  total: number;
  contacts: Array<{ organisation: { id: string }; lost: number; sentence: string }>;
  waysIn: Array<{ organisation: { id: string }; sentence: string }>;
  groups: Array<{ group: { id: string }; lostPerspectives: string[]; losesChair: boolean; sentence: string }>;
  bridges: Array<{ hand: { id: string }; sectors: string[]; person: { id: string; name: string } | null; sentence: string }>;
  paths: Array<{ from: { id: string }; to: { id: string }; before: number; after: number | null; sentence: string }>;
}
interface Connection {
  connection: { found: boolean; paths: Array<{ length: number; hops: Array<{ from: { id: string }; to: { id: string } }> }> };
}

let t: TestApp;
let viewer: Record<string, string>;
const seed = readSeed();
const current = (r: { id: string; since?: string; until?: string }) => !(r.since && r.since > AS_OF) && !(r.until && r.until < AS_OF);
const rels = (type: string) => seed.rels.filter((r) => r.type === type && current(r));
const person = (id: string) => seed.nodes.find((n) => n.id === id)!;

beforeAll(async () => {
  t = await createTestApp();
  viewer = await signedIn(t, 'VIEWER');
}, 300_000);
afterAll(() => t?.close(), 120_000);

async function whatIf(id: string, headers: Record<string, string> = {}) {
  const r = await t.gql<{ whatIf: WhatIf }>(WHAT_IF, { id, asOf: AS_OF }, headers);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!.whatIf;
}

/** Organisations whose every current fixed contact is one of `people` (from the seed). */
function emptiedBy(people: Set<string>, goneOrgs: Set<string> = new Set()): string[] {
  const contacts = rels('CONTACT_FOR');
  const orgs = new Set(contacts.filter((c) => people.has(c.from)).map((c) => c.to));
  return [...orgs].filter((o) => !goneOrgs.has(o) && contacts.filter((c) => c.to === o).every((c) => people.has(c.from))).sort();
}

/** Active groups whose required perspective only `people` represent now (from the seed). */
function groupsLosingPerspective(people: Set<string>): string[] {
  const groups = seed.nodes.filter((n) => n.label === 'Group' && !(n.validFrom && n.validFrom > AS_OF) && !(n.validTo && n.validTo < AS_OF));
  const members = rels('MEMBER_OF');
  return groups
    .filter((g) => {
      const of = members.filter((m) => m.to === g.id);
      if (!of.some((m) => people.has(m.from))) return false;
      const now = new Set(of.flatMap((m) => m.represents ?? []));
      const after = new Set(of.filter((m) => !people.has(m.from)).flatMap((m) => m.represents ?? []));
      return (g.requiredPerspectives ?? []).some((p) => now.has(p) && !after.has(p));
    })
    .map((g) => g.id)
    .sort();
}

describe('what if a person were gone', () => {
  it('fixed contacts left empty and groups losing a required perspective are those the seed says', async () => {
    // The seed's people with the most fixed-contact assignments: the interesting ones.
    const byContacts = new Map<string, number>();
    for (const c of rels('CONTACT_FOR')) byContacts.set(c.from, (byContacts.get(c.from) ?? 0) + 1);
    const people = [...byContacts]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, 4)
      .map(([id]) => id);
    let emptiedSomewhere = 0;
    for (const id of people) {
      const w = await whatIf(id);
      expect(w.subject).toMatchObject({ id, label: 'Person' });
      expect(w.removedIds).toEqual([id]);
      const expected = emptiedBy(new Set([id]));
      expect(w.contacts.map((c) => c.organisation.id).sort()).toEqual(expected);
      emptiedSomewhere += expected.length;
      const lost = w.groups
        .filter((g) => g.lostPerspectives.length > 0)
        .map((g) => g.group.id)
        .sort();
      expect(lost).toEqual(groupsLosingPerspective(new Set([id])));
      expect(w.total).toBe(w.contacts.length + w.waysIn.length + w.groups.length + w.bridges.length + w.paths.length);
      for (const c of w.contacts) expect(w.affectedIds).toContain(c.organisation.id);
    }
    expect(emptiedSomewhere).toBeGreaterThan(0);
  });

  it('a person the only-bridge gap rule names: whatIf says which hand loses its only tie, to the same sectors', async () => {
    const gaps = await t.gql<{ gaps: { findings: Array<{ subject: { id: string }; evidenceIds: string[] }> } }>(
      `{ gaps(scope: {kind: EVERYTHING}, rules: ["only-bridge"], asOf: "${AS_OF}") { findings { subject { id } evidenceIds } } }`,
    );
    const findings = gaps.data!.gaps.findings;
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings.slice(0, 3)) {
      const w = await whatIf(f.subject.id);
      const lost = w.bridges.filter((b) => b.person === null).map((b) => b.hand.id);
      // The finding's evidence: the person, then the hand.
      expect(lost).toContain(f.evidenceIds[1]);
      expect(w.bridges.find((b) => b.hand.id === f.evidenceIds[1] && b.person === null)!.sentence).toMatch(/mister sin eneste navngivne forbindelse til/);
    }
  });

  it('visitors see the person by role, never by name; signed-in users by name', async () => {
    const id = 'person:p006';
    const name = person(id).name as string;
    const visitor = await whatIf(id);
    expect(JSON.stringify(visitor)).not.toContain(name);
    expect(visitor.subject.name).toMatch(/^En person/);
    const named = await whatIf(id, viewer);
    expect(named.subject.name).toBe(name);
    expect(named.explanation).toContain(name);
  });
});

describe('what if an organisation or a channel were gone', () => {
  it('an organisation goes with its units and the people who work nowhere else; contacts and perspectives follow from that', async () => {
    const id = 'org:bua';
    const w = await whatIf(id);
    const orgs = below(seed, id);
    for (const o of orgs) expect(w.removedIds).toContain(o);
    const works = rels('WORKS_IN');
    const gone = new Set(
      [...new Set(works.filter((r) => orgs.has(r.to)).map((r) => r.from))].filter((p) => works.filter((r) => r.from === p).every((r) => orgs.has(r.to))),
    );
    expect(gone.size).toBeGreaterThan(0);
    for (const p of gone) expect(w.removedIds).toContain(p);
    expect(w.contacts.map((c) => c.organisation.id).sort()).toEqual(emptiedBy(gone, orgs));
    expect(w.contacts.length).toBeGreaterThan(0);
  });

  it('a channel: every connection it reports as longer or gone is one whose shortest ways all run through it', async () => {
    // The channels serving the most organisations in the seed.
    const serves = new Map<string, number>();
    for (const r of rels('SERVES')) serves.set(r.from, (serves.get(r.from) ?? 0) + 1);
    const channels = [...serves]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, 3)
      .map(([id]) => id);
    let checked = 0;
    for (const channel of channels) {
      const w = await whatIf(channel);
      expect(w.removedIds).toEqual([channel]);
      for (const p of w.paths) {
        expect(p.after === null || p.after > p.before).toBe(true);
        const c = await t.gql<Connection>(CONNECTION, { a: p.from.id, b: p.to.id });
        const paths = c.data!.connection.paths;
        expect(paths[0]!.length).toBe(p.before);
        // Every shortest way (and, when it got more than one hop longer, every one a hop longer) passes the channel.
        const within = paths.filter((x) => x.length < (p.after ?? Infinity));
        for (const x of within) expect(x.hops.some((h) => h.from.id === channel || h.to.id === channel)).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});

describe('asked, not written', () => {
  it('the same question twice gives the same answer and the store is unchanged', async () => {
    const count = async () => (await t.db.run<{ n: number }>(adHocCypher('MATCH (n) RETURN count(n) AS n')))[0]!.n;
    const before = await count();
    const a = await whatIf('org:municipality-samsoe');
    const b = await whatIf('org:municipality-samsoe');
    expect(b).toEqual(a);
    expect(await count()).toBe(before);
  });

  it('refuses what it cannot answer, with codes', async () => {
    const code = async (id: string, asOf = AS_OF) => (await t.gql<unknown>(WHAT_IF, { id, asOf })).errors?.[0]?.extensions?.code;
    expect(await code('org:nowhere')).toBe('NOT_FOUND');
    expect(await code('group:kosu')).toBe('BAD_USER_INPUT');
    expect(await code('person:p006', '2026-02-30')).toBe('BAD_USER_INPUT');
  });
});
