import type { QueryRunner } from '../../../db/graph-db.js';
import type { QueryCatalog } from '../../../queries.js';
import { publicProps } from '../node-ref.js';
import type { SearchNode } from './connection-rules.js';
import type { ExpansionRequest, NeighbourRecord } from './connection-search.js';

/**
 * The reads of connection(): the statements run and their rows turned into typed records.
 * It decides nothing; the search (connection-search.ts) decides which nodes to read next.
 */

/** The relationship types that are "hands" between actors. */
export const HAND_TYPES = [
  'WORKS_IN',
  'CONTACT_FOR',
  'MEMBER_OF',
  'PART_OF',
  'IN_CLUSTER',
  'PROVIDES',
  'SERVES',
  'REPORTS_TO',
  'ANCHORED_IN',
  'SECRETARIAT_FOR',
] as const;
/** Followed only from the ends of the question, so it may start at a mandate or an agreement. */
export const ANCHOR_TYPES = ['HOLDS', 'GRANTED_BY', 'CONCERNS', 'PARTY_TO', 'IMPLEMENTS', 'HAS_ELEMENT', 'HAS_STEP', 'STATUS'] as const;
/**
 * The ends that follow ANCHOR_TYPES: only the kinds of node that have no hands of their own.
 * Were an organisation to follow them too, any two parties to the same agreement (or two
 * municipalities reporting status on the same element) would "meet" in two hops.
 */
export const ANCHOR_LABELS = ['Mandate', 'Agreement', 'Element', 'Pathway', 'Step'];

export { HUB_KINDS, UMBRELLA_KINDS } from '../hubs.js';

/** A node on an answer's path, read in full (cypher/connection/endpoints): what names and describes it. */
export interface GraphNode {
  id: string;
  label: string;
  name?: string | null;
  title?: string | null;
  kind?: string | null;
  sector?: string | null;
  status?: string | null;
  address?: string | null;
  schedule?: string | null;
  rules?: string | null;
  supportsAttachments?: boolean | null;
  level?: string | null;
  validTo?: string | null;
}

/** One row of cypher/connection/neighbours. */
interface NeighbourRow {
  from: string;
  relId: string;
  type: string;
  out: boolean;
  id: string;
  organisation: boolean;
  group: boolean;
  channel: boolean;
  kind: string | null;
  validTo: string | null;
}

/** A neighbour as cypher/connection/start lists it: the columns of NeighbourRow after `from`, in order. */
type NeighbourTuple = [
  relId: string,
  type: string,
  out: boolean,
  id: string,
  organisation: boolean,
  group: boolean,
  channel: boolean,
  kind: string | null,
  validTo: string | null,
];

/** The nodes with these ids, in full; an id without a node is absent. */
export async function readNodes(tx: QueryRunner, queries: QueryCatalog, ids: string[]): Promise<Map<string, GraphNode>> {
  const rows = await tx.run<{ node: GraphNode }>(queries.connectionEndpoints, { ids });
  return new Map(rows.map((r) => [r.node.id, r.node]));
}

/** The ends of a question, and the neighbours of those in `expand` as one expansion of that node alone would read them. */
export interface Start {
  nodes: Map<string, GraphNode>;
  neighbours: Map<string, NeighbourRecord[]>;
}

/** cypher/connection/start's parameters: the ends, the ends to expand, the hand ties on `day`. */
export function startParams(ids: string[], expand: string[], day: string) {
  return { ids, expand, types: [...HAND_TYPES], anchorLabels: ANCHOR_LABELS, anchorTypes: [...ANCHOR_TYPES], day };
}

/**
 * One statement (cypher/connection/start): the ends in full and the neighbours of `expand`
 * (a subset of `ids`) on `day`; an end whose label is in ANCHOR_LABELS follows ANCHOR_TYPES
 * too, as `anchors` makes readNeighbours do.
 */
export async function readStart(tx: QueryRunner, queries: QueryCatalog, ids: string[], expand: string[], day: string): Promise<Start> {
  const rows = await tx.run<{ node: GraphNode; neighbours: NeighbourTuple[] }>(queries.connectionStart, startParams(ids, expand, day));
  const nodes = new Map<string, GraphNode>();
  const neighbours = new Map<string, NeighbourRecord[]>();
  for (const { node, neighbours: list } of rows) {
    nodes.set(node.id, node);
    if (expand.includes(node.id) && !neighbours.has(node.id)) {
      neighbours.set(
        node.id,
        list.map(([relId, type, out, id, organisation, group, channel, kind, validTo]) =>
          toRecord({ from: node.id, relId, type, out, id, organisation, group, channel, kind, validTo }),
        ),
      );
    }
  }
  return { nodes, neighbours };
}

/** A relationship to read the properties of: its id and its ends as stored. */
export interface EdgeKey {
  id: string;
  source: string;
  target: string;
}

/**
 * One statement (cypher/connection/details): the nodes with these ids in full, and the public
 * properties of these relationships (the loader's bookkeeping left out), by relationship id.
 */
export async function readDetails(
  tx: QueryRunner,
  queries: QueryCatalog,
  ids: string[],
  edges: EdgeKey[],
): Promise<{ nodes: Map<string, GraphNode>; props: Map<string, Record<string, unknown>> }> {
  const rows = await tx.run<{ node: GraphNode | null; relationship: [relId: string, props: Record<string, unknown> | null] | null }>(
    queries.connectionDetails,
    {
      ids,
      relationships: edges.map((e) => ({ id: e.id, source: e.source, target: e.target })),
    },
  );
  const nodes = new Map<string, GraphNode>();
  const props = new Map<string, Record<string, unknown>>();
  for (const { node, relationship } of rows) {
    if (node) nodes.set(node.id, node);
    if (relationship) props.set(relationship[0], publicProps(relationship[1]));
  }
  return { nodes, props };
}

/** What the search knows of a node read in full. */
export function searchNode(n: GraphNode): SearchNode {
  const label = n.label === 'Organisation' || n.label === 'Group' || n.label === 'Channel' ? n.label : 'Other';
  return { id: n.id, label, kind: n.kind ?? null, validTo: n.validTo ?? null };
}

/**
 * One statement: the neighbours of the request's frontier on `day`. `anchors` are the ends of
 * the question that may follow ANCHOR_TYPES (see ANCHOR_LABELS).
 */
export async function readNeighbours(
  tx: QueryRunner,
  queries: QueryCatalog,
  request: ExpansionRequest,
  anchors: string[],
  day: string,
): Promise<NeighbourRecord[]> {
  const rows = await tx.run<NeighbourRow>(queries.connectionNeighbours, {
    ids: request.ids,
    providesOnly: request.providesOnly,
    notToMembers: request.notToMembers,
    types: [...HAND_TYPES],
    anchors,
    anchorTypes: [...ANCHOR_TYPES],
    day,
  });
  return rows.map(toRecord);
}

/**
 * One statement for several reads of frontiers that share no node (ConnectionSearch.alongside):
 * their neighbours as readNeighbours would bring each, in the order of `requests`.
 */
export async function readNeighboursOfEach(
  tx: QueryRunner,
  queries: QueryCatalog,
  requests: readonly ExpansionRequest[],
  anchors: string[],
  day: string,
): Promise<NeighbourRecord[][]> {
  const all = await readNeighbours(
    tx,
    queries,
    {
      side: requests[0]!.side,
      ids: requests.flatMap((r) => r.ids),
      providesOnly: requests.flatMap((r) => r.providesOnly),
      notToMembers: requests.flatMap((r) => r.notToMembers),
    },
    anchors,
    day,
  );
  const which = new Map<string, number>();
  requests.forEach((r, i) => {
    for (const id of r.ids) which.set(id, i);
  });
  const each = requests.map((): NeighbourRecord[] => []);
  for (const record of all) each[which.get(record.from)!]!.push(record);
  return each;
}

function toRecord(row: NeighbourRow): NeighbourRecord {
  return {
    from: row.from,
    relId: row.relId,
    type: row.type,
    out: row.out,
    node: {
      id: row.id,
      label: row.organisation ? 'Organisation' : row.group ? 'Group' : row.channel ? 'Channel' : 'Other',
      kind: row.kind,
      validTo: row.validTo,
    },
  };
}
