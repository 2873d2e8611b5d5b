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
const KEY_LAYOUT = 3;

/** Which tables and layout the keys were made with; a key with another stamp is remade. */
export const KEY_FINGERPRINT = createHash('sha256').update(JSON.stringify({ KEY_LAYOUT, SEARCH_FOLD, DANISH_SORT_FOLD })).digest('hex').slice(0, 16);

/** Joins the folded fields in `text`; the domain rules keep control characters out of text fields. */
const SEP = '\u001f';
/** The separator, for readers that must not let a searched text span two fields. */
export const KEY_FIELD_SEPARATOR = SEP;
/** The searched fields, folded, in the order a key's `text` joins them (the search statements read them by position). */
export const KEY_FIELDS = ['name', 'shortName', 'title', 'profession', 'address', 'locationNumber'] as const;
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

/** How many leading characters of the sort key name a person's bucket (see bucketOf). */
const BUCKET_CHARS = 3;

/**
 * The people list's bucket of a sort key: its first characters (code points, so a pair is never
 * split). Cutting strings to a prefix keeps their order, so every person in a bucket sorts
 * after every person of an earlier bucket, and the first page reads only the first buckets
 * (person/list-by-buckets) instead of sorting all 25,000 people.
 */
export const bucketOf = (sortKey: string): string => [...sortKey].slice(0, BUCKET_CHARS).join('');

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
  const folded = KEY_FIELDS.map((k) => foldText(field(props, k)));
  const sortKey = danishSortKey(name);
  // The six folded fields live only in `text`, joined by SEP in the order of KEY_FIELDS; the
  // search statements split it for the candidates they rank. Each field a key of its own cost
  // the embedded engine ~21 MB after the bench's load (its columns hold every node's value, the
  // 27,117 keys' too; docs/DESIGN.md, Memory of the API process).
  return {
    id,
    label,
    text: folded.join(SEP),
    compact: `${folded[4]}${SEP}${folded[5]}`.replaceAll(' ', ''),
    publicText: person ? foldText(`${title} | ${profession}`) : '',
    personalText: person ? foldText(`${title} | ${profession} | ${name} | ${field(props, 'email')}`) : '',
    sortKey,
    order: orderKey(sortKey, id),
    // People only (empty for the rest): the list's bucket and the search role, the person's
    // searched fields but the name, which anonymous search matches by (search/search-public).
    bucket: person ? bucketOf(sortKey) : '',
    role: person ? folded.slice(1).join(SEP) : '',
    stamp: stampOf(props),
  };
}

/** What write-keys reports of each person whose bucket changed (a new person: before null). */
export interface BucketMove {
  before: string | null;
  after: string;
}

/**
 * Keeps the people list's buckets and the search roles (PersonBucket, SearchRole) in step with
 * the keys just written, in the same transaction: a bucket's size counts its people (a hint
 * for how many buckets a page reads; person-reader checks it), a role node exists for every
 * role a person has. The import's fresh keys (dataset/new-search-keys.ts) keep them here too.
 */
export async function writeKeyIndex(
  tx: QueryRunner,
  queries: QueryCatalog,
  moves: readonly BucketMove[],
  people: ReadonlyArray<Record<string, string>>,
): Promise<void> {
  const deltas = new Map<string, number>();
  for (const m of moves) {
    deltas.set(m.after, (deltas.get(m.after) ?? 0) + 1);
    if (m.before !== null) deltas.set(m.before, (deltas.get(m.before) ?? 0) - 1);
  }
  const buckets = [...deltas].filter(([, delta]) => delta !== 0).map(([prefix, delta]) => ({ prefix, delta }));
  if (buckets.length) await tx.run(queries.personAdjustBuckets, { buckets });
  const roles = new Map(people.map((k) => [k.role!, k.compact!]));
  if (roles.size) await tx.run(queries.searchMergeRoles, { roles: [...roles].map(([key, compact]) => ({ key, compact })) });
}

/** Writes the keys of nodes whose properties are at hand (as they are now stored). */
export async function writeSearchKeys(tx: QueryRunner, queries: QueryCatalog, nodes: readonly KeySource[]): Promise<number> {
  const keyed = nodes.filter((n) => KEYED_LABELS.has(n.label));
  let written = 0;
  for (let i = 0; i < keyed.length; i += BATCH) {
    const rows = keyed.slice(i, i + BATCH).map((n) => ({ id: n.id, person: n.label === 'Person', keys: searchKeys(n) }));
    const [row] = await tx.run<{ written: number; moved: BucketMove[] }>(queries.searchWriteKeys, { rows });
    written += row?.written ?? 0;
    await writeKeyIndex(
      tx,
      queries,
      row?.moved ?? [],
      rows.filter((r) => r.person).map((r) => r.keys),
    );
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

/** A row of search/key-index-check. */
export interface KeyIndexRow {
  kind: 'bucket' | 'role';
  side: 'counted' | 'stored';
  key: string;
  size: number | null;
  compact: string | null;
}

/**
 * Whether the people list's buckets and the search roles are as person/recount-buckets and
 * search/recount-roles would leave them: every counted bucket stored with its count, every
 * other stored bucket at 0, every counted role stored with its compact text (a role no one
 * has any more is left by the recount too).
 */
export function keyIndexInStep(rows: readonly KeyIndexRow[]): boolean {
  const stored = (kind: KeyIndexRow['kind']) => new Map(rows.filter((r) => r.kind === kind && r.side === 'stored').map((r) => [r.key, r]));
  const counted = (kind: KeyIndexRow['kind']) => rows.filter((r) => r.kind === kind && r.side === 'counted');
  const buckets = stored('bucket');
  const countedBuckets = counted('bucket');
  const bucketsRight =
    countedBuckets.every((c) => buckets.get(c.key)?.size === c.size) &&
    [...buckets.values()].every((b) => b.size === 0 || countedBuckets.some((c) => c.key === b.key));
  const roles = stored('role');
  return bucketsRight && counted('role').every((c) => roles.has(c.key) && roles.get(c.key)!.compact === c.compact);
}

/**
 * Makes the keys that are missing or stale and drops those whose node is gone. Idempotent and
 * cheap on an up-to-date store (one pass over the nodes' versions); run at every start.
 */
export async function backfillSearchKeys(db: GraphDb, queries: QueryCatalog): Promise<{ written: number; dropped: number; recounted: boolean }> {
  const stale = await db.run<KeySource>(queries.searchStaleKeys, { fingerprint: KEY_FINGERPRINT });
  const written = stale.length ? await db.write((tx) => writeSearchKeys(tx, queries, stale)) : 0;
  const [orphans] = await db.run<{ dropped: number }>(queries.searchDropOrphanKeys);
  const dropped = orphans?.dropped ?? 0;
  // The buckets' sizes are counted anew and every person's role gets its node: mends a store
  // written before they existed, or by a version whose deletes left sizes too high. Only when
  // something is off: on the embedded engine the first write after opening costs the process
  // ~40 MB (national store: RSS after start 314 -> ~275 MB without it), which a start with
  // nothing to mend need not pay.
  const recounted = written > 0 || dropped > 0 || !keyIndexInStep(await db.run<KeyIndexRow>(queries.searchKeyIndexCheck));
  if (recounted)
    await db.write(async (tx) => {
      await tx.run(queries.personRecountBuckets);
      await tx.run(queries.searchRecountRoles);
    });
  return { written, dropped, recounted };
}
