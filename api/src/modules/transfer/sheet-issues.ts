import type { SheetErrorCode } from './sheet-error.js';

/**
 * What can be wrong with a sheet, as a code the web app words in Danish or English
 * (web/src/features/editing/lib/import-issue-text.ts); `message` says it in English for the
 * CLI and API clients. RULE is a domain rule's own message (api/src/domain/records.ts).
 */
export type IssueCode =
  | SheetErrorCode
  | 'UNKNOWN_COLUMN'
  | 'MISSING_COLUMN'
  | 'DUPLICATE_COLUMN'
  | 'NOT_FOUND'
  | 'AMBIGUOUS'
  | 'UNKNOWN_MUNICIPALITY'
  | 'TOO_MANY_NAMES'
  | 'FORMULA'
  | 'DUPLICATE_ROW'
  | 'DELETED'
  | 'RULE';

/** A problem located in the sheet: row number (1 is the header, 0 the file) and column header. */
export interface SheetIssue {
  row: number;
  /** The header as written in the sheet, or the Danish header of a missing column. */
  column: string;
  /** The column's field (`name`, `organisationId`), null for a column the import does not know. */
  field: string | null;
  code: IssueCode;
  message: string;
  /** The cell's or header's text the issue is about. */
  value: string | null;
  /** Names the user may have meant, or the nodes an ambiguous name could be. */
  suggestions: string[];
}

export const issue = (i: Omit<SheetIssue, 'value' | 'suggestions' | 'field'> & Partial<Pick<SheetIssue, 'value' | 'suggestions' | 'field'>>): SheetIssue => ({
  field: null,
  value: null,
  suggestions: [],
  ...i,
});
