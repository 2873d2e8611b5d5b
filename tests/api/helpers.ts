import path from 'node:path';
import { repoRoot } from '../../api/src/paths.js';
import { DEFAULT_DATASET } from '../../api/src/bootstrap.js';
import { readSeedDir } from '../../api/src/dataset/read-dataset.js';
import type { NodeRecord, RelationshipRecord } from '../../api/src/domain/records.js';
import type { NodeLabel, RelationshipType } from '../../api/src/domain/vocabulary.js';

export const DANISH_TEXT_FIXTURE = path.join(repoRoot, 'tests', 'fixtures', 'danish-text');

/**
 * One seed record as the tests read it: every field that a record of any label (or type) may
 * hold, optional, with the type records.ts gives it; so `n.validTo` is `string | undefined`
 * whatever the label, and a field no schema declares is a type error.
 */
type KeysOfAny<U> = U extends unknown ? keyof U : never;
type FieldOfAny<U, K extends PropertyKey> = U extends unknown ? (K extends keyof U ? U[K] : never) : never;
type AnyOf<U> = { [K in KeysOfAny<U>]?: FieldOfAny<U, K> };
export type SeedNode = AnyOf<NodeRecord> & { id: string; label: NodeLabel };
export type SeedRel = AnyOf<RelationshipRecord> & { id: string; type: RelationshipType; from: string; to: string };

/** The seed files as plain records, so tests can derive what the API should answer from the data itself. */
export function readSeed(dir: string = DEFAULT_DATASET): { nodes: SeedNode[]; rels: SeedRel[] } {
  const nodes: SeedNode[] = [];
  const rels: SeedRel[] = [];
  for (const { content } of readSeedDir(dir)) {
    if (content instanceof Error) throw content;
    // The loader validates these same files against records.ts; the tests read them as declared there.
    nodes.push(...((content.nodes ?? []) as SeedNode[]));
    rels.push(...((content.relationships ?? []) as SeedRel[]));
  }
  return { nodes, rels };
}

/** The organisation and every organisation below it through PART_OF (and IN_CLUSTER when asked). */
export function below(seed: ReturnType<typeof readSeed>, rootId: string, types: string[] = ['PART_OF']): Set<string> {
  const out = new Set([rootId]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const r of seed.rels) {
      if (types.includes(r.type) && out.has(r.to) && !out.has(r.from)) {
        out.add(r.from);
        grew = true;
      }
    }
  }
  return out;
}

/** The number of statements the operation sent to the engine (the app reports it in `extensions`). */
export function roundTrips(result: object): number | undefined {
  return (result as { extensions?: { roundTrips?: number } }).extensions?.roundTrips;
}
