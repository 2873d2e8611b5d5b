import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { createUser } from '../../api/src/modules/auth/auth-store.js';
import { repoRoot } from '../../api/src/paths.js';
import { DEFAULT_DATASET } from '../../api/src/bootstrap.js';
import { readSeedDir } from '../../api/src/dataset/read-dataset.js';
import type { TestApp } from '../support/test-app.js';

export const DANISH_TEXT_FIXTURE = path.join(repoRoot, 'tests', 'fixtures', 'danish-text');

/**
 * Headers of a signed-in VIEWER: people's names, e-mails and phones are personal data and
 * anonymous visitors do not see them (docs/DESIGN.md, "Personal data").
 */
export async function viewerHeaders(t: TestApp): Promise<Record<string, string>> {
  const email = `viewer-${randomUUID()}@example.dk`;
  const password = 'en-lang-og-hemmelig-adgangskode';
  await createUser(t.db, t.queries, { email, name: 'Vera Viewer', role: 'VIEWER', password });
  const r = await t.gql(`mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }`, { e: email, p: password });
  const token = r.data?.signIn?.token;
  if (!token) throw new Error(`sign-in failed: ${JSON.stringify(r.errors)}`);
  return { authorization: `Bearer ${token}` };
}

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
