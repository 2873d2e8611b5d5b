import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { adHocCypher } from '../support/ad-hoc-cypher.js';
import { readSeed, roundTrips } from './helpers.js';
import { signedIn } from '../support/sign-in.js';

/**
 * vejviser(municipalityId) on the seeded Central Denmark store: per pathway and step whom to
 * contact and how, general practice's contacts, the units' channels and the MedCom status.
 * Expected answers come from the seed files and must agree with findContact() for the same
 * question, since the guide reuses its ranking.
 */

const VEJVISER = `query($m: ID!) {
  vejviser(municipalityId: $m) {
    municipality { id name } cluster { id name } asOf intro
    pathways { pathway { id name } topics steps { number name description explanation
      contacts { rank sentence person { id name displayName } }
      routes { rank organisation { id } channel { id kind address schedule } sentence } } }
    generalPractice { explanation contacts { person { id name } worksIn { id } sentence } routes { channel { id } } }
    units { organisation { id name } channels { id kind status address schedule rules } }
    medcom { sentence channel { id status address supportsAttachments } status { level colour asOf source } }
  } }`;
const FIND = `query($o: ID!, $p: ID, $s: Int) { findContact(organisationId: $o, pathwayId: $p, step: $s, first: 5) {
  explanation contacts { rank sentence person { id } } routes { rank channel { id } } } }`;

interface Ref {
  id: string;
  name: string;
}
/** ContactChannel's fields; each place picks what VEJVISER selects there. */
interface Channel {
  id: string;
  kind: string;
  status: string;
  address: string | null;
  schedule: string | null;
  rules: string | null;
  supportsAttachments: boolean | null;
}
interface Card {
  rank: number;
  sentence: string;
  person: { id: string; name: string | null; displayName: string };
}
interface Route {
  rank: number;
  organisation: { id: string };
  channel: Pick<Channel, 'id' | 'kind' | 'address' | 'schedule'>;
  sentence: string;
}
interface Step {
  number: number;
  name: string;
  description: string | null;
  explanation: string;
  contacts: Card[];
  routes: Route[];
}
interface Guide {
  municipality: Ref;
  cluster: Ref | null;
  asOf: string;
  intro: string;
  pathways: Array<{ pathway: Ref; topics: string[]; steps: Step[] }>;
  generalPractice: {
    explanation: string;
    contacts: Array<{ person: { id: string; name: string | null }; worksIn: Array<{ id: string }>; sentence: string }>;
    routes: Array<{ channel: { id: string } }>;
  };
  units: Array<{ organisation: Ref; channels: Array<Omit<Channel, 'supportsAttachments'>> }>;
  medcom: {
    sentence: string;
    channel: Pick<Channel, 'id' | 'status' | 'address' | 'supportsAttachments'> | null;
    status: { level: string; colour: string; asOf: string; source: string | null } | null;
  };
}
interface FindContact {
  findContact: {
    explanation: string;
    contacts: Array<{ rank: number; sentence: string; person: { id: string } }>;
    routes: Array<{ rank: number; channel: { id: string } }>;
  };
}
/** The `lang` query's shape: pathways and steps named in the asked language. */
interface LangGuide {
  vejviser: {
    lang: string;
    pathways: Array<{
      pathway: Ref;
      name: string;
      nameLanguage: string;
      steps: Array<{ id: string; number: number; name: string; nameLanguage: string; description: string | null }>;
    }>;
  };
}
interface GuideWords {
  vejviser: { intro: string; medcom: { sentence: string }; generalPractice: { explanation: string } };
}

let t: TestApp;
let viewer: Record<string, string>;
const seed = readSeed();
const node = (id: string) => seed.nodes.find((n) => n.id === id)!;

beforeAll(async () => {
  t = await createTestApp();
  viewer = await signedIn(t, 'VIEWER');
});
afterAll(() => t.close());

async function vejviser(id: string, headers?: Record<string, string>) {
  const r = await t.gql<{ vejviser: Guide }>(VEJVISER, { m: id }, headers);
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return { ...r.data!.vejviser, roundTrips: roundTrips(r)! };
}

describe('vejviser(): the printable guide per municipality', () => {
  it('Randers: every pathway with steps 1–4, each step the same answer findContact() gives the municipality', async () => {
    const v = await vejviser('org:municipality-randers');
    expect(v.municipality).toEqual({ id: 'org:municipality-randers', name: 'Randers Kommune' });
    expect(v.cluster).toEqual({ id: 'org:cluster-randers', name: 'Randersklyngen' });
    expect(v.intro).toMatch(/^Vejviser for Randers Kommune \(Randersklyngen\) pr\. /);
    const pathways = seed.nodes
      .filter((n) => n.label === 'Pathway')
      .map((n) => n.id)
      .sort();
    expect(v.pathways.map((p) => p.pathway.id).sort()).toEqual(pathways);
    for (const p of v.pathways) {
      expect(p.steps.map((s) => s.number)).toEqual([1, 2, 3, 4]);
      expect(p.topics).toEqual(node(p.pathway.id).topics);
      for (const s of p.steps) {
        const f = (await t.gql<FindContact>(FIND, { o: 'org:municipality-randers', p: p.pathway.id, s: s.number })).data!.findContact;
        expect(s.explanation).toBe(f.explanation);
        expect(s.routes.map((r) => r.channel.id)).toEqual(f.routes.map((r) => r.channel.id));
        expect(s.contacts.map((c) => c.person.id)).toEqual(f.contacts.map((c) => c.person.id));
      }
    }
    // The Randers cluster has no BUA contact (001): every step says so and names the advisory unit.
    const adhd2 = v.pathways.find((p) => p.pathway.id === 'pathway:adhd')!.steps[1]!;
    expect(adhd2.name).toBe(node('step:adhd-2').name);
    expect(adhd2.contacts).toEqual([]);
    expect(adhd2.explanation).toContain('Randers Kommune har ingen navngiven fast kontaktperson i BUA.');
    expect(adhd2.routes.map((r) => r.channel.id)).toEqual(
      expect.arrayContaining(['channel:bua-raadgivning', 'channel:viso-henvendelse', 'channel:telefon-behandlingstilbud-randers']),
    );
    const advisory = adhd2.routes.find((r) => r.channel.id === 'channel:bua-raadgivning')!;
    expect(advisory.channel.schedule).toBe(node('channel:bua-raadgivning').schedule);
  });

  it("Randers: general practice's contacts work in Randers or the region, and GPs write on Randers' location number", async () => {
    const v = await vejviser('org:municipality-randers', viewer);
    const ids = v.generalPractice.contacts.map((c) => c.person.id).sort();
    expect(ids).toEqual(['person:p005', 'person:p072', 'person:p156']);
    expect(v.generalPractice.contacts.find((c) => c.person.id === 'person:p156')!.person.name).toBe(node('person:p156').name);
    expect(v.generalPractice.routes.map((r) => r.channel.id)).toEqual(expect.arrayContaining(['channel:medcom-randers', 'channel:bua-telefon-almen-praksis']));
    expect(v.generalPractice.explanation).toMatch(/^Praktiserende læger i Randers Kommune har 3 faste kontaktpersoner: /);

    const medcom = node('channel:medcom-randers');
    expect(v.medcom.channel).toEqual({ id: medcom.id, status: 'ESTABLISHED', address: medcom.address, supportsAttachments: true });
    expect(v.medcom.status).toMatchObject({ level: 'GREEN', colour: 'grøn', asOf: '2024-04-01' });
    expect(v.medcom.sentence).toBe(
      `Praktiserende læger kan skrive til Randers Kommune med MedCom-korrespondancebrev på lokationsnummer ${medcom.address}. ` +
        'Status for »Kommunikationsvej mellem almen praksis og kommuner«: grøn pr. 1. april 2024.',
    );
  });

  it('Syddjurs: the MedCom module is still being opened (001), and the guide says so', async () => {
    const v = await vejviser('org:municipality-syddjurs');
    expect(v.medcom.channel).toMatchObject({ id: 'channel:medcom-syddjurs', status: 'IN_PROGRESS', address: node('channel:medcom-syddjurs').address });
    expect(v.medcom.status).toMatchObject({ level: 'YELLOW', asOf: '2024-04-01' });
    expect(v.medcom.sentence).toMatch(/^MedCom-korrespondancen mellem almen praksis og Syddjurs Kommune er under etablering \(lokationsnummer \d{13}\)/);
  });

  it('Samsø: MedCom only planned, the latest status red', async () => {
    const v = await vejviser('org:municipality-samsoe');
    expect(v.medcom.channel).toMatchObject({ status: 'PLANNED', address: null });
    expect(v.medcom.status).toMatchObject({ level: 'RED', asOf: '2024-09-01' });
    expect(v.medcom.sentence).toContain('er kun planlagt');
  });

  it('two reports of one day: the one recorded last is shown, as the status matrix shows it (laterReport), and the id decides a full tie', async () => {
    const editor = await signedIn(t, 'EDITOR');
    const odder = 'org:municipality-odder';
    const element = 'element:mistrivsel-1';
    const day = '2026-01-05';
    const REPORT = `mutation($o: ID!, $e: ID!, $l: StatusLevel!, $d: String!, $n: String) {
      reportStatus(organisationId: $o, elementId: $e, level: $l, asOf: $d, note: $n) { report { id } } }`;
    const reported: string[] = [];
    // Recorded in this order on one day: red, then green (a correction). Green is in force.
    for (const level of ['RED', 'GREEN']) {
      const r = await t.gql<{ reportStatus: { report: { id: string } } }>(REPORT, { o: odder, e: element, l: level, d: day, n: `Rettelse ${level}` }, editor);
      expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
      reported.push(r.data!.reportStatus.report.id);
    }
    const MATRIX = `{ statusMatrix(agreementId: "agreement:boern-unge-psykisk-mistrivsel") {
      rows { organisation { id } cells { elementId level asOf reportId } } } }`;
    const matrixCell = async () => {
      const r = await t.gql<{
        statusMatrix: {
          rows: Array<{ organisation: { id: string }; cells: Array<{ elementId: string; level: string; asOf: string; reportId: string } | null> }>;
        };
      }>(MATRIX);
      return r.data!.statusMatrix.rows.find((row) => row.organisation.id === odder)!.cells.find((c) => c?.elementId === element)!;
    };
    const MEDCOM_STATUS = 'query($m: ID!) { vejviser(municipalityId: $m) { medcom { status { level asOf } } } }';
    const shown = async () =>
      (await t.gql<{ vejviser: { medcom: { status: { level: string; asOf: string } } } }>(MEDCOM_STATUS, { m: odder })).data!.vejviser.medcom.status;
    expect(await shown()).toMatchObject({ level: 'GREEN', asOf: day });
    expect(await matrixCell()).toMatchObject({ level: 'GREEN', asOf: day, reportId: reported[1] });

    // Two reports of the same day recorded at the same moment (an import, say): the larger id is in force.
    const stamp = '2026-01-06T10:00:00.000Z';
    const add = adHocCypher(
      "MATCH (m:Organisation {id: $o}) MATCH (e:Element {id: $e}) CREATE (m)-[:STATUS {id: $id, level: $level, asOf: '2026-01-06', createdAt: $stamp}]->(e)",
      ['o', 'e', 'id', 'level', 'stamp'],
    );
    await t.db.run(add, { o: odder, e: element, id: 'rel:status:odder-tie-b', level: 'YELLOW', stamp });
    await t.db.run(add, { o: odder, e: element, id: 'rel:status:odder-tie-a', level: 'RED', stamp });
    expect(await shown()).toMatchObject({ level: 'YELLOW', asOf: '2026-01-06' });
    expect(await matrixCell()).toMatchObject({ level: 'YELLOW', reportId: 'rel:status:odder-tie-b' });
  });

  it('Horsens: the BUA contact is named at steps 2 and 3; the units in Danish order with the channels they provide', async () => {
    const v = await vejviser('org:municipality-horsens', viewer);
    const adhd = v.pathways.find((p) => p.pathway.id === 'pathway:adhd')!;
    expect(adhd.steps[1]!.contacts[0]!.person).toMatchObject({ id: 'person:p006', name: 'Malene Olesen' });
    expect(adhd.steps[1]!.contacts[0]!.sentence).toBe('Malene Olesen: fast kontaktperson i BUA for Horsens Kommune om ADHD, trin 2.');
    expect(adhd.steps[3]!.contacts).toEqual([]);
    const units = seed.rels.filter((r) => r.type === 'PART_OF' && r.to === 'org:municipality-horsens').map((r) => node(r.from).name as string);
    expect(v.units.map((u) => u.organisation.name)).toEqual(units.sort(new Intl.Collator('da').compare));
    const offer = v.units.find((u) => u.organisation.id === 'org:behandlingstilbud-horsens')!;
    const line = node('channel:telefon-behandlingstilbud-horsens');
    expect(offer.channels).toEqual([
      { id: line.id, kind: 'PHONE_LINE', status: line.status, address: line.address, schedule: line.schedule, rules: line.rules },
    ]);
  });

  it('anonymous visitors see roles, not names', async () => {
    const v = await vejviser('org:municipality-horsens');
    const json = JSON.stringify(v);
    expect(json).not.toContain('Malene Olesen');
    const card = v.pathways.find((p) => p.pathway.id === 'pathway:adhd')!.steps[1]!.contacts[0]!;
    expect(card.person).toMatchObject({ id: 'person:p006', name: null, displayName: `En person (${node('person:p006').title})` });
  });

  it('lang: EN names pathways and steps in English where the data has it, and says Danish where it has not', async () => {
    const q = `query($m: ID!, $l: Language) { vejviser(municipalityId: $m, lang: $l) { lang
      pathways { pathway { id name } name nameLanguage steps { id number name nameLanguage description } } } }`;
    const da = (await t.gql<LangGuide>(q, { m: 'org:municipality-norddjurs' })).data!.vejviser;
    expect(da.lang).toBe('DA');
    for (const p of da.pathways) {
      expect([p.name, p.nameLanguage]).toEqual([node(p.pathway.id).name, 'DA']);
      for (const s of p.steps) expect([s.name, s.description, s.nameLanguage]).toEqual([node(s.id).name, node(s.id).description, 'DA']);
    }
    const en = (await t.gql<LangGuide>(q, { m: 'org:municipality-norddjurs', l: 'EN' })).data!.vejviser;
    expect(en.lang).toBe('EN');
    for (const p of en.pathways) {
      expect([p.name, p.nameLanguage, p.pathway.name]).toEqual([node(p.pathway.id).nameEn, 'EN', node(p.pathway.id).name]);
      for (const s of p.steps) expect([s.name, s.description, s.nameLanguage]).toEqual([node(s.id).nameEn, node(s.id).descriptionEn, 'EN']);
    }
    expect(en.pathways[0]!.steps[0]!.name).toMatch(/^Step 1 – /);
    // The guide's own sentences follow the language; the Danish ones are unchanged.
    const words = `query($m: ID!, $l: Language) { vejviser(municipalityId: $m, lang: $l) { intro medcom { sentence } generalPractice { explanation } } }`;
    const wDa = (await t.gql<GuideWords>(words, { m: 'org:municipality-norddjurs' })).data!.vejviser;
    const wEn = (await t.gql<GuideWords>(words, { m: 'org:municipality-norddjurs', l: 'EN' })).data!.vejviser;
    expect(wDa.intro).toMatch(/^Vejviser for Norddjurs Kommune \(Randersklyngen\) pr\. /);
    expect(wEn.intro).toMatch(/^Guide for Norddjurs Kommune \(Randersklyngen\) as of \d{1,2} [A-Z][a-z]+ \d{4}: whom to contact/);
    expect(wDa.medcom.sentence).toContain(
      'Praktiserende læger kan skrive til Norddjurs Kommune med MedCom-korrespondancebrev på lokationsnummer 5790001985011.',
    );
    expect(wEn.medcom.sentence).toMatch(
      /^General practitioners can write to Norddjurs Kommune with a MedCom correspondence letter at location number 5790001985011\. Status of "[^"]+": green as of /,
    );
    expect(wDa.generalPractice.explanation).toMatch(/^Praktiserende læger i Norddjurs Kommune har 3 faste kontaktpersoner: /);
    expect(wEn.generalPractice.explanation).toMatch(/^General practitioners in Norddjurs Kommune have 3 fixed contacts\. Channels: /);
    // No Danish words outside the names quoted from the data (an element's, a channel's name).
    for (const text of [wEn.intro, wEn.medcom.sentence.replace(/"[^"]*"/g, '')]) expect(text).not.toMatch(/\b(og|har|kan|pr\.)\b/);

    // A step without an English name: its Danish name, marked DA (the page marks it lang="da").
    const step = 'step:adhd-2';
    await t.db.run(adHocCypher('MATCH (s:Step {id: $id}) REMOVE s.nameEn, s.descriptionEn', ['id']), { id: step });
    const after = (await t.gql<LangGuide>(q, { m: 'org:municipality-norddjurs', l: 'EN' })).data!.vejviser;
    const s2 = after.pathways.flatMap((p) => p.steps).find((s) => s.id === step)!;
    expect([s2.name, s2.nameLanguage, s2.description]).toEqual([node(step).name, 'DA', node(step).description]);
    const pw = (
      await t.gql<{ pathway: { name: string; nameLanguage: string; nameEn: string | null; steps: Array<{ id: string; name: string; nameLanguage: string }> } }>(
        `{ pathway(id: "pathway:adhd") { name(lang: EN) nameLanguage(lang: EN) nameEn steps { id name(lang: EN) nameLanguage(lang: EN) } } }`,
      )
    ).data!.pathway;
    expect([pw.name, pw.nameLanguage, pw.nameEn]).toEqual([node('pathway:adhd').nameEn, 'EN', node('pathway:adhd').nameEn]);
    expect(pw.steps.find((s) => s.id === step)).toEqual({ id: step, name: node(step).name, nameLanguage: 'DA' });
    expect(pw.steps.find((s) => s.id === 'step:adhd-1')).toMatchObject({ name: node('step:adhd-1').nameEn, nameLanguage: 'EN' });
    await t.db.run(adHocCypher('MATCH (s:Step {id: $id}) SET s.nameEn = $name, s.descriptionEn = $description', ['id', 'name', 'description']), {
      id: step,
      name: node(step).nameEn,
      description: node(step).descriptionEn,
    });
  });

  it("websites once each: the municipality's own home page first, then the region's psychiatry's; a second record of one site is not repeated", async () => {
    const WEB = 'query($m: ID!) { vejviser(municipalityId: $m) { websites { id kind status address providedBy { id } } } }';
    const sites = async (m: string) => {
      const r = await t.gql<{ vejviser: { websites: Array<{ id: string; kind: string; status: string; address: string; providedBy: { id: string } }> } }>(WEB, {
        m,
      });
      expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
      return r.data!.vejviser.websites;
    };
    const isSite = (id: string) => node(id).kind === 'WEBSITE' && node(id).status === 'ESTABLISHED';
    for (const m of ['org:municipality-norddjurs', 'org:municipality-ringkoebing-skjern']) {
      // From the seed: the site the municipality provides, then those of the region's bodies (PART_OF the region).
      const own = seed.rels.filter((r) => r.type === 'PROVIDES' && r.from === m && isSite(r.to)).map((r) => r.to);
      const regional = seed.rels
        .filter((r) => r.type === 'PART_OF' && r.to === 'org:region-midtjylland')
        .flatMap((p) => seed.rels.filter((r) => r.type === 'PROVIDES' && r.from === p.from && isSite(r.to)).map((r) => r.to));
      expect(own).toHaveLength(1);
      expect(regional).toEqual(['channel:web-psykiatrien-rm']);
      const got = await sites(m);
      expect(got.map((w) => w.id)).toEqual([...own, ...regional]);
      expect(got[0]).toMatchObject({ kind: 'WEBSITE', status: 'ESTABLISHED', address: node(own[0]!).address, providedBy: { id: m } });
      expect(got[1]).toMatchObject({ address: 'https://www.psykiatrien.rm.dk', providedBy: { id: 'org:psykiatrien-rm' } });
    }
    expect((await sites('org:municipality-ringkoebing-skjern'))[0]!.address).toBe('https://www.rksk.dk');

    // Skive's site recorded twice (another case, a trailing slash), and a planned one: listed once, the planned not at all.
    const skive = 'org:municipality-skive';
    const addSite = adHocCypher(
      'MATCH (m:Organisation {id: $o}) CREATE (m)-[:PROVIDES {id: $rel}]->(:Entity:Channel {id: $id, name: $name, kind: $kind, status: $status, address: $address, version: 1})',
      ['o', 'rel', 'id', 'name', 'kind', 'status', 'address'],
    );
    await t.db.run(addSite, {
      o: skive,
      rel: 'rel:provides:web-skive-again',
      id: 'channel:web-skive-again',
      name: 'Skive Kommunes hjemmeside (igen)',
      kind: 'WEBSITE',
      status: 'ESTABLISHED',
      address: 'HTTPS://www.skive.dk/',
    });
    await t.db.run(addSite, {
      o: skive,
      rel: 'rel:provides:web-skive-later',
      id: 'channel:web-skive-later',
      name: 'Skive Kommunes nye hjemmeside',
      kind: 'WEBSITE',
      status: 'PLANNED',
      address: 'https://ny.skive.dk',
    });
    try {
      expect((await sites(skive)).map((w) => w.address)).toEqual(['https://www.skive.dk', 'https://www.psykiatrien.rm.dk']);
    } finally {
      await t.db.run(adHocCypher("MATCH (c:Channel) WHERE c.id IN ['channel:web-skive-again', 'channel:web-skive-later'] DETACH DELETE c"));
    }
  });

  it('errors: an unknown id NOT_FOUND, an organisation that is not a municipality BAD_USER_INPUT', async () => {
    expect((await t.gql<unknown>(VEJVISER, { m: 'org:nope' })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await t.gql<unknown>(VEJVISER, { m: 'org:ppr-randers' })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('two statements whatever the municipality', async () => {
    const small = await vejviser('org:municipality-samsoe');
    const large = await vejviser('org:municipality-aarhus');
    expect([small.roundTrips, large.roundTrips]).toEqual([2, 2]);
  });
});
