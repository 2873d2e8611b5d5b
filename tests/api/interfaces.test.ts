import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { todayInDenmark } from '../../api/src/modules/core/dates.js';
import { below, readSeed, roundTrips } from './helpers.js';
import { signedIn } from '../support/sign-in.js';

/**
 * interfaces(organisationId) on the seeded Central Denmark store. Expected answers are derived
 * from the seed files: who provides which channel to whom, who works where and is whose fixed
 * contact, who sits in which group for whom. The documents' gaps show up as missing links: no
 * BUA fixed contact for the Randers cluster (001), Syddjurs' MedCom module only being opened.
 */

const INTERFACES = `query($id: ID!, $lang: Language) { interfaces(organisationId: $id, lang: $lang) {
  explanation
  organisation { id name label sector }
  units { id name }
  counterparts {
    organisation { id name label kind sector }
    kind sentence
    channels { channel { id name kind status address } providedBy { id } serves { id } side sentence }
    contacts { person { id name title email phone } worksIn { id } contactFor { id } side role topics steps sentence }
    people { person { id name } ourSide { id } theirSide { id } sentence }
    sharedGroups { group { id name } ours { person { id name } actsFor { id } role represents } theirs { person { id name } actsFor { id } role represents } sentence }
  } } }`;

interface Ref {
  id: string;
  name?: string;
  sector?: string;
  kind?: string;
}
interface Counterpart {
  organisation: Ref;
  kind: string;
  sentence: string;
  channels: Array<{
    channel: { id: string; name: string; kind: string; status: string; address: string | null };
    providedBy: Ref;
    serves: Ref;
    side: string;
    sentence: string;
  }>;
  contacts: Array<{
    person: { id: string; name: string; title: string | null; email: string | null; phone: string | null };
    worksIn: Ref;
    contactFor: Ref;
    side: string;
    role: string | null;
    topics: string[];
    steps: number[];
    sentence: string;
  }>;
  people: Array<{ person: { id: string; name: string }; ourSide: Ref; theirSide: Ref; sentence: string }>;
  sharedGroups: Array<{
    group: Ref;
    ours: Array<{ person: { id: string; name: string }; actsFor: Ref | null; role: string; represents: string[] }>;
    theirs: Array<{ person: { id: string; name: string }; actsFor: Ref | null; role: string; represents: string[] }>;
    sentence: string;
  }>;
}
interface InterfaceMap {
  explanation: string;
  organisation: Ref;
  units: Ref[];
  counterparts: Counterpart[];
}

let t: TestApp;
let viewer: Record<string, string>;
const seed = readSeed();
/** The day the API judges "current" by. */
const TODAY = todayInDenmark();
const node = (id: string) => seed.nodes.find((n) => n.id === id)!;
const current = (r: Record<string, unknown>) => (typeof r.until !== 'string' || r.until >= TODAY) && (typeof r.since !== 'string' || r.since <= TODAY);
const relsOf = (type: string, pred: (r: (typeof seed.rels)[number]) => boolean) => seed.rels.filter((r) => r.type === type && current(r) && pred(r));

beforeAll(async () => {
  t = await createTestApp();
  viewer = await signedIn(t, 'VIEWER');
});
afterAll(() => t.close());

async function interfaces(id: string, headers?: Record<string, string>, lang?: 'DA' | 'EN') {
  const r = await t.gql<{ interfaces: InterfaceMap }>(INTERFACES, { id, ...(lang ? { lang } : {}) }, headers);
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  const map = r.data!.interfaces;
  const cp = (orgId: string) => map.counterparts.find((c) => c.organisation.id === orgId);
  return { ...map, cp, roundTrips: roundTrips(r)! };
}

const SECTOR_ORDER = ['REGION', 'GENERAL_PRACTICE', 'MUNICIPALITY', 'NATIONAL'];
const collator = new Intl.Collator('da');

/** Counterparts are of another sector, never a hub, and in sector then Danish name order. */
function expectWellFormed(map: InterfaceMap & { cp: (id: string) => Counterpart | undefined }) {
  const own = node(map.organisation.id);
  for (const c of map.counterparts) {
    expect(c.organisation.sector).not.toBe(own.sector);
    expect(['REGION', 'CLUSTER', 'MUNICIPAL_UNIT']).not.toContain(c.organisation.kind);
    expect(c.channels.length + c.contacts.length + c.people.length + c.sharedGroups.length).toBeGreaterThan(0);
    expect(c.sentence).toMatch(new RegExp(`^${escapeRegExp(own.name!)} og ${escapeRegExp(c.organisation.name!)} \\(.+\\) mødes gennem .+\\.$`));
  }
  const order = map.counterparts.map((c) => [SECTOR_ORDER.indexOf(c.organisation.sector!), c.organisation.name!] as const);
  const sorted = [...order].sort((a, b) => a[0] - b[0] || collator.compare(a[1], b[1]));
  expect(order).toEqual(sorted);
}
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('interfaces(): every cross-sector link, grouped by counterpart', () => {
  it('Randers Kommune: MedCom with general practice, shared groups with the region, no BUA contact', async () => {
    const map = await interfaces('org:municipality-randers');
    expect(map.organisation).toMatchObject({ id: 'org:municipality-randers', name: 'Randers Kommune', label: 'Organisation', sector: 'MUNICIPALITY' });
    const units = [...below(seed, 'org:municipality-randers')].filter((id) => id !== 'org:municipality-randers').sort();
    expect(map.units.map((u) => u.id).sort()).toEqual(units);
    expectWellFormed(map);

    // The MedCom module Randers provides: each practice it serves, and PLO, is a counterpart.
    const served = relsOf('SERVES', (r) => r.from === 'channel:medcom-randers')
      .map((r) => r.to)
      .sort();
    expect(served).toEqual(['org:gp-randers-bredgade', 'org:gp-randers-soendergade', 'org:gp-randers-torvet', 'org:plo-midtjylland']);
    for (const gp of served) {
      const c = map.cp(gp)!;
      expect(c.kind).toBe('GENERAL_PRACTICE_MUNICIPALITY');
      const medcom = c.channels.find((x) => x.channel.id === 'channel:medcom-randers')!;
      expect(medcom).toMatchObject({ side: 'OURS', providedBy: { id: 'org:municipality-randers' }, serves: { id: gp } });
      expect(medcom.channel).toMatchObject({ kind: 'MEDCOM_CORRESPONDENCE', status: 'ESTABLISHED', address: node('channel:medcom-randers').address });
      expect(medcom.sentence).toBe(
        `${node(gp).name} sender MedCom-korrespondance til Randers Kommune på lokationsnummer ${node('channel:medcom-randers').address}.`,
      );
    }
    // PLO: also the treatment offer's phone line (a unit's channel counts as Randers') and its head as PLO's contact.
    const plo = map.cp('org:plo-midtjylland')!;
    expect(plo.channels.map((x) => x.channel.id).sort()).toEqual(['channel:medcom-randers', 'channel:telefon-behandlingstilbud-randers']);
    expect(plo.channels.find((x) => x.channel.id === 'channel:telefon-behandlingstilbud-randers')).toMatchObject({
      side: 'OURS',
      providedBy: { id: 'org:behandlingstilbud-randers' },
    });
    expect(plo.contacts).toEqual([
      expect.objectContaining({ side: 'OURS_FOR_THEM', worksIn: { id: 'org:behandlingstilbud-randers' }, contactFor: { id: 'org:plo-midtjylland' } }),
    ]);
    expect(plo.sentence).toMatch(/mødes gennem 2 kanaler \(1 i brug\), 1 fast kontaktperson og 2 fælles grupper\.$/);

    // The cluster's implementation group: Randers sits with BUA, the children's department, and PLO.
    const impl = 'group:implementeringsgruppe-randers';
    const members = relsOf('MEMBER_OF', (r) => r.to === impl);
    const forBua = members.filter((m) => m.onBehalfOf === 'org:bua').map((m) => m.from);
    expect(forBua.length).toBeGreaterThan(0);
    const bua = map.cp('org:bua')!;
    expect(bua.kind).toBe('REGION_MUNICIPALITY');
    const shared = bua.sharedGroups.find((g) => g.group.id === impl)!;
    expect(shared.theirs.map((m) => m.person.id).sort()).toEqual(forBua.sort());
    expect(shared.ours.map((m) => m.person.id)).toContain('person:p153');
    expect(shared.ours.every((m) => m.actsFor && units.concat('org:municipality-randers').includes(m.actsFor.id))).toBe(true);
    expect(shared.theirs[0]!.represents).toEqual(['PSYCHIATRY']);
    // The former GP representative (until 2023-12-31) is not in any group any more.
    const everyone = map.counterparts.flatMap((c) => c.sharedGroups.flatMap((g) => [...g.ours, ...g.theirs].map((m) => m.person.id)));
    expect(everyone).not.toContain('person:p051');
    // The clinical nurse specialist is the children's department's only link (a planted gap).
    expect(map.cp('org:boerneafdeling-randers')).toMatchObject({ channels: [], contacts: [], people: [] });
    expect(map.cp('org:boerneafdeling-randers')!.sharedGroups.map((g) => g.group.id)).toEqual([impl]);

    // No fixed contact either way between BUA (or its advisory unit) and Randers (001's gap).
    const buaSide = below(seed, 'org:bua');
    const contactsBetween = relsOf('CONTACT_FOR', (r) => r.to === 'org:municipality-randers' || buaSide.has(r.to));
    expect(contactsBetween.filter((r) => r.to === 'org:municipality-randers')).toEqual([]);
    expect(bua.contacts).toEqual([]);
    expect(map.cp('org:bua-raadgivningsenheden')!.contacts).toEqual([]);

    // VISO is a national body; the groups of municipalities alone (KOSU) are no interface.
    expect(map.cp('org:viso')!.kind).toBe('NATIONAL');
    expect(map.counterparts.flatMap((c) => c.sharedGroups.map((g) => g.group.id))).not.toContain('group:kosu');
    expect(map.explanation).toBe(
      'Randers Kommune har tværsektorielle snitflader til 10 organisationer: 5 i regionen, 4 i almen praksis og 1 på nationalt niveau. ' +
        'Uden kanal eller fast kontaktperson mødes man med 3 af dem kun i fælles grupper.',
    );
  });

  it('Hedensted Kommune: fixed contacts both ways with BUA', async () => {
    const map = await interfaces('org:municipality-hedensted', viewer);
    expectWellFormed(map);
    const theirs = relsOf('CONTACT_FOR', (r) => r.to === 'org:municipality-hedensted').filter(
      (r) => relsOf('WORKS_IN', (w) => w.from === r.from && w.to === 'org:bua-raadgivningsenheden').length,
    );
    const ours = relsOf('CONTACT_FOR', (r) => r.to === 'org:bua').filter(
      (r) => relsOf('WORKS_IN', (w) => w.from === r.from && below(seed, 'org:municipality-hedensted').has(w.to)).length,
    );
    expect(theirs).toHaveLength(1);
    expect(ours).toHaveLength(1);
    const unit = map.cp('org:bua-raadgivningsenheden')!;
    expect(unit.contacts).toEqual([
      expect.objectContaining({
        side: 'THEIRS_FOR_US',
        person: expect.objectContaining({ id: theirs[0]!.from, name: node(theirs[0]!.from).name, email: node(theirs[0]!.from).email }),
        worksIn: { id: 'org:bua-raadgivningsenheden' },
        contactFor: { id: 'org:municipality-hedensted' },
        topics: theirs[0]!.topics ?? [],
      }),
    ]);
    expect(unit.contacts[0]!.sentence).toMatch(
      new RegExp(
        `^${node(theirs[0]!.from).name} er fast kontaktperson for Hedensted Kommune .*\\(siden 1\\. september 2023\\)\\. ${node(theirs[0]!.from).name} arbejder i Rådgivningsenheden`,
      ),
    );
    const bua = map.cp('org:bua')!;
    expect(bua.contacts).toEqual([
      expect.objectContaining({ side: 'OURS_FOR_THEM', person: expect.objectContaining({ id: ours[0]!.from }), contactFor: { id: 'org:bua' } }),
    ]);
    // Hedensted's MedCom module is being set up: the practices' channel is not in use yet.
    expect(node('channel:medcom-hedensted').status).toBe('IN_PROGRESS');
    expect(map.cp('org:gp-hedensted-torvet')!.sentence).toMatch(/1 kanal \(ingen i brug endnu\)\.$/);
  });

  it('BUA: every municipality and general practice, with the Randers cluster and Samsø lacking a BUA contact', async () => {
    const map = await interfaces('org:bua');
    expectWellFormed(map);
    expect(map.units.map((u) => u.id)).toEqual(['org:bua-raadgivningsenheden']);
    const municipalities = seed.nodes
      .filter((n) => n.kind === 'MUNICIPALITY')
      .map((n) => n.id)
      .sort();
    expect(municipalities).toHaveLength(19);
    const byKind = (k: string) =>
      map.counterparts
        .filter((c) => c.kind === k)
        .map((c) => c.organisation.id)
        .sort();
    expect(byKind('REGION_MUNICIPALITY')).toEqual(municipalities);
    expect(byKind('REGION_GENERAL_PRACTICE')).toEqual(expect.arrayContaining(['org:plo-midtjylland']));
    expect(byKind('REGION_MUNICIPALITY').length + byKind('REGION_GENERAL_PRACTICE').length).toBe(map.counterparts.length);
    // General practice before municipalities; Aarhus ("aa" = å) last among them.
    expect(map.counterparts.at(-1)!.organisation.id).toBe('org:municipality-aarhus');

    // BUA's fixed contacts (in the advisory unit) per municipality, from the seed.
    const buaPeople = new Set(relsOf('WORKS_IN', (r) => below(seed, 'org:bua').has(r.to)).map((r) => r.from));
    const withBuaContact = new Set(relsOf('CONTACT_FOR', (r) => buaPeople.has(r.from) && municipalities.includes(r.to)).map((r) => r.to));
    const without = municipalities.filter((m) => !withBuaContact.has(m));
    expect(without).toEqual([
      'org:municipality-favrskov',
      'org:municipality-norddjurs',
      'org:municipality-randers',
      'org:municipality-samsoe',
      'org:municipality-syddjurs',
    ]);
    for (const m of municipalities) {
      const ours = map.cp(m)!.contacts.filter((c) => c.side === 'OURS_FOR_THEM');
      expect(ours.length > 0, m).toBe(withBuaContact.has(m));
    }
    // The advisory line and the teaching offer are BUA's (OURS); Norddjurs' notifications channel
    // serves BUA (THEIRS), provided by its family department and so counted to Norddjurs.
    const buaScope = below(seed, 'org:bua');
    for (const m of municipalities) {
      for (const c of map.cp(m)!.channels) expect(c.side).toBe(buaScope.has(c.providedBy.id) ? 'OURS' : 'THEIRS');
    }
    expect(map.cp('org:municipality-norddjurs')!.channels.find((c) => c.side === 'THEIRS')).toMatchObject({
      channel: { id: 'channel:underretning-norddjurs' },
      providedBy: { id: 'org:familie-norddjurs' },
      serves: { id: 'org:bua' },
    });
    // A GP who also works as BUA's practice consultant links BUA to the practice in person.
    const consultants = relsOf('WORKS_IN', (r) => r.to === 'org:bua')
      .map((r) => r.from)
      .filter((p) => relsOf('WORKS_IN', (r) => r.from === p && node(r.to).kind === 'GP_PRACTICE').length);
    expect(consultants.length).toBeGreaterThan(0);
    for (const p of consultants) {
      const practice = relsOf('WORKS_IN', (r) => r.from === p && node(r.to).kind === 'GP_PRACTICE')[0]!.to;
      expect(map.cp(practice)!.people).toEqual([
        expect.objectContaining({ person: expect.objectContaining({ id: p }), ourSide: { id: 'org:bua' }, theirSide: { id: practice } }),
      ]);
    }
    expect(map.explanation).toMatch(
      /^Børne- og Ungdomspsykiatrisk Afdeling har tværsektorielle snitflader til \d+ organisationer: \d+ i almen praksis og 19 i kommunerne\./,
    );
    expect(map.explanation).toMatch(/kun gennem en person, der arbejder begge steder\.$/);
  });

  it('hides names, e-mails and phones from anonymous visitors, also inside sentences', async () => {
    const anonymous = await interfaces('org:municipality-hedensted');
    const signedIn = await interfaces('org:municipality-hedensted', viewer);
    const people = signedIn.counterparts.flatMap((c) => [
      ...c.contacts.map((x) => x.person.id),
      ...c.sharedGroups.flatMap((g) => [...g.ours, ...g.theirs].map((m) => m.person.id)),
    ]);
    expect(people.length).toBeGreaterThan(3);
    const text = JSON.stringify(anonymous);
    for (const id of new Set(people)) {
      expect(text).not.toContain(node(id).name);
      if (node(id).email) expect(text).not.toContain(node(id).email);
    }
    const contact = anonymous.cp('org:bua-raadgivningsenheden')!.contacts[0]!;
    expect(contact.person).toMatchObject({ name: `En person (${contact.person.title})`, email: null, phone: null });
    // Mid-sentence a role is written in lower case.
    const group = anonymous.cp('org:bua')!.sharedGroups[0]!;
    expect(group.sentence).toMatch(/ sidder en person \(/);
    expect(group.sentence).not.toMatch(/ sidder En person/);
    expect(JSON.stringify(signedIn)).toContain(node(contact.person.id).name);
  });

  it('a cluster has no links of its own and says where to look instead', async () => {
    const map = await interfaces('org:cluster-randers');
    expect(map.units).toEqual([]);
    expect(map.counterparts).toEqual([]);
    expect(map.explanation).toMatch(/^Randersklyngen er en klynge: .* Slå snitfladerne op for klyngens kommuner, hospital og praksisser\.$/);
  });

  it('NOT_FOUND for an unknown organisation', async () => {
    const r = await t.gql<unknown>(INTERFACES, { id: 'org:nope' });
    expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('costs four statements whether the answer has one counterpart or twenty-one', async () => {
    const small = await interfaces('org:gp-randers-torvet');
    const large = await interfaces('org:bua');
    expect(small.counterparts).toHaveLength(1);
    expect(small.counterparts[0]).toMatchObject({ organisation: { id: 'org:municipality-randers' }, kind: 'GENERAL_PRACTICE_MUNICIPALITY' });
    expect(large.counterparts.length).toBeGreaterThan(20);
    expect(small.roundTrips).toBe(4);
    expect(large.roundTrips).toBe(4);
  });
});

/** The answer without its words: what English and Danish must agree on. */
function facts(map: InterfaceMap): unknown {
  return JSON.parse(JSON.stringify(map, (key, value) => (key === 'sentence' || key === 'explanation' || key === 'roundTrips' ? undefined : value)));
}

describe('interfaces(lang: EN): the same links, told in English', () => {
  it('Randers Kommune: every sentence and the explanation in English, the facts as in Danish', async () => {
    // Signed in, so people are named alike in both (a visitor reads "En person …" / "A person …").
    const da = await interfaces('org:municipality-randers', viewer);
    const en = await interfaces('org:municipality-randers', viewer, 'EN');
    const explicitDa = await interfaces('org:municipality-randers', viewer, 'DA');
    expect(JSON.stringify(explicitDa.counterparts)).toBe(JSON.stringify(da.counterparts));
    expect(explicitDa.explanation).toBe(da.explanation);
    expect(facts(en)).toEqual(facts(da));
    expect(en.explanation).toBe(
      'Randers Kommune has cross-sector interfaces with 10 organisations: 5 in the region, 4 in general practice and 1 at national level. ' +
        'Without a channel or fixed contact, 3 of them meet only in shared groups.',
    );
    for (const c of en.counterparts) {
      expect(c.sentence).toMatch(
        new RegExp(
          `^Randers Kommune and ${escapeRegExp(c.organisation.name!)} \\((region|general practice|municipality|national level)\\) meet through .+\\.$`,
        ),
      );
      for (const x of c.channels) expect(x.sentence).not.toMatch(/sender MedCom|kan ringe|kan skrive|kan bruge|kanalen er|regler:/);
      for (const g of c.sharedGroups) expect(g.sentence).toMatch(/^In .+, .+ sits? for Randers Kommune together with .+ for .+\.$/);
    }
    const address = node('channel:medcom-randers').address;
    const medcom = en.cp('org:gp-randers-torvet')!.channels.find((x) => x.channel.id === 'channel:medcom-randers')!;
    expect(medcom.sentence).toBe(`${node('org:gp-randers-torvet').name} sends MedCom correspondence to Randers Kommune at location number ${address}.`);
    expect(en.cp('org:plo-midtjylland')!.sentence).toMatch(/meet through 2 channels \(1 in use\), 1 fixed contact and 2 shared groups\.$/);
    const contact = en.cp('org:plo-midtjylland')!.contacts[0]!;
    expect(contact.sentence).toMatch(/ is the fixed contact for .+\. .+ works in .+\.$/);
    expect(contact.sentence).not.toMatch(/er fast kontaktperson| arbejder i /);
  });

  it('Hedensted Kommune: an anonymous visitor reads "a person (title)", a signed-in user the name', async () => {
    const anonymous = await interfaces('org:municipality-hedensted', undefined, 'EN');
    const signedInEn = await interfaces('org:municipality-hedensted', viewer, 'EN');
    const contact = anonymous.cp('org:bua-raadgivningsenheden')!.contacts[0]!;
    const title = contact.person.title!;
    expect(contact.person).toMatchObject({ name: `A person (${title})`, email: null, phone: null });
    expect(contact.sentence).toMatch(
      new RegExp(
        `^A person \\(${escapeRegExp(title)}\\) is the fixed contact for Hedensted Kommune .*\\(since 1 September 2023\\)\\. A person \\(${escapeRegExp(title)}\\) works in Rådgivningsenheden`,
      ),
    );
    const group = anonymous.cp('org:bua')!.sharedGroups[0]!;
    expect(group.sentence).toMatch(/^In .+, (a person \(|a named person)/);
    expect(group.sentence).not.toMatch(/en person|sidder|sammen med/);
    const named = signedInEn.cp('org:bua-raadgivningsenheden')!.contacts[0]!;
    expect(named.sentence.startsWith(`${node(named.person.id).name} is the fixed contact for Hedensted Kommune`)).toBe(true);
    expect(signedInEn.cp('org:gp-hedensted-torvet')!.sentence).toMatch(/1 channel \(none in use yet\)\.$/);
  });

  it('BUA, a cluster and an unknown organisation in English', async () => {
    const bua = await interfaces('org:bua', undefined, 'EN');
    expect(bua.explanation).toMatch(
      /^Børne- og Ungdomspsykiatrisk Afdeling has cross-sector interfaces with \d+ organisations: \d+ in general practice and 19 in the municipalities\./,
    );
    expect(bua.explanation).toMatch(/only through a person who works in both places\.$/);
    const both = bua.counterparts.flatMap((c) => c.people);
    expect(both.length).toBeGreaterThan(0);
    for (const p of both) expect(p.sentence).toMatch(/ works both in Børne- og Ungdomspsykiatrisk Afdeling.* and in .+\.$/);
    const cluster = await interfaces('org:cluster-randers', undefined, 'EN');
    expect(cluster.explanation).toMatch(/^Randersklyngen is a cluster: .* Look up the interfaces of the cluster's municipalities, hospital and practices\.$/);
    const r = await t.gql<unknown>(INTERFACES, { id: 'org:nope', lang: 'EN' });
    expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
