import { entryTag, isPassable, mayLeave, otherEnd, relevantEntry, type EntryTag, type SearchEdge, type SearchNode } from './connection-rules.js';

/**
 * The path search behind connection(fromId, toId), pure: it never reads the graph. It says
 * which neighbours it needs next (`next()`), is given them as records (`absorb()`), and at the
 * end names the candidate paths (`outcome()`). connection-answer.ts runs it against the reader;
 * the unit tests run it against hand-built neighbour lists.
 *
 * It is a bidirectional breadth-first search with ONE read per expansion (the frontier's ids →
 * their neighbours), always expanding the smaller frontier. An expansion brings back only what
 * the search decides by (ids, types, the labels and fields that make a node a hub, a channel,
 * an umbrella or an ended group). The engines cannot be trusted with shortestPath for this (the
 * embedded engine ignores bound endpoints and type alternations), and a search here can skip
 * hubs: the region and the clusters, which everything is part of and which are no "hand".
 * Reads therefore grow with the length of the path, never with the number of nodes or paths.
 *
 * Completeness: after kF expansions forward and kB backward, every path of length ≤ kF + kB
 * between the ends is made of known relationships (each of its hops leaves a node within the
 * forward ball or enters one within the backward ball). So once the shortest known path has
 * length D ≤ kF + kB, D is the true distance; one more expansion (kF + kB ≥ D + 1) makes the
 * paths one hop longer complete too, and those are the alternatives.
 */

export type Side = 'F' | 'B';

/** One relationship of a frontier node, with what the search needs of the node at its far end. */
export interface NeighbourRecord {
  from: string;
  relId: string;
  type: string;
  /** The relationship starts at `from`. */
  out: boolean;
  node: SearchNode;
}

/** What the next read must bring: the neighbours of `ids`, some of them only some ways. */
export interface ExpansionRequest {
  side: Side;
  ids: string[];
  /** Channels entered from one they serve: only their PROVIDES relationships. */
  providesOnly: string[];
  /** Umbrellas entered from a member: not PART_OF down to their members. */
  notToMembers: string[];
}

export interface SearchLimits {
  maxHops: number;
  alternatives: number;
  /** The day (YYYY-MM-DD) groups' end dates are judged against. */
  day: string;
}

export type SearchOutcome =
  | { found: true; shortest: number; candidates: string[][] }
  /** `exhausted`: a side ran out of nodes to visit, so there is no path of any length. */
  | { found: false; exhausted: boolean };

/**
 * A search state (see stateKey) kept as a bit per way of entering, under the node's id: no key
 * string is built per relationship walked (the heaviest bench pair walks thousands per request).
 */
const TAG_BIT: Readonly<Record<EntryTag, number>> = { '': 1, SERVES: 2, FROM_MEMBER: 4 };

/**
 * The largest frontier (distinct ids) read ahead beside the other side's (see `alongside`): a
 * frontier the search may never ask for costs its rows, a statement fewer saves its fixed cost
 * (~0.3-0.4 ms on the embedded engine).
 */
export const READ_AHEAD_LIMIT = 64;

/** How many candidate paths are enumerated at most before ranking. */
export const ENUMERATION_CAP = 400;

interface FrontierState {
  id: string;
  entered: EntryTag;
}

export class ConnectionSearch {
  private readonly nodes = new Map<string, SearchNode>();
  readonly edges = new Map<string, SearchEdge>();
  private readonly adjacency = new Map<string, Set<string>>();
  /** The states each side has reached (see stateKey): per node, the ways it was entered (TAG_BIT). */
  private readonly dist = { F: new Map<string, number>(), B: new Map<string, number>() };
  /** The nodes each side has reached, in any state. */
  private readonly reached = { F: new Set<string>(), B: new Set<string>() };
  /**
   * Whether a node has been reached by both sides. Until then no path of known relationships
   * joins s and t (both ends of a relationship are reached by the side that read it, so the
   * first hop of a path that leaves one side's nodes was read by the other), and the search
   * need not look for one: each look walks everything known (~0.1 ms a step on national data).
   */
  private met = false;
  /** Distances to t over what is known, until the next absorb (see distancesTo). */
  private toT: Map<string, number> | null = null;
  private frontier: { F: FrontierState[]; B: FrontierState[] };
  private radius = { F: 0, B: 0 };
  private shortest: number | null = null;
  private done = false;
  /** How many reads the search asked for. */
  expansions = 0;

  constructor(
    private readonly s: SearchNode,
    private readonly t: SearchNode,
    private readonly limits: SearchLimits,
  ) {
    this.nodes.set(s.id, s);
    this.nodes.set(t.id, t);
    this.dist.F.set(s.id, TAG_BIT['']);
    this.dist.B.set(t.id, TAG_BIT['']);
    this.reach('F', s.id);
    this.reach('B', t.id);
    this.frontier = { F: [{ id: s.id, entered: '' }], B: [{ id: t.id, entered: '' }] };
  }

  /** The read the search needs next, or null when it has decided. */
  next(): ExpansionRequest | null {
    if (this.done) return null;
    const { maxHops, alternatives } = this.limits;
    const reach = this.radius.F + this.radius.B;
    const exhausted = this.isExhausted();
    // Paths up to `reach` hops are complete (see the top of the file); all are once exhausted.
    this.shortest = this.knownDistance(exhausted ? maxHops : Math.min(reach, maxHops));
    let stop: boolean;
    if (this.shortest !== null) {
      const wanted = alternatives > 0 ? Math.min(this.shortest + 1, maxHops) : this.shortest;
      stop = reach >= wanted || exhausted;
    } else stop = reach >= maxHops || exhausted;
    if (stop) {
      this.done = true;
      return null;
    }
    return this.request(this.frontier.F.length <= this.frontier.B.length ? 'F' : 'B');
  }

  /** The read of one side's frontier. */
  private request(side: Side): ExpansionRequest {
    return this.requestOf(side, this.frontier[side]);
  }

  private requestOf(side: Side, states: readonly FrontierState[]): ExpansionRequest {
    // A node on the frontier only in a restricted state asks only for the relationships it may
    // be left by: a practice's MedCom module then brings back its provider, not the forty other
    // practices it serves, and PLO not its hundreds of members.
    const plain = new Set(states.filter((st) => st.entered === '').map((st) => st.id));
    const restricted = states.filter((st) => st.entered !== '' && !plain.has(st.id));
    return {
      side,
      ids: [...new Set(states.map((st) => st.id))],
      providesOnly: restricted.filter((st) => st.entered === 'SERVES').map((st) => st.id),
      notToMembers: restricted.filter((st) => st.entered === 'FROM_MEMBER').map((st) => st.id),
    };
  }

  /**
   * The other side's read, to send in the same statement as `request` (`next()`'s) and keep
   * until the search asks for it, or null. A side's frontier changes only when that side's
   * neighbours are absorbed, so until then the search's request for that side is this one: the
   * rows read ahead answer it as a read at that time would. The search itself goes exactly as
   * it would without reading ahead (the same reads asked, the same answer); what is read ahead
   * and never asked for is the price. Proposed only when the search needs two more reads
   * whatever the first brings (but see `answered`), the other frontier is small
   * (READ_AHEAD_LIMIT) and shares no node with the first's.
   *
   * `answered`: the rows that answer the other side's next read already (the start read the
   * ends' neighbours): then the read proposed is the one after it, the frontier those rows
   * would give. Proposed when the search would still go on after both (the shortest path known)
   * or may (none known yet, and maxHops allows it): one side's second step with the other's
   * first is what a pair of ends 3 hops apart needs.
   */
  alongside(request: ExpansionRequest, answered?: readonly NeighbourRecord[]): ExpansionRequest | null {
    const { maxHops, alternatives } = this.limits;
    const reach = this.radius.F + this.radius.B;
    // The reads before the one proposed: the first, and the other side's answered one.
    const before = answered ? 2 : 1;
    // The reach the stop rule in next() waits for: from the shortest path known, or with none
    // known (so the shortest is longer than reach) at least one more than the first read gives.
    let needed: number;
    if (this.shortest !== null) needed = alternatives > 0 ? Math.min(this.shortest + 1, maxHops) : this.shortest;
    else if (alternatives === 0) needed = reach + 1;
    else needed = answered ? maxHops : Math.min(reach + 2, maxHops);
    if (reach + before + 1 > needed) return null;
    const side: Side = request.side === 'F' ? 'B' : 'F';
    const states = answered ? this.frontierAfter(side, answered) : this.frontier[side];
    const ids = new Set(states.map((st) => st.id));
    if (ids.size === 0 || ids.size > READ_AHEAD_LIMIT || request.ids.some((id) => ids.has(id))) return null;
    return this.requestOf(side, states);
  }

  /**
   * The frontier `absorb(side, rows)` would leave, without absorbing them. Should it ever differ,
   * what was read ahead for it is not asked for and is dropped (connection-answer.ts compares).
   */
  private frontierAfter(side: Side, rows: readonly NeighbourRecord[]): FrontierState[] {
    const seen = new Map<string, number>();
    const next: FrontierState[] = [];
    for (const row of rows) {
      const id = row.node.id;
      const node = this.nodes.get(id) ?? row.node;
      const edge = this.edges.get(row.relId) ?? { id: row.relId, type: row.type, source: row.out ? row.from : id, target: row.out ? id : row.from };
      const entered = relevantEntry(node, entryTag(edge, id));
      const had = seen.get(id) ?? this.dist[side].get(id) ?? 0;
      if (had & (TAG_BIT[entered] | TAG_BIT[''])) continue;
      seen.set(id, had | TAG_BIT[entered]);
      if (id === this.s.id || id === this.t.id || isPassable(node, this.limits.day)) next.push({ id, entered });
    }
    return next;
  }

  /**
   * The neighbours of one side's frontier. The search runs over states (a node and how it was
   * entered, where that matters: a channel entered from one it serves may only be left to its
   * provider, an umbrella entered from a member not to another member; both rules read the
   * same in either direction, so they hold for the backward side too). Completeness (see the
   * top) holds over states as it did over nodes.
   */
  absorb(side: Side, rows: readonly NeighbourRecord[]): void {
    this.expansions++;
    this.toT = null;
    const level = this.radius[side] + 1;
    const next: FrontierState[] = [];
    for (const row of rows) {
      const { from, node } = row;
      const id = node.id;
      if (!this.nodes.has(id)) this.nodes.set(id, node);
      let edge = this.edges.get(row.relId);
      if (!edge) {
        const [source, target] = row.out ? [from, id] : [id, from];
        edge = { id: row.relId, type: row.type, source, target };
        this.edges.set(row.relId, edge);
        this.link(from, row.relId);
        this.link(id, row.relId);
      }
      const entered = relevantEntry(this.nodes.get(id), entryTag(edge, id));
      this.reach(side, id);
      const seen = this.dist[side];
      // A node reached plainly has been (or will be) left every way: no restricted state adds to it.
      const had = seen.get(id) ?? 0;
      if (had & (TAG_BIT[entered] | TAG_BIT[''])) continue;
      seen.set(id, had | TAG_BIT[entered]);
      if (this.passable(id)) next.push({ id, entered });
    }
    this.radius[side] = level;
    this.frontier[side] = next;
  }

  /** The answer once `next()` has returned null: the candidate paths (edge ids, s first), unranked. */
  outcome(): SearchOutcome {
    const { maxHops, alternatives } = this.limits;
    const shortest = this.shortest;
    if (shortest === null || shortest > maxHops) return { found: false, exhausted: this.isExhausted() };
    const longest = alternatives > 0 ? Math.min(shortest + 1, maxHops) : shortest;
    // The shortest paths are enumerated on their own first: a capped enumeration of paths up to
    // one hop longer could otherwise fill up with longer ones before it reaches a shortest one.
    const candidates = this.enumerate(shortest);
    if (longest > shortest && candidates.length < 1 + alternatives) {
      const known = new Set(candidates.map((ids) => ids.join(' ')));
      candidates.push(...this.enumerate(longest).filter((ids) => ids.length > shortest && !known.has(ids.join(' '))));
    }
    return { found: true, shortest, candidates };
  }

  /** The node ids a path visits, s first. */
  walk(edgeIds: readonly string[]): string[] {
    const out = [this.s.id];
    for (const id of edgeIds) out.push(otherEnd(this.edges.get(id)!, out[out.length - 1]!));
    return out;
  }

  private reach(side: Side, id: string): void {
    this.reached[side].add(id);
    if (!this.met && this.reached[side === 'F' ? 'B' : 'F'].has(id)) this.met = true;
  }

  private isExhausted(): boolean {
    return this.frontier.F.length === 0 || this.frontier.B.length === 0;
  }

  private link(nodeId: string, edgeId: string): void {
    let set = this.adjacency.get(nodeId);
    if (!set) {
      set = new Set();
      this.adjacency.set(nodeId, set);
    }
    set.add(edgeId);
  }

  /** A node a path may walk through. The ends always may. */
  private passable(id: string): boolean {
    if (id === this.s.id || id === this.t.id) return true;
    return isPassable(this.nodes.get(id), this.limits.day);
  }

  private mayLeave(v: string, entered: EntryTag, edge: SearchEdge): boolean {
    return v === this.s.id || mayLeave(this.nodes.get(v), entered, edge);
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
          const w = otherEnd(this.edges.get(e)!, v);
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

  /**
   * The length of the shortest valid simple path from s to t over the relationships known so
   * far, if it is at most `upTo`. The breadth-first search over (node, how entered) gives a
   * lower bound (it may pass a channel twice, once each way); the enumeration confirms it.
   */
  private knownDistance(upTo: number): number | null {
    if (!this.met) return null;
    const bound = this.lowerBound();
    if (bound === null) return null;
    for (let length = bound; length <= upTo; length++) if (this.enumerate(length, 1).length) return length;
    return null;
  }

  private lowerBound(): number | null {
    const seen = new Map<string, number>([[this.s.id, TAG_BIT['']]]);
    let level: Array<{ v: string; entered: EntryTag }> = [{ v: this.s.id, entered: '' }];
    for (let d = 0; level.length; d++) {
      const next: typeof level = [];
      for (const { v, entered } of level) {
        if (v === this.t.id) return d;
        if (v !== this.s.id && !this.passable(v)) continue;
        for (const e of this.adjacency.get(v) ?? []) {
          const edge = this.edges.get(e)!;
          if (!this.mayLeave(v, entered, edge)) continue;
          const w = otherEnd(edge, v);
          const tag = entryTag(edge, w);
          const had = seen.get(w) ?? 0;
          if (had & TAG_BIT[tag]) continue;
          seen.set(w, had | TAG_BIT[tag]);
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
    // Unconstrained distances are a lower bound for valid ones: safe for pruning. They change
    // only with what is known, so the enumerations between two reads share one walk.
    this.toT ??= this.distancesTo(this.t.id);
    const toT = this.toT;
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
        const w = otherEnd(edge, v);
        if (onPath.has(w)) continue;
        const rest = toT.get(w);
        if (rest === undefined || edgesOnPath.length + 1 + rest > maxLength) continue;
        onPath.add(w);
        edgesOnPath.push(e);
        visit(w, entryTag(edge, w));
        edgesOnPath.pop();
        onPath.delete(w);
      }
    };
    visit(this.s.id, '');
    return out;
  }
}
