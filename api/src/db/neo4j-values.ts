import neo4j, { type Record as DriverRecord } from 'neo4j-driver';
import type { Params } from './graph-db.js';
import { refuseUndefined } from './params.js';

// The driver's tests, read once: `neo4j.isInt` and the rest are getters on the package's exports,
// and rows of hundreds of values asked each of them per value (#17: statusMatrix's 3,000 values
// spent ~0.9 ms a request in the temporal and graph tests alone, graph's 1,200 rows ~2.5 ms).
const { isInt, isDate, isDateTime, isLocalDateTime, isTime, isLocalTime, isDuration, isNode, isRelationship } = neo4j;
const { inSafeRange, toNumber } = neo4j.integer;

/**
 * Parameters for the driver. Neo4j reads a JS number as a float and refuses `LIMIT 10.0`, so
 * whole numbers go as Integers; an undefined value is a caller's slip (the embedded engine
 * and the driver would each read it their own way), refused before anything is sent.
 */
export function toDriverParams(params: Params, queryName: string): Record<string, unknown> {
  refuseUndefined(params, queryName);
  return toDriver(params) as Record<string, unknown>;
}

function toDriver(value: unknown): unknown {
  if (typeof value === 'number' && Number.isInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toDriver);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toDriver(v)]));
  }
  return value;
}

/** A record as the port's row: its columns by name, each value as fromDriver makes it. */
export function rowFromDriver(record: DriverRecord): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  const keys = record.keys as string[];
  for (let i = 0; i < keys.length; i++) put(row, keys[i]!, fromDriver(record.get(i)));
  return row;
}

/**
 * Integers to numbers (strings when unsafe), temporals to ISO strings, graph types to maps.
 * Most values are strings, numbers, booleans, lists and maps: those are answered before any of
 * the driver's type tests (the same result, in the same key order).
 */
export function fromDriver(value: unknown): unknown {
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
    case 'bigint':
      return value;
    case 'undefined':
      return null;
    case 'object':
      break;
    default:
      return value;
  }
  if (value === null) return null;
  if (Array.isArray(value)) {
    const out = new Array(value.length);
    for (let i = 0; i < value.length; i++) out[i] = fromDriver(value[i]);
    return out;
  }
  // A map from the driver is a plain object; the driver's own types are class instances.
  if (Object.getPrototypeOf(value) === Object.prototype) return mapFromDriver(value as Record<string, unknown>);
  if (isInt(value)) return inSafeRange(value) ? toNumber(value) : value.toString();
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value) || isTime(value) || isLocalTime(value) || isDuration(value)) {
    return (value as { toString(): string }).toString();
  }
  if (isNode(value) || isRelationship(value)) return fromDriver((value as { properties: object }).properties);
  return mapFromDriver(value as Record<string, unknown>);
}

function mapFromDriver(value: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) put(out, key, fromDriver(value[key]));
  return out;
}

/** An own data property even for the key `__proto__` (which `out[key] =` would take as the prototype). */
function put(out: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  else out[key] = value;
}
