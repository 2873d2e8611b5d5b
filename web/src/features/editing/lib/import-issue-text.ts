import type { ImportIssue } from '../api/import-spreadsheet';
import { te, type EditingKey } from '../i18n';
import { issueText } from './issue-text';

/**
 * An import issue in the reader's language, from its code (api/src/modules/transfer/sheet-issues.ts):
 * what is wrong with the cell, and what the user may have meant. A domain rule (RULE) is worded
 * by issueText, as in the forms; a code this version does not know shows the API's English.
 */
const WORDED = new Set([
  'UNREADABLE',
  'EMPTY',
  'TOO_MANY_ROWS',
  'TOO_MANY_COLUMNS',
  'TOO_MUCH_TEXT',
  'CSV_QUOTE_NOT_CLOSED',
  'UNKNOWN_COLUMN',
  'MISSING_COLUMN',
  'DUPLICATE_COLUMN',
  'NOT_FOUND',
  'AMBIGUOUS',
  'UNKNOWN_MUNICIPALITY',
  'TOO_MANY_NAMES',
  'FORMULA',
  'DUPLICATE_ROW',
  'DELETED',
]);

export function importIssueText(issue: ImportIssue): string {
  if (issue.code === 'RULE') return issueText(issue.message);
  if (!WORDED.has(issue.code)) return issue.message;
  const text = te(`import.issue.${issue.code}` as EditingKey, { value: issue.value ?? '', row: issue.row });
  if (issue.suggestions.length === 0) return text;
  const list = issue.suggestions.map((s) => `"${s}"`).join(te('import.issue.or'));
  return `${text} ${te(issue.code === 'AMBIGUOUS' ? 'import.issue.candidates' : 'import.issue.didYouMean', { list })}`;
}

/** Whether the issue is about the header row or the file, which no row can fix. */
export const isSheetIssue = (issue: ImportIssue): boolean => issue.row <= 1;
