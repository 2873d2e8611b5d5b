import type ExcelJS from 'exceljs';
import { COLUMNS, type SpreadsheetKind } from './sheet-columns.js';

/** Rows of the template that offer the lists; a longer sheet is still read whole. */
export const TEMPLATE_ROWS = 1000;

const SHEET_NAME: Record<SpreadsheetKind, string> = { PEOPLE: 'Personer', ORGANISATIONS: 'Organisationer', MEMBERSHIPS: 'Medlemskaber' };
const LISTS = 'Lister';

/** What each column takes, in the header's comment (Excel shows it on hover). */
const HINTS: Record<string, string> = {
  id: 'Tom for en ny. Et id (fx org:ppr-randers) opdaterer den, der har det.',
  name: 'Skal udfyldes.',
  email: 'Fx navn@kommune.dk',
  phone: 'Fx +45 70 11 22 33',
  fictitious: 'Ja, hvis personen er opdigtet (demo).',
  organisationId: 'Arbejdsstedets navn, fx "PPR Randers", eller id. To med samme navn skelnes med kolonnen kommune.',
  municipality: 'Kommunen, når arbejdsstedets navn findes flere steder, fx PPR + Randers.',
  role: 'Personens rolle på arbejdsstedet, eller i gruppen: vælg fra listen.',
  kind: 'Vælg fra listen.',
  sector: 'Vælg fra listen.',
  municipalityCode: 'Tre cifre, fx 730 for Randers. Skal udfyldes for en kommune og en kommunal enhed.',
  locationNumber: '13 cifre (EAN/GLN).',
  website: 'Begynder med https://',
  parentId: 'Den organisation, den er en del af: navn eller id.',
  personId: 'Personens navn eller id.',
  groupId: 'Gruppens navn eller id.',
  represents: 'Et eller flere perspektiver fra listen, adskilt af semikolon.',
  since: 'Dato, fx 2024-02-01',
  until: 'Dato, fx 2025-12-31',
  onBehalfOf: 'Den organisation, personen repræsenterer: navn eller id.',
};

/**
 * The import's template as XLSX: the Danish headers the import reads (required ones in bold,
 * each with a hint), and for every closed vocabulary a drop-down list of its Danish words, kept
 * on a second sheet the first one refers to. The import reads the first sheet and takes the
 * words as well as the codes.
 */
export function sheetTemplate(kind: SpreadsheetKind): Promise<Buffer> {
  // The same for everyone and every request (the vocabularies are code): made once per process.
  let made = templates.get(kind);
  if (!made) {
    made = makeTemplate(kind);
    made.catch(() => templates.delete(kind));
    templates.set(kind, made);
  }
  return made;
}

const templates = new Map<SpreadsheetKind, Promise<Buffer>>();

async function makeTemplate(kind: SpreadsheetKind): Promise<Buffer> {
  // exceljs (~30 MB of RSS once loaded) only when someone first asks for a template.
  const { default: Excel } = await import('exceljs');
  const book = new Excel.Workbook();
  book.creator = 'Hænderne';
  const sheet = book.addWorksheet(SHEET_NAME[kind], { views: [{ state: 'frozen', ySplit: 1 }] });
  const lists = book.addWorksheet(LISTS);
  const columns = COLUMNS[kind];
  sheet.columns = columns.map((c) => ({ header: c.danish, key: c.field, width: Math.max(14, c.danish.length + 4) }));
  let listColumn = 0;
  columns.forEach((c, i) => {
    const head = sheet.getCell(1, i + 1);
    head.font = { bold: c.required ?? false };
    const hint = HINTS[c.field];
    if (hint) head.note = hint;
    if (!c.vocabulary) return;
    listColumn += 1;
    const words = c.vocabulary.codes.map((code) => c.vocabulary!.danish[code] ?? code);
    lists.getCell(1, listColumn).value = c.danish;
    lists.getCell(1, listColumn).font = { bold: true };
    words.forEach((w, j) => {
      lists.getCell(j + 2, listColumn).value = w;
    });
    lists.getColumn(listColumn).width = Math.max(16, ...words.map((w) => w.length + 2));
    const letter = lists.getColumn(listColumn).letter;
    const range = `${LISTS}!$${letter}$2:$${letter}$${words.length + 1}`;
    // A list column (several perspectives separated by ;) gets the list as a help, not a rule.
    const validation: ExcelJS.DataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [range],
      showErrorMessage: true,
      errorStyle: c.list || c.qualifier ? 'information' : 'stop',
      errorTitle: c.danish,
      error: `Vælg en værdi fra listen (arket ${LISTS}).`,
    };
    for (let row = 2; row <= TEMPLATE_ROWS + 1; row++) sheet.getCell(row, i + 1).dataValidation = validation;
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}
