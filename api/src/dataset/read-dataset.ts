import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { nodeSchemas, relationshipSchemas, issuesOf } from '../domain/records.js';
import { NODE_LABELS, RELATIONSHIP_TYPES, type NodeLabel, type RelationshipType } from '../domain/vocabulary.js';

/** One bad field of one record, located so a person can open the file and fix it. */
export interface SeedIssue {
  file: string;
  record: string;
  field: string;
  message: string;
  /** Where the record stands in its file, for callers that map records back to rows. */
  at?: { section: 'nodes' | 'relationships'; index: number };
}

export class SeedError extends Error {
  override name = 'SeedError';
  constructor(readonly issues: SeedIssue[]) {
    super(
      `seed data rejected, nothing written (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n` +
        issues
          .slice(0, 20)
          .map((i) => `  ${i.file} ${i.record} field "${i.field}": ${i.message}`)
          .join('\n') +
        (issues.length > 20 ? `\n  … and ${issues.length - 20} more` : ''),
    );
  }
}

export interface NodeRow {
  id: string;
  hash: string;
  props: Record<string, unknown>;
}
export interface RelationshipRow extends NodeRow {
  from: string;
  to: string;
}

/** A validated dataset, grouped for batched writes. */
export interface Dataset {
  nodes: Map<NodeLabel, NodeRow[]>;
  relationships: Map<RelationshipType, RelationshipRow[]>;
}

/** The shape of one seed file: any number of nodes and relationships. */
export interface SeedFile {
  nodes?: unknown[];
  relationships?: unknown[];
}

/** Reads every .json file of a dataset folder, in name order. */
export function readSeedDir(dir: string): Array<{ file: string; content: SeedFile | Error }> {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const file = path.join(dir, f);
      try {
        return { file, content: JSON.parse(fs.readFileSync(file, 'utf8')) as SeedFile };
      } catch (err) {
        return { file, content: err as Error };
      }
    });
}

/**
 * Validates every record of every file before anything is written, and returns all the
 * problems at once rather than the first, so one run shows a broken file's whole state.
 */
export interface ValidateOptions {
  /** Seed and demo data hold invented people only: every Person must say `fictitious: true`. */
  requireFictitious?: boolean;
}

export function validateDataset(
  files: Array<{ file: string; content: SeedFile | Error }>,
  existing: Map<string, NodeLabel> = new Map(),
  options: ValidateOptions = {},
): Dataset {
  const issues: SeedIssue[] = [];
  const labelOf = new Map(existing);
  const dataset: Dataset = { nodes: new Map(), relationships: new Map() };
  const pendingRels: Array<{ file: string; record: string; at: SeedIssue['at']; type: RelationshipType; row: RelationshipRow }> = [];
  const seenRelIds = new Set<string>();

  for (const { file, content } of files) {
    const name = path.basename(file);
    if (content instanceof Error) {
      issues.push({ file: name, record: '(file)', field: '(json)', message: content.message });
      continue;
    }
    (content.nodes ?? []).forEach((raw, i) => {
      const record = describe('node', i, raw);
      const { label, ...fields } = (raw ?? {}) as Record<string, unknown>;
      if (!NODE_LABELS.includes(label as NodeLabel)) {
        issues.push({ file: name, record, at: { section: 'nodes', index: i }, field: 'label', message: `must be one of ${NODE_LABELS.join(', ')}` });
        return;
      }
      if (options.requireFictitious && label === 'Person' && fields.fictitious !== true) {
        issues.push({
          file: name,
          record,
          at: { section: 'nodes', index: i },
          field: 'fictitious',
          message: 'must be true: seed and demo data hold fictitious people only',
        });
      }
      const parsed = nodeSchemas[label as NodeLabel].safeParse(fields);
      if (!parsed.success) {
        for (const issue of issuesOf(parsed.error)) issues.push({ file: name, record, at: { section: 'nodes', index: i }, ...issue });
        // Its id still names a node of this label, so relationships to it report nothing more.
        if (typeof fields.id === 'string' && !labelOf.has(fields.id)) labelOf.set(fields.id, label as NodeLabel);
        return;
      }
      const { id, ...props } = parsed.data as { id: string } & Record<string, unknown>;
      if (labelOf.has(id) && !existing.has(id)) {
        issues.push({ file: name, record, at: { section: 'nodes', index: i }, field: 'id', message: `duplicate id "${id}"` });
        return;
      }
      labelOf.set(id, label as NodeLabel);
      push(dataset.nodes, label as NodeLabel, { id, hash: hashOf(props), props });
    });
    (content.relationships ?? []).forEach((raw, i) => {
      const record = describe('relationship', i, raw);
      const { type, ...fields } = (raw ?? {}) as Record<string, unknown>;
      if (!(typeof type === 'string' && type in RELATIONSHIP_TYPES)) {
        issues.push({
          file: name,
          record,
          at: { section: 'relationships', index: i },
          field: 'type',
          message: `must be one of ${Object.keys(RELATIONSHIP_TYPES).join(', ')}`,
        });
        return;
      }
      const parsed = relationshipSchemas[type as RelationshipType].safeParse(fields);
      if (!parsed.success) {
        for (const issue of issuesOf(parsed.error)) issues.push({ file: name, record, at: { section: 'relationships', index: i }, ...issue });
        return;
      }
      const { id, from, to, ...props } = parsed.data as { id: string; from: string; to: string } & Record<string, unknown>;
      if (seenRelIds.has(id)) {
        issues.push({ file: name, record, at: { section: 'relationships', index: i }, field: 'id', message: `duplicate relationship id "${id}"` });
        return;
      }
      seenRelIds.add(id);
      pendingRels.push({
        file: name,
        record,
        at: { section: 'relationships', index: i },
        type: type as RelationshipType,
        row: { id, from, to, hash: hashOf({ from, to, ...props }), props },
      });
    });
  }

  // Endpoints are checked once all files are read, so files may refer to each other in any order.
  for (const { file, record, at, type, row } of pendingRels) {
    const allowed = RELATIONSHIP_TYPES[type];
    for (const [end, ref] of [
      ['from', row.from],
      ['to', row.to],
    ] as const) {
      const label = labelOf.get(ref);
      if (!label) issues.push({ file, record, at, field: end, message: `no node with id "${ref}"` });
      else if (!(allowed[end] as readonly string[]).includes(label)) {
        issues.push({
          file,
          record,
          at,
          field: end,
          message: `${type} ${end === 'from' ? 'starts at' : 'ends at'} ${allowed[end].join(' or ')}, not ${label} "${ref}"`,
        });
      }
    }
    push(dataset.relationships, type, row);
    // Ids held in properties must name nodes of the right kind too.
    for (const [field, ref, want] of referencesIn(type, row.props)) {
      const label = labelOf.get(ref);
      if (label !== want) issues.push({ file, record, at, field, message: label ? `must name a ${want}, not ${label} "${ref}"` : `no node with id "${ref}"` });
    }
  }

  // A municipality code names one municipality.
  const municipalityByCode = new Map<string, string>();
  for (const row of dataset.nodes.get('Organisation') ?? []) {
    if (row.props.kind !== 'MUNICIPALITY' || typeof row.props.municipalityCode !== 'string') continue;
    const other = municipalityByCode.get(row.props.municipalityCode);
    if (other)
      issues.push({
        file: '(dataset)',
        record: `node (id "${row.id}")`,
        field: 'municipalityCode',
        message: `${row.props.municipalityCode} is already the code of "${other}"`,
      });
    else municipalityByCode.set(row.props.municipalityCode, row.id);
  }

  if (issues.length) throw new SeedError(issues);
  return dataset;
}

/** The node ids a relationship holds in its properties: [field, id, label it must have]. */
export function referencesIn(type: RelationshipType, props: Record<string, unknown>): Array<[string, string, NodeLabel]> {
  const out: Array<[string, string, NodeLabel]> = [];
  if (type === 'CONTACT_FOR' && Array.isArray(props.pathways)) {
    props.pathways.forEach((p, i) => {
      if (typeof p === 'string') out.push([`pathways.${i}`, p, 'Pathway']);
    });
  }
  if (type === 'MEMBER_OF' && typeof props.onBehalfOf === 'string') out.push(['onBehalfOf', props.onBehalfOf, 'Organisation']);
  return out;
}

function describe(kind: string, index: number, raw: unknown): string {
  const id = (raw as { id?: unknown })?.id;
  return `${kind} #${index + 1}${typeof id === 'string' ? ` (id "${id}")` : ''}`;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** A stable content hash: same fields in any key order give the same hash. */
export function hashOf(value: Record<string, unknown>): string {
  const sorted = JSON.stringify(value, (_k, v) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
  return createHash('sha1').update(sorted).digest('base64url');
}
