import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../api/src/paths.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { signedIn } from '../support/sign-in.js';
import { adHocCypher } from '../support/ad-hoc-cypher.js';

/**
 * The same import sent several times at once lands once. An outside probe sent one membership
 * import four times at once and got three relationships with one id: the export held the id
 * three times, and every backup from then on failed to verify.
 */
const FIXTURE = path.join(repoRoot, 'tests', 'fixtures', 'editing');
let t: TestApp;
let editor: Record<string, string>;

beforeAll(async () => {
  t = await createTestApp({ dataset: FIXTURE });
  editor = await signedIn(t, 'EDITOR');
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
