import path from 'node:path';
import { crc32 } from 'node:zlib';
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

/** A real workbook's parts (write-excel-file's) with its one worksheet's XML replaced by `sheet(sheetData)`. */
async function workbookParts(sheetData: string): Promise<{ parts: Record<string, Uint8Array>; sheet: string }> {
  const parts = unzipSync(await writeXlsxFile([[{ value: 'navn' }], [{ value: 'Ane' }]]).toBuffer());
  const sheet = Object.keys(parts).find((name) => /^xl\/worksheets\/[^/]+\.xml$/.test(name))!;
  parts[sheet] = strToU8(worksheet(sheetData));
  return { parts, sheet };
}
const worksheet = (sheetData: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetData}</sheetData></worksheet>`;
const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
async function workbook(sheetData: string, extra: Record<string, Uint8Array> = {}): Promise<string> {
  const { parts } = await workbookParts(sheetData);
  return base64(zipSync({ ...parts, ...extra }, { level: 1 }));
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

  // An outside probe: one 4,000-character shared string in 275,000 cells (a 718 kB file) became
  // 1.1 GB of strings copied from the reading worker to the main thread, which stopped for ~30 s.
  it('text the cells repeat through shared strings is bounded: TOO_MUCH_TEXT, and a cell over 10,000 characters too', async () => {
    const { parts, sheet } = await workbookParts('');
    const columns = 'ABCDEFGHIJK'.split('');
    const rows = [`<row r="1">${columns.map((c, i) => text(`${c}1`, i ? `h${i}` : 'navn')).join('')}</row>`];
    for (let r = 2; r <= 25_001; r++) rows.push(`<row r="${r}">${columns.map((c) => `<c r="${c}${r}" t="s"><v>0</v></c>`).join('')}</row>`);
    parts[sheet] = strToU8(worksheet(rows.join('')));
    parts['xl/sharedStrings.xml'] = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>${'x'.repeat(4000)}</t></si></sst>`,
    );
    const repeated = await imported('XLSX', base64(zipSync(parts, { level: 6 })));
    expect(repeated.issues).toEqual([expect.objectContaining({ code: 'TOO_MUCH_TEXT' })]);
    const long = await imported('XLSX', await workbook(`<row r="1">${text('A1', 'navn')}</row><row r="2">${text('A2', 'y'.repeat(10_001))}</row>`));
    expect(long.issues).toEqual([expect.objectContaining({ row: 2, code: 'TOO_MUCH_TEXT' })]);
    const fits = await imported('XLSX', await workbook(`<row r="1">${text('A1', 'navn')}</row><row r="2">${text('A2', 'y'.repeat(10_000))}</row>`));
    expect(fits.issues.map((i) => i.code)).not.toContain('TOO_MUCH_TEXT');
  });

  it('a workbook addressing column XFD is TOO_MANY_COLUMNS, with or without cell addresses', async () => {
    const addressed = await imported('XLSX', await workbook(`<row r="1">${text('A1', 'navn')}${text('XFD1', 'x')}</row><row r="2">${text('A2', 'a')}</row>`));
    expect(addressed.issues).toEqual([expect.objectContaining({ row: 1, code: 'TOO_MANY_COLUMNS' })]);
    // The reader cannot place a cell without an address (real writers always write one).
    const counted = await imported('XLSX', await workbook(`<row>${'<c/>'.repeat(20_000)}</row>`));
    expect(counted.issues).toEqual([expect.objectContaining({ code: 'UNREADABLE' })]);
    // probe10 again: single quotes and spaces (plain XML), a character reference (read as the reader reads it).
    const quoted = await imported('XLSX', await workbook(`<row r='1'><c r='A1' t="inlineStr"><is><t>navn</t></is></c><c r='XFD1'/></row>`));
    expect(quoted.issues).toEqual([expect.objectContaining({ code: 'TOO_MANY_COLUMNS' })]);
    // The reader's tokenizer takes no space before '=': such a cell has no address to it, and is refused.
    const spaced = await imported('XLSX', await workbook(`<row r = '1'><c r='A1' t="inlineStr"><is><t>navn</t></is></c><c r ='XFD1'/></row>`));
    expect(spaced.issues).toEqual([expect.objectContaining({ code: 'UNREADABLE' })]);
    const referenced = await imported('XLSX', await workbook(`<row r="1">${text('A1', 'navn')}<c r="&#88;FD1"/></row>`));
    expect(referenced.issues).toEqual([expect.objectContaining({ code: 'TOO_MANY_COLUMNS' })]);
    // A part the workbook does not name as its sheet is never read, so it costs nothing.
    const elsewhere = await imported(
      'XLSX',
      await workbook(`<row r="1">${text('A1', 'navn')}</row>`, { 'xl/ark/sheet9.xml': strToU8(`<row r="1048576"><c r="A1048576"/></row>`) }),
    );
    expect(elsewhere.issues).toEqual([]);
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

/**
 * probe11: the bound and the reader each unzipped and tokenized the file, and every difference
 * let a 2 kB workbook past the bound (a prefix the reader cuts, a '>' inside a quoted value, a
 * local header's size the reader trusted, a data descriptor over a fake header). The sheet is now
 * unzipped once and its positions checked inside the reader's own callbacks, in a worker.
 */
describe('the bound reads what the reader reads (probe11)', () => {
  const far = (r: string) => `<row r="1">${text('A1', 'navn')}</row><row ${r}="1048576"><c ${r}="XFD1048576" t="inlineStr"><is><t>a</t></is></c></row>`;
  const quickly = async (content: string) => {
    const started = Date.now();
    const report = await imported('XLSX', content);
    expect(Date.now() - started).toBeLessThan(20_000);
    return report;
  };

  it('a prefix, a quoted ">", a prefix with "-" or a second r on rows and cells are read as the reader reads them', async () => {
    const spellings = [
      `<row r="1">${text('A1', 'navn')}</row><x:row xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" x:r="1048576"><x:c x:r="XFD1048576"/></x:row>`,
      far('x:r').replace('<row x:r', '<row xmlns:x="urn:x" x:r'),
      `<row r="1">${text('A1', 'navn')}</row><row foo=">" r="1048576"><c foo=">" r="XFD1048576" t="inlineStr"><is><t>a</t></is></c></row>`,
      `<row r="1">${text('A1', 'navn')}</row><a-b:row xmlns:a-b="urn:x" r="1048576"><a-b:c r="XFD1048576"/></a-b:row>`,
      `<row r="1">${text('A1', 'navn')}<c r="B1" x:r="XFD1" xmlns:x="urn:x"/></row>`,
    ];
    for (const sheet of spellings) {
      const report = await quickly(await workbook(sheet));
      expect(report.issues).toEqual([expect.objectContaining({ code: expect.stringMatching(/^TOO_MANY_(ROWS|COLUMNS)$/) })]);
    }
  });

  it('a local header that lies about a part is not read: the central directory is, and its sizes must hold', async () => {
    const { parts, sheet } = await workbookParts(`<row r="1">${text('A1', 'navn')}</row><row r="2">${text('A2', 'Ane')}</row>`);
    const zip = zipSync(parts, { level: 1 });
    const at = (signature: number, field: number) => {
      const name = strToU8(sheet);
      const view = new DataView(zip.buffer, zip.byteOffset);
      for (let i = 0; i < zip.length - 46; i++) {
        const nameAt = signature === 0x04034b50 ? i + 30 : i + 46;
        if (view.getUint32(i, true) === signature && name.every((b, j) => zip[nameAt + j] === b))
          return (size: number) => view.setUint32(i + field, size, true);
      }
      throw new Error('no header');
    };
    // The local header claims 50 MB (the reader used to allocate that and walk its NULs for 107 s).
    at(0x04034b50, 22)(50_000_000);
    expect(await quickly(base64(zip))).toMatchObject({ rows: 1, issues: [] });
    // The central directory claims more than the part holds, then more than the limit.
    const central = at(0x02014b50, 24);
    central(parts[sheet]!.length + 1);
    expect((await quickly(base64(zip))).issues).toEqual([
      expect.objectContaining({ code: 'UNREADABLE', message: expect.stringMatching(/not the \d+ it declares/) }),
    ]);
    central(200_000_000);
    expect((await quickly(base64(zip))).issues).toEqual([
      expect.objectContaining({ code: 'UNREADABLE', message: expect.stringMatching(/unpacks to more than/) }),
    ]);
  });

  it('a sheet stored with a data descriptor over a fake local header is read whole, and bounded', async () => {
    // probe11's ddzip.py: the sheet's rest sits after a fake "a.png" local header inside an XML comment.
    const { parts, sheet } = await workbookParts('');
    const rest = strToU8(`--><row r="60000"><c r="A60000" t="inlineStr"><is><t>a</t></is></c></row></sheetData></worksheet>`);
    const head = strToU8(worksheet(`<row r="1">${text('A1', 'navn')}</row><!--`).replace('</sheetData></worksheet>', ''));
    parts[sheet] = concat(head, strToU8('x'.repeat(12)), localHeader('a.png', rest, 0), rest);
    const report = await quickly(base64(storedZip(parts, sheet)));
    expect(report.issues).toEqual([expect.objectContaining({ code: 'TOO_MANY_ROWS' })]);
  });

  it('the API still answers after the refusals', async () => {
    expect(await imported('XLSX', await workbook(`<row r="1">${text('A1', 'navn')}</row><row r="2">${text('A2', 'Ane')}</row>`))).toMatchObject({
      rows: 1,
      issues: [],
    });
  });
});

const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));
function put(view: DataView, at: number, value: number, size: number): void {
  if (size === 4) view.setUint32(at, value, true);
  else view.setUint16(at, value, true);
}
function localHeader(name: string, data: Uint8Array, flags: number): Uint8Array {
  const header = new DataView(new ArrayBuffer(30));
  [
    [0, 0x04034b50, 4],
    [4, 20, 2],
    [6, flags, 2],
    [14, flags ? 0 : crc32(data), 4],
    [18, data.length, 4],
    [22, data.length, 4],
    [26, name.length, 2],
  ].forEach(([at, value, size]) => {
    put(header, at!, value!, size!);
  });
  return concat(new Uint8Array(header.buffer), strToU8(name));
}
/** A zip of stored parts; `descriptorPart` has the data-descriptor flag and its real size, as ddzip.py writes it. */
function storedZip(parts: Record<string, Uint8Array>, descriptorPart: string): Uint8Array {
  const body: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const [name, data] of Object.entries(parts)) {
    const flags = name === descriptorPart ? 8 : 0;
    const local = concat(localHeader(name, data, flags), data);
    const entry = new DataView(new ArrayBuffer(46));
    [
      [0, 0x02014b50, 4],
      [4, 20, 2],
      [6, 20, 2],
      [8, flags, 2],
      [16, crc32(data), 4],
      [20, data.length, 4],
      [24, data.length, 4],
      [28, name.length, 2],
      [42, offset, 4],
    ].forEach(([at, value, size]) => {
      put(entry, at!, value!, size!);
    });
    body.push(local);
    central.push(concat(new Uint8Array(entry.buffer), strToU8(name)));
    offset += local.length;
  }
  const directory = concat(...central);
  const end = new DataView(new ArrayBuffer(22));
  const count = Object.keys(parts).length;
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, count, true);
  end.setUint16(10, count, true);
  end.setUint32(12, directory.length, true);
  end.setUint32(16, offset, true);
  return concat(...body, directory, new Uint8Array(end.buffer));
}
