import { isDeepStrictEqual } from 'node:util';
import { editableProps } from './editable-props.js';

/**
 * A thing whose every editable field equals another's is its twin (editing/twins.ts refuses to
 * make one; an import takes a stored twin's id instead: transfer/sheet-against-store.ts).
 */
export interface Twin {
  id: string;
  props: Record<string, unknown>;
}

/** The row whose editable fields, its id aside, equal `fields` (nulls count as absent), if any; never `except`. */
export function twinOf(rows: readonly Twin[], fields: Record<string, unknown>, except?: string): Twin | undefined {
  const wanted = present(fields);
  return rows.find((row) => {
    if (row.id === except) return false;
    const { id: _id, ...stored } = editableProps(row.props);
    return isDeepStrictEqual(present(stored), wanted);
  });
}

function present(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== null && v !== undefined));
}
