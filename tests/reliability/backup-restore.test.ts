import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../api/src/app.js';
import { openGraphDb } from '../../api/src/open-db.js';
import { createTestApp, type GqlResult, type TestApp } from '../support/test-app.js';
import { signedIn } from '../support/sign-in.js';
import { mapCounts, mapHash } from './lib/fingerprint.js';
import { backupRestore } from './lib/backup.js';
import { INJECTIONS } from './lib/hostile-values.js';

/**
 * Backup and restore of the Central Denmark seed after edits (so the store holds more than the
 * seed: hostile names, updates, a deletion, audit entries) through the API, into a new
 * file-backed store that is then closed and reopened. tests/api/transfer.test.ts does the
 * in-memory round trip of the small editing fixture; the national dataset is in
 * npm run test:reliability.
 */
let t: TestApp;
let admin: Record<string, string>;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'haenderne-restore-'));

beforeAll(async () => {
  t = await createTestApp();
  admin = await signedIn(t, 'ADMIN');
  for (const name of INJECTIONS.slice(0, 5)) {
    const r = await t.gql<unknown>(
      `mutation($p: CreatePersonInput!) { createPerson(properties: $p) { id } }`,
      { p: { name, email: 'backup@example.dk', fictitious: true } },
      admin,
    );
    if (r.errors) throw new Error(JSON.stringify(r.errors));
  }
  await t.gql<unknown>(
    `mutation { updateOrganisation(id: "org:ppr-randers", version: 1, properties: {description: "Ændret før backup: æøå 👩‍👩‍👧"}) { version } }`,
    {},
    admin,
  );
  await t.gql<unknown>(`mutation { deleteChannel(id: "channel:medcom-odder", version: 1) { id } }`, {}, admin);
});
afterAll(async () => {
  await t.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('backup and restore (the seed, edited)', () => {
  it('export → new empty file-backed store → import through the API gives the same content hash, and survives a reopen', async () => {
    const exported = await t.gql<{ exportGraph: { nodes: unknown[] }; graphContentHash: string }>(`{ exportGraph graphContentHash }`, {}, admin);
    expect(exported.errors).toBeUndefined();
    const source = exported.data!.exportGraph;
    const counts = await mapCounts(t.db, t.queries);
    expect(source.nodes.length).toBe(counts.nodes);

    const db = await openGraphDb({ kind: 'embedded', dataDir: dir }, t.queries);
    const fresh = { db, queries: t.queries, app: createApp({ db, queries: t.queries }) } as unknown as TestApp;
    fresh.gql = async <T>(query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) =>
      (await (
        await fresh.app.fetch('http://test/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify({ query, variables }),
        })
      ).json()) as GqlResult<T>;
    try {
      expect(await mapCounts(db, t.queries)).toEqual({ nodes: 0, relationships: 0 });
      const freshAdmin = await signedIn(fresh, 'ADMIN');
      const r = await fresh.gql<{ importGraph: { nodes: number; relationships: number; changes: number; contentHash: string } }>(
        `mutation($d: JSON!) { importGraph(data: $d) { nodes relationships changes contentHash } }`,
        { d: source },
        freshAdmin,
      );
      expect(r.errors).toBeUndefined();
      expect(r.data?.importGraph).toMatchObject({ nodes: counts.nodes, relationships: counts.relationships, contentHash: exported.data!.graphContentHash });
    } finally {
      await db.close();
    }
    const reopened = await openGraphDb({ kind: 'embedded', dataDir: dir }, t.queries);
    try {
      expect(await mapHash(reopened, t.queries)).toBe(exported.data!.graphContentHash);
      expect(await mapCounts(reopened, t.queries)).toEqual(counts);
    } finally {
      await reopened.close();
    }
  });

  it('restores node for node and relationship for relationship, hostile names included', async () => {
    const { db, queries } = await (await import('../support/test-app.js')).openTestDb();
    try {
      const report = await backupRestore(t.db, db, queries);
      expect(report.restoredHash).toBe(report.sourceHash);
      expect(report.identical).toBe(true);
      const names = (await db.run<{ props: { name: string } }>(queries.exportNodes)).map((n) => n.props.name);
      for (const name of INJECTIONS.slice(0, 5)) expect(names).toContain(name);
    } finally {
      await db.close();
    }
  });
});
