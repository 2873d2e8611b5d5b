import type { GraphDb } from '../../../db/graph-db.js';
import type { QueryCatalog } from '../../../queries.js';
import { badInput, notFound } from '../../../errors.js';
import { nodeRef, personName, type NodeRef } from '../node-ref.js';
import type { SentenceNode } from '../relation-sentences.js';
import { ANCHOR_LABELS, readDetails, readNeighbours, readNeighboursOfEach, readStart, searchNode, type GraphNode } from './connection-reader.js';
import { rankPaths, type PathCandidate } from './connection-ranking.js';
import { ConnectionSearch, type ExpansionRequest, type NeighbourRecord, type Side } from './connection-search.js';
import { CONNECTION_WORDS_DA, type ConnectionWords } from './connection-wording.js';
import type { SearchEdge } from './connection-rules.js';

/**
 * connection(fromId, toId): the shortest ways two actors are linked through people, groups,
 * channels and the organisation tree, each hop told in words. Read → decide → word: the reader
 * runs the statements (the ends with their neighbours, one per further search step, the
 * details of the paths found), the search and the ranking decide (pure), the wording tells it. Round trips grow with the length
 * of the path, never with the number of nodes or paths.
 * It lives in core because two features ask it: connection (modules/connection, the API field)
 * and what-if (modules/what-if, paths with a subject left out); features import only core.
 */

export const MAX_HOPS = 6;
export const MAX_ALTERNATIVES = 10;

export interface Hop {
  from: NodeRef;
  to: NodeRef;
  relation: string;
  /** FORWARD when the path walks the relationship from its start to its end, BACKWARD otherwise. */
  direction: 'FORWARD' | 'BACKWARD';
  relationshipId: string;
  sentence: string;
  properties: Record<string, unknown>;
}

export interface ConnectionPath {
  length: number;
  hops: Hop[];
  sentence: string;
}

export interface ConnectionAnswer {
  found: boolean;
  from: NodeRef;
  to: NodeRef;
  explanation: string;
  paths: ConnectionPath[];
  /** How many statements the search sent (for the curious and for the tests). */
  expansions: number;
}

export interface ConnectionOptions {
  maxHops: number;
  alternatives: number;
  day: string;
  showNames: boolean;
  words?: ConnectionWords;
}

export async function findConnection(db: GraphDb, queries: QueryCatalog, fromId: string, toId: string, options: ConnectionOptions): Promise<ConnectionAnswer> {
  const { maxHops, alternatives, day } = options;
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_HOPS) {
    throw badInput({ en: `"maxHops" must be between 1 and ${MAX_HOPS}.`, da: `"maxHops" skal være mellem 1 og ${MAX_HOPS}.` }, [
      { field: 'maxHops', message: `must be between 1 and ${MAX_HOPS}` },
    ]);
  }
  if (!Number.isInteger(alternatives) || alternatives < 0 || alternatives > MAX_ALTERNATIVES) {
    throw badInput({ en: `"alternatives" must be between 0 and ${MAX_ALTERNATIVES}.`, da: `"alternatives" skal være mellem 0 og ${MAX_ALTERNATIVES}.` }, [
      { field: 'alternatives', message: `must be between 0 and ${MAX_ALTERNATIVES}` },
    ]);
  }
  const words = options.words ?? CONNECTION_WORDS_DA;
  const names = new Namer(options.showNames, words.lang);
  return db.read(async (tx) => {
    // The ends and each one's neighbours in one statement: the search's first read is always
    // the start alone, and the other side's first the end alone (none with maxHops 1; nothing
    // is searched between a node and itself).
    const expand = fromId === toId ? [] : maxHops > 1 ? [fromId, toId] : [fromId];
    const start = await readStart(tx, queries, [fromId, toId], expand, day);
    const details = start.nodes;
    const s = details.get(fromId);
    const t = details.get(toId);
    if (!s) throw notFound('node', fromId);
    if (!t) throw notFound('node', toId);
    const from = names.ref(s);
    const to = names.ref(t);
    if (s.id === t.id) {
      return { found: true, from, to, explanation: words.same(from.name, to.name), paths: [{ length: 0, hops: [], sentence: '' }], expansions: 0 };
    }

    const search = new ConnectionSearch(searchNode(s), searchNode(t), { maxHops, alternatives, day });
    const anchors = [s, t].filter((n) => ANCHOR_LABELS.includes(n.label)).map((n) => n.id);
    // An end alone, every way: what the start read for it (once).
    const endAlone = (request: ExpansionRequest) =>
      request.ids.length === 1 && !request.providesOnly.length && !request.notToMembers.length && start.neighbours.has(request.ids[0]!)
        ? request.ids[0]!
        : null;
    const ahead = new ReadAhead();
    for (let request = search.next(); request; request = search.next()) {
      const end = endAlone(request);
      let read = end === null ? ahead.take(request) : start.neighbours.get(end);
      if (end !== null) start.neighbours.delete(end);
      if (!read) {
        // The other side's next read in the same statement, when the search is likely to ask
        // for it; when the start answers that one, the read after it.
        let beside = search.alongside(request);
        const besideEnd = beside && endAlone(beside);
        if (besideEnd) beside = search.alongside(request, start.neighbours.get(besideEnd));
        if (beside && endAlone(beside) === null && !ahead.holds(beside)) {
          const [mine, theirs] = await readNeighboursOfEach(tx, queries, [request, beside], anchors, day);
          ahead.keep(beside, theirs!);
          read = mine!;
        } else read = await readNeighbours(tx, queries, request, anchors, day);
      }
      search.absorb(request.side, read);
    }
    const outcome = search.outcome();
    if (!outcome.found) {
      const explanation = words.none(from.name, to.name, { exhausted: outcome.exhausted, maxHops, maxAllowed: MAX_HOPS });
      return { found: false, from, to, explanation, paths: [], expansions: search.expansions };
    }

    // One statement: every node on the candidate paths in full (names, statuses, wording) and
    // their relationships' properties.
    const missing = new Set<string>();
    const onPaths = new Map<string, SearchEdge>();
    for (const edgeIds of outcome.candidates) {
      for (const id of search.walk(edgeIds)) if (!details.has(id)) missing.add(id);
      for (const id of edgeIds) onPaths.set(id, search.edges.get(id)!);
    }
    const read = await readDetails(tx, queries, [...missing], [...onPaths.values()]);
    for (const [id, node] of read.nodes) details.set(id, node);

    const candidates = outcome.candidates.map((edgeIds): PathCandidate & { walk: string[] } => {
      const walk = search.walk(edgeIds);
      return { edges: edgeIds.map((id) => search.edges.get(id)!), nodes: walk.map((id) => details.get(id) ?? { id }), walk };
    });
    const paths = rankPaths(candidates, (id) => details.get(id), 1 + alternatives).map((p) => describe(p.edges, p.walk, details, read.props, names, words));
    const best = paths[0]!;
    const equallyShort = paths.filter((p) => p.length === best.length).length;
    const explanation = words.found(from.name, to.name, best, equallyShort, paths.length - equallyShort);
    return { found: true, from, to, explanation, paths, expansions: search.expansions };
  });
}

/**
 * A side's neighbours read ahead (ConnectionSearch.alongside), until the search asks for that
 * side. Its frontier changes only when it is read, so the request then is the one read ahead;
 * should it differ, the rows are dropped and the request read as usual.
 */
class ReadAhead {
  private readonly bySide = new Map<Side, { key: string; rows: NeighbourRecord[] }>();

  keep(request: ExpansionRequest, rows: NeighbourRecord[]): void {
    this.bySide.set(request.side, { key: requestKey(request), rows });
  }

  holds(request: ExpansionRequest): boolean {
    return this.bySide.get(request.side)?.key === requestKey(request);
  }

  take(request: ExpansionRequest): NeighbourRecord[] | undefined {
    const kept = this.bySide.get(request.side);
    this.bySide.delete(request.side);
    return kept && kept.key === requestKey(request) ? kept.rows : undefined;
  }
}

function requestKey(r: ExpansionRequest): string {
  return `${r.ids.join('\n')}\t${r.providesOnly.join('\n')}\t${r.notToMembers.join('\n')}`;
}

/**
 * The one place a connection answer names a node: a person by name for a signed-in user, by
 * role for a visitor (core/node-ref.ts).
 */
class Namer {
  constructor(
    private readonly showNames: boolean,
    private readonly lang: 'da' | 'en',
  ) {}

  ref(n: GraphNode): NodeRef {
    return nodeRef(n, this.showNames, this.lang);
  }

  sentenceNode(n: GraphNode): SentenceNode {
    const name = n.label === 'Person' ? personName(n, this.showNames, this.lang) : String(n.name ?? n.id);
    return { ...n, name };
  }
}

function describe(
  edges: readonly SearchEdge[],
  walk: string[],
  details: Map<string, GraphNode>,
  propsOf: Map<string, Record<string, unknown>>,
  names: Namer,
  words: ConnectionWords,
): ConnectionPath {
  const hops = edges.map((e, i): Hop => {
    const props = propsOf.get(e.id) ?? {};
    const a = details.get(walk[i]!)!;
    const b = details.get(walk[i + 1]!)!;
    const start = details.get(e.source)!;
    const end = details.get(e.target)!;
    // A channel between two organisations: say where the letters go.
    let provider: GraphNode | null = null;
    if (e.type === 'SERVES') {
      const provides = [edges[i - 1], edges[i + 1]].find((n) => n?.type === 'PROVIDES' && n.target === e.source);
      if (provides) provider = details.get(provides.source) ?? null;
    }
    return {
      from: names.ref(a),
      to: names.ref(b),
      relation: e.type,
      direction: e.source === a.id ? 'FORWARD' : 'BACKWARD',
      relationshipId: e.id,
      sentence: words.relation(e.type, props, names.sentenceNode(start), names.sentenceNode(end), provider ? names.sentenceNode(provider) : null),
      properties: props,
    };
  });
  return { length: hops.length, hops, sentence: hops.map((h) => h.sentence).join(' ') };
}
