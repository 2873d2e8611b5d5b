import path from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { repoRoot } from '../../api/src/paths.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { signedIn } from '../support/sign-in.js';

/**
 * A spreadsheet import costs what the file holds, not what its addresses name. An outside
 * probe ended the process (heap out of memory, the main thread held for minutes first) with a
 * 2 kB workbook of three cells (A1, XFD1, A1048576) and a 300 kB CSV (a header of 100,000
 * commas over 100,000 empty lines), both as a dry run by any unscoped editor.
 */
const FIXTURE = path.join(repoRoot, 'tests', 'fixtures', 'editing');
let t: TestApp;
let editor: Record<string, string>;

beforeAll(async () => {
  t = await createTestApp({ dataset: FIXTURE });
  editor = await signedIn(t, 'EDITOR');
});
afterAll(() => t.close());

const IMPORT = `mutation($format: SpreadsheetFormat!, $content: String!) {
  importSpreadsheet(kind: PEOPLE, format: $format, content: $content) { rows validRows committed issues { row column code message } } }`;
interface Report {
  importSpreadsheet: { rows: number; validRows: number; committed: boolean; issues: Array<{ row: number; column: string; code: string; message: string }> };
}
const counts = async () => (await t.db.run<{ nodes: number; relationships: number }>(t.queries.counts))[0];

/** A real workbook (write-excel-file's) whose one worksheet is replaced by `sheetData`. */
async function workbook(sheetData: string, extra: Record<string, Uint8Array> = {}): Promise<string> {
  const parts = unzipSync(await writeXlsxFile([[{ value: 'navn' }], [{ value: 'Ane' }]]).toBuffer());
  const sheet = Object.keys(parts).find((name) => /^xl\/worksheets\/[^/]+\.xml$/.test(name))!;
  parts[sheet] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetData}</sheetData></worksheet>`,
  );
  return Buffer.from(zipSync({ ...parts, ...extra }, { level: 1 })).toString('base64');
}
const text = (ref: string, value: string) => `<c r="${ref}" t="inlineStr"><is><t>${value}</t></is></c>`;

async function imported(format: 'CSV' | 'XLSX', content: string) {
  const before = await counts();
  const r = await t.gql<Report>(IMPORT, { format, content }, editor);
  expect(r.errors).toBeUndefined();
  expect(await counts()).toEqual(before);
  return r.data!.importSpreadsheet;
}

describe('a spreadsheet is bounded by what it holds', () => {
  it('a workbook addressing row 1,048,576 is TOO_MANY_ROWS at once, before any row is built', async () => {
    const report = await imported('XLSX', await workbook(`<row r="1">${text('A1', 'navn')}</row><row r="1048576">${text('A1048576', 'a')}</row>`));
    expect(report.issues).toEqual([expect.objectContaining({ row: 0, column: '(file)', code: 'TOO_MANY_ROWS' })]);
    expect(report.committed).toBe(false);
  });

  it('a workbook addressing column XFD is TOO_MANY_COLUMNS, with or without cell addresses', async () => {
    const addressed = await imported('XLSX', await workbook(`<row r="1">${text('A1', 'navn')}${text('XFD1', 'x')}</row><row r="2">${text('A2', 'a')}</row>`));
    expect(addressed.issues).toEqual([expect.objectContaining({ row: 1, code: 'TOO_MANY_COLUMNS' })]);
    // Cells without `r` take the next position, as the readers count them.
    const counted = await imported('XLSX', await workbook(`<row>${'<c/>'.repeat(20_000)}</row>`));
    expect(counted.issues).toEqual([expect.objectContaining({ code: 'TOO_MANY_COLUMNS' })]);
    // probe10 again: single quotes and spaces (plain XML), a character reference, a sheet elsewhere.
    const quoted = await imported('XLSX', await workbook(`<row r = '1'><c r='A1' t="inlineStr"><is><t>navn</t></is></c><c r ='XFD1'/></row>`));
    expect(quoted.issues).toEqual([expect.objectContaining({ code: 'TOO_MANY_COLUMNS' })]);
    const referenced = await imported('XLSX', await workbook(`<row r="1">${text('A1', 'navn')}<c r="&#88;FD1"/></row>`));
    expect(referenced.issues).toEqual([expect.objectContaining({ code: 'UNREADABLE' })]);
    const elsewhere = await imported('XLSX', await workbook('', { 'xl/ark/sheet9.xml': strToU8(`<row r="1048576"><c r="A1048576"/></row>`) }));
    expect(elsewhere.issues).toEqual([expect.objectContaining({ code: 'TOO_MANY_ROWS' })]);
  });

  it('a workbook that unpacks to more than 100 times its size (or 16 MB) is refused while unpacking', async () => {
    const padding = strToU8(`<?xml version="1.0"?><x>${' '.repeat(8 * 1024 * 1024)}</x>`);
    const report = await imported('XLSX', await workbook(`<row r="1">${text('A1', 'navn')}</row>`, { 'xl/padding.xml': padding }));
    expect(report.issues).toEqual([expect.objectContaining({ code: 'UNREADABLE', message: expect.stringMatching(/unpacks to more than \d+ MB/) })]);
  });

  it('a CSV of more than 51,000 lines, empty ones included, is TOO_MANY_ROWS without reading the rest; 200 empty columns over empty lines are no rows', async () => {
    const long = await imported('CSV', `navn\n${'\n'.repeat(200_000)}`);
    expect(long.issues).toEqual([expect.objectContaining({ row: 0, code: 'TOO_MANY_ROWS' })]);
    const trailing = await imported('CSV', `navn;titel${';'.repeat(200)}\n${'\n'.repeat(2_000)}Ane\n`);
    expect(trailing).toMatchObject({ rows: 1, issues: [] });
  });

  it('a CSV naming more than 64 columns is TOO_MANY_COLUMNS; a sheet of 64 is read', async () => {
    const header = (n: number) => ['navn', ...Array.from({ length: n - 1 }, (_, i) => `ekstra ${i + 1}`)].join(',');
    const wide = await imported('CSV', `${header(65)}\nAne\n`);
    expect(wide.issues).toEqual([expect.objectContaining({ row: 1, code: 'TOO_MANY_COLUMNS' })]);
    const fits = await imported('CSV', `${header(64)}\nAne\n`);
    expect(fits.rows).toBe(1);
    expect(fits.issues.every((i) => i.code === 'UNKNOWN_COLUMN')).toBe(true);
  });
});
