import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { readSeed, roundTrips } from './helpers.js';
import { signedIn } from '../support/sign-in.js';

/**
 * findContact() on the seeded Central Denmark store. Expected answers are derived from the seed
 * files: who is a current fixed contact (CONTACT_FOR) for the asker or what it is part of, for
 * which pathways and steps, and which channels serve it. The documents' gaps show up as
 * fallbacks: no BUA fixed contact for the Randers cluster (001) nor for Samsø.
 */

const FIND = `query($o: ID!, $p: ID, $t: String, $s: Int, $f: Int) {
  findContact(organisationId: $o, pathwayId: $p, topic: $t, step: $s, first: $f) {
    from { id name } municipality { id name } pathway { id name } step topic fallbackUsed explanation
    contacts {
      rank sentence reasons role topics steps audience since
      person { id name title email phone displayName }
      worksIn { id name } contactFor { id name } pathways { id }
      channels { id name kind status address schedule rules providedBy { id } details }
      fit { scope pathway step topic audience score }
    }
    routes { rank side score reasons sentence organisation { id name } channel { id kind status address schedule rules details } }
  } }`;

interface Card {
  rank: number;
  sentence: string;
  reasons: string[];
  role: string | null;
  steps: number[];
  person: { id: string; name: string | null; title: string | null; email: string | null; phone: string | null; displayName: string };
  contactFor: { id: string; name: string };
  worksIn: Array<{ id: string }>;
  channels: Array<{ id: string; schedule: string | null; rules: string | null; providedBy: { id: string }; details: string }>;
  fit: { scope: string; pathway: boolean | null; step: boolean | null; topic: boolean | null; audience: boolean | null; score: number };
}
interface Route {
  rank: number;
  side: string;
  score: number;
  sentence: string;
  reasons: string[];
  organisation: { id: string };
  channel: { id: string; kind: string; status: string; address: string | null };
}
interface Answer {
  from: { id: string; name: string };
  municipality: { id: string } | null;
  pathway: { id: string } | null;
  step: number | null;
  fallbackUsed: boolean;
  explanation: string;
  contacts: Card[];
  routes: Route[];
}

let t: TestApp;
let viewer: Record<string, string>;
const seed = readSeed();
const DAY = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date());
const node = (id: string) => seed.nodes.find((n) => n.id === id)!;
const current = (r: Record<string, unknown>) => (typeof r.since !== 'string' || r.since <= DAY) && (typeof r.until !== 'string' || r.until >= DAY);
const parentsOf = (id: string) => seed.rels.filter((r) => r.type === 'PART_OF' && r.from === id).map((r) => r.to);

/** The seed's answer: current assignments serving the asker or what it is part of that fit the pathway and step. */
function expectedContacts(orgId: string, pathwayId: string | null, step: number | null): string[] {
  const scope = new Set([orgId, ...parentsOf(orgId)]);
  return seed.rels
    .filter((r) => r.type === 'CONTACT_FOR' && scope.has(r.to) && current(r))
    .filter((r) => !pathwayId || !r.pathways?.length || r.pathways.includes(pathwayId))
    .filter((r) => !step || !r.steps?.length || r.steps.includes(step))
    .map((r) => r.from)
    .sort();
}

beforeAll(async () => {
  t = await createTestApp();
  viewer = await signedIn(t, 'VIEWER');
});
afterAll(() => t.close());

async function find(vars: Record<string, unknown>, headers?: Record<string, string>) {
  const r = await t.gql<{ findContact: Answer }>(FIND, vars, headers);
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return { ...r.data!.findContact, roundTrips: roundTrips(r)! };
}

function expectRanked<T extends { rank: number }>(items: T[], score: (i: T) => number) {
  expect(items.map((i) => i.rank)).toEqual(items.map((_, i) => i + 1));
  const scores = items.map(score);
  expect(scores).toEqual([...scores].sort((a, b) => b - a));
}

describe('findContact(): ranked fixed contacts with how to reach them', () => {
  it('a Horsens municipal unit about ADHD, step 2: the BUA contact naming ADHD first, then the general one', async () => {
    const a = await find({ o: 'org:ppr-horsens', p: 'pathway:adhd', s: 2 }, viewer);
    expect(a.from.id).toBe('org:ppr-horsens');
    expect(a.municipality?.id).toBe('org:municipality-horsens');
    expect(a.pathway?.id).toBe('pathway:adhd');
    expect(a.fallbackUsed).toBe(false);
    expect(a.contacts.map((c) => c.person.id).sort()).toEqual(expectedContacts('org:ppr-horsens', 'pathway:adhd', 2));
    expectRanked(a.contacts, (c: Card) => c.fit.score);

    const [first, second] = a.contacts;
    // The assignment naming ADHD and step 2 beats the one naming no pathway.
    expect(first!.person).toMatchObject({ id: 'person:p006', name: node('person:p006').name, email: node('person:p006').email });
    expect(first!.fit).toMatchObject({ scope: 'PARENT', pathway: true, step: true, audience: true });
    expect(first!.sentence).toBe('Malene Olesen: fast kontaktperson i BUA for Horsens Kommune om ADHD, trin 2.');
    expect(first!.reasons).toEqual(expect.arrayContaining(['nævner forløbsprogrammet for ADHD', 'dækker trin 2 (2 og 3)']));
    expect(first!.worksIn.map((w) => w.id)).toEqual(['org:bua-raadgivningsenheden']);
    // Reached through the advisory unit's line, with the times and rules from the seed.
    const line = node('channel:bua-raadgivning');
    expect(first!.channels).toEqual([
      expect.objectContaining({ id: line.id, schedule: line.schedule, rules: line.rules, providedBy: { id: 'org:bua-raadgivningsenheden' } }),
    ]);
    expect(first!.channels[0]!.details).toContain(line.schedule);

    expect(second!.person.id).toBe('person:p030');
    expect(second!.fit).toMatchObject({ pathway: null, step: true });
    expect(second!.reasons).toContain('nævner intet bestemt forløbsprogram, så gælder alle');
    expect(a.explanation).toMatch(/^2 faste kontaktpersoner for .*Horsens Kommune om ADHD, trin 2, bedst først: Malene Olesen/);
  });

  it('a Randers municipal unit about ADHD, step 2: nobody is named (001), so the ranked organisational routes and the sentence', async () => {
    // The planted gap: no fixed contact serves Randers Kommune or its units.
    const randers = new Set([
      'org:municipality-randers',
      ...seed.rels.filter((r) => r.type === 'PART_OF' && r.to === 'org:municipality-randers').map((r) => r.from),
    ]);
    expect(seed.rels.filter((r) => r.type === 'CONTACT_FOR' && randers.has(r.to))).toEqual([]);

    const a = await find({ o: 'org:ppr-randers', p: 'pathway:adhd', s: 2 });
    expect(a.contacts).toEqual([]);
    expect(a.fallbackUsed).toBe(true);
    expectRanked(a.routes, (r: Route) => r.score);
    // Every channel serving Randers or provided by its own units or itself for people to use (its website), none of another municipality's.
    const serving = seed.rels.filter((r) => r.type === 'SERVES' && (r.to === 'org:ppr-randers' || r.to === 'org:municipality-randers')).map((r) => r.from);
    const website = seed.rels.filter((r) => r.type === 'PROVIDES' && r.from === 'org:municipality-randers' && node(r.to).kind === 'WEBSITE').map((r) => r.to);
    expect(website).toEqual(['channel:web-randers']);
    expect(a.routes.map((r) => r.channel.id).sort()).toEqual([...serving, ...website, 'channel:telefon-behandlingstilbud-randers'].sort());
    // Step 2 is the municipality's early effort, but Randers' treatment line is still being set up
    // (07-channels), so BUA's working advisory line comes first and the line second, saying so.
    expect(node('channel:telefon-behandlingstilbud-randers').status).toBe('IN_PROGRESS');
    expect(a.routes.slice(0, 2).map((r) => r.organisation.id)).toEqual(['org:bua-raadgivningsenheden', 'org:behandlingstilbud-randers']);
    expect(a.routes[1]!.side).toBe('MUNICIPALITY');
    expect(a.routes[1]!.reasons).toEqual([
      'telefonlinje fra kommunens egen enhed',
      'passer til trin 2 (tidlig, let indsats i kommunen)',
      'kanalen er under etablering',
    ]);
    expect(a.explanation).toMatch(/^Ingen fast kontaktperson er navngivet for .*Randers Kommune om ADHD, trin 2\./);
    expect(a.explanation).toContain('Randers Kommune har ingen navngiven fast kontaktperson i BUA.');
    expect(a.explanation).toContain('Brug i stedet Rådgivningsenheden, Børne- og Ungdomspsykiatrisk Afdeling');
    expect(a.explanation).toContain('eller Det kommunale behandlingstilbud');
    // Horsens' line works: there the municipality's own offer comes first at step 2.
    const horsens = await find({ o: 'org:ppr-horsens', p: 'pathway:adhd', s: 2 });
    expect(horsens.routes[0]!.channel.id).toBe('channel:telefon-behandlingstilbud-horsens');

    // At step 3 (the municipality may consult child psychiatry) BUA's advisory unit comes first.
    const step3 = await find({ o: 'org:ppr-randers', p: 'pathway:adhd', s: 3 });
    expect(step3.routes[0]!.organisation.id).toBe('org:bua-raadgivningsenheden');
    expect(step3.explanation).toMatch(/Brug i stedet Rådgivningsenheden/);
  });

  it('Samsø (no BUA contact either) as a municipality gets the advisory line as fallback, with the sentence', async () => {
    const a = await find({ o: 'org:municipality-samsoe', p: 'pathway:angst-depression', s: 3 });
    expect(a.contacts).toEqual([]);
    expect(a.fallbackUsed).toBe(true);
    expect(a.routes[0]!.channel.id).toBe('channel:bua-raadgivning');
    expect(a.explanation).toContain('Samsø Kommune har ingen navngiven fast kontaktperson i BUA.');
  });

  it('Norddjurs: a named municipal practice consultant, but no BUA contact, which the answer also says', async () => {
    const a = await find({ o: 'org:ppr-norddjurs', p: 'pathway:adhd', s: 3 }, viewer);
    expect(a.contacts.map((c) => c.person.id)).toEqual(expectedContacts('org:ppr-norddjurs', 'pathway:adhd', 3));
    expect(a.contacts.map((c) => c.person.id)).toEqual(['person:p048']);
    expect(a.fallbackUsed).toBe(false);
    expect(a.explanation).toContain('Norddjurs Kommune har ingen navngiven fast kontaktperson i BUA.');
    expect(a.explanation).toMatch(/Brug i stedet Rådgivningsenheden/);
  });

  it("a GP practice in Randers: PLO contacts working in Randers or the region, never another municipality's", async () => {
    const a = await find({ o: 'org:gp-randers-torvet', p: 'pathway:angst-depression', s: 2 }, viewer);
    // 19 treatment-offer leaders are contacts for PLO-Midtjylland; only Randers' one is this practice's.
    const ploContacts = seed.rels.filter((r) => r.type === 'CONTACT_FOR' && r.to === 'org:plo-midtjylland' && current(r) && (r.steps ?? []).includes(2));
    expect(ploContacts.length).toBeGreaterThan(10);
    expect(a.contacts.map((c) => c.person.id)).toEqual(['person:p156']);
    expect(a.contacts[0]!.worksIn.map((w) => w.id)).toEqual(['org:behandlingstilbud-randers']);
    expect(a.contacts[0]!.fit).toMatchObject({ scope: 'PARENT', audience: true });
    expect(a.contacts[0]!.channels.map((c) => c.id)).toEqual(['channel:telefon-behandlingstilbud-randers']);
    // The practice's routes: Randers' MedCom module and treatment line, BUA's line for GPs; no other municipality's.
    const routes = a.routes.map((r) => r.channel.id);
    expect(routes).toEqual(
      expect.arrayContaining(['channel:medcom-randers', 'channel:telefon-behandlingstilbud-randers', 'channel:bua-telefon-almen-praksis']),
    );
    expect(routes.filter((id) => /medcom|behandlingstilbud/.test(id) && !id.endsWith('-randers'))).toEqual([]);
  });

  it("a topic that names a pathway asks about it; a topic among the contacts' topics ranks them up", async () => {
    const byTopic = await find({ o: 'org:gp-randers-torvet', t: 'adhd', s: 3 });
    expect(byTopic.pathway?.id).toBe('pathway:adhd');
    expect(byTopic.contacts.map((c) => c.person.id)).toEqual(['person:p072']);
    const eating = await find({ o: 'org:gp-randers-torvet', t: 'spiseforstyrrelser', s: 4 });
    expect(eating.contacts.map((c) => c.person.id).sort()).toEqual(['person:p005', 'person:p072']);
    const free = await find({ o: 'org:ppr-horsens', t: 'lokationsnumre' });
    expect(free.pathway).toBeNull();
    expect(free.contacts[0]!.person.id).toBe('person:p030');
    expect(free.contacts[0]!.fit.topic).toBe(true);
  });

  it('an empty answer always says why: assignments for other steps, or nothing at all', async () => {
    const step4 = await find({ o: 'org:ppr-horsens', p: 'pathway:adhd', s: 4 });
    expect(step4.contacts).toEqual([]);
    expect(step4.explanation).toMatch(/^Ingen fast kontaktperson er navngivet for .* om ADHD, trin 4 \(af de faste kontaktpersoner 2 gælder andre trin\)\./);
    const nothing = await find({ o: 'org:boerneafdeling-randers', p: 'pathway:adhd', s: 4 });
    expect(nothing.contacts).toEqual([]);
    expect(nothing.routes).toEqual([]);
    expect(nothing.explanation).toBe(
      'Ingen fast kontaktperson er navngivet for Børne- og Ungeafdelingen, Regionshospitalet Randers om ADHD, trin 4. ' +
        'Der er heller ingen kanal registreret, der betjener Børne- og Ungeafdelingen, Regionshospitalet Randers; spørg din leder eller klyngens implementeringsgruppe.',
    );
  });

  it('anonymous visitors see roles, not names, e-mails or phones', async () => {
    const a = await find({ o: 'org:ppr-horsens', p: 'pathway:adhd', s: 2 });
    const malene = node('person:p006');
    for (const c of a.contacts) expect(c.person).toMatchObject({ name: null, email: null, phone: null });
    expect(a.contacts[0]!.person.displayName).toBe(`En person (${malene.title})`);
    expect(a.contacts[0]!.person.title).toBe(malene.title);
    expect(JSON.stringify(a)).not.toContain(malene.name);
    expect(JSON.stringify(a)).not.toContain(malene.email);
    // The ranking is the same either way.
    const signedIn = await find({ o: 'org:ppr-horsens', p: 'pathway:adhd', s: 2 }, viewer);
    expect(signedIn.contacts.map((c) => c.person.id)).toEqual(a.contacts.map((c) => c.person.id));
  });

  it('errors: unknown organisation or pathway NOT_FOUND, step outside 1–4 or first outside 1–50 BAD_USER_INPUT', async () => {
    const code = async (vars: Record<string, unknown>) => (await t.gql<unknown>(FIND, vars)).errors?.[0]?.extensions?.code;
    expect(await code({ o: 'org:nope', s: 2 })).toBe('NOT_FOUND');
    expect(await code({ o: 'org:ppr-randers', p: 'pathway:nope', s: 2 })).toBe('NOT_FOUND');
    expect(await code({ o: 'org:ppr-randers', s: 0 })).toBe('BAD_USER_INPUT');
    expect(await code({ o: 'org:ppr-randers', s: 5 })).toBe('BAD_USER_INPUT');
    expect(await code({ o: 'org:ppr-randers', f: 0 })).toBe('BAD_USER_INPUT');
    expect(await code({ o: 'org:ppr-randers', f: 51 })).toBe('BAD_USER_INPUT');
  });

  it('one statement, whether the answer is empty or long', async () => {
    const empty = await find({ o: 'org:boerneafdeling-randers', s: 4 });
    const none = await find({ o: 'org:ppr-randers', p: 'pathway:adhd', s: 2 });
    const many = await find({ o: 'org:bua', f: 50 });
    expect(many.contacts.length).toBe(expectedContacts('org:bua', null, null).length);
    expect(many.contacts.length).toBeGreaterThan(10);
    expect([empty.roundTrips, none.roundTrips, many.roundTrips]).toEqual([1, 1, 1]);
  });
});

const LEAD = `query($o: ID!, $t: String, $s: Int, $side: ContactSide, $lang: Language) {
  findContact(organisationId: $o, topic: $t, step: $s, side: $side, lang: $lang) {
    explanation fallbackUsed
    lead { kind who what why text mailSubject lines { kind label value href } }
    contacts { sentence reasons worksIn { id } person { displayName } channels { details } }
    routes { primary side sentence reasons organisation { id name } channel { id kind status address details } }
  } }`;
interface Lead {
  kind: string;
  who: string;
  what: string | null;
  why: string;
  text: string;
  mailSubject: string;
  lines: Array<{ kind: string; label: string; value: string; href: string | null }>;
}
interface LeadAnswer {
  explanation: string;
  fallbackUsed: boolean;
  lead: Lead | null;
  contacts: Array<{
    sentence: string;
    reasons: string[];
    worksIn: Array<{ id: string }>;
    person: { displayName: string };
    channels: Array<{ details: string }>;
  }>;
  routes: Array<{
    primary: boolean;
    side: string;
    sentence: string;
    reasons: string[];
    organisation: { id: string; name: string };
    channel: { id: string; kind: string; status: string; address: string | null; details: string };
  }>;
}
async function lead(o: string, vars: Record<string, unknown> = {}, headers?: Record<string, string>): Promise<LeadAnswer> {
  const r = await t.gql<{ findContact: LeadAnswer }>(LEAD, { o, ...vars }, headers);
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data!.findContact;
}
const sectorOf = (id: string) => node(id).sector as string;
const PHONE_LIKE = /^\+?[\d\s-]{6,}$/;
/** An enum code in running text: "SCHOOL", "(IN_PROGRESS)", "YOUTH_GUIDANCE". */
const ENUM_CODE = /\b[A-Z]{2,}_[A-Z_]+\b|\((?:SCHOOL|PPR|PLANNED|ESTABLISHED|GREEN|YELLOW|RED|BLUE|DECIDE|ADVISE|INFORM|RECOMMEND)\)/;
const ORGS = seed.nodes.filter((n) => n.label === 'Organisation').map((n) => n.id);

describe('findContact(): the answer first, the other side, the language', () => {
  it('PPR Randers, angst, step 2: the lead is BUA’s advice line with its hours and rules; VISO and the teaching session are loosely related', async () => {
    const a = await lead('org:ppr-randers', { t: 'angst', s: 2 });
    expect(a.lead).toMatchObject({ kind: 'ROUTE', who: 'Rådgivningsenheden, Børne- og Ungdomspsykiatrisk Afdeling' });
    expect(a.lead!.lines.map((l) => l.label)).toEqual(['Tider', 'Regler']);
    expect(a.lead!.text.split('\n')[0]).toBe(`${a.lead!.who} – ${a.lead!.what}`);
    expect(a.lead!.why.length).toBeLessThan(200);
    const loose = a.routes.filter((r) => !r.primary).map((r) => r.organisation.name);
    expect(loose.some((n) => n.startsWith('VISO'))).toBe(true);
    // Loosely related: the other sectors' ways, and the municipality's own website (read, not a way to ask).
    expect(a.routes.filter((r) => !r.primary).every((r) => ['NATIONAL', 'REGION'].includes(r.side) || r.channel.kind === 'WEBSITE')).toBe(true);
    expect(a.routes.find((r) => r.channel.kind === 'VIRTUAL_MEETING')?.primary).toBe(false);
    expect(
      a.routes
        .filter((r) => r.primary)
        .map((r) => r.channel.kind)
        .sort(),
    ).toEqual(['ADVISORY_SERVICE', 'PHONE_LINE']);
  });

  it('every lead of every organisation labels a phone number Telefon and never Adresse, and gives a followable tel: link', async () => {
    let phones = 0;
    // Every organisation once, and a third of them with two more questions.
    for (const [i, o] of ORGS.entries()) {
      for (const vars of i % 3 === 0 ? [{}, { s: 2 }, { s: 3, side: 'MUNICIPALITY' }] : [{ s: 2 }]) {
        const a = await lead(o, vars, viewer);
        for (const l of a.lead?.lines ?? []) {
          if (PHONE_LIKE.test(l.value) && !/^\d{13}$/.test(l.value)) {
            phones++;
            expect(l).toMatchObject({ kind: 'PHONE', label: 'Telefon' });
            expect(l.href).toBe(`tel:${l.value.replace(/[\s-]/g, '')}`);
          }
          expect(l.label).toBe(
            { PHONE: 'Telefon', EMAIL: 'E-mail', ADDRESS: 'Adresse', WEB: 'Web', HOURS: 'Tider', RULES: 'Regler', LOCATION_NUMBER: 'Lokationsnummer' }[l.kind],
          );
          expect(a.lead!.text).toContain(`${l.label}: ${l.value}`);
        }
      }
    }
    expect(phones).toBeGreaterThan(0);
  }, 180_000);

  it('side narrows to people working there and ways in provided from there', async () => {
    for (const side of ['REGION', 'MUNICIPALITY', 'GENERAL_PRACTICE']) {
      for (const o of ['org:ppr-horsens', 'org:ppr-randers', 'org:municipality-norddjurs']) {
        const a = await lead(o, { side, s: 2 });
        for (const r of a.routes) expect(r.side).toBe(side);
        for (const c of a.contacts) expect(c.worksIn.some((w) => sectorOf(w.id) === side)).toBe(true);
      }
    }
    const all = await lead('org:ppr-randers', { s: 2 });
    const bua = await lead('org:ppr-randers', { s: 2, side: 'REGION' });
    expect(bua.routes.length).toBeLessThan(all.routes.length);
    expect(bua.routes.map((r) => r.channel.id)).toEqual(all.routes.filter((r) => r.side === 'REGION').map((r) => r.channel.id));
    expect((await t.gql<unknown>(LEAD, { o: 'org:ppr-randers', side: 'HOSPITAL' })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('a visitor’s lead names a role, never a person, e-mail or phone; a signed-in user’s may name them', async () => {
    const people = seed.nodes.filter((n) => n.label === 'Person');
    const personal = people.flatMap((n) => [n.name, n.email, n.phone]).filter((v): v is string => typeof v === 'string' && v.length > 0);
    let named = 0;
    for (const o of ['org:ppr-horsens', 'org:municipality-horsens', 'org:municipality-norddjurs']) {
      const visitor = await lead(o);
      expect(visitor.lead?.kind).toBe('PERSON');
      for (const v of personal) expect(visitor.lead!.text).not.toContain(v);
      const signedIn = await lead(o, {}, viewer);
      if (personal.some((n) => signedIn.lead?.text.includes(n))) named++;
    }
    expect(named).toBeGreaterThan(0);
  });

  it('English: every generated sentence in English, no enum code in either language; names stay as recorded', async () => {
    const danishWords = /\b(fast kontaktperson for|kanalen er|passer til|nævner|Brug i stedet|Ingen fast)\b/;
    for (const o of ORGS.slice(0, 40)) {
      for (const vars of [{ s: 2 }, { t: 'angst' }]) {
        const en = await lead(o, { ...vars, lang: 'EN' });
        const da = await lead(o, vars);
        const texts = (a: LeadAnswer) => [a.explanation, a.lead?.why ?? '', ...a.contacts.flatMap((c) => c.reasons), ...a.routes.flatMap((r) => r.reasons)];
        for (const s of [...texts(en), ...texts(da)]) expect(s).not.toMatch(ENUM_CODE);
        for (const s of [...en.contacts.flatMap((c) => c.reasons), ...en.routes.flatMap((r) => r.reasons), en.lead?.why ?? ''])
          expect(s).not.toMatch(danishWords);
        expect(en.lead?.lines.map((l) => l.label) ?? []).not.toContain('Telefon');
        expect(en.routes.map((r) => r.organisation.name)).toEqual(da.routes.map((r) => r.organisation.name));
      }
    }
    const steps = await lead('org:ppr-randers', { t: 'angst', s: 2, lang: 'EN' });
    // The step's English name as the data records it.
    expect(steps.routes.flatMap((r) => r.reasons)).toContain('fits step 2 (early, light support in the municipality)');
    const randers = await lead('org:ppr-randers', { s: 2, lang: 'EN' });
    expect(randers.explanation).toMatch(/^No fixed contact is named for .* step 2\. Randers Kommune has no named fixed contact at BUA\. Use .* instead\.$/);
  });
});
