import { createHash } from 'node:crypto';
import type { SeedFile } from '../../dataset/read-dataset.js';
import { foldText } from '../core/text-fold.js';
import { columnFor, COLUMNS, vocabularyCode, type Column, type SpreadsheetKind } from './sheet-columns.js';
import { issue, type SheetIssue } from './sheet-issues.js';
import { referenceKey, type Reference, type Resolution } from './sheet-references.js';
import type { Sheet } from './spreadsheet.js';

export { SPREADSHEET_KINDS, type SpreadsheetKind } from './sheet-columns.js';
export type { SheetIssue } from './sheet-issues.js';

/** The sheet's columns by position (undefined: a column the import does not know) and what is wrong with the header row. */
export interface SheetLayout {
  columns: Array<Column | undefined>;
  issues: SheetIssue[];
  /** Fields of required columns the sheet lacks: reported once, not again on every row. */
  missing: Set<string>;
}

/** One row's cells by field, and the header each came from. */
export interface RowCells {
  row: number;
  values: Record<string, string>;
  columnOf: Record<string, string>;
}

/**
 * The header row: known columns by any of their names, unknown ones reported (and their cells
 * ignored, so every row is still checked), a column named twice reported, required ones missing
 * reported by their Danish header.
 */
export function layoutOf(kind: SpreadsheetKind, headers: readonly string[]): SheetLayout {
  const issues: SheetIssue[] = [];
  const seen = new Map<string, string>();
  const expected = COLUMNS[kind].map((c) => c.danish).join(', ');
  const columns = headers.map((header) => {
    if (!header) return undefined;
    const col = columnFor(kind, header);
    if (!col) {
      issues.push(issue({ row: 1, column: header, code: 'UNKNOWN_COLUMN', value: header, message: `unknown column; expected one of ${expected}` }));
      return undefined;
    }
    const first = seen.get(col.field);
    if (first) {
      issues.push(issue({ row: 1, column: header, field: col.field, code: 'DUPLICATE_COLUMN', value: first, message: `names the same column as "${first}"` }));
      return undefined;
    }
    seen.set(col.field, header);
    return col;
  });
  const missing = new Set(COLUMNS[kind].filter((c) => c.required && !seen.has(c.field)).map((c) => c.field));
  for (const col of COLUMNS[kind].filter((c) => missing.has(c.field))) {
    issues.push(issue({ row: 1, column: col.danish, field: col.field, code: 'MISSING_COLUMN', message: 'required column is missing' }));
  }
  return { columns, issues, missing };
}

/** Text a spreadsheet program would run as a formula: refused here (other write paths store any text, so every CSV export quotes such a cell: core/csv-cells.ts). */
const FORMULA = /^=|^[+\-@]\s*[A-Za-z_.]+\s*\(/;

/** Each row's cells by field, vocabulary words as their codes; formula text reported. */
export function cellsOf(layout: SheetLayout, sheet: Sheet): { rows: RowCells[]; issues: SheetIssue[] } {
  const issues: SheetIssue[] = [];
  const rows = sheet.rows.map(({ row, cells }) => {
    const values: Record<string, string> = {};
    const columnOf: Record<string, string> = {};
    cells.forEach((text, j) => {
      const col = layout.columns[j];
      if (!col || text === '') return;
      columnOf[col.field] = sheet.headers[j]!;
      if (FORMULA.test(text)) {
        issues.push(issue({ row, column: sheet.headers[j]!, field: col.field, code: 'FORMULA', value: text, message: 'is a formula; write the value itself' }));
        return;
      }
      values[col.field] = text;
    });
    return { row, values, columnOf };
  });
  return { rows, issues };
}

/** The cells that name other nodes, with the municipality that narrows a name. */
export function referencesOf(kind: SpreadsheetKind, rows: readonly RowCells[]): Reference[] {
  const refs: Reference[] = [];
  for (const r of rows) {
    for (const col of COLUMNS[kind]) {
      const text = r.values[col.field];
      if (col.reference && text) refs.push({ kind: col.reference, text, municipality: r.values.municipality });
    }
  }
  return refs;
}

const short = (text: string) => createHash('sha1').update(text).digest('hex').slice(0, 8);
const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50);

/** A row without a name gets an id of its own, so its missing name is what is reported, not a repeat. */
const organisationId = (values: Record<string, string>, row: number) => values.id ?? (values.name ? `org:${slug(values.name)}` : `org:row-${row}`);

/** The new nodes a sheet of organisations defines, so a row may name another row as its parent. */
export function localNodes(kind: SpreadsheetKind, rows: readonly RowCells[]): { ids: Set<string>; names: Map<string, string[]> } {
  const ids = new Set<string>();
  const names = new Map<string, string[]>();
  if (kind !== 'ORGANISATIONS') return { ids, names };
  for (const r of rows) {
    if (!r.values.name) continue;
    const id = organisationId(r.values, r.row);
    ids.add(id);
    const key = foldText(r.values.name);
    names.set(key, [...new Set([...(names.get(key) ?? []), id])]);
  }
  return { ids, names };
}

/** Where each generated record came from, to point a validation problem back at a cell. */
interface Origin {
  row: number;
  columnOf: Record<string, string>;
}

export interface MappedSheet {
  file: SeedFile;
  origins: { nodes: Origin[]; relationships: Origin[] };
  issues: SheetIssue[];
}

const PROBLEM_TEXT: Record<Exclude<Resolution, { id: string }>['problem'], string> = {
  NOT_FOUND: 'names nothing the map holds',
  AMBIGUOUS: 'fits several; add the municipality or use the id',
  UNKNOWN_MUNICIPALITY: 'the municipality is not one of the 98',
  TOO_MANY_NAMES: 'too many different names in one sheet; use ids',
};

/**
 * Turns rows into seed records (nodes and relationships), with stable ids so a re-import updates.
 * A person's generated id is a hash, not a slug of the name: anonymous visitors see ids.
 * A reference that did not resolve is reported at its cell and leaves its link out; the row's
 * other cells are still checked (a membership without both ends has nothing else to check).
 */
export function mapSheet(kind: SpreadsheetKind, rows: readonly RowCells[], resolved: ReadonlyMap<string, Resolution>): MappedSheet {
  const out: MappedSheet = { file: { nodes: [], relationships: [] }, origins: { nodes: [], relationships: [] }, issues: [] };
  const firstRowOf = new Map<string, number>();
  for (const { row, values, columnOf } of rows) {
    const fields: Record<string, unknown> = {};
    for (const col of COLUMNS[kind]) {
      const text = values[col.field];
      if (text === undefined || col.qualifier) continue;
      if (col.reference) {
        const r = resolved.get(referenceKey({ kind: col.reference, text, municipality: values.municipality }));
        if (r && 'id' in r) fields[col.field] = r.id;
        else {
          const problem = r?.problem ?? 'NOT_FOUND';
          const column = problem === 'UNKNOWN_MUNICIPALITY' ? columnOf.municipality! : columnOf[col.field]!;
          out.issues.push(
            issue({
              row,
              column,
              field: problem === 'UNKNOWN_MUNICIPALITY' ? 'municipality' : col.field,
              code: problem,
              value: problem === 'UNKNOWN_MUNICIPALITY' ? values.municipality! : text,
              suggestions: r && 'suggestions' in r ? r.suggestions : [],
              message: PROBLEM_TEXT[problem],
            }),
          );
        }
        continue;
      }
      const code = (t: string) => (col.vocabulary ? vocabularyCode(col.vocabulary, t) : t);
      fields[col.field] = col.list
        ? text
            .split(/[;,]/)
            .map((s) => code(s.trim()))
            .filter(Boolean)
        : col.boolean
          ? /^(true|ja|yes|1|x)$/i.test(text)
          : code(text);
    }
    // A reference that did not resolve is left out, and the row's own cells are still checked.
    // A row that says again what an earlier row said would be written twice; say so instead.
    const once = (key: string, column: string): boolean => {
      const first = firstRowOf.get(key);
      if (first === undefined) {
        firstRowOf.set(key, row);
        return true;
      }
      out.issues.push(issue({ row, column, field: null, code: 'DUPLICATE_ROW', value: String(first), message: `repeats row ${first}` }));
      return false;
    };
    const add = (section: 'nodes' | 'relationships', record: Record<string, unknown>, extraColumns: Record<string, string> = {}) => {
      (out.file[section] as unknown[]).push(record);
      out.origins[section].push({ row, columnOf: { ...columnOf, ...extraColumns } });
    };
    const nameColumn = columnOf.name ?? columnOf.personId ?? Object.values(columnOf)[0] ?? '';
    if (kind === 'PEOPLE') {
      const { organisationId: workplace, role, ...person } = fields;
      const id =
        (person.id as string) ??
        `person:${createHash('sha1')
          .update(`${String(person.name ?? '')}|${String(person.email ?? workplace ?? row)}`)
          .digest('hex')
          .slice(0, 16)}`;
      if (!once(id, nameColumn)) continue;
      add('nodes', { label: 'Person', ...person, id });
      if (workplace) {
        add(
          'relationships',
          { type: 'WORKS_IN', id: `rel:works-in:${short(`${id}|${workplace}`)}`, from: id, to: workplace, ...(role ? { role } : {}) },
          {
            to: columnOf.organisationId!,
            ...(columnOf.role ? { role: columnOf.role } : {}),
          },
        );
      }
    } else if (kind === 'ORGANISATIONS') {
      const { parentId, ...org } = fields;
      const id = organisationId(values, row);
      if (!once(id, nameColumn)) continue;
      add('nodes', { label: 'Organisation', ...org, id });
      if (parentId)
        add('relationships', { type: 'PART_OF', id: `rel:part-of:${short(`${id}|${parentId}`)}`, from: id, to: parentId }, { to: columnOf.parentId! });
    } else {
      const { personId, groupId, ...props } = fields;
      if (!personId || !groupId) continue;
      if (!once(`${personId}|${groupId}`, nameColumn)) continue;
      add(
        'relationships',
        { type: 'MEMBER_OF', id: `rel:member-of:${short(`${personId}|${groupId}`)}`, from: personId, to: groupId, ...props },
        {
          from: columnOf.personId!,
          to: columnOf.groupId!,
        },
      );
    }
  }
  return out;
}

/** Points a validation problem of a generated record back at its row and column (the Danish header when the sheet has none). */
export function locate(
  kind: SpreadsheetKind,
  mapped: MappedSheet,
  at: { section: 'nodes' | 'relationships'; index: number } | undefined,
  field: string,
): { row: number; column: string; field: string } {
  const origin = at ? mapped.origins[at.section][at.index] : undefined;
  const top = field.split('.')[0]!;
  const danish = COLUMNS[kind].find((c) => c.field === top)?.danish ?? top;
  return { row: origin?.row ?? 0, column: origin?.columnOf[top] ?? danish, field: top };
}
