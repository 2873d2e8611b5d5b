import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { readSeed, roundTrips } from './helpers.js';
import { signedIn } from '../support/sign-in.js';

/**
 * statusMatrix() and statusChanges() on the seeded Central Denmark store. Expected cells come
 * from 08-statuses: Norddjurs' overview of 24 February 2023 (003: element 1 green, 2 blue,
 * 3 yellow), the Randers cluster's status of April 2024 (001: Syddjurs still opening its MedCom
 * module), and the later synthetic statuses; "latest on or before the date" is recomputed here.
 */

const AGREEMENT = 'agreement:boern-unge-psykisk-mistrivsel';
const MATRIX = `query($a: ID!, $d: String, $c: ID, $since: String) {
  statusMatrix(agreementId: $a, asOf: $d, clusterId: $c, changesSince: $since) {
    agreement { id name } asOf summary
    elements { id number name }
    rows { organisation { id name } cluster { id } cells { elementId elementNumber level colour note asOf source inferred ageDays } }
    legend { level colour label }
    changes { organisation { id } element { number } before { level asOf } after { level asOf } sentence }
  } }`;
const CHANGES = `query($a: ID!, $f: String!, $to: String, $c: ID) {
  statusChanges(agreementId: $a, from: $f, to: $to, clusterId: $c) {
    from to explanation changes { organisation { id name } element { number } before { level } after { level } sentence }
  } }`;

interface Cell {
  elementId: string;
  elementNumber: number;
  level: string;
  colour: string;
  note: string | null;
  asOf: string;
  source: string | null;
  inferred: boolean;
  ageDays: number;
}
interface Matrix {
  agreement: { id: string; name: string };
  asOf: string;
  summary: string;
  elements: Array<{ id: string; number: number; name: string }>;
  rows: Array<{ organisation: { id: string; name: string }; cluster: { id: string } | null; cells: Array<Cell | null> }>;
  legend: Array<{ level: string; colour: string; label: string }>;
  changes: Array<{
    organisation: { id: string };
    element: { number: number };
    before: { level: string } | null;
    after: { level: string } | null;
    sentence: string;
  }>;
}

interface StatusChanges {
  statusChanges: {
    from: string;
    to: string;
    explanation: string;
    changes: Array<{
      organisation: { id: string; name: string };
      element: { number: number };
      before: { level: string } | null;
      after: { level: string } | null;
      sentence: string;
    }>;
  };
}

let t: TestApp;
const seed = readSeed();
const statuses = seed.rels.filter((r) => r.type === 'STATUS');
const municipalities = seed.nodes.filter((n) => n.kind === 'MUNICIPALITY');
const elementsOf = seed.rels.filter((r) => r.type === 'HAS_ELEMENT' && r.from === AGREEMENT).map((r) => r.to);

/** The seed's latest level of a cell on a date, or null. */
function levelOn(orgId: string, elementId: string, day: string): string | null {
  const latest = statuses.filter((s) => s.from === orgId && s.to === elementId && s.asOf! <= day).sort((a, b) => b.asOf!.localeCompare(a.asOf!))[0];
  return latest?.level ?? null;
}

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function matrix(vars: Record<string, unknown>) {
  const r = await t.gql<{ statusMatrix: Matrix }>(MATRIX, { a: AGREEMENT, ...vars });
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return { ...r.data!.statusMatrix, roundTrips: roundTrips(r)! };
}
const row = (m: Matrix, id: string) => m.rows.find((r) => r.organisation.id === id)!;
const levels = (m: Matrix, id: string) => row(m, id).cells.map((c) => c?.level ?? null);

describe('statusMatrix(): municipalities × elements as of a date', () => {
  it("Norddjurs' overview of 24 February 2023: element 1 green, 2 blue, 3 yellow, read from 003's text", async () => {
    const m = await matrix({ d: '2023-02-24' });
    expect(m.agreement).toEqual({ id: AGREEMENT, name: 'Samarbejdsaftale om børn og unge i psykisk mistrivsel' });
    expect(m.elements.map((e) => e.number)).toEqual([1, 2, 3]);
    expect(m.elements.map((e) => e.id).sort()).toEqual([...elementsOf].sort());
    expect(levels(m, 'org:municipality-norddjurs')).toEqual(['GREEN', 'BLUE', 'YELLOW']);
    const [green, blue, yellow] = row(m, 'org:municipality-norddjurs').cells as Cell[];
    expect(green).toMatchObject({
      elementNumber: 1,
      colour: 'grøn',
      asOf: '2023-02-24',
      inferred: true,
      ageDays: 0,
      note: 'Norddjurs Kommune har etableret en kommunikationsvej (MedCom).',
    });
    expect(green!.source).toMatch(/^003 Statusoverblik Norddjurs/);
    expect(blue!.colour).toBe('blå');
    expect(yellow!.note).toContain('kontaktpersoner på hvert trin rød');
    // Nobody else had reported yet.
    for (const r of m.rows.filter((x) => x.organisation.id !== 'org:municipality-norddjurs')) expect(r.cells).toEqual([null, null, null]);
    expect(m.summary).toBe(`Pr. 24. februar 2023: 1 grøn, 1 gul, 1 blå, ${(m.rows.length - 1) * 3} uden status.`);
  });

  it('rows are the 19 municipalities in Danish order (Aarhus last), with their cluster; the legend in Danish', async () => {
    const m = await matrix({ d: '2024-06-01' });
    const names = municipalities.map((n) => n.name as string).sort(new Intl.Collator('da').compare);
    expect(m.rows.map((r) => r.organisation.name)).toEqual(names);
    expect(m.rows.at(-1)!.organisation.name).toBe('Aarhus Kommune');
    expect(row(m, 'org:municipality-randers').cluster?.id).toBe('org:cluster-randers');
    expect(m.legend).toEqual([
      { level: 'GREEN', colour: 'grøn', label: 'Eksisterende praksis' },
      { level: 'YELLOW', colour: 'gul', label: 'Under udvikling' },
      { level: 'RED', colour: 'rød', label: 'Endnu ikke en del af praksis' },
      { level: 'BLUE', colour: 'blå', label: 'Ansvar ligger ikke hos kommunen' },
    ]);
    // Every cell is the seed's latest status on or before the date.
    for (const r of m.rows) {
      expect(r.cells.map((c) => c?.level ?? null)).toEqual(m.elements.map((e) => levelOn(r.organisation.id, e.id, '2024-06-01')));
    }
  });

  it("the Randers cluster in 2024 (001): Syddjurs' MedCom module is still being opened", async () => {
    const m = await matrix({ d: '2024-06-01', c: 'org:cluster-randers' });
    expect(m.rows.map((r) => r.organisation.name)).toEqual(['Favrskov Kommune', 'Norddjurs Kommune', 'Randers Kommune', 'Syddjurs Kommune']);
    expect(levels(m, 'org:municipality-syddjurs')).toEqual(['YELLOW', 'YELLOW', 'YELLOW']);
    expect(row(m, 'org:municipality-syddjurs').cells[0]!.note).toContain('forventer at åbne korrespondancemodulet');
    for (const id of ['org:municipality-favrskov', 'org:municipality-norddjurs', 'org:municipality-randers']) {
      expect(levels(m, id)).toEqual(['GREEN', 'YELLOW', 'YELLOW']);
    }
    expect(row(m, 'org:municipality-randers').cells[1]).toMatchObject({
      asOf: '2024-04-01',
      ageDays: 61,
      source: '001 Status, implementeringsgruppen Randersklyngen',
    });
    expect(m.summary).toBe('Pr. 1. juni 2024: 3 grønne, 9 gule.');
  });

  it('a date before any status gives null cells', async () => {
    const m = await matrix({ d: '2022-12-31' });
    expect(m.rows).toHaveLength(19);
    for (const r of m.rows) expect(r.cells).toEqual([null, null, null]);
    expect(m.summary).toBe('Pr. 31. december 2022: 57 uden status.');
  });

  it('changesSince: the cells whose level differs between the two dates, with before and after', async () => {
    const from = '2024-06-01';
    const to = '2025-06-01';
    const m = await matrix({ d: to, since: from });
    const expected = municipalities.flatMap((mu) =>
      elementsOf
        .filter((e) => levelOn(mu.id, e, from) !== levelOn(mu.id, e, to))
        .map((e) => `${mu.id} ${seed.nodes.find((n) => n.id === e)!.number} ${levelOn(mu.id, e, from)} → ${levelOn(mu.id, e, to)}`),
    );
    expect(m.changes.map((c) => `${c.organisation.id} ${c.element.number} ${c.before?.level ?? null} → ${c.after?.level ?? null}`).sort()).toEqual(
      expected.sort(),
    );
    expect(m.changes.map((c) => c.sentence)).toEqual(
      expect.arrayContaining([
        'Randers Kommune, element 2: gul → grøn (15. januar 2025).',
        'Favrskov Kommune, element 3: gul → rød (15. januar 2025).',
        'Samsø Kommune, element 1: ingen status → rød (1. september 2024).',
      ]),
    );
    expect((await matrix({ d: to })).changes).toEqual([]);
  });

  it('statusChanges(): the same changes on their own, with a sentence; none in a quiet period', async () => {
    const r = await t.gql<StatusChanges>(CHANGES, { a: AGREEMENT, f: '2024-06-01', to: '2025-06-01', c: 'org:cluster-randers' });
    expect(r.errors).toBeUndefined();
    const c = r.data!.statusChanges;
    expect(c.changes.map((x) => x.sentence).sort()).toEqual([
      'Favrskov Kommune, element 3: gul → rød (15. januar 2025).',
      'Norddjurs Kommune, element 3: gul → grøn (15. januar 2025).',
      'Randers Kommune, element 2: gul → grøn (15. januar 2025).',
    ]);
    expect(c.explanation).toBe('3 celler skiftede farve mellem 1. juni 2024 og 1. juni 2025.');
    const quiet = await t.gql<StatusChanges>(CHANGES, { a: AGREEMENT, f: '2023-03-01', to: '2024-01-01' });
    expect(quiet.data!.statusChanges).toMatchObject({ changes: [], explanation: 'Ingen celler skiftede farve mellem 1. marts 2023 og 1. januar 2024.' });
  });

  it('errors: unknown agreement or cluster NOT_FOUND; a bad date or changesSince after asOf BAD_USER_INPUT', async () => {
    const code = async (q: string, vars: Record<string, unknown>) => (await t.gql<unknown>(q, vars)).errors?.[0]?.extensions?.code;
    expect(await code(MATRIX, { a: 'agreement:nope', d: '2024-01-01' })).toBe('NOT_FOUND');
    expect(await code(MATRIX, { a: AGREEMENT, d: '2024-01-01', c: 'org:cluster-nope' })).toBe('NOT_FOUND');
    expect(await code(MATRIX, { a: AGREEMENT, d: '1. juni 2024' })).toBe('BAD_USER_INPUT');
    expect(await code(MATRIX, { a: AGREEMENT, d: '2024-02-30' })).toBe('BAD_USER_INPUT');
    expect(await code(MATRIX, { a: AGREEMENT, d: '2024-01-01', since: '2024-06-01' })).toBe('BAD_USER_INPUT');
    expect(await code(CHANGES, { a: AGREEMENT, f: 'i går' })).toBe('BAD_USER_INPUT');
    const late = await t.gql<unknown>(CHANGES, { a: AGREEMENT, f: '2025-01-01', to: '2024-01-01' });
    expect(late.errors?.[0]).toMatchObject({ message: 'from must not be after to.', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('one statement for a whole matrix, with or without its changes', async () => {
    const a = await matrix({ d: '2022-12-31' });
    const b = await matrix({ d: '2025-06-01', since: '2023-01-01' });
    expect([a.roundTrips, b.roundTrips]).toEqual([1, 1]);
  });
});

/** Words of the Danish sentences (status-words.ts) that no English sentence may contain; names aside (months spelt alike, like "december", are left out). */
const DANISH_WORDS =
  /(?<!\p{L})(pr|grøn|grønne|gul|gule|rød|røde|blå|uden|ingen|celle|celler|skiftede|farve|mellem|og|kommuner|elementer|at|vise|januar|februar|marts|maj|juni|juli|oktober)(?!\p{L})/iu;
/** The sentence without the municipality names (Danish content). */
const withoutNames = (s: string) => s.replace(/\p{Lu}\p{L}+ Kommune/gu, '');

describe('the sentences in English (lang: EN); Danish stays the default', () => {
  const EN_MATRIX = `query($a: ID!, $d: String, $c: ID, $since: String) {
    statusMatrix(agreementId: $a, asOf: $d, clusterId: $c, changesSince: $since) {
      da: summary en: summary(lang: EN) changes { organisation { id } da: sentence en: sentence(lang: EN) }
    } }`;
  const EN_CHANGES = `query($a: ID!, $f: String!, $to: String, $c: ID) {
    statusChanges(agreementId: $a, from: $f, to: $to, clusterId: $c) {
      da: explanation(lang: DA) en: explanation(lang: EN) changes { sentence(lang: EN) }
    } }`;
  interface EnMatrix {
    statusMatrix: { da: string; en: string; changes: Array<{ organisation: { id: string }; da: string; en: string }> };
  }
  interface EnChanges {
    statusChanges: { da: string; en: string; changes: Array<{ sentence: string }> };
  }

  it('the summary counts the cells in English, with the date the English way', async () => {
    const ask = async (vars: Record<string, unknown>) => {
      const r = await t.gql<EnMatrix>(EN_MATRIX, { a: AGREEMENT, ...vars });
      expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
      return r.data!.statusMatrix;
    };
    const in2024 = await ask({ d: '2024-06-01', c: 'org:cluster-randers' });
    expect(in2024.en).toBe('As of 1 June 2024: 3 green, 9 yellow.');
    expect(in2024.da).toBe('Pr. 1. juni 2024: 3 grønne, 9 gule.');
    const in2023 = await ask({ d: '2023-02-24' });
    expect(in2023.en).toBe(`As of 24 February 2023: 1 green, 1 yellow, 1 blue, ${in2023.da.match(/(\d+) uden status/)![1]} without status.`);
    const before = await ask({ d: '2022-12-31' });
    expect(before.en).toBe('As of 31 December 2022: 57 without status.');
    for (const m of [in2024, in2023, before]) expect(m.en).not.toMatch(DANISH_WORDS);
  });

  it("the changes' sentences and explanation in English; the names stay as they are", async () => {
    const m = (await t.gql<EnMatrix>(EN_MATRIX, { a: AGREEMENT, d: '2025-06-01', since: '2024-06-01' })).data!.statusMatrix;
    expect(m.changes.length).toBeGreaterThan(3);
    expect(m.changes.map((c) => c.en)).toEqual(
      expect.arrayContaining([
        'Randers Kommune, element 2: yellow → green (15 January 2025).',
        'Favrskov Kommune, element 3: yellow → red (15 January 2025).',
        'Samsø Kommune, element 1: no status → red (1 September 2024).',
      ]),
    );
    for (const c of m.changes) {
      expect(withoutNames(c.en)).not.toMatch(DANISH_WORDS);
      expect(c.da).not.toBe(c.en);
    }
    const r = await t.gql<EnChanges>(EN_CHANGES, { a: AGREEMENT, f: '2024-06-01', to: '2025-06-01', c: 'org:cluster-randers' });
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    expect(r.data!.statusChanges.en).toBe('3 cells changed colour between 1 June 2024 and 1 June 2025.');
    expect(r.data!.statusChanges.da).toBe('3 celler skiftede farve mellem 1. juni 2024 og 1. juni 2025.');
    expect(r.data!.statusChanges.changes.map((c) => c.sentence).sort()).toEqual([
      'Favrskov Kommune, element 3: yellow → red (15 January 2025).',
      'Norddjurs Kommune, element 3: yellow → green (15 January 2025).',
      'Randers Kommune, element 2: yellow → green (15 January 2025).',
    ]);
    const quiet = (await t.gql<EnChanges>(EN_CHANGES, { a: AGREEMENT, f: '2023-03-01', to: '2024-01-01' })).data!.statusChanges;
    expect(quiet.en).toBe('No cells changed colour between 1 March 2023 and 1 January 2024.');
    expect(quiet.en).not.toMatch(DANISH_WORDS);
  });

  it('the vocabulary in English: the legend, the cells, the changes and the reports say green/yellow/red/blue; notes stay as reported', async () => {
    const r = await t.gql<{
      statusMatrix: {
        legend: Array<{ level: string; da: string; en: string; daLabel: string; enLabel: string }>;
        rows: Array<{ organisation: { id: string }; cells: Array<{ elementId: string; level: string; da: string; en: string; note: string | null } | null> }>;
        changes: Array<{ before: { en: string } | null; after: { en: string } | null }>;
      };
    }>(
      `query($a: ID!) { statusMatrix(agreementId: $a, asOf: "2025-06-01", changesSince: "2024-06-01") {
        legend { level da: colour en: colour(lang: EN) daLabel: label enLabel: label(lang: EN) }
        rows { organisation { id } cells { elementId level da: colour en: colour(lang: EN) note } }
        changes { before { en: colour(lang: EN) } after { en: colour(lang: EN) } } } }`,
      { a: AGREEMENT },
    );
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    const m = r.data!.statusMatrix;
    expect(m.legend).toEqual([
      { level: 'GREEN', da: 'grøn', en: 'green', daLabel: 'Eksisterende praksis', enLabel: 'Existing practice' },
      { level: 'YELLOW', da: 'gul', en: 'yellow', daLabel: 'Under udvikling', enLabel: 'Being developed' },
      { level: 'RED', da: 'rød', en: 'red', daLabel: 'Endnu ikke en del af praksis', enLabel: 'Not yet part of practice' },
      { level: 'BLUE', da: 'blå', en: 'blue', daLabel: 'Ansvar ligger ikke hos kommunen', enLabel: 'Not the municipality’s responsibility' },
    ]);
    const english: Record<string, string> = { GREEN: 'green', YELLOW: 'yellow', RED: 'red', BLUE: 'blue' };
    const cells = m.rows.flatMap((row) => row.cells).filter((c) => c !== null);
    expect(new Set(cells.map((c) => c.level)).size).toBeGreaterThan(2);
    for (const c of cells) {
      expect(c.en).toBe(english[c.level]);
      expect(c.da).toBe(m.legend.find((l) => l.level === c.level)!.da);
    }
    // A note is what the municipality reported: the same in both languages (Danish content).
    expect(cells.some((c) => c.note)).toBe(true);
    expect(m.changes.length).toBeGreaterThan(0);
    for (const c of m.changes) for (const side of [c.before, c.after]) if (side) expect(Object.values(english)).toContain(side.en);
    // A cell's reports too.
    const withStatus = m.rows.find((row) => row.cells[0])!;
    const reports = await t.gql<{ statusReports: { entries: Array<{ report: { level: string; da: string; en: string } }> } }>(
      `query($o: ID!, $e: ID!) { statusReports(organisationId: $o, elementId: $e) { entries { report { level da: colour en: colour(lang: EN) } } } }`,
      { o: withStatus.organisation.id, e: withStatus.cells[0]!.elementId },
    );
    expect(reports.errors, JSON.stringify(reports.errors)).toBeUndefined();
    expect(reports.data!.statusReports.entries.length).toBeGreaterThan(0);
    for (const { report } of reports.data!.statusReports.entries) {
      expect(report.en).toBe(english[report.level]);
      expect(report.da).not.toBe(report.en);
    }
  });
});

describe('statusMatrix(): a municipality reporting without being party to the agreement', () => {
  let own: TestApp;
  beforeAll(async () => {
    own = await createTestApp();
  });
  afterAll(() => own.close());

  it('gets its own row, with its cluster, and counts for the cluster filter', async () => {
    const admin = await signedIn(own, 'ADMIN');
    const ok = (r: { errors?: unknown }) => expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    const made = await own.gql<{ createOrganisation: { id: string } }>(
      `mutation { createOrganisation(properties: {name: "Københavns Kommune", kind: MUNICIPALITY, sector: MUNICIPALITY, municipalityCode: "101"}) { id } }`,
      {},
      admin,
    );
    ok(made);
    const kbh = made.data!.createOrganisation.id;
    const cluster = await own.gql<{ createOrganisation: { id: string } }>(
      `mutation { createOrganisation(properties: {name: "Sundhedsklynge København", kind: CLUSTER, sector: REGION}) { id } }`,
      {},
      admin,
    );
    ok(cluster);
    const clusterId = cluster.data!.createOrganisation.id;
    ok(await own.gql<unknown>(`mutation($f: ID!, $t: ID!) { link(type: IN_CLUSTER, fromId: $f, toId: $t) { type } }`, { f: kbh, t: clusterId }, admin));
    const element2 = elementsOf.find((e) => seed.nodes.find((n) => n.id === e)!.number === 2)!;
    ok(
      await own.gql<unknown>(
        `mutation($o: ID!, $e: ID!) { setStatus(organisationId: $o, elementId: $e, properties: {level: RED, asOf: "2024-05-01"}) { type } }`,
        { o: kbh, e: element2 },
        admin,
      ),
    );

    const r = await own.gql<{ statusMatrix: Matrix }>(MATRIX, { a: AGREEMENT, d: '2024-06-01' });
    ok(r);
    const m = r.data!.statusMatrix;
    expect(m.rows).toHaveLength(20);
    const kbhRow = row(m, kbh);
    expect(kbhRow.organisation.name).toBe('Københavns Kommune');
    expect(kbhRow.cluster?.id).toBe(clusterId);
    expect(kbhRow.cells.map((c) => c?.level ?? null)).toEqual([null, 'RED', null]);
    // Still in Danish order: København between Horsens and Lemvig.
    const names = m.rows.map((x) => x.organisation.name);
    expect(names).toEqual([...names].sort(new Intl.Collator('da').compare));

    const only = await own.gql<{ statusMatrix: Matrix }>(MATRIX, { a: AGREEMENT, d: '2024-06-01', c: clusterId });
    ok(only);
    expect(only.data!.statusMatrix.rows.map((x) => x.organisation.id)).toEqual([kbh]);
    // Before its status it is neither a row nor a cluster the matrix knows.
    expect((await own.gql<unknown>(MATRIX, { a: AGREEMENT, d: '2024-01-01', c: clusterId })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
