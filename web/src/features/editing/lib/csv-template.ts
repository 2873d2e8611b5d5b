import type { SpreadsheetKind } from '../api/import-spreadsheet';

/**
 * The columns the import reads (api/src/modules/transfer/sheet-mapping.ts), with the Danish
 * header it accepts for each; `*` marks the required ones.
 */
export const SHEET_COLUMNS: Record<SpreadsheetKind, Array<{ header: string; required?: boolean }>> = {
  PEOPLE: [
    { header: 'id' },
    { header: 'navn', required: true },
    { header: 'titel' },
    { header: 'faggruppe' },
    { header: 'e-mail' },
    { header: 'telefon' },
    { header: 'fiktiv' },
    { header: 'arbejdssted' },
    { header: 'kommune' },
    { header: 'rolle' },
  ],
  ORGANISATIONS: [
    { header: 'id' },
    { header: 'navn', required: true },
    { header: 'art', required: true },
    { header: 'sektor', required: true },
    { header: 'kortnavn' },
    { header: 'kommunekode' },
    { header: 'lokationsnummer' },
    { header: 'telefon' },
    { header: 'e-mail' },
    { header: 'hjemmeside' },
    { header: 'overordnet' },
  ],
  MEMBERSHIPS: [
    { header: 'person', required: true },
    { header: 'gruppe', required: true },
    { header: 'rolle' },
    { header: 'perspektiver' },
    { header: 'fra' },
    { header: 'til' },
    { header: 'for organisation' },
  ],
};

/** A header-only CSV that Danish Excel opens in columns: semicolons and a BOM for æøå. */
export function csvTemplate(kind: SpreadsheetKind): string {
  return `\uFEFF${SHEET_COLUMNS[kind].map((c) => c.header).join(';')}\r\n`;
}
