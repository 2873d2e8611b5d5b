import type { QueryRunner } from '../../../db/graph-db.js';
import type { QueryCatalog } from '../../../queries.js';
import { publicProps } from '../node-ref.js';
import type { SearchNode } from './connection-rules.js';
import type { ExpansionRequest, NeighbourRecord } from './connection-search.js';

/**
 * The reads of connection(): the two statements run and their rows turned into typed records.
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
  props: Record<string, unknown> | null;
  id: string;
  organisation: boolean;
  group: boolean;
  channel: boolean;
  kind: string | null;
  validTo: string | null;
}

/** The nodes with these ids, in full; an id without a node is absent. */
export async function readNodes(tx: QueryRunner, queries: QueryCatalog, ids: string[]): Promise<Map<string, GraphNode>> {
  const rows = await tx.run<{ node: GraphNode }>(queries.connectionEndpoints, { ids });
  return new Map(rows.map((r) => [r.node.id, r.node]));
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
  return rows.map((row) => ({
    from: row.from,
    relId: row.relId,
    type: row.type,
    out: row.out,
    props: publicProps(row.props),
    node: {
      id: row.id,
      label: row.organisation ? 'Organisation' : row.group ? 'Group' : row.channel ? 'Channel' : 'Other',
      kind: row.kind,
      validTo: row.validTo,
    },
  }));
}
