import ExcelJS from 'exceljs';
import { readSheet } from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COLUMNS, KIND_WORDS, PERSPECTIVE_WORDS, ROLE_WORDS, SECTOR_WORDS } from '../../api/src/modules/transfer/sheet-columns.js';
import { TEMPLATE_ROWS } from '../../api/src/modules/transfer/sheet-template.js';
import { da } from '../../web/src/i18n/da.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { signedIn } from '../support/sign-in.js';

/** The import's XLSX template (#16 item 3): read back by the reader the import uses, filled in, imported. */
let t: TestApp;
let editor: Record<string, string>;

beforeAll(async () => {
  t = await createTestApp();
  editor = await signedIn(t, 'EDITOR');
});
afterAll(() => t.close());

interface ImportAnswer {
  importSpreadsheet: {
    rows: number;
    validRows: number;
    committed: boolean;
    nodesCreated: number;
    nodesUpdated: number;
    relationshipsCreated: number;
    issues: Array<{ row: number; column: string; code: string; message: string; value: string | null; suggestions: string[] }>;
  };
}

const TEMPLATE = `query($kind: SpreadsheetKind!) { importTemplate(kind: $kind) }`;
const IMPORT = `mutation($kind: SpreadsheetKind!, $format: SpreadsheetFormat!, $content: String!, $dryRun: Boolean) {
  importSpreadsheet(kind: $kind, format: $format, content: $content, dryRun: $dryRun) {
    rows validRows committed nodesCreated nodesUpdated relationshipsCreated issues { row column code message value suggestions } } }`;

async function template(kind: string): Promise<Buffer> {
  const r = await t.gql<{ importTemplate: string }>(TEMPLATE, { kind }, editor);
  expect(r.errors).toBeUndefined();
  return Buffer.from(r.data!.importTemplate, 'base64');
}

describe('the XLSX template', () => {
  it('is for editors: visitors and viewers are refused', async () => {
    expect((await t.gql<unknown>(TEMPLATE, { kind: 'PEOPLE' })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.gql<unknown>(TEMPLATE, { kind: 'PEOPLE' }, await signedIn(t, 'VIEWER'))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('has the Danish headers on its first sheet, as read-excel-file (the import’s reader) reads it', async () => {
    for (const kind of ['PEOPLE', 'ORGANISATIONS', 'MEMBERSHIPS'] as const) {
      const rows = (await readSheet(await template(kind))) as unknown[][];
      expect(rows[0]).toEqual(COLUMNS[kind].map((c) => c.danish));
      // An empty template imports as an empty sheet: nothing wrong with its header row.
      const r = await t.gql<ImportAnswer>(IMPORT, { kind, format: 'XLSX', content: (await template(kind)).toString('base64') }, editor);
      expect(r.data!.importSpreadsheet).toMatchObject({ rows: 0, issues: [] });
    }
  });

  it('offers the closed vocabularies as drop-down lists of their Danish words, the words the web app shows', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Uint8Array.from(await template('ORGANISATIONS')).buffer);
    const [sheet, lists] = book.worksheets;
    const kindColumn = COLUMNS.ORGANISATIONS.findIndex((c) => c.field === 'kind') + 1;
    const validation = sheet!.getCell(2, kindColumn).dataValidation;
    expect(validation).toMatchObject({ type: 'list', showErrorMessage: true });
    expect(sheet!.getCell(TEMPLATE_ROWS + 1, kindColumn).dataValidation).toEqual(validation);
    const [, letter, from, to] = /^Lister!\$([A-Z]+)\$(\d+):\$[A-Z]+\$(\d+)$/.exec(validation.formulae[0])!;
    const listed = [];
    for (let row = Number(from); row <= Number(to); row++) listed.push(lists!.getCell(`${letter}${row}`).value);
    expect(listed).toEqual(KIND_WORDS.codes.map((c) => KIND_WORDS.danish[c]));
    // The words are the web app's own (web/src/i18n/da.ts), so a sheet and the screens say the same.
    const web = da as Record<string, string>;
    for (const code of KIND_WORDS.codes) expect(KIND_WORDS.danish[code]).toBe(web[`kind.${code}`]);
    for (const code of SECTOR_WORDS.codes) expect(SECTOR_WORDS.danish[code]).toBe(web[`sector.${code}`]);
    for (const vocabulary of [ROLE_WORDS, PERSPECTIVE_WORDS]) for (const code of vocabulary.codes) expect(vocabulary.danish[code]).toBe(web[`value.${code}`]);
  });

  it('filled in with the listed words and names, imports whole; a second import of it changes nothing', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Uint8Array.from(await template('ORGANISATIONS')).buffer);
    const sheet = book.worksheets[0]!;
    const at = (field: string) => COLUMNS.ORGANISATIONS.findIndex((c) => c.field === field) + 1;
    const rows = [
      { name: 'Skabelonenheden Randers', kind: 'Kommunal enhed', sector: 'Kommune', municipalityCode: '730', parentId: 'Randers Kommune' },
      { name: 'Skabelonenhedens team', kind: 'Kommunal enhed', sector: 'Kommune', municipalityCode: '730', parentId: 'Skabelonenheden Randers' },
    ];
    rows.forEach((row, i) => {
      for (const [field, value] of Object.entries(row)) sheet.getCell(i + 2, at(field)).value = value;
    });
    const content = Buffer.from(await book.xlsx.writeBuffer()).toString('base64');
    const dry = await t.gql<ImportAnswer>(IMPORT, { kind: 'ORGANISATIONS', format: 'XLSX', content }, editor);
    expect(dry.data!.importSpreadsheet).toMatchObject({ rows: 2, validRows: 2, issues: [] });
    const r = await t.gql<ImportAnswer>(IMPORT, { kind: 'ORGANISATIONS', format: 'XLSX', content, dryRun: false }, editor);
    expect(r.data!.importSpreadsheet).toMatchObject({ committed: true, nodesCreated: 2, relationshipsCreated: 2 });
    const stored = (await t.db.run<{ label: string; props: { id: string; name: string; kind: string } }>(t.queries.exportNodes)).filter((n) =>
      n.props.name?.startsWith('Skabelonenhed'),
    );
    expect(stored.map((n) => n.props.kind)).toEqual(['MUNICIPAL_UNIT', 'MUNICIPAL_UNIT']);
    const again = await t.gql<ImportAnswer>(IMPORT, { kind: 'ORGANISATIONS', format: 'XLSX', content, dryRun: false }, editor);
    expect(again.data!.importSpreadsheet).toMatchObject({ committed: true, nodesCreated: 0, nodesUpdated: 0, relationshipsCreated: 0 });
  });

  it('reads a formula cell of an XLSX as its value, and refuses formula text', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Personer');
    sheet.addRow(['navn', 'titel', 'arbejdssted']);
    sheet.addRow(['Formel Person', { formula: 'CONCATENATE("Psyko","log")', result: 'Psykolog' }, 'PPR Randers']);
    sheet.addRow(['Tekst Person', '=HYPERLINK("http://x.example","klik")', 'PPR Randers']);
    const content = Buffer.from(await book.xlsx.writeBuffer()).toString('base64');
    const r = await t.gql<ImportAnswer>(IMPORT, { kind: 'PEOPLE', format: 'XLSX', content }, editor);
    expect(r.data!.importSpreadsheet.issues).toEqual([expect.objectContaining({ row: 3, column: 'titel', code: 'FORMULA' })]);
    expect(r.data!.importSpreadsheet).toMatchObject({ rows: 2, validRows: 1 });
  });
});
