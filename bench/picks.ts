import type { SeedFile } from '../seed/read-dataset.js';
import { Rng } from '../seed/synthetic/prng.js';
import type { GraphqlRequest, GraphqlResponse } from './http-load.js';

/** Ids and texts the operations are asked about, all taken from the generated data. */
export interface Picks {
  municipalityId: string;
  municipalityName: string;
  /** The cluster the municipality belongs to. */
  clusterId: string;
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

const CONNECTION_LENGTH = /* GraphQL */ `query ($fromId: ID!, $toId: ID!) { connection(fromId: $fromId, toId: $toId, maxHops: 5, alternatives: 0) { found paths { length } } }`;

export async function pick(file: SeedFile, gql: Gql, log: (line: string) => void): Promise<Picks> {
  const nodes = file.nodes as Rec[];
  const rels = file.relationships as Array<{ type: string; from: string; to: string }>;
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const municipality = byId.get(MUNICIPALITY_ID);
  if (!municipality) throw new Error(`${MUNICIPALITY_ID} is not in the national dataset`);
  const clusterId = rels.find((r) => r.type === 'IN_CLUSTER' && r.from === MUNICIPALITY_ID)?.to;
  if (!clusterId) throw new Error(`${MUNICIPALITY_ID} has no cluster`);
  const unitIds = rels.filter((r) => r.type === 'PART_OF' && r.to === MUNICIPALITY_ID && byId.get(r.from)?.kind === 'MUNICIPAL_UNIT').map((r) => r.from);
  const practiceIds = rels.filter((r) => r.type === 'SERVES' && r.to === MUNICIPALITY_ID && byId.get(r.from)?.kind === 'GP_PRACTICE').map((r) => r.from);

  // Endpoints a user would ask about: people, practices, municipal units, groups and channels,
  // drawn with a fixed seed; kept when the shortest path has 3–5 hops.
  const rng = new Rng(7);
  const pool = nodes.filter((n) => n.label === 'Person' || n.label === 'Group' || n.label === 'Channel' || n.kind === 'GP_PRACTICE' || n.kind === 'MUNICIPAL_UNIT');
  const found = new Map<number, Array<{ fromId: string; toId: string; hops: number }>>([[3, []], [4, []], [5, []]]);
  const deadline = performance.now() + PAIR_SEARCH_SECONDS * 1000;
  let tried = 0;
  while ([...found.values()].some((l) => l.length < WANTED_PER_LENGTH) && performance.now() < deadline) {
    const from = rng.pick(pool);
    const to = rng.pick(pool);
    if (from.id === to.id) continue;
    tried++;
    const res = await gql({ query: CONNECTION_LENGTH, variables: { fromId: from.id, toId: to.id } });
    const length = (res.data as { connection?: { paths: Array<{ length: number }> } } | undefined)?.connection?.paths[0]?.length;
    const list = length === undefined ? undefined : found.get(length);
    if (list && list.length < WANTED_PER_LENGTH) list.push({ fromId: from.id, toId: to.id, hops: length! });
  }
  const connectionPairs = [...found.values()].flat();
  log(`  connection pairs: ${connectionPairs.map((p) => `${p.hops} hops`).join(', ') || 'none'} (from ${tried} random pairs)`);
  if (!connectionPairs.length) throw new Error('found no pair of nodes 3–5 hops apart');

  return {
    municipalityId: MUNICIPALITY_ID,
    municipalityName: String(municipality.name),
    clusterId,
    unitIds,
    practiceIds,
    connectionPairs,
    searchTexts: ['aarhus', 'ppr', 'sundhedspleje', 'børne- og ungdomspsykiatri', 'læge'],
  };
}
