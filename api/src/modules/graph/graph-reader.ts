import type { GraphDb, QueryRunner } from '../../db/graph-db.js';
import type { QueryCatalog } from '../../queries.js';
import { badInput, notFound } from '../../errors.js';
import { PERSONAL_FIELDS } from '../core/access-notes.js';
import { allAtOnce } from '../../db/at-once.js';
import type { PropertiesAsked } from './graph-selection.js';

export interface GraphFilter {
  labels?: string[] | null;
  sectors?: string[] | null;
  relationTypes?: string[] | null;
  limit?: number | null;
  /** The cluster, its municipalities and hospitals, their units, and what links to any of them. */
  clusterId?: string | null;
  /** The municipality, its units, and what links to any of them. */
  municipalityId?: string | null;
  /** The neighbourhood of this node, `depth` steps out. */
  focusId?: string | null;
  depth?: number | null;
}

/** A node as the statements answer it: its id is the one among its properties (props.id); the *-drawing statements answer only the properties the answer's own fields read. */
export interface NodeRow {
  label: string;
  props: Record<string, unknown> & { id: string };
}

/** A relationship as graph/edges answers it: its id too is among its properties (graph/edges-drawing: id and level only). */
interface EdgeRow {
  type: string;
  source: string;
  target: string;
  props: Record<string, unknown> & { id: string };
}

export const MAX_GRAPH_NODES = 5000;
export const MAX_DEPTH = 4;
/** A walk stops widening once it has reached this many nodes; the picture says it is truncated. */
const MAX_WALK = 50_000;

/**
 * The picture for the web view, in one read transaction. Unscoped: the nodes matching the
 * label and sector filters, then the edges among them (two statements). Scoped by municipality,
 * cluster or focus: one statement for the organisational core of a municipality or cluster and
 * its first step out, one per step of the walk out from a focus (at most 4), then the nodes and
 * the edges: never more than eight statements (nine when a focus is not found), however large
 * the picture; a municipality's is three. Several scopes intersect.
 *
 * `asked` says whether the query asks for the nodes' and the edges' stored properties. The web
 * app's map does not (it draws by the typed fields and reads a selected node's properties when
 * it is selected): then the nodes and edges are read by the *-drawing statements, which project
 * the few properties the typed fields need instead of every one (DESIGN.md, graph pictures).
 * A page of a filtered picture reads its page's properties either way (graph/nodes-by-ids).
 */
export async function readGraph(
  db: GraphDb,
  queries: QueryCatalog,
  filter: GraphFilter = {},
  personal = true,
  asked: PropertiesAsked = { nodes: true, edges: true },
) {
  const limit = filter.limit ?? 2000;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_GRAPH_NODES) {
    throw badInput({ en: `"limit" must be between 1 and ${MAX_GRAPH_NODES}.`, da: `"limit" skal være mellem 1 og ${MAX_GRAPH_NODES}.` }, [
      { field: 'filter.limit', message: `must be between 1 and ${MAX_GRAPH_NODES}` },
    ]);
  }
  if (filter.depth !== null && filter.depth !== undefined) {
    if (!filter.focusId)
      throw badInput({ en: '"depth" needs a "focusId".', da: '"depth" kræver et "focusId".' }, [
        { field: 'filter.depth', message: 'needs filter.focusId', da: 'kræver filter.focusId' },
      ]);
    if (!Number.isInteger(filter.depth) || filter.depth < 1 || filter.depth > MAX_DEPTH) {
      throw badInput({ en: `"depth" must be between 1 and ${MAX_DEPTH}.`, da: `"depth" skal være mellem 1 og ${MAX_DEPTH}.` }, [
        { field: 'filter.depth', message: `must be between 1 and ${MAX_DEPTH}` },
      ]);
    }
  }
  const labels = filter.labels?.length ? filter.labels : null;
  const sectors = filter.sectors?.length ? filter.sectors : null;
  const types = filter.relationTypes?.length ? filter.relationTypes : null;
  const scoped = Boolean(filter.clusterId || filter.municipalityId || filter.focusId);

  return db.read(async (tx) => {
    let nodes: NodeRow[];
    let total: number;
    let walkTruncated = false;
    const readEdges = async (ids: string[]): Promise<EdgeRow[]> => {
      if (asked.edges) return tx.run<EdgeRow>(queries.graphEdges, { ids, types });
      // The drawing columns under `props`, where graph/edges has them (the row itself: no copy).
      const rows = await tx.run<EdgeRow['props'] & { type: string; source: string; target: string }>(queries.graphEdgesDrawing, { ids, types });
      return rows.map((row) => ({ type: row.type, source: row.source, target: row.target, props: row }));
    };
    /** The edges, when they were read with the nodes. */
    let edgesRead: EdgeRow[] | null = null;
    if (!scoped) {
      const [page] = await tx.run<{ total: number; nodes: NodeRow[] }>(asked.nodes ? queries.graphNodes : queries.graphNodesDrawing, {
        labels,
        sectors,
        limit,
      });
      nodes = page?.nodes ?? [];
      total = page?.total ?? 0;
    } else {
      let scope: Set<string> | null = null;
      const intersect = (ids: Iterable<string>) => {
        const next = new Set(ids);
        scope = scope === null ? next : new Set([...scope].filter((id) => next.has(id)));
      };
      if (filter.municipalityId) intersect(await organisationScope(tx, queries, filter.municipalityId, 'MUNICIPALITY', types));
      if (filter.clusterId) intersect(await organisationScope(tx, queries, filter.clusterId, 'CLUSTER', types));
      let distance = new Map<string, number>();
      if (filter.focusId) {
        const walk = await neighbourhood(tx, queries, filter.focusId, filter.depth ?? 2, types);
        distance = walk.distance;
        walkTruncated = walk.truncated;
        intersect(distance.keys());
      }
      // The picture's order, nearest first when there is a focus (so a truncated picture keeps
      // the centre), then by id; the statement keeps it and reads only the page's properties.
      // (Without a focus every distance is 0: the default sort compares UTF-16 code units, as `<` does.)
      const ids = [...(scope ?? new Set<string>())];
      if (filter.focusId) ids.sort((a, b) => (distance.get(a) ?? 0) - (distance.get(b) ?? 0) || (a < b ? -1 : a > b ? 1 : 0));
      else ids.sort();
      // The whole picture (no label or sector filter, the limit leaves every node): read without
      // the statement's order, count and page (~10 % less CPU for Aarhus), in this order here.
      const whole = !labels && !sectors && limit >= ids.length;
      let rows: NodeRow[];
      if (!ids.length) rows = [];
      else if (whole) {
        // The whole picture's edges need only its ids, which every node of it has (the scope
        // read them in this transaction; a focus that does not exist is refused below): the
        // two statements are sent at once, as interfaces() sends its three. The embedded engine
        // runs the statements of one transaction one after the other (two 16 ms statements at
        // once: 31 ms in one transaction, 20 ms in two), so the gain is the first one's rows
        // converted here while the second runs; Neo4j's driver pipelines them (one round trip
        // fewer to wait for). Aarhus, the two in one transaction, interleaved at load 6-10:
        // p50 7.07/8.71/7.17 -> 6.92/7.25/6.74 ms, p10 the same. Both are waited for before a
        // failure is passed on (allAtOnce): the transaction must not end under a statement.
        // The edges as a statement of their own beside the transaction, so both could run at
        // once, were measured and not kept: no faster on the shared two-core host (DESIGN.md).
        const [all, edges] = await allAtOnce([
          asked.nodes ? tx.run<NodeRow>(queries.graphNodesByIdsAll, { ids }) : readDrawnNodes(tx, queries, ids),
          readEdges(ids),
        ]);
        rows = inOrderOf(ids, all);
        edgesRead = edges;
      } else rows = await tx.run<NodeRow & { total: number }>(queries.graphNodesByIds, { ids, labels, sectors, keep: filter.focusId ?? null, limit });
      // The focus is kept whatever the filters and sorts first (distance 0), so not first here
      // means it does not exist (or lies outside the other scopes).
      if (filter.focusId && rows[0]?.props.id !== filter.focusId) {
        if (!(await exists(tx, queries, filter.focusId))) throw notFound('node', filter.focusId);
      }
      total = whole ? rows.length : ((rows[0] as { total?: number } | undefined)?.total ?? 0);
      nodes = rows;
    }
    // The statement answers every relationship leaving these nodes; the picture keeps those
    // between two of them (a Set here, see cypher/graph/edges.cypher). That is also what keeps the
    // picture whole when a write lands between the nodes' statement and the edges' (Neo4j reads at
    // READ COMMITTED): an edge to a node created since is left out, a node deleted since is shown
    // without its edges (graph-filter's test; DESIGN.md, graph pictures).
    const shown = new Set(nodes.map((n) => n.props.id));
    const rows = edgesRead ?? (await readEdges([...shown]));
    const edges: GraphEdge[] = [];
    for (const e of rows) if (shown.has(e.target)) edges.push(graphEdge(e, asked.edges));
    // By id, as `<` compares (UTF-16 code units, as Neo4j's ORDER BY; the embedded engine's
    // compares code points, the same for every id without characters beyond U+FFFF).
    edges.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const countsByLabel = new Map<string, number>();
    for (const n of nodes) countsByLabel.set(n.label, (countsByLabel.get(n.label) ?? 0) + 1);
    return {
      nodes: nodes.map((n) => graphNode(n, personal, asked.nodes)),
      edges,
      totalNodes: total,
      totalEdges: edges.length,
      countsByLabel: [...countsByLabel].map(([label, count]) => ({ label, count })).sort((a, b) => b.count - a.count || a.label.localeCompare(b.label)),
      truncated: total > nodes.length || walkTruncated,
    };
  });
}

/** graph/nodes-by-ids-all-drawing's rows as the reader takes them: the drawing columns under `props` (the row itself: no copy). */
async function readDrawnNodes(tx: QueryRunner, queries: QueryCatalog, ids: string[]): Promise<NodeRow[]> {
  const rows = await tx.run<NodeRow['props'] & { label: string }>(queries.graphNodesByIdsAllDrawing, { ids });
  return rows.map((row) => ({ label: row.label, props: row }));
}

/** A municipality or cluster, the organisations below it, and everything one step from any of those. */
async function organisationScope(tx: QueryRunner, queries: QueryCatalog, id: string, kind: string, types: string[] | null): Promise<Set<string>> {
  const [root] = await tx.run<{ id: string; kind: string; below: string[]; next: string[] }>(queries.graphScope, { id, types });
  const field = kind === 'MUNICIPALITY' ? 'filter.municipalityId' : 'filter.clusterId';
  if (!root) throw notFound(kind === 'MUNICIPALITY' ? 'municipality' : 'cluster', id);
  if (root.kind !== kind)
    throw badInput({ en: `"${id}" is a ${root.kind}, not a ${kind}.`, da: `"${id}" er en ${root.kind}, ikke en ${kind}.` }, [
      { field, message: `must be the id of a ${kind}`, da: `skal være id'et på en ${kind}` },
    ]);
  return new Set([root.id, ...root.below, ...root.next]);
}

/**
 * The rows in the order of `ids` (each id at most once among the rows, each row's id one of
 * them): each row put in its id's place, then the places left empty dropped. A sort with a
 * lookup per comparison cost ~0.3 ms for Aarhus' 542 nodes (in a CPU profile of the app).
 */
function inOrderOf(ids: string[], rows: NodeRow[]): NodeRow[] {
  const place = new Map<string, number>();
  for (let i = 0; i < ids.length; i++) place.set(ids[i]!, i);
  const placed: Array<NodeRow | undefined> = new Array(ids.length);
  for (const row of rows) placed[place.get(row.props.id)!] = row;
  const out: NodeRow[] = [];
  for (const row of placed) if (row !== undefined) out.push(row);
  return out;
}

/** Breadth-first, one statement per step: each node's distance from the focus. */
async function neighbourhood(tx: QueryRunner, queries: QueryCatalog, focusId: string, depth: number, types: string[] | null) {
  const distance = new Map<string, number>([[focusId, 0]]);
  let frontier = [focusId];
  let truncated = false;
  for (let step = 1; step <= depth && frontier.length; step++) {
    if (distance.size >= MAX_WALK) {
      truncated = true;
      break;
    }
    const [next] = await tx.run<{ ids: string[] }>(queries.graphNeighbours, { ids: frontier, types });
    frontier = (next?.ids ?? []).filter((id) => !distance.has(id));
    for (const id of frontier) distance.set(id, step);
  }
  return { distance, truncated };
}

async function exists(tx: QueryRunner, queries: QueryCatalog, id: string): Promise<boolean> {
  const rows = await tx.run(queries.existingIds, { ids: [id] });
  return rows.length > 0;
}

interface GraphNode {
  id: string;
  label: string;
  name: string;
  kind: string | null;
  sector: string | null;
  shortName: unknown;
  municipalityCode: unknown;
  /** Only when the query asks for them. */
  properties?: Record<string, unknown>;
}

interface GraphEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  level: unknown;
  /** Only when the query asks for them. */
  properties?: Record<string, unknown>;
}

export function graphNode(n: NodeRow, personal: boolean, withProperties: boolean): GraphNode {
  const hidePersonal = n.label === 'Person' && !personal;
  const node: GraphNode = {
    id: n.props.id,
    label: n.label,
    name: hidePersonal ? String(n.props.title ?? 'Person') : String(n.props.name ?? n.props.id),
    kind: (n.props.kind as string | undefined) ?? null,
    sector: (n.props.sector as string | undefined) ?? null,
    shortName: n.props.shortName ?? null,
    municipalityCode: n.props.municipalityCode ?? null,
  };
  if (withProperties) node.properties = publicProperties(n.props, hidePersonal ? HIDDEN_FROM_VISITORS : BOOKKEEPING);
  return node;
}

function graphEdge(e: EdgeRow, withProperties: boolean): GraphEdge {
  const edge: GraphEdge = { id: e.props.id, type: e.type, source: e.source, target: e.target, level: e.props.level ?? null };
  if (withProperties) edge.properties = publicProperties(e.props);
  return edge;
}

/** What the loader keeps for itself: not part of the picture. */
const BOOKKEEPING: ReadonlySet<string> = new Set(['sourceHash']);
/** A person's details a visitor may not see (core/privacy.ts), and the bookkeeping. */
const HIDDEN_FROM_VISITORS: ReadonlySet<string> = new Set([...BOOKKEEPING, ...PERSONAL_FIELDS]);

/**
 * A copy of a row's map without the hidden keys, in one pass, keys in their order. A copy
 * rather than `delete` on the row's map: deleting turns the object into a dictionary, which the
 * response's JSON.stringify then reads about twice as slowly (measured on 542 maps). One pass
 * rather than a spread and then entries filtered into a new map for a visitor's people (526 of
 * Aarhus' 542 nodes): those made three objects and a pair per property.
 */
function publicProperties(props: Record<string, unknown>, hidden: ReadonlySet<string> = BOOKKEEPING): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key in props) if (!hidden.has(key)) out[key] = props[key];
  return out;
}
