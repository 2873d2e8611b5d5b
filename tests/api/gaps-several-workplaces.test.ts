import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeedDir } from '../../api/src/dataset/load-dataset.js';
import { mendSeveralWorkplaces, mendSeveralWorkplacesAtStart } from '../../api/src/modules/core/gap-finder/several-workplaces.js';
import { findGaps } from '../../api/src/modules/gaps/gaps-reader.js';
import { exportGraph, importGraph } from '../../api/src/modules/transfer/graph-export.js';
import { createTestApp, openTestDb, testEngine, type TestApp } from '../support/test-app.js';
import { signedIn } from '../support/sign-in.js';
import { openGraphDb } from '../../api/src/open-db.js';
import { loadQueryCatalog } from '../../api/src/queries.js';
import { DEFAULT_DATASET } from '../../api/src/bootstrap.js';
import { adHocCypher } from '../support/ad-hoc-cypher.js';

/*
 * gaps/bridge-ties reads the marks of people with more than one WORKS_IN link instead of
 * counting every person's links (core/gap-finder/several-workplaces.ts). Every write path that
 * adds or removes a WORKS_IN link or deletes one of its ends keeps them; each test here makes
 * such a write and checks that the marks are the people the links say, and that gaps for
 * everything answers as it does once the marks are mended from the links. Without the path's
 * upkeep each one fails (a mark missing or left over).
 */

// Each test gives a person of its own a municipality and a national body, a pair nobody else links.
const NATIONAL_BODY = 'org:medcom';
const ONLY_BRIDGE = { asOf: '2026-06-01', staleAfterDays: 365, showNames: true, rules: ['only-bridge'] };

let t: TestApp;
let editor: Record<string, string>;

beforeAll(async () => {
  t = await createTestApp();
  editor = await signedIn(t, 'EDITOR');
});
afterAll(() => t.close());

async function marks(db = t.db, queries = t.queries): Promise<{ marked: string[]; counted: string[] }> {
  const [row] = await db.run<{ marked: string[]; counted: string[] }>(queries.gapsSeveralWorkplacesCheck);
  return { marked: [...row!.marked].sort(), counted: [...row!.counted].sort() };
}

/** The marks are the people with two or more WORKS_IN links, and the report is the one the links give. */
async function expectMarksRight(db = t.db, queries = t.queries): Promise<string> {
  const { marked, counted } = await marks(db, queries);
  expect(marked).toEqual(counted);
  const kept = JSON.stringify(await findGaps(db, queries, { kind: 'EVERYTHING' }, ONLY_BRIDGE));
  await db.write((tx) => mendSeveralWorkplaces(tx, queries));
  expect(JSON.stringify(await findGaps(db, queries, { kind: 'EVERYTHING' }, ONLY_BRIDGE))).toBe(kept);
  return kept;
}

async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const r = await t.gql<T>(query, variables, editor);
  expect(r.errors).toBeUndefined();
  return r.data!;
}

const createPerson = (name: string) =>
  gql<{ createPerson: { id: string; version: number; change: { id: string } } }>(
    `mutation($n: String!) { createPerson(properties: {name: $n, fictitious: true}) { id version change { id } } }`,
    { n: name },
  ).then((d) => d.createPerson);
const worksIn = (person: string, org: string) =>
  gql<{ link: { id: string; version: number } }>(`mutation($p: ID!, $o: ID!) { link(type: WORKS_IN, fromId: $p, toId: $o) { id version } }`, {
    p: person,
    o: org,
  }).then((d) => d.link);
const versionOf = async (id: string) => (await t.db.run<{ props: { version: number } }>(t.queries.nodeState, { id }))[0]!.props.version;

describe('the marks of several workplaces', () => {
  it('the seed (a fresh store: CREATE) marks the people with two workplaces', async () => {
    const { marked } = await marks();
    expect(marked.length).toBeGreaterThan(0);
    await expectMarksRight();
  });

  it('link and unlink: a second workplace marks the person (an only bridge appears), its removal unmarks', async () => {
    const person = await createPerson('Vera Tovejs');
    await worksIn(person.id, 'org:municipality-hedensted');
    expect((await marks()).marked).not.toContain(person.id);
    const before = await expectMarksRight();
    const second = await worksIn(person.id, NATIONAL_BODY);
    expect((await marks()).marked).toContain(person.id);
    const after = await expectMarksRight();
    // The mark matters to the answer: the person is now an only bridge.
    expect(before).not.toContain('Vera Tovejs');
    expect(after).toContain('Vera Tovejs');
    await gql(`mutation($id: ID!, $v: Int!) { unlink(id: $id, version: $v) { id } }`, { id: second.id, v: second.version });
    expect((await marks()).marked).not.toContain(person.id);
    expect(await expectMarksRight()).toBe(before);
  });

  it('deleting a person drops the mark; restoring the deletion brings it and the bridge back', async () => {
    const person = await createPerson('Bent Tovejs');
    await worksIn(person.id, 'org:municipality-odder');
    await worksIn(person.id, NATIONAL_BODY);
    const deleted = await gql<{ deletePerson: { change: { id: string } } }>(
      `mutation($id: ID!, $v: Int!) { deletePerson(id: $id, version: $v) { change { id } } }`,
      {
        id: person.id,
        v: await versionOf(person.id),
      },
    );
    expect((await marks()).marked).not.toContain(person.id);
    expect(await expectMarksRight()).not.toContain('Bent Tovejs');
    await gql(`mutation($c: ID!) { restoreVersion(changeId: $c, before: true) { id } }`, { c: deleted.deletePerson.change.id });
    expect((await marks()).marked).toContain(person.id);
    expect(await expectMarksRight()).toContain('Bent Tovejs');
  });

  it('deleting an organisation unmarks its workers; restoring it marks them again', async () => {
    const org = await gql<{ createOrganisation: { id: string } }>(
      `mutation { createOrganisation(properties: {name: "Tovejs Nationale Enhed", kind: NATIONAL_BODY, sector: NATIONAL}) { id } }`,
    ).then((d) => d.createOrganisation);
    const person = await createPerson('Kaj Tovejs');
    await worksIn(person.id, 'org:municipality-skanderborg');
    await worksIn(person.id, org.id);
    expect((await marks()).marked).toContain(person.id);
    const deleted = await gql<{ deleteOrganisation: { change: { id: string } } }>(
      `mutation($id: ID!, $v: Int!) { deleteOrganisation(id: $id, version: $v) { change { id } } }`,
      { id: org.id, v: await versionOf(org.id) },
    );
    expect((await marks()).marked).not.toContain(person.id);
    await expectMarksRight();
    await gql(`mutation($c: ID!) { restoreVersion(changeId: $c, before: true) { id } }`, { c: deleted.deleteOrganisation.change.id });
    expect((await marks()).marked).toContain(person.id);
    expect(await expectMarksRight()).toContain('Kaj Tovejs');
  });

  it('an import onto a store that holds WORKS_IN links (MERGE) marks whom it gives a second workplace', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'several-workplaces-'));
    try {
      writeFileSync(
        path.join(dir, '01-people.json'),
        JSON.stringify({
          nodes: [{ label: 'Person', id: 'person:import-tovejs', name: 'Ida Tovejs', fictitious: true }],
          relationships: [
            { type: 'WORKS_IN', id: 'rel:works-in:import-tovejs-1', from: 'person:import-tovejs', to: 'org:municipality-samsoe' },
            { type: 'WORKS_IN', id: 'rel:works-in:import-tovejs-2', from: 'person:import-tovejs', to: NATIONAL_BODY },
            { type: 'WORKS_IN', id: 'rel:works-in:p001-medcom', from: 'person:p001', to: NATIONAL_BODY },
          ],
        }),
      );
      await loadSeedDir(t.db, t.queries, dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect((await marks()).marked).toEqual(expect.arrayContaining(['person:import-tovejs', 'person:p001']));
    expect(await expectMarksRight()).toContain('Ida Tovejs');
  });

  it('a spreadsheet import that gives someone a second workplace marks them', async () => {
    const person = await createPerson('Eva Tovejs');
    await worksIn(person.id, 'org:municipality-lemvig');
    const content = ['id;navn;arbejdssted', `${person.id};Eva Tovejs;${NATIONAL_BODY}`].join('\n');
    const r = await gql<{ importSpreadsheet: { committed: boolean; relationshipsCreated: number } }>(
      `mutation($c: String!) { importSpreadsheet(kind: PEOPLE, format: CSV, content: $c, dryRun: false) { committed relationshipsCreated } }`,
      { c: content },
    );
    expect(r.importSpreadsheet).toEqual({ committed: true, relationshipsCreated: 1 });
    expect((await marks()).marked).toContain(person.id);
    expect(await expectMarksRight()).toContain('Eva Tovejs');
  });

  it.runIf(testEngine === 'embedded')('a store written before the marks existed is mended when it is opened', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'several-workplaces-store-'));
    try {
      const queries = loadQueryCatalog();
      const first = await openGraphDb({ kind: 'embedded', dataDir }, queries);
      await loadSeedDir(first, queries, DEFAULT_DATASET);
      await first.write((tx) => tx.run(adHocCypher('MATCH (w:SeveralWorkplaces) DELETE w')));
      expect((await marks(first, queries)).marked).toEqual([]);
      await first.close();
      const again = await openGraphDb({ kind: 'embedded', dataDir }, queries);
      try {
        expect((await marks(again, queries)).marked.length).toBeGreaterThan(0);
        await expectMarksRight(again, queries);
      } finally {
        await again.close();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('a restored backup is marked, and a store without marks is mended at start', async () => {
    const backup = await exportGraph(t.db, t.queries);
    const other = await openTestDb();
    try {
      await importGraph(other.db, other.queries, backup);
      expect(await marks(other.db, other.queries)).toEqual(await marks());
      // A store written before the marks existed: none, until the start's check mends them.
      await other.db.write((tx) => tx.run(adHocCypher('MATCH (w:SeveralWorkplaces) DELETE w')));
      expect((await marks(other.db, other.queries)).marked).toEqual([]);
      expect(await mendSeveralWorkplacesAtStart(other.db, other.queries)).toBeGreaterThan(0);
      expect(await mendSeveralWorkplacesAtStart(other.db, other.queries)).toBe(0);
      await expectMarksRight(other.db, other.queries);
    } finally {
      await other.db.close();
    }
  });
});
