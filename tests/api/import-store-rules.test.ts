import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../api/src/paths.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { signedIn } from '../support/sign-in.js';
import { adHocCypher } from '../support/ad-hoc-cypher.js';

/**
 * An import keeps the rules the editing API keeps (an outside probe, F4b and F7): a row equal in
 * every field to a stored thing is that thing, not its twin, and a row with a deleted node's id
 * is refused (restoreVersion brings it back with its version and history).
 */
const FIXTURE = path.join(repoRoot, 'tests', 'fixtures', 'editing');
let t: TestApp;
let editor: Record<string, string>;

beforeAll(async () => {
  t = await createTestApp({ dataset: FIXTURE });
  editor = await signedIn(t, 'EDITOR');
});
afterAll(() => t.close());

interface Report {
  committed: boolean;
  nodesCreated: number;
  nodesUpdated: number;
  relationshipsCreated: number;
  issues: Array<{ row: number; column: string; code: string; value: string | null }>;
}
const importSheet = async (kind: string, content: string, dryRun = false): Promise<Report> => {
  const answer = await t.gql<{ importSpreadsheet: Report }>(
    `mutation($kind: SpreadsheetKind!, $content: String!, $dryRun: Boolean) {
      importSpreadsheet(kind: $kind, format: CSV, content: $content, dryRun: $dryRun) {
        committed nodesCreated nodesUpdated relationshipsCreated issues { row column code value } } }`,
    { kind, content, dryRun },
    editor,
  );
  expect(answer.errors).toBeUndefined();
  return answer.data!.importSpreadsheet;
};
const count = async (cypher: string, params: Record<string, unknown>) =>
  (await t.db.run<{ n: number }>(adHocCypher(cypher, Object.keys(params)), params))[0]!.n;
const peopleNamed = (name: string) => count('MATCH (p:Person {name: $name}) RETURN count(p) AS n', { name });

describe('a row equal to a stored thing is that thing', () => {
  it('a person made with createPerson and then imported stays one person', async () => {
    const made = await t.gql(`mutation { createPerson(properties: {name: "Rev Tvilling", title: "Psykolog"}) { id } }`, {}, editor);
    expect(made.errors).toBeUndefined();
    const report = await importSheet('PEOPLE', 'navn;titel\nRev Tvilling;Psykolog\n');
    expect(report).toMatchObject({ committed: true, nodesCreated: 0, issues: [] });
    expect(await peopleNamed('Rev Tvilling')).toBe(1);
    // Imported again: still one.
    expect(await importSheet('PEOPLE', 'navn;titel\nRev Tvilling;Psykolog\n')).toMatchObject({ committed: true, nodesCreated: 0 });
    expect(await peopleNamed('Rev Tvilling')).toBe(1);
  });

  it('a row that differs in a field is another person (two people may share a name)', async () => {
    await t.gql(`mutation { createPerson(properties: {name: "Ida Navnesøster", title: "Psykolog"}) { id } }`, {}, editor);
    expect(await importSheet('PEOPLE', 'navn;titel\nIda Navnesøster;Sundhedsplejerske\n')).toMatchObject({ committed: true, nodesCreated: 1 });
    expect(await peopleNamed('Ida Navnesøster')).toBe(2);
  });

  it('a membership made with linkMember and then imported stays one membership', async () => {
    const linked = await t.gql(`mutation { linkMember(personId: "person:nanna", groupId: "group:ig-randers", properties: {role: CHAIR}) { id } }`, {}, editor);
    expect(linked.errors).toBeUndefined();
    const report = await importSheet('MEMBERSHIPS', 'person;gruppe;rolle\nperson:nanna;group:ig-randers;CHAIR\n');
    expect(report).toMatchObject({ committed: true, relationshipsCreated: 0, issues: [] });
    expect(
      await count("MATCH (:Person {id: 'person:nanna'})-[r:MEMBER_OF]->(:Group {id: 'group:ig-randers'}) WHERE r.role = 'CHAIR' RETURN count(r) AS n", {}),
    ).toBe(1);
  });
});

describe('a row with a deleted node’s id', () => {
  const deleted = async (name: string): Promise<string> => {
    const made = await t.gql<{ createPerson: { id: string } }>(
      `mutation($n: String!) { createPerson(properties: {name: $n, title: "Psykolog"}) { id } }`,
      { n: name },
      editor,
    );
    const id = made.data!.createPerson.id;
    await t.gql(`mutation($id: ID!) { updatePerson(id: $id, version: 1, properties: {title: "Leder"}) { id } }`, { id }, editor);
    const gone = await t.gql(`mutation($id: ID!) { deletePerson(id: $id, version: 2) { id } }`, { id }, editor);
    expect(gone.errors).toBeUndefined();
    return id;
  };

  it('is refused, in a dry run too, at its row; nothing is written', async () => {
    const id = await deleted('Slettet Igen');
    const sheet = `id;navn;titel\n${id};Slettet Igen;Tilbage\n`;
    const dry = await importSheet('PEOPLE', sheet, true);
    expect(dry.issues).toEqual([{ row: 2, column: 'id', code: 'DELETED', value: id }]);
    const real = await importSheet('PEOPLE', sheet);
    expect(real).toMatchObject({ committed: false, nodesCreated: 0 });
    expect(await count('MATCH (p:Person {id: $id}) RETURN count(p) AS n', { id })).toBe(0);
  });

  it('the same row imported again after its person was deleted is refused', async () => {
    expect(await importSheet('PEOPLE', 'navn;titel\nAnna Genimport;Psykolog\n')).toMatchObject({ committed: true, nodesCreated: 1 });
    const [{ id, version }] = (await t.db.run<{ id: string; version: number }>(
      adHocCypher("MATCH (p:Person {name: 'Anna Genimport'}) RETURN p.id AS id, p.version AS version", []),
      {},
    )) as [{ id: string; version: number }];
    expect((await t.gql(`mutation($id: ID!, $v: Int!) { deletePerson(id: $id, version: $v) { id } }`, { id, v: version }, editor)).errors).toBeUndefined();
    const again = await importSheet('PEOPLE', 'navn;titel\nAnna Genimport;Psykolog\n');
    expect(again).toMatchObject({ committed: false, issues: [{ row: 2, code: 'DELETED', value: id }] });
    expect(await peopleNamed('Anna Genimport')).toBe(0);
  });
});
