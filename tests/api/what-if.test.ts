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

describe('in English (lang: EN): every sentence; Danish stays the default', () => {
  const named = '{ id name }';
  const WHAT_IF_LANG = `query($id: ID!, $asOf: String, $lang: Language) { whatIf(subjectId: $id, asOf: $asOf, lang: $lang) {
    subject ${named} explanation total
    contacts { organisation ${named} sentence } waysIn { organisation ${named} sentence } groups { group ${named} sentence }
    bridges { hand ${named} person ${named} sentence } paths { from ${named} to ${named} sentence } } }`;
  type Named = { id: string; name: string };
  interface Told {
    subject: Named;
    explanation: string;
    total: number;
    contacts: Array<{ organisation: Named; sentence: string }>;
    waysIn: Array<{ organisation: Named; sentence: string }>;
    groups: Array<{ group: Named; sentence: string }>;
    bridges: Array<{ hand: Named; person: Named | null; sentence: string }>;
    paths: Array<{ from: Named; to: Named; sentence: string }>;
  }
  async function told(id: string, lang: 'DA' | 'EN' | null, headers: Record<string, string> = {}) {
    const r = await t.gql<{ whatIf: Told }>(WHAT_IF_LANG, { id, asOf: AS_OF, ...(lang ? { lang } : {}) }, headers);
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return r.data!.whatIf;
  }
  const sentences = (w: Told) => [w.explanation, ...[w.contacts, w.waysIn, w.groups, w.bridges, w.paths].flatMap((l) => l.map((x) => x.sentence))];
  const names = (w: Told) =>
    [w.subject, ...w.contacts.map((c) => c.organisation), ...w.waysIn.map((c) => c.organisation), ...w.groups.map((g) => g.group)]
      .concat(
        w.bridges.flatMap((b) => [b.hand, ...(b.person ? [b.person] : [])]),
        w.paths.flatMap((p) => [p.from, p.to]),
      )
      .map((n) => n.name);
  /** Words of the Danish sentences (what-if-words.ts) that no English one may contain, once the names (Danish content) are taken out. */
  const DANISH_WORDS =
    /(?<!\p{L})(uden|står|fast kontaktperson|den eneste|forsvinder|alle|har ingen|etableret kanal|tilbage|mister|sin|repræsentant|som gruppen skal have|formand|formanden|bliver|der forbinder|med|navngivne|forbindelsen|mellem|og|i dag|led|vej|højst|intet|går|i stykker|ingen|gruppe|grupper|organisationer|bro|broer|svækkes|længere|en person|kommunerne|regionen|psykiatrien)(?!\p{L})/iu;
  const withoutNames = (sentence: string, w: Told) =>
    names(w)
      .sort((a, b) => b.length - a.length)
      .reduce(
        (s, n) =>
          s
            .split(n)
            .join(' ')
            .split(n.charAt(0).toLowerCase() + n.slice(1))
            .join(' '),
        sentence,
      );

  it('the same consequences as in Danish, each in an English sentence without a Danish word', async () => {
    const bridges = await t.gql<{ gaps: { findings: Array<{ subject: { id: string } }> } }>(
      `{ gaps(scope: {kind: EVERYTHING}, rules: ["only-bridge"], asOf: "${AS_OF}") { findings { subject { id } } } }`,
    );
    const subjects = ['person:p006', 'org:bua', 'org:municipality-samsoe', bridges.data!.gaps.findings[0]!.subject.id];
    const serves = new Map<string, number>();
    for (const r of rels('SERVES')) serves.set(r.from, (serves.get(r.from) ?? 0) + 1);
    subjects.push(
      ...[...serves]
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .slice(0, 2)
        .map(([id]) => id),
    );
    const kinds = new Set<string>();
    for (const id of subjects) {
      for (const headers of [{}, viewer]) {
        const [da, en, byDefault] = [await told(id, 'DA', headers), await told(id, 'EN', headers), await told(id, null, headers)];
        expect(byDefault).toEqual(da);
        // The same consequences, in the same order; only the words differ.
        const ids = (w: Told) =>
          JSON.stringify(
            [w.contacts, w.waysIn, w.groups, w.bridges, w.paths].map((l) =>
              l.map((x) =>
                Object.values(x)
                  .filter((v) => typeof v === 'object')
                  .map((v) => (v as Named | null)?.id ?? null),
              ),
            ),
          );
        expect(ids(en)).toEqual(ids(da));
        expect(en.total).toBe(da.total);
        for (const s of sentences(en)) {
          expect(withoutNames(s, en), s).not.toMatch(DANISH_WORDS);
          expect(s).toMatch(/^[A-ZÆØÅ"].*\.$/u);
        }
        for (const [k, l] of Object.entries({ contacts: en.contacts, waysIn: en.waysIn, groups: en.groups, bridges: en.bridges, paths: en.paths }))
          if (l.length) kinds.add(k);
      }
    }
    // Every kind of consequence was told in English at least once.
    expect([...kinds].sort()).toEqual(['bridges', 'contacts', 'groups', 'paths', 'waysIn']);
  });

  it('sentences as a reader in English reads them; people unnamed for visitors, in English', async () => {
    const visitor = await told('person:p006', 'EN');
    expect(visitor.subject.name).toMatch(/^A person \(/);
    expect(visitor.explanation).toMatch(/^Without a person \(.+\)(: |, nothing we can see breaks)/);
    const name = person('person:p006').name as string;
    expect(JSON.stringify(visitor)).not.toContain(name);
    const signedInEn = await told('person:p006', 'EN', viewer);
    expect(signedInEn.explanation.startsWith(`Without ${name}`)).toBe(true);

    const bua = await told('org:bua', 'EN');
    const c = bua.contacts[0]!;
    expect(c.sentence).toMatch(
      new RegExp(`^${escapeRe(c.organisation.name)} is left without a fixed contact: (the only one goes|all \\d+ go) with ${escapeRe(bua.subject.name)}\\.$`),
    );
    expect(bua.explanation).toMatch(new RegExp(`^Without ${escapeRe(bua.subject.name)}: \\d+ organisations? (is|are) left without a fixed contact`));
    const samsoe = await told('org:municipality-samsoe', 'EN');
    expect(samsoe.groups.length).toBeGreaterThan(0);
    for (const g of samsoe.groups)
      expect(g.sentence).toMatch(new RegExp(`^${escapeRe(g.group.name)} loses (its only representative of .+ \\(which the group must have\\)|its chair)`));
  });
});

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

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
