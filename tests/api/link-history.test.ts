import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { signedIn } from '../support/sign-in.js';

/**
 * history(entityId) of a node shows the edits of its links (#16 item 8): linking, changing and
 * unlinking a person's workplace appear in the history of both the person and the organisation,
 * newest first, and stay there after the link is gone. Visitors read no history.
 */

const HISTORY = `query($id: ID!) { history(entityId: $id, first: 100) { id operation entityId entityLabel before after } }`;
let t: TestApp;
let editor: Record<string, string>;

beforeAll(async () => {
  t = await createTestApp();
  editor = await signedIn(t, 'EDITOR');
});
afterAll(() => t.close());

async function history(id: string) {
  const r = await t.gql<{
    history: Array<{
      id: string;
      operation: string;
      entityId: string;
      entityLabel: string;
      before: Record<string, unknown> | null;
      after: Record<string, unknown> | null;
    }>;
  }>(HISTORY, { id }, editor);
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data!.history;
}

describe("history(entityId) holds the edits of the entity's links", () => {
  it('link, change and unlink show in the history of both ends, newest first, after the link is gone too', async () => {
    const person = (
      await t.gql<{ createPerson: { id: string } }>(
        `mutation { createPerson(properties: {id: "person:historik-test", name: "Hanne Historik", fictitious: true}) { id } }`,
        {},
        editor,
      )
    ).data!.createPerson.id;
    const org = 'org:ppr-randers';
    const orgBefore = (await history(org)).length;

    const linked = await t.gql<{ linkWorksIn: { id: string; version: number } }>(
      `mutation($p: ID!, $o: ID!) { linkWorksIn(personId: $p, organisationId: $o, properties: {role: "Psykolog"}) { id version } }`,
      { p: person, o: org },
      editor,
    );
    expect(linked.errors, JSON.stringify(linked.errors)).toBeUndefined();
    const link = linked.data!.linkWorksIn;
    const changed = await t.gql<unknown>(
      `mutation($id: ID!) { updateLink(id: $id, version: 1, properties: {role: "Ledende psykolog"}) { version } }`,
      { id: link.id },
      editor,
    );
    expect(changed.errors, JSON.stringify(changed.errors)).toBeUndefined();

    const personHistory = await history(person);
    expect(personHistory.map((e) => [e.operation, e.entityId])).toEqual([
      ['UPDATE_LINK', link.id],
      ['LINK', link.id],
      ['CREATE', person],
    ]);
    expect(personHistory[0]!.entityLabel).toBe('WORKS_IN');
    expect(personHistory[0]!.after).toMatchObject({ from: person, to: org, props: { role: 'Ledende psykolog' } });
    const orgAfterEdit = await history(org);
    expect(orgAfterEdit).toHaveLength(orgBefore + 2);
    expect(orgAfterEdit.slice(0, 2).map((e) => e.operation)).toEqual(['UPDATE_LINK', 'LINK']);

    // Gone, and still told.
    const gone = await t.gql<unknown>(`mutation($id: ID!) { unlink(id: $id, version: 2) { id } }`, { id: link.id }, editor);
    expect(gone.errors, JSON.stringify(gone.errors)).toBeUndefined();
    expect((await history(person)).map((e) => e.operation)).toEqual(['UNLINK', 'UPDATE_LINK', 'LINK', 'CREATE']);
    expect((await history(org)).slice(0, 3).map((e) => e.operation)).toEqual(['UNLINK', 'UPDATE_LINK', 'LINK']);
    // The link's own history is unchanged: its three entries.
    expect((await history(link.id)).map((e) => e.operation)).toEqual(['UNLINK', 'UPDATE_LINK', 'LINK']);
  });

  it("an entry is listed once even when found both as the link's and by its ends", async () => {
    const h = await history('org:ppr-randers');
    expect(new Set(h.map((e) => e.id)).size).toBe(h.length);
  });

  it("a status report shows in the municipality's history", async () => {
    const r = await t.gql<{ reportStatus: { report: { id: string } } }>(
      `mutation { reportStatus(organisationId: "org:municipality-skive", elementId: "element:mistrivsel-2", level: GREEN, asOf: "2.3.2024") { report { id } } }`,
      {},
      editor,
    );
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    const h = await history('org:municipality-skive');
    expect(h[0]).toMatchObject({ operation: 'LINK', entityLabel: 'STATUS', entityId: r.data!.reportStatus.report.id });
  });

  it('visitors read no history', async () => {
    const r = await t.gql<unknown>(HISTORY, { id: 'org:ppr-randers' });
    expect(r.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
