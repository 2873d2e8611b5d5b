import type { GraphDb, QueryRunner } from '../../db/graph-db.js';
import type { QueryCatalog } from '../../queries.js';
import { badInput, notFound } from '../../errors.js';
import { danishCollator } from '../../domain/danish.js';
import { HUB_KINDS, UMBRELLA_KINDS } from '../core/hubs.js';
import { nodeRef, personName, publicProps, type NodeRef } from '../core/node-ref.js';
import { relationSentence, type SentenceNode } from '../core/relation-sentences.js';
import { capitalise } from '../core/wording.js';

/**
 * connection(fromId, toId): the shortest ways two actors are linked through people, groups,
 * channels and the organisation tree, each hop told in words.
 *
 * The search is a bidirectional breadth-first search run here, with ONE statement per
 * expansion (the frontier's ids → their neighbours), always expanding the smaller frontier.
 * An expansion brings back only what the search decides by (ids, types, the labels and fields
 * that make a node a hub, a channel, an umbrella or an ended group); the nodes on the candidate
 * paths are read in full once, at the end, for ranking and wording.
 * The engines cannot be trusted with shortestPath for this (the embedded engine ignores bound
 * endpoints and type alternations), and a search here can skip hubs: the region and the
 * clusters, which everything is part of and which are no "hand". Round trips therefore grow
 * with the length of the path (the ends, ≤ maxHops expansions, the details), never with the
 * number of nodes or paths.
 *
 * Completeness: after kF expansions forward and kB backward, every path of length ≤ kF + kB
 * between the ends is made of known relationships (each of its hops leaves a node within the
 * forward ball or enters one within the backward ball). So once the shortest known path has
 * length D ≤ kF + kB, D is the true distance; one more expansion (kF + kB ≥ D + 1) makes the
 * paths one hop longer complete too, and those are the alternatives.
 */

/** The relationship types that are "hands" between actors. */
export const HAND_TYPES = [
  'WORKS_IN', 'CONTACT_FOR', 'MEMBER_OF', 'PART_OF', 'IN_CLUSTER', 'PROVIDES', 'SERVES', 'REPORTS_TO', 'ANCHORED_IN', 'SECRETARIAT_FOR',
] as const;
/** Followed only from the ends of the question, so it may start at a mandate or an agreement. */
export const ANCHOR_TYPES = ['HOLDS', 'GRANTED_BY', 'CONCERNS', 'PARTY_TO', 'IMPLEMENTS', 'HAS_ELEMENT', 'HAS_STEP', 'STATUS'] as const;
/**
 * The ends that follow ANCHOR_TYPES: only the kinds of node that have no hands of their own.
 * Were an organisation to follow them too, any two parties to the same agreement (or two
 * municipalities reporting status on the same element) would "meet" in two hops.
 */
export const ANCHOR_LABELS = ['Mandate', 'Agreement', 'Element', 'Pathway', 'Step'];
export { HUB_KINDS, UMBRELLA_KINDS };

/** How a path entered a node: through SERVES, up PART_OF from a member, or otherwise. */
type EntryTag = 'SERVES' | 'FROM_MEMBER' | '';

interface FrontierState {
  id: string;
  entered: EntryTag;
}

const stateKey = (id: string, entered: EntryTag) => `${id}|${entered}`;

export const MAX_HOPS = 6;
export const MAX_ALTERNATIVES = 10;
/** How many candidate paths are enumerated at most before ranking. */
const ENUMERATION_CAP = 400;

/** Less is better among paths of the same length: named people first, the tree last. */
const HOP_COST: Record<string, number> = {
  CONTACT_FOR: 0,
  MEMBER_OF: 1,
  WORKS_IN: 1,
  PROVIDES: 1,
  SERVES: 1,
  SECRETARIAT_FOR: 2,
  REPORTS_TO: 2,
  ANCHORED_IN: 2,
  PART_OF: 2,
  IN_CLUSTER: 3,
};

interface GraphNode {
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

/** What the search knows of a node it has reached: enough to decide whether to walk on. */
interface SearchNode {
  id: string;
  label: 'Organisation' | 'Group' | 'Channel' | 'Other';
  kind?: string | null;
  validTo?: string | null;
}

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

interface Edge {
  id: string;
  type: string;
  source: string;
  target: string;
  props: Record<string, unknown>;
}

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
}

export async function findConnection(
  db: GraphDb,
  queries: QueryCatalog,
  fromId: string,
  toId: string,
  options: ConnectionOptions,
): Promise<ConnectionAnswer> {
  const { maxHops, alternatives } = options;
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_HOPS) {
    throw badInput(`"maxHops" skal være mellem 1 og ${MAX_HOPS}.`, [{ field: 'maxHops', message: `must be between 1 and ${MAX_HOPS}` }]);
  }
  if (!Number.isInteger(alternatives) || alternatives < 0 || alternatives > MAX_ALTERNATIVES) {
    throw badInput(`"alternatives" skal være mellem 0 og ${MAX_ALTERNATIVES}.`, [{ field: 'alternatives', message: `must be between 0 and ${MAX_ALTERNATIVES}` }]);
  }
  return db.read(async (tx) => {
    const ends = await tx.run<{ node: GraphNode }>(queries.connectionEndpoints, { ids: [fromId, toId] });
    const found = new Map(ends.map((r) => [r.node.id, r.node]));
    const s = found.get(fromId);
    const t = found.get(toId);
    if (!s) throw notFound('node', fromId);
    if (!t) throw notFound('node', toId);
    const search = new Search(tx, queries, s, t, options);
    return search.run();
  });
}

function searchNode(n: GraphNode): SearchNode {
  const label = n.label === 'Organisation' || n.label === 'Group' || n.label === 'Channel' ? n.label : 'Other';
  return { id: n.id, label, kind: n.kind ?? null, validTo: n.validTo ?? null };
}

class Search {
  private readonly nodes = new Map<string, SearchNode>();
  /** Full nodes, read for the ends at the start and for the candidate paths at the end. */
  private readonly details = new Map<string, GraphNode>();
  private readonly edges = new Map<string, Edge>();
  private readonly adjacency = new Map<string, Set<string>>();
  /** The states each side has reached (see stateKey), with their distance. */
  private readonly dist = { F: new Map<string, number>(), B: new Map<string, number>() };
  private frontier: { F: FrontierState[]; B: FrontierState[] };
  private radius = { F: 0, B: 0 };
  private expansions = 0;

  constructor(
    private readonly tx: QueryRunner,
    private readonly queries: QueryCatalog,
    private readonly s: GraphNode,
    private readonly t: GraphNode,
    private readonly options: ConnectionOptions,
  ) {
    this.nodes.set(s.id, searchNode(s));
    this.nodes.set(t.id, searchNode(t));
    this.details.set(s.id, s);
    this.details.set(t.id, t);
    this.dist.F.set(stateKey(s.id, ''), 0);
    this.dist.B.set(stateKey(t.id, ''), 0);
    this.frontier = { F: [{ id: s.id, entered: '' }], B: [{ id: t.id, entered: '' }] };
  }

  async run(): Promise<ConnectionAnswer> {
    const { s, t, options } = this;
    const from = this.ref(s);
    const to = this.ref(t);
    if (s.id === t.id) {
      return { found: true, from, to, explanation: `${from.name} og ${to.name} er den samme.`, paths: [{ length: 0, hops: [], sentence: '' }], expansions: 0 };
    }
    let shortest: number | null = null;
    for (;;) {
      const reach = this.radius.F + this.radius.B;
      const exhausted = this.frontier.F.length === 0 || this.frontier.B.length === 0;
      // Paths up to `reach` hops are complete (see the top of the file); all are once exhausted.
      shortest = this.knownDistance(exhausted ? options.maxHops : Math.min(reach, options.maxHops));
      if (shortest !== null) {
        const wanted = options.alternatives > 0 ? Math.min(shortest + 1, options.maxHops) : shortest;
        if (reach >= wanted || exhausted) break;
      } else if (reach >= options.maxHops || exhausted) {
        break;
      }
      await this.expand(this.frontier.F.length <= this.frontier.B.length ? 'F' : 'B');
    }
    if (shortest === null || shortest > options.maxHops) {
      // A side that ran out of nodes to visit has seen all there is: no path of any length.
      const none = this.frontier.F.length === 0 || this.frontier.B.length === 0;
      return {
        found: false,
        from,
        to,
        explanation:
          `Der er ingen forbindelse mellem ${from.name} og ${to.name} ${none ? 'overhovedet' : `på højst ${options.maxHops} led`} ` +
          `gennem personer, grupper, kanaler og organisationer (regionen og klyngerne tæller ikke som led, for alle hører til dem).` +
          (none || options.maxHops >= MAX_HOPS ? '' : ` Prøv at tillade flere led (op til ${MAX_HOPS}).`),
        paths: [],
        expansions: this.expansions,
      };
    }
    const longest = options.alternatives > 0 ? Math.min(shortest + 1, options.maxHops) : shortest;
    // The shortest paths are enumerated on their own first: a capped enumeration of paths up to
    // one hop longer could otherwise fill up with longer ones before it reaches a shortest one.
    const candidates = this.enumerate(shortest);
    if (longest > shortest && candidates.length < 1 + options.alternatives) {
      const known = new Set(candidates.map((ids) => ids.join(' ')));
      candidates.push(...this.enumerate(longest).filter((ids) => ids.length > shortest && !known.has(ids.join(' '))));
    }
    await this.readDetails(candidates);
    const paths = candidates
      .map((edgeIds) => ({ edgeIds, cost: this.cost(edgeIds) }))
      .sort((a, b) => a.edgeIds.length - b.edgeIds.length || a.cost - b.cost || this.compareNames(a.edgeIds, b.edgeIds))
      .slice(0, 1 + options.alternatives)
      .map((p) => this.describe(p.edgeIds));
    return { found: true, from, to, explanation: this.explain(from, to, paths), paths, expansions: this.expansions };
  }

  /**
   * One statement: the neighbours of every expandable node on one side's frontier. The search
   * runs over states (a node and how it was entered, where that matters: a channel entered
   * from one it serves may only be left to its provider, an umbrella entered from a member
   * not to another member; both rules read the same in either direction, so they hold for the
   * backward side too). A node on the frontier only in such a state asks for only the
   * relationships it may be left by: a practice's MedCom module then brings back its provider,
   * not the forty other practices it serves, and PLO not its hundreds of members. Completeness
   * (see the top) holds over states as it did over nodes.
   */
  private async expand(side: 'F' | 'B'): Promise<void> {
    const states = this.frontier[side];
    const plain = new Set(states.filter((st) => st.entered === '').map((st) => st.id));
    const restricted = states.filter((st) => st.entered !== '' && !plain.has(st.id));
    const rows = await this.tx.run<NeighbourRow>(this.queries.connectionNeighbours, {
      ids: [...new Set(states.map((st) => st.id))],
      providesOnly: restricted.filter((st) => st.entered === 'SERVES').map((st) => st.id),
      notToMembers: restricted.filter((st) => st.entered === 'FROM_MEMBER').map((st) => st.id),
      types: [...HAND_TYPES],
      anchors: this.anchors(),
      anchorTypes: [...ANCHOR_TYPES],
      day: this.options.day,
    });
    this.expansions++;
    const level = this.radius[side] + 1;
    const next: FrontierState[] = [];
    for (const row of rows) {
      const { from, id } = row;
      if (!this.nodes.has(id)) {
        const label = row.organisation ? 'Organisation' : row.group ? 'Group' : row.channel ? 'Channel' : 'Other';
        this.nodes.set(id, { id, label, kind: row.kind, validTo: row.validTo });
      }
      let edge = this.edges.get(row.relId);
      if (!edge) {
        const [source, target] = row.out ? [from, id] : [id, from];
        edge = { id: row.relId, type: row.type, source, target, props: publicProps(row.props) };
        this.edges.set(row.relId, edge);
        this.link(from, row.relId);
        this.link(id, row.relId);
      }
      const entered = this.relevantEntry(id, this.entryTag(edge, id));
      const seen = this.dist[side];
      // A node reached plainly has been (or will be) left every way: no restricted state adds to it.
      if (seen.has(stateKey(id, entered)) || seen.has(stateKey(id, ''))) continue;
      seen.set(stateKey(id, entered), level);
      if (this.passable(id)) next.push({ id, entered });
    }
    this.radius[side] = level;
    this.frontier[side] = next;
  }

  /** How a node was entered, kept only where a rule of mayLeave applies: at channels and umbrellas. */
  private relevantEntry(id: string, entered: EntryTag): EntryTag {
    const n = this.nodes.get(id);
    if (entered === 'SERVES') return n?.label === 'Channel' ? entered : '';
    if (entered === 'FROM_MEMBER') return n?.label === 'Organisation' && UMBRELLA_KINDS.includes(n.kind ?? '') ? entered : '';
    return '';
  }

  private anchors(): string[] {
    return [this.s, this.t].filter((n) => ANCHOR_LABELS.includes(n.label)).map((n) => n.id);
  }

  /** One statement: every node on the candidate paths, in full (names, statuses, wording). */
  private async readDetails(candidates: string[][]): Promise<void> {
    const ids = new Set<string>();
    for (const edgeIds of candidates) for (const id of this.walk(edgeIds)) if (!this.details.has(id)) ids.add(id);
    if (!ids.size) return;
    const rows = await this.tx.run<{ node: GraphNode }>(this.queries.connectionEndpoints, { ids: [...ids] });
    for (const { node } of rows) this.details.set(node.id, node);
  }

  private link(nodeId: string, edgeId: string): void {
    let set = this.adjacency.get(nodeId);
    if (!set) this.adjacency.set(nodeId, (set = new Set()));
    set.add(edgeId);
  }

  /** A node a path may walk through: no hub, no group that has ended. The ends always may. */
  private passable(id: string): boolean {
    if (id === this.s.id || id === this.t.id) return true;
    const n = this.nodes.get(id);
    if (!n) return false;
    if (n.label === 'Organisation' && HUB_KINDS.includes(n.kind ?? '')) return false;
    if (n.label === 'Group' && typeof n.validTo === 'string' && n.validTo < this.options.day) return false;
    return true;
  }

  private other(edge: Edge, nodeId: string): string {
    return edge.source === nodeId ? edge.target : edge.source;
  }

  /** Distances to `target` over the relationships known so far, walking only passable nodes. */
  private distancesTo(target: string): Map<string, number> {
    const dist = new Map<string, number>([[target, 0]]);
    let level = [target];
    while (level.length) {
      const next: string[] = [];
      for (const v of level) {
        if (v !== target && !this.passable(v)) continue;
        for (const e of this.adjacency.get(v) ?? []) {
          const w = this.other(this.edges.get(e)!, v);
          if (!dist.has(w)) {
            dist.set(w, dist.get(v)! + 1);
            next.push(w);
          }
        }
      }
      level = next;
    }
    return dist;
  }

  /** How a path arrived at `w` over `edge`, as far as the rules in `mayLeave` care. */
  private entryTag(edge: Edge, w: string): EntryTag {
    if (edge.type === 'SERVES') return 'SERVES';
    if (edge.type === 'PART_OF' && edge.target === w) return 'FROM_MEMBER';
    return '';
  }

  /**
   * A channel joins its provider with those it serves, not the served with each other: two
   * municipalities that may both call VISO have not met. So a path that enters a channel
   * through SERVES must leave it through PROVIDES. Likewise an umbrella (PLO-Midtjylland, of
   * which every practice is part) does not join two of its members: two practices are not
   * linked by both being in PLO. A unit and its municipality's other units are (one employer).
   */
  private mayLeave(v: string, entered: EntryTag, edge: Edge): boolean {
    if (v === this.s.id) return true;
    const rule = this.relevantEntry(v, entered);
    if (rule === 'SERVES') return edge.type === 'PROVIDES';
    if (rule === 'FROM_MEMBER') return !(edge.type === 'PART_OF' && edge.target === v);
    return true;
  }

  /**
   * The length of the shortest valid simple path from s to t over the relationships known so
   * far, if it is at most `upTo`. The breadth-first search over (node, how entered) gives a
   * lower bound (it may pass a channel twice, once each way); the enumeration confirms it.
   */
  private knownDistance(upTo: number): number | null {
    const bound = this.lowerBound();
    if (bound === null) return null;
    for (let length = bound; length <= upTo; length++) if (this.enumerate(length, 1).length) return length;
    return null;
  }

  private lowerBound(): number | null {
    // States: a node and how it was entered (matters at channels and umbrellas only).
    const seen = new Set<string>([`${this.s.id}|`]);
    let level: Array<{ v: string; entered: EntryTag }> = [{ v: this.s.id, entered: '' }];
    for (let d = 0; level.length; d++) {
      const next: typeof level = [];
      for (const { v, entered } of level) {
        if (v === this.t.id) return d;
        if (v !== this.s.id && !this.passable(v)) continue;
        for (const e of this.adjacency.get(v) ?? []) {
          const edge = this.edges.get(e)!;
          if (!this.mayLeave(v, entered, edge)) continue;
          const w = this.other(edge, v);
          const tag = this.entryTag(edge, w);
          const key = `${w}|${tag}`;
          if (seen.has(key)) continue;
          seen.add(key);
          next.push({ v: w, entered: tag });
        }
      }
      level = next;
    }
    return null;
  }

  /**
   * Every simple, valid path from s to t of at most `maxLength` hops over known relationships,
   * capped. Parallel relationships (the same two nodes, the same type, e.g. two periods of
   * employment) give one path, not two that read alike.
   */
  private enumerate(maxLength: number, cap = ENUMERATION_CAP): string[][] {
    // Unconstrained distances are a lower bound for valid ones: safe for pruning.
    const toT = this.distancesTo(this.t.id);
    const out: string[][] = [];
    const walks = new Set<string>();
    const onPath = new Set<string>([this.s.id]);
    const edgesOnPath: string[] = [];
    const visit = (v: string, entered: EntryTag) => {
      if (out.length >= cap) return;
      if (v === this.t.id) {
        const walk = edgesOnPath.map((e) => `${this.edges.get(e)!.type}>`).join('') + this.walk(edgesOnPath).join('>');
        if (!walks.has(walk)) {
          walks.add(walk);
          out.push([...edgesOnPath]);
        }
        return;
      }
      if (v !== this.s.id && !this.passable(v)) return;
      const candidates = [...(this.adjacency.get(v) ?? [])].sort();
      for (const e of candidates) {
        const edge = this.edges.get(e)!;
        if (!this.mayLeave(v, entered, edge)) continue;
        const w = this.other(edge, v);
        if (onPath.has(w)) continue;
        const rest = toT.get(w);
        if (rest === undefined || edgesOnPath.length + 1 + rest > maxLength) continue;
        onPath.add(w);
        edgesOnPath.push(e);
        visit(w, this.entryTag(edge, w));
        edgesOnPath.pop();
        onPath.delete(w);
      }
    };
    visit(this.s.id, '');
    return out;
  }

  private cost(edgeIds: string[]): number {
    let cost = 0;
    for (const id of edgeIds) {
      const e = this.edges.get(id)!;
      cost += HOP_COST[e.type] ?? 3;
      const channel = e.type === 'PROVIDES' ? this.details.get(e.target) : e.type === 'SERVES' ? this.details.get(e.source) : undefined;
      if (channel && channel.status && channel.status !== 'ESTABLISHED') cost += 2;
    }
    return cost;
  }

  private compareNames(a: string[], b: string[]): number {
    const names = (ids: string[]) => this.walk(ids).map((id) => this.details.get(id)?.name ?? id).join(' › ');
    return danishCollator.compare(names(a), names(b));
  }

  /** The node ids a path visits, s first. */
  private walk(edgeIds: string[]): string[] {
    const out = [this.s.id];
    for (const id of edgeIds) out.push(this.other(this.edges.get(id)!, out[out.length - 1]!));
    return out;
  }

  private ref(n: GraphNode): NodeRef {
    return nodeRef(n, this.options.showNames);
  }

  private sentenceNode(n: GraphNode): SentenceNode {
    const name = n.label === 'Person' ? personName(n, this.options.showNames) : String(n.name ?? n.id);
    return { ...n, name };
  }

  private describe(edgeIds: string[]): ConnectionPath {
    const walk = this.walk(edgeIds);
    const hops = edgeIds.map((id, i): Hop => {
      const e = this.edges.get(id)!;
      const a = this.details.get(walk[i]!)!;
      const b = this.details.get(walk[i + 1]!)!;
      const start = this.details.get(e.source)!;
      const end = this.details.get(e.target)!;
      // A channel between two organisations: say where the letters go.
      let provider: GraphNode | null = null;
      if (e.type === 'SERVES') {
        const neighbours = [edgeIds[i - 1], edgeIds[i + 1]].map((x) => (x ? this.edges.get(x) : undefined));
        const provides = neighbours.find((n) => n?.type === 'PROVIDES' && n.target === e.source);
        if (provides) provider = this.details.get(provides.source) ?? null;
      }
      return {
        from: this.ref(a),
        to: this.ref(b),
        relation: e.type,
        direction: e.source === a.id ? 'FORWARD' : 'BACKWARD',
        relationshipId: e.id,
        sentence: relationSentence(e.type, e.props, this.sentenceNode(start), this.sentenceNode(end), provider ? this.sentenceNode(provider) : null),
        properties: e.props,
      };
    });
    return { length: hops.length, hops, sentence: hops.map((h) => h.sentence).join(' ') };
  }

  private explain(from: NodeRef, to: NodeRef, paths: ConnectionPath[]): string {
    const best = paths[0]!;
    const shortest = paths.filter((p) => p.length === best.length).length;
    const longer = paths.length - shortest;
    let text = `${capitalise(from.name)} og ${to.name} mødes i ${best.length} led: ${best.sentence}`;
    if (shortest > 1) text += ` Der er ${shortest - 1} ${shortest === 2 ? 'anden vej' : 'andre veje'} med lige så få led.`;
    if (longer > 0) text += ` ${longer === 1 ? 'Én vej mere' : `${longer} veje mere`} med ${best.length + 1} led er vist som ${longer === 1 ? 'alternativ' : 'alternativer'}.`;
    return text;
  }
}
