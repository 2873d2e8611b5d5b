import neo4j from 'neo4j-driver';
import type { Params } from './graph-db.js';
import { refuseUndefined } from './params.js';

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

/** Integers to numbers (strings when unsafe), temporals to ISO strings, graph types to maps. */
export function fromDriver(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return neo4j.integer.inSafeRange(value) ? neo4j.integer.toNumber(value) : value.toString();
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  ) {
    return (value as { toString(): string }).toString();
  }
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) return fromDriver((value as { properties: object }).properties);
  if (Array.isArray(value)) return value.map(fromDriver);
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, fromDriver(v)]));
  }
  return value;
}
