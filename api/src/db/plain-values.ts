/**
 * Values as the API sees them: JSON-safe scalars, lists and maps. Large integers become
 * strings rather than losing digits; timestamps become ISO strings.
 *
 * The engine hands every answer over as fresh objects and arrays of its own (nothing else
 * holds them), and almost every value in them is already plain (strings, numbers, maps of
 * those). So plain maps and arrays are converted in place: only a value that needs another
 * form is replaced, and nothing is copied. A copy of every row and map doubled the objects an
 * answer allocates (graph() for Aarhus: 1,185 rows, ~1,800 maps, 0.75 ms to copy, and the
 * collections that follow); objects of any other class are still copied into plain maps.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return typeof value === 'bigint' ? plainInteger(value) : value;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item = value[i];
      const plain = toPlain(item);
      if (plain !== item) value[i] = plain;
    }
    return value;
  }
  if (ArrayBuffer.isView(value)) return Array.from(value as unknown as ArrayLike<number>);
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = toPlain(v);
    return out;
  }
  const map = value as Record<string, unknown>;
  for (const k in map) {
    if (!Object.hasOwn(map, k)) continue;
    const v = map[k];
    const plain = toPlain(v);
    if (plain !== v) map[k] = plain;
  }
  return map;
}

function plainInteger(value: bigint): number | string {
  return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER) ? Number(value) : value.toString();
}
