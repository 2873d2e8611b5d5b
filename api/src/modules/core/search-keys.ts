import { createHash } from 'node:crypto';
import type { GraphDb, QueryRunner } from '../../db/graph-db.js';
import type { QueryCatalog } from '../../queries.js';
import { DANISH_SORT_FOLD, SEARCH_FOLD, danishSortKey, foldText } from './text-fold.js';

/**
 * Derived keys for search and the people list, kept on a SearchKey node per organisation,
 * person, group and channel (cypher/search/write-keys.cypher): the fields folded with
 * SEARCH_FOLD and the name's Danish sort key, made when the node is written instead of on
 * every request (at national scale, folding every node in the engine cost a search ~450 ms
 * and a page of people ~200 ms). They are made here, by the very functions that fold the
 * search text, so both sides fold alike by construction. They are not data: the key nodes
 * carry no Entity label, so exports, the content hash, history and every read of the map leave
 * them out. Every write path of those nodes writes their keys in its transaction;
 * backfillSearchKeys at start-up mends a store written before they existed.
 */

/** Labels whose nodes have search keys. */
export const KEYED_LABELS: ReadonlySet<string> = new Set(['Organisation', 'Person', 'Group', 'Channel']);

/** Bump when searchKeys changes what it makes: every key is then remade at the next start. */
const KEY_LAYOUT = 1;

/** Which tables and layout the keys were made with; a key with another stamp is remade. */
export const KEY_FINGERPRINT = createHash('sha256').update(JSON.stringify({ KEY_LAYOUT, SEARCH_FOLD, DANISH_SORT_FOLD })).digest('hex').slice(0, 16);

/** Joins the folded fields in `text`; the domain rules keep control characters out of text fields. */
const SEP = '\u001f';
/** Between sort key and id in the order key: before every character a name can hold. */
export const NUL = '\u0000';

const BATCH = 2000;

export interface KeySource {
  id: string;
  label: string;
  props: Record<string, unknown>;
}

const field = (props: Record<string, unknown>, key: string): string => {
  const v = props[key];
  return v === null || v === undefined ? '' : String(v);
};

/** The order key person/list pages by: (sort key, id) as one string with the same order. */
export const orderKey = (sortKey: string, id: string): string => `${sortKey}${NUL}${id}`;
/** The sort key part of an order key (names and ids hold no NUL). */
export const sortKeyOf = (order: string): string => order.slice(0, order.indexOf(NUL));

/** The stamp cypher/search/key-sources.cypher compares: fingerprint, version, updatedAt. */
const stampOf = (props: Record<string, unknown>): string => `${KEY_FINGERPRINT}|${field(props, 'version')}|${field(props, 'updatedAt')}`;

/**
 * A node's keys: each searched field folded (foldText, as the search text is), the people
 * list's filter texts (title | profession, and with name | e-mail for signed-in viewers), the
 * name's Danish sort key (danishSortKey) and the order key. Exactly what the statements used
 * to compute per request with the same tables.
 */
export function searchKeys({ id, label, props }: KeySource): Record<string, string> {
  const name = field(props, 'name');
  const title = field(props, 'title');
  const profession = field(props, 'profession');
  const person = label === 'Person';
  const folded = ['name', 'shortName', 'title', 'profession', 'address', 'locationNumber'].map((k) => foldText(field(props, k)));
  const sortKey = danishSortKey(name);
  return {
    id,
    label,
    name: folded[0]!,
    shortName: folded[1]!,
    title: folded[2]!,
    profession: folded[3]!,
    address: folded[4]!,
    locationNumber: folded[5]!,
    text: folded.join(SEP),
    compact: `${folded[4]}${SEP}${folded[5]}`.replaceAll(' ', ''),
    publicText: person ? foldText(`${title} | ${profession}`) : '',
    personalText: person ? foldText(`${title} | ${profession} | ${name} | ${field(props, 'email')}`) : '',
    sortKey,
    order: orderKey(sortKey, id),
    stamp: stampOf(props),
  };
}

/** Writes the keys of nodes whose properties are at hand (as they are now stored). */
export async function writeSearchKeys(tx: QueryRunner, queries: QueryCatalog, nodes: readonly KeySource[]): Promise<number> {
  const keyed = nodes.filter((n) => KEYED_LABELS.has(n.label));
  let written = 0;
  for (let i = 0; i < keyed.length; i += BATCH) {
    const rows = keyed.slice(i, i + BATCH).map((n) => ({ id: n.id, person: n.label === 'Person', keys: searchKeys(n) }));
    const [row] = await tx.run<{ written: number }>(queries.searchWriteKeys, { rows });
    written += row?.written ?? 0;
  }
  return written;
}

/**
 * Remakes the keys of the given nodes from what is stored (ids of other labels or unknown ids
 * are skipped); with onlyStale, keys already made from the node's current version stay.
 */
export async function refreshSearchKeys(tx: QueryRunner, queries: QueryCatalog, ids: readonly string[], onlyStale = false): Promise<number> {
  let written = 0;
  for (let i = 0; i < ids.length; i += BATCH) {
    const sources = await tx.run<KeySource>(queries.searchKeySources, { ids: ids.slice(i, i + BATCH), onlyStale, fingerprint: KEY_FINGERPRINT });
    written += await writeSearchKeys(tx, queries, sources);
  }
  return written;
}

/**
 * Makes the keys that are missing or stale and drops those whose node is gone. Idempotent and
 * cheap on an up-to-date store (one pass over the nodes' versions); run at every start.
 */
export async function backfillSearchKeys(db: GraphDb, queries: QueryCatalog): Promise<{ written: number; dropped: number }> {
  const stale = await db.run<KeySource>(queries.searchStaleKeys, { fingerprint: KEY_FINGERPRINT });
  const written = stale.length ? await db.write((tx) => writeSearchKeys(tx, queries, stale)) : 0;
  const [orphans] = await db.run<{ dropped: number }>(queries.searchDropOrphanKeys);
  return { written, dropped: orphans?.dropped ?? 0 };
}
