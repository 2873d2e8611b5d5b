import path from 'node:path';
import { repoRoot } from '../../api/src/paths.js';
import { DEFAULT_DATASET } from '../../api/src/bootstrap.js';
import { readSeedDir } from '../../api/src/dataset/read-dataset.js';
import type { TestApp } from '../support/test-app.js';

export const DANISH_TEXT_FIXTURE = path.join(repoRoot, 'tests', 'fixtures', 'danish-text');

type Rec = Record<string, any> & { id: string };

/** The seed files as plain records, so tests can derive what the API should answer from the data itself. */
export function readSeed(dir: string = DEFAULT_DATASET): { nodes: Array<Rec & { label: string }>; rels: Array<Rec & { type: string; from: string; to: string }> } {
  const nodes: any[] = [];
  const rels: any[] = [];
  for (const { content } of readSeedDir(dir)) {
    if (content instanceof Error) throw content;
    nodes.push(...(content.nodes ?? []));
    rels.push(...(content.relationships ?? []));
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
