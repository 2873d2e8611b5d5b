import type { FieldSpec } from './field-specs';

/** What an input holds: text for single values, a list of option values for checkboxes. */
export type FormValue = string | string[];
export type FormValues = Record<string, FormValue>;

const isListInput = (f: FieldSpec) => f.type === 'enumList' || f.type === 'intList' || f.type === 'refList';

/** The stored value as the input shows it. */
export function toFormValue(field: FieldSpec, stored: unknown): FormValue {
  if (isListInput(field)) return Array.isArray(stored) ? stored.map(String) : [];
  if (stored === null || stored === undefined) return '';
  if (field.type === 'textList') return Array.isArray(stored) ? stored.map(String).join('\n') : String(stored);
  if (field.type === 'boolean') return stored === true ? 'true' : stored === false ? 'false' : '';
  return String(stored);
}

export function toFormValues(fields: FieldSpec[], stored: Record<string, unknown>): FormValues {
  return Object.fromEntries(fields.map((f) => [f.name, toFormValue(f, stored[f.name])]));
}

/**
 * The input as the API wants it; null means "not given" (and removes the property on an
 * update). Text that is not a number stays text, so the API names the field, not the browser.
 */
export function fromFormValue(field: FieldSpec, value: FormValue): unknown {
  if (isListInput(field)) {
    const list = Array.isArray(value) ? value : [];
    return field.type === 'intList' ? list.map(Number) : list;
  }
  const text = (Array.isArray(value) ? value.join('\n') : value).trim();
  if (field.type === 'textList')
    return text === ''
      ? []
      : text
          .split('\n')
          .map((s) => s.trim())
          .filter(Boolean);
  if (text === '') return null;
  if (field.type === 'boolean') return text === 'true';
  if (field.type === 'int') return /^-?\d+$/.test(text) ? Number(text) : text;
  return text;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
/** An empty list and a missing list mean the same to the domain (lists default to []). */
const normalised = (v: unknown) => (Array.isArray(v) && v.length === 0 ? null : v);

/** Only the fields the user changed, for an update read at a version. */
export function changedProperties(fields: FieldSpec[], stored: Record<string, unknown>, values: FormValues): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  for (const f of fields) {
    const next = fromFormValue(f, values[f.name] ?? '');
    if (!same(normalised(next), normalised(stored[f.name]))) patch[f.name] = next;
  }
  return patch;
}

/** Every given field, for a create. */
export function givenProperties(fields: FieldSpec[], values: FormValues): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const f of fields) {
    const v = fromFormValue(f, values[f.name] ?? '');
    if (v !== null && !(Array.isArray(v) && v.length === 0)) props[f.name] = v;
  }
  return props;
}

export const valuesEqual = (a: unknown, b: unknown) => same(normalised(a), normalised(b));
