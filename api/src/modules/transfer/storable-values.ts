/**
 * Whether a record's fields are values a property can hold on both engines: strings, numbers,
 * booleans, null, or a list of one kind of these. Neo4j refuses a map or a mixed list as a
 * property value; the embedded engine would take them, and the two stores would then differ.
 * Returns a sentence naming the first field that is not, or null.
 */
export function storableIssue(record: unknown, where: string): string | null {
  if (!record || typeof record !== 'object' || Array.isArray(record)) return `${where} is not a map of fields`;
  for (const [field, value] of Object.entries(record)) {
    if (!storable(value)) return `${where} field "${field}" is not a string, number, boolean or list of one of these`;
  }
  return null;
}

const scalarKind = (v: unknown): string | null =>
  typeof v === 'string' || typeof v === 'boolean' ? typeof v : typeof v === 'number' && Number.isFinite(v) ? 'number' : null;

function storable(value: unknown): boolean {
  if (value === null || scalarKind(value)) return true;
  if (!Array.isArray(value)) return false;
  const kinds = new Set(value.map(scalarKind));
  return !kinds.has(null) && kinds.size <= 1;
}
