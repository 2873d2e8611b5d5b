import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../api/src/paths.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { signedIn } from '../support/sign-in.js';
import { adHocCypher } from '../support/ad-hoc-cypher.js';
import { createUser } from '../../api/src/modules/auth/auth-store.js';
import { importSpreadsheet } from '../../api/src/modules/transfer/import-spreadsheet.js';

/**
 * The same import sent several times at once lands once. An outside probe sent one membership
 * import four times at once and got three relationships with one id: the export held the id
 * three times, and every backup from then on failed to verify.
 */
const FIXTURE = path.join(repoRoot, 'tests', 'fixtures', 'editing');
let t: TestApp;
let editor: Record<string, string>;
let admin: Record<string, string>;

beforeAll(async () => {
  t = await createTestApp({ dataset: FIXTURE });
  editor = await signedIn(t, 'EDITOR');
  admin = await signedIn(t, 'ADMIN');
});
afterAll(() => t.close());

const IMPORT = `mutation($content: String!) {
  importSpreadsheet(kind: MEMBERSHIPS, format: CSV, content: $content, dryRun: false) { committed relationshipsCreated issues { code message } } }`;

describe('imports sent at once', () => {
  it('four identical membership imports at once store the membership once, and ids stay unique', async () => {
    const content = 'person;gruppe;rolle\nperson:nanna;group:ig-randers;MEMBER\n';
    const answers = await Promise.all(
      [1, 2, 3, 4].map(() => t.gql<{ importSpreadsheet: { committed: boolean; relationshipsCreated: number } }>(IMPORT, { content }, editor)),
    );
    for (const a of answers) expect(a.errors).toBeUndefined();
    expect(answers.map((a) => a.data!.importSpreadsheet.relationshipsCreated).sort()).toEqual([0, 0, 0, 1]);
    const rows = await t.db.run<{ id: string }>(
      adHocCypher("MATCH (:Person {id: 'person:nanna'})-[r:MEMBER_OF]->(:Group {id: 'group:ig-randers'}) RETURN r.id AS id", []),
      {},
    );
    expect(rows).toHaveLength(1);
    const [dupes] = await t.db.run<{ n: number }>(adHocCypher('MATCH ()-[r]->() WITH r.id AS id, count(*) AS c WHERE c > 1 RETURN count(id) AS n', []), {});
    expect(dupes!.n).toBe(0);
  });
});

/**
 * An import is written only while its account may still import: an outside probe's import by an
 * account deleted while it ran was written, its audit entry after the deletion. The session is
 * checked when the request comes in; the write reads the account again under a lock on it.
 */
describe('an account changed while its import runs', () => {
  const sheet = (name: string) => Buffer.from(`navn;titel\n${name};Psykolog\n`);
  const importAs = (actor: string, name: string) =>
    importSpreadsheet(t.db, t.queries, { kind: 'PEOPLE', format: 'CSV', content: sheet(name), dryRun: false, actor });

  it.each([
    ['deleted', async (id: string, v: number) => t.gql(`mutation($id: ID!, $v: Int!) { deleteUser(id: $id, version: $v) { id } }`, { id, v }, admin)],
    [
      'made a viewer',
      async (id: string, v: number) =>
        t.gql(`mutation($id: ID!, $v: Int!) { updateUser(id: $id, version: $v, input: {role: VIEWER}) { id } }`, { id, v }, admin),
    ],
    [
      'given a scope',
      async (id: string, v: number) =>
        t.gql(`mutation($id: ID!, $v: Int!) { updateUser(id: $id, version: $v, input: {scopeId: "org:cluster-randers"}) { id } }`, { id, v }, admin),
    ],
  ])('%s meanwhile: FORBIDDEN in Danish, nothing written', async (how, change) => {
    const user = await createUser(t.db, t.queries, {
      email: `importer-${how.replace(/ /g, '-')}@region.dk`,
      name: 'Importør',
      role: 'EDITOR',
      password: 'importer-password-1',
    });
    const changed = (await change(user.id, 1)) as { errors?: unknown };
    expect(changed.errors).toBeUndefined();
    const before = await t.db.run<{ nodes: number }>(t.queries.counts);
    await expect(importAs(user.id, `Efter ${how}`)).rejects.toMatchObject({
      extensions: { code: 'FORBIDDEN', da: 'Dine redigeringsrettigheder blev ændret, mens importen kørte; intet er skrevet.' },
    });
    expect(await t.db.run<{ nodes: number }>(t.queries.counts)).toEqual(before);
  });

  it('an editor who still may import writes it; the command line (no user id) too', async () => {
    const user = await createUser(t.db, t.queries, { email: 'importer-ok@region.dk', name: 'Importør', role: 'EDITOR', password: 'importer-password-1' });
    expect((await importAs(user.id, 'Stadig Redaktør')).committed).toBe(true);
    expect((await importAs('cli', 'Fra Kommandolinjen')).committed).toBe(true);
  });
});
