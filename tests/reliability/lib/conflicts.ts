import { createRng } from './prng.js';

/** What the runner reads of its three operations' answers (READ, UPDATE, HISTORY below); each fills one field. */
export interface ConflictData {
  organisation?: { version: number; description: string | null } | null;
  updateOrganisation?: { version: number } | null;
  history?: Array<{ operation: string }>;
}

export type Gql = (
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string>,
) => Promise<{ data?: ConflictData | null; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> }>;

export interface ConflictOptions {
  gql: Gql;
  /** One set of headers per writer (each a signed-in editor). */
  writers: Array<Record<string, string>>;
  /** Organisations every writer updates. */
  ids: string[];
  /** Update attempts in all. */
  attempts: number;
  seed: number;
}

export interface ConflictReport {
  attempts: number;
  successes: number;
  conflicts: number;
  /** Answers that were neither a success nor CONFLICT. */
  otherErrors: string[];
  seconds: number;
  perEntity: Array<{
    id: string;
    initialVersion: number;
    finalVersion: number;
    successes: number;
    conflicts: number;
    auditedUpdates: number;
    lastWriteKept: boolean;
    versionsGapless: boolean;
  }>;
}

const READ = `query($id: ID!) { organisation(id: $id) { version description } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $p: UpdateOrganisationInput!) { updateOrganisation(id: $id, version: $v, properties: $p) { version properties } }`;
const HISTORY = `query($id: ID!) { history(entityId: $id, first: 500) { operation } }`;

/**
 * Several writers update the same organisations at once, each carrying the version it read
 * (optimistic concurrency). No update may be lost: every writer either wins, and its version
 * is the next one, or gets CONFLICT; the final version is the initial one plus the wins.
 */
export async function runConflicts(opts: ConflictOptions): Promise<ConflictReport> {
  const started = performance.now();
  const rng = createRng(opts.seed);
  const initial = new Map<string, number>();
  for (const id of opts.ids) initial.set(id, (await opts.gql(READ, { id }, opts.writers[0]!)).data!.organisation!.version);
  const wins = new Map<string, Array<{ version: number; description: string }>>(opts.ids.map((id) => [id, []]));
  const losses = new Map<string, number>(opts.ids.map((id) => [id, 0]));
  const otherErrors: string[] = [];
  let next = 0;
  await Promise.all(
    opts.writers.map(async (headers, w) => {
      while (next < opts.attempts) {
        const attempt = next++;
        const id = rng.pick(opts.ids);
        const read = await opts.gql(READ, { id }, headers);
        const version = read.data?.organisation?.version as number;
        const description = `Skrevet af skriver ${w}, forsøg ${attempt} (æøå)`;
        const r = await opts.gql(UPDATE, { id, v: version, p: { description } }, headers);
        const code = r.errors?.[0]?.extensions?.code;
        if (!r.errors && r.data?.updateOrganisation) {
          if (r.data.updateOrganisation.version !== version + 1)
            otherErrors.push(`${id}: won at ${version} but got version ${r.data.updateOrganisation.version}`);
          wins.get(id)!.push({ version: r.data.updateOrganisation.version, description });
        } else if (code === 'CONFLICT') {
          losses.set(id, losses.get(id)! + 1);
        } else {
          otherErrors.push(`${id} at ${version}: ${code ?? '(no code)'} ${r.errors?.[0]?.message ?? JSON.stringify(r).slice(0, 200)}`);
        }
      }
    }),
  );
  const perEntity = [];
  for (const id of opts.ids) {
    const final = (await opts.gql(READ, { id }, opts.writers[0]!)).data!.organisation!;
    const won = wins.get(id)!.sort((a, b) => a.version - b.version);
    const history = (await opts.gql(HISTORY, { id }, opts.writers[0]!)).data!.history!;
    perEntity.push({
      id,
      initialVersion: initial.get(id)!,
      finalVersion: final.version,
      successes: won.length,
      conflicts: losses.get(id)!,
      auditedUpdates: history.filter((h) => h.operation === 'UPDATE').length,
      lastWriteKept: won.length === 0 || final.description === won.at(-1)!.description,
      versionsGapless: won.every((x, i) => x.version === initial.get(id)! + i + 1),
    });
  }
  const successes = perEntity.reduce((n, e) => n + e.successes, 0);
  return {
    attempts: next,
    successes,
    conflicts: perEntity.reduce((n, e) => n + e.conflicts, 0),
    otherErrors,
    seconds: (performance.now() - started) / 1000,
    perEntity,
  };
}
