import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { signedIn } from '../support/sign-in.js';

/**
 * The spreadsheet import as people fill sheets in (#16 item 3), on the Central Denmark data:
 * workplaces and groups by name, Danish headers in every message, rows numbered as the
 * spreadsheet numbers them, every row checked whatever the header row holds.
 */
let t: TestApp;
let editor: Record<string, string>;

beforeAll(async () => {
  t = await createTestApp();
  editor = await signedIn(t, 'EDITOR');
});
afterAll(() => t.close());

interface ImportIssue {
  row: number;
  column: string;
  field: string | null;
  code: string;
  message: string;
  value: string | null;
  suggestions: string[];
}
interface ImportAnswer {
  importSpreadsheet: {
    dryRun: boolean;
    rows: number;
    validRows: number;
    committed: boolean;
    nodesCreated: number;
    relationshipsCreated: number;
    issues: ImportIssue[];
  };
}

const IMPORT = `mutation($kind: SpreadsheetKind!, $format: SpreadsheetFormat!, $content: String!, $dryRun: Boolean) {
  importSpreadsheet(kind: $kind, format: $format, content: $content, dryRun: $dryRun) {
    dryRun rows validRows committed nodesCreated relationshipsCreated issues { row column field code message value suggestions } } }`;

async function dryRun(kind: string, content: string) {
  const r = await t.gql<ImportAnswer>(IMPORT, { kind, format: 'CSV', content }, editor);
  expect(r.errors).toBeUndefined();
  return r.data!.importSpreadsheet;
}

describe('references by name', () => {
  it('takes a workplace by name, by name and municipality, and by id, and writes the same link each way', async () => {
    const content = [
      'navn;e-mail;arbejdssted;kommune',
      'Anne Navnesen;anne.navnesen@randers.example.dk;PPR Randers;',
      'Bo Navnesen;bo.navnesen@randers.example.dk;PPR;Randers',
      'Cai Navnesen;cai.navnesen@randers.example.dk;ppr randers kommune;730',
      'Dan Navnesen;dan.navnesen@randers.example.dk;org:ppr-randers;',
      'Eli Navnesen;eli.navnesen@randers.example.dk;PPR;Randers Kommune',
    ].join('\n');
    const dry = await dryRun('PEOPLE', content);
    expect(dry.issues).toEqual([]);
    expect(dry).toMatchObject({ rows: 5, validRows: 5 });
    const r = await t.gql<ImportAnswer>(IMPORT, { kind: 'PEOPLE', format: 'CSV', content, dryRun: false }, editor);
    expect(r.data!.importSpreadsheet).toMatchObject({ committed: true, nodesCreated: 5, relationshipsCreated: 5 });
    const links = await t.db.run<{ from: string; to: string; type: string }>(t.queries.exportRelationships);
    const people = new Set(
      (await t.db.run<{ id: string; label: string; props: { id: string; email?: string } }>(t.queries.exportNodes))
        .filter((n) => n.label === 'Person' && n.props.email?.endsWith('@randers.example.dk'))
        .map((n) => n.props.id),
    );
    expect(people.size).toBe(5);
    const workplaces = links.filter((l) => l.type === 'WORKS_IN' && people.has(l.from)).map((l) => l.to);
    expect(workplaces).toEqual(Array(5).fill('org:ppr-randers'));
  });

  it('answers an ambiguous name with the candidates, a near miss with suggestions, an unknown municipality at its own cell', async () => {
    const content = [
      'Navn;Arbejdssted;Kommune',
      'Eva Tvivl;PPR;',
      'Finn Tvivl;PPR Randrs;',
      'Gry Tvivl;PPR;Randerz',
      'Hans Tvivl;Findes Ikke Noget Sted;',
    ].join('\n');
    const dry = await dryRun('PEOPLE', content);
    expect(dry).toMatchObject({ rows: 4, validRows: 0 });
    const [ambiguous, nearMiss, place, unknown] = dry.issues;
    expect(ambiguous).toMatchObject({ row: 2, column: 'Arbejdssted', field: 'organisationId', code: 'AMBIGUOUS', value: 'PPR' });
    expect(ambiguous!.suggestions.length).toBeGreaterThan(1);
    expect(ambiguous!.suggestions.every((s) => /^PPR/.test(s))).toBe(true);
    expect(nearMiss).toMatchObject({ row: 3, column: 'Arbejdssted', code: 'NOT_FOUND', value: 'PPR Randrs' });
    expect(nearMiss!.suggestions[0]).toMatch(/PPR.*Randers Kommune/);
    expect(place).toMatchObject({ row: 4, column: 'Kommune', field: 'municipality', code: 'UNKNOWN_MUNICIPALITY', value: 'Randerz' });
    expect(unknown).toMatchObject({ row: 5, column: 'Arbejdssted', code: 'NOT_FOUND', suggestions: [] });
  });

  it('takes a membership’s group and person by name, and names the parent of a new unit by name', async () => {
    const groups = (await t.db.run<{ label: string; props: { id: string; name: string } }>(t.queries.exportNodes)).filter((n) => n.label === 'Group');
    const group = groups.find((g) => g.props.name === 'Psykiatriråd')!;
    expect(group).toBeDefined();
    const content = `person;gruppe;rolle\nAnne Navnesen;psykiatriraad;Observatør`;
    const dry = await dryRun('MEMBERSHIPS', content);
    expect(dry.issues).toEqual([]);
    const r = await t.gql<ImportAnswer>(IMPORT, { kind: 'MEMBERSHIPS', format: 'CSV', content, dryRun: false }, editor);
    expect(r.data!.importSpreadsheet).toMatchObject({ committed: true, relationshipsCreated: 1 });
    const member = (await t.db.run<{ type: string; to: string; props: { role: string } }>(t.queries.exportRelationships)).find(
      (l) => l.type === 'MEMBER_OF' && l.to === group.props.id && l.props.role === 'OBSERVER',
    );
    expect(member).toBeDefined();

    const units =
      'navn;art;sektor;kommunekode;overordnet\nSkolesundhed Randers;Kommunal enhed;Kommune;730;Randers Kommune\nSkolesundhed Randers Syd;Kommunal enhed;Kommune;730;Skolesundhed Randers';
    const units_ = await dryRun('ORGANISATIONS', units);
    expect(units_.issues).toEqual([]);
  });
});

describe('messages people can act on', () => {
  it('names the column as the sheet does and a missing one by its Danish header, reported once', async () => {
    const dry = await dryRun('PEOPLE', 'Titel;E-mail\nPsykolog;ikke-en-mail\nLæge;laege@randers.example.dk');
    expect(dry.issues).toEqual([
      expect.objectContaining({ row: 1, column: 'navn', field: 'name', code: 'MISSING_COLUMN' }),
      expect.objectContaining({ row: 2, column: 'E-mail', field: 'email', code: 'RULE', message: 'must be an e-mail address' }),
    ]);
    expect(dry).toMatchObject({ rows: 2, validRows: 1 });
  });

  it('checks the rest of a row whose workplace names nothing', async () => {
    const dry = await dryRun('PEOPLE', 'navn;e-mail;arbejdssted\nOle Rest;ikke-en-mail;Findes Ikke Noget Sted');
    expect(dry.issues.map((i) => [i.column, i.code])).toEqual([
      ['arbejdssted', 'NOT_FOUND'],
      ['e-mail', 'RULE'],
    ]);
  });

  it('reports an unknown column and still checks every row; the count of good rows agrees with the rows', async () => {
    const dry = await dryRun('PEOPLE', 'navn;farve;e-mail\nIda Farve;grøn;ida@randers.example.dk\nJon Farve;blå;ikke-en-mail\n;rød;kim@randers.example.dk');
    expect(dry.issues.map((i) => [i.row, i.column, i.code])).toEqual([
      [1, 'farve', 'UNKNOWN_COLUMN'],
      [3, 'e-mail', 'RULE'],
      [4, 'navn', 'RULE'],
    ]);
    expect(dry).toMatchObject({ rows: 3, validRows: 1 });
    const commit = await t.gql<ImportAnswer>(IMPORT, { kind: 'PEOPLE', format: 'CSV', content: 'navn;farve\nIda Farve;grøn', dryRun: false }, editor);
    expect(commit.data!.importSpreadsheet).toMatchObject({ committed: false, rows: 1, validRows: 1 });
  });

  it('numbers CSV rows as the spreadsheet does: an unclosed quote where it opens, a quoted line break as one row, empty lines counted', async () => {
    const unclosed = await dryRun('PEOPLE', 'navn;titel\nAnne;Psykolog\n"Bo;Læge\nCai;Sygeplejerske');
    expect(unclosed.issues).toEqual([expect.objectContaining({ row: 3, column: '(file)', code: 'CSV_QUOTE_NOT_CLOSED' })]);
    const multiline = await dryRun('PEOPLE', 'navn;titel;e-mail\n\nAnne;"Psykolog\nog leder";anne@x.example.dk\nBo;Læge;ikke-en-mail');
    expect(multiline.issues).toEqual([expect.objectContaining({ row: 4, column: 'e-mail', code: 'RULE' })]);
    const stray = await dryRun('PEOPLE', 'navn;titel\nAnne "Ninna" Holm;Psykolog');
    expect(stray.issues).toEqual([]);
  });

  it('takes the Danish words of closed vocabularies as well as the codes, and says which ones it does not know', async () => {
    const dry = await dryRun(
      'ORGANISATIONS',
      'navn;art;sektor;kommunekode;overordnet\nTandpleje Randers;kommunal enhed;KOMMUNE;730;Randers Kommune\nSlot Randers;Slot;MUNICIPALITY;730;Randers Kommune',
    );
    expect(dry.issues).toEqual([expect.objectContaining({ row: 3, column: 'art', field: 'kind', code: 'RULE' })]);
  });
});

describe('hostile and repeated sheets', () => {
  it('refuses formula text, never stores it', async () => {
    const dry = await dryRun('PEOPLE', 'navn;titel\n=HYPERLINK("http://x.example";"klik");Psykolog\nAnne;+cmd|\' /C calc\'!A0\nBo;-SUM(1+1)');
    expect(dry.issues.map((i) => [i.row, i.code])).toEqual([
      [2, 'FORMULA'],
      [4, 'FORMULA'],
    ]);
  });

  it('says a row repeats an earlier one instead of writing it twice', async () => {
    const dry = await dryRun(
      'PEOPLE',
      'navn;e-mail\nLis Gentag;lis@randers.example.dk\nMads Gentag;mads@randers.example.dk\nLis Gentag;lis@randers.example.dk',
    );
    expect(dry.issues).toEqual([expect.objectContaining({ row: 4, code: 'DUPLICATE_ROW', value: '2' })]);
  });

  it('the same sheet committed by two clients at once writes each person once', async () => {
    const other = await signedIn(t, 'EDITOR');
    const lines = ['navn;e-mail;arbejdssted'];
    for (let i = 0; i < 40; i++) lines.push(`Samtidig ${i};samtidig${i}@randers.example.dk;PPR Randers`);
    const content = lines.join('\n');
    const before = (await t.db.run<{ nodes: number; relationships: number }>(t.queries.counts))[0]!;
    const results = await Promise.all(
      [editor, other].map((who) => t.gql<ImportAnswer>(IMPORT, { kind: 'PEOPLE', format: 'CSV', content, dryRun: false }, who)),
    );
    const ok = results.filter((r) => r.data?.importSpreadsheet?.committed);
    // Each either wrote the sheet or was told of the collision; the store holds it once.
    for (const r of results)
      if (!r.data?.importSpreadsheet?.committed) expect(r.errors?.[0], JSON.stringify(r.errors)).toMatchObject({ extensions: { code: 'CONFLICT' } });
    expect(ok.length).toBeGreaterThan(0);
    const after = (await t.db.run<{ nodes: number; relationships: number }>(t.queries.counts))[0]!;
    expect(after.nodes - before.nodes).toBe(40);
    expect(after.relationships - before.relationships).toBe(40);
  });

  it('checks 10,000 rows in one dry run and reports the bad ones', async () => {
    const lines = ['navn;e-mail;arbejdssted'];
    for (let i = 0; i < 10_000; i++) lines.push(`Mange ${i};${i === 9_999 ? 'ikke-en-mail' : `mange${i}@randers.example.dk`};PPR Randers`);
    const dry = await dryRun('PEOPLE', lines.join('\n'));
    expect(dry).toMatchObject({ rows: 10_000, validRows: 9_999 });
    expect(dry.issues).toEqual([expect.objectContaining({ row: 10_001, column: 'e-mail', code: 'RULE' })]);
  });

  it('looks up at most 500 different names per sheet: made-up names past them are told to use ids', async () => {
    const lines = ['navn;arbejdssted'];
    for (let i = 0; i < 2_000; i++) lines.push(`Opdigtet ${i};Opdigtet Sted ${i}`);
    const dry = await dryRun('PEOPLE', lines.join('\n'));
    expect(dry).toMatchObject({ rows: 2_000, validRows: 0 });
    const codes = dry.issues.map((i) => i.code);
    expect(codes.filter((c) => c === 'NOT_FOUND')).toHaveLength(500);
    expect(codes.filter((c) => c === 'TOO_MANY_NAMES')).toHaveLength(500); // 1,000 issues travel, the count of bad rows is whole
  });

  it('reads binary junk as a file it cannot use, as CSV and as XLSX', async () => {
    const junk = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
    const csv = await dryRun('PEOPLE', junk.toString('latin1'));
    expect(csv.committed).toBe(false);
    expect(csv.issues.length).toBeGreaterThan(0);
    const xlsx = await t.gql<ImportAnswer>(IMPORT, { kind: 'PEOPLE', format: 'XLSX', content: junk.toString('base64') }, editor);
    expect(xlsx.data!.importSpreadsheet.issues).toEqual([expect.objectContaining({ row: 0, column: '(file)', code: 'UNREADABLE' })]);
  });
});
