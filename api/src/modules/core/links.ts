import { isCurrent, todayInDenmark } from './dates.js';

/** A node's properties as the statements return them (`n {.*}`). */
export type Props = { id: string; name?: unknown; [key: string]: unknown };
/** A node that may be of several labels (a union member in GraphQL), tagged with its label. */
export type Tagged = Props & { __label: string };

/** Bookkeeping the seed loader keeps on nodes and relationships: not part of the API. */
export function clean<T extends Record<string, unknown>>(props: T): T {
  const { sourceHash: _hash, isNew: _new, ...rest } = props;
  return rest as T;
}

/**
 * A relationship row as the statements return it, `r {.*, <far>: f {.*}}`, with the near end
 * added: link objects carry both ends, so the same GraphQL type serves both directions
 * (Person.worksIn and Organisation.people are both Employment).
 */
export function link(row: Record<string, unknown>, nearKey: string, near: Props, farKeys: string[]): Props {
  return { ...farEnd(row, farKeys), [nearKey]: near };
}

/** A relationship row with its far node(s) cleaned; the near end is added by whoever knows it. */
export function farEnd(row: Record<string, unknown>, farKeys: string[]): Props {
  const out: Record<string, unknown> = clean({ ...row });
  for (const k of farKeys) if (out[k] && typeof out[k] === 'object') out[k] = clean(out[k] as Props);
  return out as Props;
}

/** `{label, node}` from a statement (`label: …, node: x {.*}`) to a tagged node under `key`. */
export function taggedLink(row: Record<string, unknown>, key: string, nearKey: string, near: Props): Props {
  const { label, node, ...rest } = clean(row);
  return { ...rest, [key]: tag(String(label), node as Props), [nearKey]: near } as Props;
}

export function tag(label: string, node: Props): Tagged {
  return { ...clean(node), __label: label };
}

export const list = <T>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);

/**
 * Related rows (relationships, far nodes) in id order. The statements collect them in the
 * order the engine walks the graph, which differs between engines (and may change with the
 * store's layout); sorting here makes the answer the same on both. Resolvers that sort by a
 * field of the contract (name, date, role) sort after this, and sort is stable, so their ties
 * come in id order too.
 */
export const links = <T extends { id?: unknown }>(value: unknown): T[] =>
  list<T>(value).sort((a, b) => (String(a.id) < String(b.id) ? -1 : String(a.id) > String(b.id) ? 1 : 0));

/** Fields every relationship type shares; `current` is judged against today in Denmark. */
export const linkResolvers = {
  current: (l: Props) => isCurrent(l.since, l.until, todayInDenmark()),
};

/** Union members say which GraphQL type they are by the label the statement returned. */
export const resolveTagged = { __resolveType: (n: Tagged) => n.__label };

/** A CONTACT_FOR row: its `pathways` property holds pathway ids; GraphQL resolves them to Pathways. */
export function contactAssignment(row: Record<string, unknown>, nearKey: string | null, near: Props | null, farKey: string): Props {
  const { pathways, ...rest } = nearKey && near ? link(row, nearKey, near, [farKey]) : farEnd(row, [farKey]);
  return { ...rest, pathwayIds: list<string>(pathways), topics: list(rest.topics), steps: list(rest.steps), audience: list(rest.audience) } as Props;
}
