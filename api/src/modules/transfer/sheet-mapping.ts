import { createHash } from 'node:crypto';
import type { SeedFile } from '../../dataset/read-dataset.js';
import type { Sheet } from './spreadsheet.js';

export const SPREADSHEET_KINDS = ['PEOPLE', 'ORGANISATIONS', 'MEMBERSHIPS'] as const;
export type SpreadsheetKind = (typeof SPREADSHEET_KINDS)[number];

interface Column {
  field: string;
  /** Headers that name this column, English and Danish as municipalities write them. */
  aliases: string[];
  required?: boolean;
  list?: boolean;
  boolean?: boolean;
}

const COLUMNS: Record<SpreadsheetKind, Column[]> = {
  PEOPLE: [
    { field: 'id', aliases: ['id'] },
    { field: 'name', aliases: ['name', 'navn'], required: true },
    { field: 'title', aliases: ['title', 'titel', 'stilling'] },
    { field: 'profession', aliases: ['profession', 'faggruppe', 'fag'] },
    { field: 'email', aliases: ['email', 'e-mail', 'mail'] },
    { field: 'phone', aliases: ['phone', 'telefon', 'tlf', 'tlf.'] },
    { field: 'fictitious', aliases: ['fictitious', 'fiktiv'], boolean: true },
    { field: 'organisationId', aliases: ['organisationid', 'organisation', 'arbejdssted'] },
    { field: 'role', aliases: ['role', 'rolle'] },
  ],
  ORGANISATIONS: [
    { field: 'id', aliases: ['id'] },
    { field: 'name', aliases: ['name', 'navn'], required: true },
    { field: 'kind', aliases: ['kind', 'type', 'art'], required: true },
    { field: 'sector', aliases: ['sector', 'sektor'], required: true },
    { field: 'shortName', aliases: ['shortname', 'kortnavn'] },
    { field: 'municipalityCode', aliases: ['municipalitycode', 'kommunekode'] },
    { field: 'locationNumber', aliases: ['locationnumber', 'lokationsnummer'] },
    { field: 'phone', aliases: ['phone', 'telefon', 'tlf'] },
    { field: 'email', aliases: ['email', 'e-mail'] },
    { field: 'website', aliases: ['website', 'hjemmeside'] },
    { field: 'parentId', aliases: ['parentid', 'parent', 'del af', 'overordnet'] },
  ],
  MEMBERSHIPS: [
    { field: 'personId', aliases: ['personid', 'person'], required: true },
    { field: 'groupId', aliases: ['groupid', 'group', 'gruppe'], required: true },
    { field: 'role', aliases: ['role', 'rolle'] },
    { field: 'represents', aliases: ['represents', 'repræsenterer', 'perspektiv', 'perspektiver'], list: true },
    { field: 'since', aliases: ['since', 'fra'] },
    { field: 'until', aliases: ['until', 'til'] },
    { field: 'onBehalfOf', aliases: ['onbehalfof', 'for organisation'] },
  ],
};

/** A problem located in the sheet: row number (1 is the header) and column header. */
export interface SheetIssue {
  row: number;
  column: string;
  message: string;
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

const short = (text: string) => createHash('sha1').update(text).digest('hex').slice(0, 8);
const slug = (text: string) =>
  text.toLowerCase().replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa').normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 50);

/**
 * Turns rows into seed records (nodes and relationships), with stable ids so a re-import updates.
 * A person's generated id is a hash, not a slug of the name: anonymous visitors see ids.
 */
export function mapSheet(kind: SpreadsheetKind, sheet: Sheet): MappedSheet {
  const columns = COLUMNS[kind];
  const header = new Map<string, Column>();
  const issues: SheetIssue[] = [];
  for (const c of sheet.columns) {
    if (!c) continue;
    const col = columns.find((k) => k.aliases.includes(c));
    if (col) header.set(c, col);
    else issues.push({ row: 1, column: c, message: `unknown column; expected one of ${columns.map((k) => k.aliases[0]).join(', ')}` });
  }
  for (const col of columns.filter((k) => k.required)) {
    if (![...header.values()].includes(col)) issues.push({ row: 1, column: col.aliases[0]!, message: 'required column is missing' });
  }
  const out: MappedSheet = { file: { nodes: [], relationships: [] }, origins: { nodes: [], relationships: [] }, issues };
  if (issues.length) return out;

  for (const { row, values } of sheet.rows) {
    const fields: Record<string, unknown> = {};
    const columnOf: Record<string, string> = {};
    for (const [header_, text] of Object.entries(values)) {
      const col = header.get(header_)!;
      columnOf[col.field] = header_;
      fields[col.field] = col.list ? text.split(/[;,]/).map((s) => s.trim()).filter(Boolean) : col.boolean ? /^(true|ja|yes|1|x)$/i.test(text) : text;
    }
    const add = (section: 'nodes' | 'relationships', record: Record<string, unknown>, extraColumns: Record<string, string> = {}) => {
      (out.file[section] as unknown[]).push(record);
      out.origins[section].push({ row, columnOf: { ...columnOf, ...extraColumns } });
    };
    if (kind === 'PEOPLE') {
      const { organisationId, role, ...person } = fields;
      const id = (person.id as string) ?? `person:${createHash('sha1').update(`${String(person.name ?? '')}|${String(person.email ?? organisationId ?? row)}`).digest('hex').slice(0, 16)}`;
      add('nodes', { label: 'Person', ...person, id });
      if (organisationId) {
        add('relationships', { type: 'WORKS_IN', id: `rel:works-in:${short(`${id}|${organisationId}`)}`, from: id, to: organisationId, ...(role ? { role } : {}) }, {
          to: columnOf.organisationId!, ...(columnOf.role ? { role: columnOf.role } : {}),
        });
      }
    } else if (kind === 'ORGANISATIONS') {
      const { parentId, ...org } = fields;
      const id = (org.id as string) ?? `org:${slug(String(org.name ?? 'organisation'))}`;
      add('nodes', { label: 'Organisation', ...org, id });
      if (parentId) add('relationships', { type: 'PART_OF', id: `rel:part-of:${short(`${id}|${parentId}`)}`, from: id, to: parentId }, { to: columnOf.parentId! });
    } else {
      const { personId, groupId, ...props } = fields;
      add('relationships', { type: 'MEMBER_OF', id: `rel:member-of:${short(`${personId}|${groupId}`)}`, from: personId, to: groupId, ...props }, {
        from: columnOf.personId!, to: columnOf.groupId!,
      });
    }
  }
  return out;
}

/** Points a validation problem of a generated record back at its row and column. */
export function locate(mapped: MappedSheet, at: { section: 'nodes' | 'relationships'; index: number } | undefined, field: string): { row: number; column: string } {
  const origin = at ? mapped.origins[at.section][at.index] : undefined;
  const top = field.split('.')[0]!;
  return { row: origin?.row ?? 0, column: origin?.columnOf[top] ?? top };
}
