import { tVocab } from '../../../i18n';
import type { ChangeEvent } from '../api/get-history';
import { te } from '../i18n';
import { LINK_FIELDS, NODE_FIELDS, type FieldSpec } from './field-specs';
import { fieldLabel, valueInWords } from './field-text';
import { BOOKKEEPING, isNodeLabel, RELATION_TYPES, type RelationType } from './vocabulary';
import { valuesEqual } from './form-values';

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** The fields whose value differs between two recorded states, in form order. */
export function fieldChanges(
  before: Record<string, unknown> | null | undefined,
  after: Record<string, unknown> | null | undefined,
  order: string[] = [],
): FieldChange[] {
  const b = before ?? {};
  const a = after ?? {};
  const keys = [...new Set([...order, ...Object.keys(b), ...Object.keys(a)])].filter((k) => !BOOKKEEPING.has(k) && (k in a || k in b));
  return keys.filter((k) => !valuesEqual(b[k], a[k])).map((field) => ({ field, before: b[field], after: a[field] }));
}

function specsOf(entityLabel: string): FieldSpec[] {
  if (isNodeLabel(entityLabel)) return NODE_FIELDS[entityLabel];
  return (RELATION_TYPES as string[]).includes(entityLabel) ? LINK_FIELDS[entityLabel as RelationType] : [];
}

/** One sentence per changed field: "Status: Under etablering → Etableret". */
export function changeInWords(change: FieldChange, specs: FieldSpec[]): string {
  const spec = specs.find((s) => s.name === change.field);
  const field = fieldLabel(change.field);
  const before = valueInWords(change.before, spec);
  const after = valueInWords(change.after, spec);
  if (change.before === undefined || change.before === null) return te('history.set', { field, after });
  if (change.after === undefined || change.after === null) return te('history.removed', { field, before });
  return te('history.changed', { field, before, after });
}

/** What an audit entry changed, in words. */
export function describeChange(event: ChangeEvent): string[] {
  const specs = specsOf(event.entityLabel);
  // A deletion removes everything; listing each field as removed says less than one line.
  if (event.operation === 'DELETE' && isNodeLabel(event.entityLabel)) {
    const links = (event.before as { relationships?: unknown[] } | null)?.relationships?.length ?? 0;
    return [te('history.deletedWith', { count: links })];
  }
  const changes = fieldChanges(
    event.before?.props,
    event.after?.props,
    specs.map((s) => s.name),
  );
  const lines = changes.map((c) => changeInWords(c, specs));
  if (!isNodeLabel(event.entityLabel) && (event.operation === 'LINK' || event.operation === 'UNLINK')) {
    const state = event.after ?? event.before;
    if (state?.from && state.to) lines.unshift(te('history.link', { relation: tVocab('relation', event.entityLabel), from: state.from, to: state.to }));
  }
  return lines;
}
