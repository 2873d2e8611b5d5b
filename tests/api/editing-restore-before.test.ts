import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { signedIn } from '../support/sign-in.js';

// The editing UI's "Gendan denne version" on the version before the first recorded change:
// a seeded entity has no audit entry of its own, so only the first change's `before` holds it.
let t: TestApp;
let editor: Record<string, string>;

beforeAll(async () => {
  t = await createTestApp();
  editor = await signedIn(t, 'EDITOR');
});
afterAll(() => t.close());

const CHANNEL = 'channel:medcom-syddjurs';
/** A restore's answer with its audit entry; `before` and `after` hold the node's state. */
interface RestoredWithChange {
  version: number;
  properties: { status: string };
  change: { operation: string; before: { props: { status: string } }; after: { props: { status: string } } };
}

describe('restoreVersion(before: true)', () => {
  it('brings back the state before a change as a new, audited version', async () => {
    const seeded = await t.gql<{ channel: { status: string; version: number } | null }>(
      `query($id: ID!) { channel(id: $id) { status version } }`,
      { id: CHANNEL },
      editor,
    );
    expect(seeded.data?.channel).toEqual({ status: 'IN_PROGRESS', version: 1 });
    const upd = await t.gql<{ updateChannel: { version: number; change: { id: string } } }>(
      `mutation($id: ID!) { updateChannel(id: $id, version: 1, properties: {status: ESTABLISHED}) { version change { id } } }`,
      { id: CHANNEL },
      editor,
    );
    expect(upd.errors).toBeUndefined();
    const changeId = upd.data!.updateChannel.change.id;

    // Without `before`, the entry's own (after) state: still ESTABLISHED.
    const same = await t.gql<{ restoreVersion: { version: number; properties: Record<string, unknown> } }>(
      `mutation($c: ID!) { restoreVersion(changeId: $c, version: 2) { version properties } }`,
      { c: changeId },
      editor,
    );
    expect(same.data?.restoreVersion).toMatchObject({ version: 3, properties: expect.objectContaining({ status: 'ESTABLISHED' }) });

    const back = await t.gql<{ restoreVersion: RestoredWithChange }>(
      `mutation($c: ID!) { restoreVersion(changeId: $c, version: 3, before: true) { version properties change { operation before after } } }`,
      { c: changeId },
      editor,
    );
    expect(back.errors).toBeUndefined();
    expect(back.data!.restoreVersion.version).toBe(4);
    expect(back.data!.restoreVersion.properties.status).toBe('IN_PROGRESS');
    expect(back.data!.restoreVersion.change.operation).toBe('RESTORE');
    expect(back.data!.restoreVersion.change.before.props.status).toBe('ESTABLISHED');
    expect(back.data!.restoreVersion.change.after.props.status).toBe('IN_PROGRESS');

    const h = await t.gql<{ history: Array<{ operation: string }> }>(`query($id: ID!) { history(entityId: $id) { operation } }`, { id: CHANNEL }, editor);
    expect(h.data!.history.map((c) => c.operation)).toEqual(['RESTORE', 'RESTORE', 'UPDATE']);
  });

  it('refuses `before` for a creation, which has no earlier state', async () => {
    const created = await t.gql<{ createChannel: { id: string; change: { id: string } } }>(
      `mutation { createChannel(properties: {name: "Ny telefonlinje", kind: PHONE_LINE, status: PLANNED}) { id change { id } } }`,
      {},
      editor,
    );
    expect(created.errors).toBeUndefined();
    const r = await t.gql<unknown>(
      `mutation($c: ID!) { restoreVersion(changeId: $c, version: 1, before: true) { version } }`,
      { c: created.data!.createChannel.change.id },
      editor,
    );
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.extensions?.issues).toEqual([
      { field: 'before', message: 'the change has no state before it', da: 'ændringen har ingen tilstand før sig' },
    ]);
  });
});
