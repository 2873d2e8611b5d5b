import type { Params } from './graph-db.js';
import { DbError } from './db-error.js';

/**
 * Refuses a parameter that is undefined, at any depth: the engines would each read it their
 * own way (null, missing, an error), so a caller's slip would answer differently per engine.
 * Pass null for "no value".
 */
export function refuseUndefined(params: Params, queryName: string): void {
  const path = undefinedAt(params, '$');
  if (path) throw new DbError('QUERY', `${queryName}: parameter ${path} is undefined; pass null for no value`, queryName);
}

function undefinedAt(value: unknown, path: string): string | null {
  if (value === undefined) return path;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = undefinedAt(value[i], `${path}[${i}]`);
      if (found) return found;
    }
  } else if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    for (const [k, v] of Object.entries(value)) {
      const found = undefinedAt(v, path === '$' ? `$${k}` : `${path}.${k}`);
      if (found) return found;
    }
  }
  return null;
}
