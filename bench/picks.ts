import type { SeedFile } from '../api/src/dataset/read-dataset.js';
import { Rng } from '../seed/synthetic/prng.js';
import { HAND_TYPES as CONNECTION_HAND_TYPES } from '../api/src/modules/core/connection-finder/connection-reader.js';
import type { GraphqlRequest, GraphqlResponse } from './http-load.js';

/** Ids and texts the operations are asked about, all taken from the generated data. */
export interface Picks {
  municipalityId: string;
  municipalityName: string;
  /** The cluster the municipality belongs to. */
  clusterId: string;
  clusterName: string;
  /** The agreement the municipality is party to (its region's). */
  agreementId: string;
  /** The care pathways (findContact asks about each in turn). */
  pathwayIds: string[];
  /** Municipal units of the municipality (PPR, health visiting, …): who asks for a fixed contact. */
  unitIds: string[];
  /** GP practices in the municipality. */
  practiceIds: string[];
  /** Pairs whose shortest connection has 3, 4 or 5 hops. */
  connectionPairs: Array<{ fromId: string; toId: string; hops: number }>;
  searchTexts: string[];
}

type Gql = (request: GraphqlRequest) => Promise<GraphqlResponse>;
type Rec = { id: string; label: string; kind?: string; [k: string]: unknown };

/** Aarhus: the largest municipality of Central Denmark, where the real seed data lives too. */
const MUNICIPALITY_ID = 'org:dk-municipality-aarhus';
const WANTED_PER_LENGTH = 2;
const PAIR_SEARCH_SECONDS = 40;

/** The relationships connection() walks between actors. */
const HAND_TYPES = new Set<string>(CONNECTION_HAND_TYPES);

/** Node ids by their distance from `start` (index = steps), not walking through hubs. */
function ringsAround(start: string, depth: number, adjacency: Map<string, string[]>, isHub: (id: string) => boolean): string[][] {
  const seen = new Set([start]);
  const rings: string[][] = [[start]];
  for (let d = 1; d <= depth; d++) {
    const next: string[] = [];
    for (const v of rings[d - 1]!) {
      if (d > 1 && isHub(v)) continue;
      for (const w of adjacency.get(v) ?? []) {
        if (!seen.has(w)) {
          seen.add(w);
          next.push(w);
        }
      }
    }
    rings.push(next);
  }
  return rings;
}

const CONNECTION_LENGTH = /* GraphQL */ `query ($fromId: ID!, $toId: ID!) { connection(fromId: $fromId, toId: $toId, maxHops: 5, alternatives: 0) { found paths { length } } }`;

export async function pick(file: SeedFile, gql: Gql, log: (line: string) => void): Promise<Picks> {
  const nodes = file.nodes as Rec[];
  const rels = file.relationships as Array<{ type: string; from: string; to: string }>;
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const municipality = byId.get(MUNICIPALITY_ID);
  if (!municipality) throw new Error(`${MUNICIPALITY_ID} is not in the national dataset`);
  const clusterId = rels.find((r) => r.type === 'IN_CLUSTER' && r.from === MUNICIPALITY_ID)?.to;
  if (!clusterId) throw new Error(`${MUNICIPALITY_ID} has no cluster`);
  const agreementId = rels.find((r) => r.type === 'PARTY_TO' && r.from === MUNICIPALITY_ID)?.to;
  if (!agreementId) throw new Error(`${MUNICIPALITY_ID} is party to no agreement`);
  const pathwayIds = nodes.filter((n) => n.label === 'Pathway').map((n) => n.id);
  const unitIds = rels.filter((r) => r.type === 'PART_OF' && r.to === MUNICIPALITY_ID && byId.get(r.from)?.kind === 'MUNICIPAL_UNIT').map((r) => r.from);

  // Endpoints a user would ask about: people, practices, municipal units, groups and channels.
  // A breadth-first walk over the generated records (never through the region or a cluster,
  // as connection() walks) proposes a node 3, 4 and 5 steps from a randomly drawn start; the
  // API's own answer decides the length (its rules make some ways longer), so a pair is kept
  // under the length the API reports.
  const rng = new Rng(7);
  const isEndpoint = (n: Rec | undefined) =>
    !!n && (n.label === 'Person' || n.label === 'Group' || n.label === 'Channel' || n.kind === 'GP_PRACTICE' || n.kind === 'MUNICIPAL_UNIT');
  const pool = nodes.filter(isEndpoint);
  const adjacency = new Map<string, string[]>();
  for (const r of rels) {
    if (!HAND_TYPES.has(r.type)) continue;
    (adjacency.get(r.from) ?? adjacency.set(r.from, []).get(r.from)!).push(r.to);
    (adjacency.get(r.to) ?? adjacency.set(r.to, []).get(r.to)!).push(r.from);
  }
  const isHub = (id: string) => byId.get(id)?.kind === 'REGION' || byId.get(id)?.kind === 'CLUSTER';
  const found = new Map<number, Array<{ fromId: string; toId: string; hops: number }>>([
    [3, []],
    [4, []],
    [5, []],
  ]);
  const deadline = performance.now() + PAIR_SEARCH_SECONDS * 1000;
  let tried = 0;
  while ([...found.values()].some((l) => l.length < WANTED_PER_LENGTH) && performance.now() < deadline) {
    const from = rng.pick(pool);
    const rings = ringsAround(from.id, 5, adjacency, isHub);
    for (const wanted of [3, 4, 5]) {
      if (found.get(wanted)!.length >= WANTED_PER_LENGTH) continue;
      const candidates = (rings[wanted] ?? []).filter((id) => isEndpoint(byId.get(id)));
      if (!candidates.length) continue;
      const toId = rng.pick(candidates);
      tried++;
      const res = await gql({ query: CONNECTION_LENGTH, variables: { fromId: from.id, toId } });
      const length = (res.data as { connection?: { paths: Array<{ length: number }> } } | undefined)?.connection?.paths[0]?.length;
      const list = length === undefined ? undefined : found.get(length);
      if (list && list.length < WANTED_PER_LENGTH && !list.some((p) => p.fromId === from.id)) list.push({ fromId: from.id, toId, hops: length! });
    }
  }
  const connectionPairs = [...found.values()].flat();
  log(`  connection pairs: ${connectionPairs.map((p) => `${p.hops} hops`).join(', ') || 'none'} (${tried} candidate pairs asked)`);
  if (!connectionPairs.length) throw new Error('found no pair of nodes 3–5 hops apart');
  const practiceIds = nodes.filter((n) => n.kind === 'GP_PRACTICE' && n.municipalityCode === municipality.municipalityCode).map((n) => n.id);

  return {
    municipalityId: MUNICIPALITY_ID,
    municipalityName: String(municipality.name),
    clusterId,
    clusterName: String(byId.get(clusterId)?.name ?? clusterId),
    agreementId,
    pathwayIds,
    unitIds,
    practiceIds,
    connectionPairs,
    searchTexts: ['aarhus', 'ppr', 'sundhedspleje', 'børne- og ungdomspsykiatri', 'læge'],
  };
}
