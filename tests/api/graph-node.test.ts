import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn } from '../support/sign-in.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * `graphNode(id)`: the details panel's read of one node, with its stored properties and the
 * picture's rules for a visitor; the same node and properties the picture itself answers; null
 * for an id no node has; the access log told which personal fields a signed-in user was shown.
 */
let t: TestApp;
let viewer: Record<string, string>;
let admin: Record<string, string>;
const FLEMMING = 'person:p150';

interface Node {
  id: string;
  label: string;
  name: string;
  kind: string | null;
  sector: string | null;
  properties: Record<string, unknown>;
}
const FIELDS = 'id label name kind sector shortName municipalityCode properties';
const NODE = `query($id: ID!) { graphNode(id: $id) { ${FIELDS} } }`;
const PICTURE = `query($id: ID!) { graph(filter: { focusId: $id, depth: 1, limit: 1 }) { nodes { ${FIELDS} } } }`;

async function node(id: string, headers?: Record<string, string>) {
  const r = await t.gql<{ graphNode: Node | null }>(NODE, { id }, headers);
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data!.graphNode;
}

beforeAll(async () => {
  t = await createTestApp({ app: { accessLog: true } });
  viewer = await signedIn(t, 'VIEWER');
  admin = await signedIn(t, 'ADMIN');
});
afterAll(() => t.close());

describe('graphNode', () => {
  it('answers a node as the picture does, for a visitor and a signed-in user, across labels', async () => {
    const ids = ['org:municipality-randers', 'org:cluster-randers', FLEMMING, 'person:p001'];
    const others: Array<{ id: string; label: string }> = [];
    for (const label of ['Group', 'Channel', 'Mandate', 'Agreement', 'Pathway']) {
      const some = await t.gql<{ graph: { nodes: Array<{ id: string; label: string }> } }>(
        `{ graph(filter: { labels: [${label}], limit: 3 }) { nodes { id label } } }`,
      );
      others.push(...some.data!.graph.nodes);
    }
    expect(new Set(others.map((n) => n.label)).size).toBe(5);
    for (const headers of [undefined, viewer]) {
      for (const id of [...ids, ...others.map((n) => n.id)]) {
        const picture = await t.gql<{ graph: { nodes: Node[] } }>(PICTURE, { id }, headers);
        expect(await node(id, headers)).toEqual(picture.data!.graph.nodes[0]);
      }
    }
  });

  it("leaves a person's name, e-mail and phone out for a visitor, and shows them to a signed-in user", async () => {
    const hidden = (await node(FLEMMING))!;
    expect(hidden.name).toBe('Direktør for børn og familie, Randers Kommune');
    expect(hidden.properties).not.toHaveProperty('name');
    expect(hidden.properties).not.toHaveProperty('email');
    expect(hidden.properties).not.toHaveProperty('phone');
    expect(hidden.properties).toMatchObject({ id: FLEMMING, title: 'Direktør for børn og familie, Randers Kommune' });
    const shown = (await node(FLEMMING, viewer))!;
    expect(shown.name).toBe('Flemming Henriksen');
    expect(shown.properties).toMatchObject({ name: 'Flemming Henriksen', email: 'flemming.henriksen@randers.dk', phone: '+45 87 43 58 72' });
    expect(shown.properties).not.toHaveProperty('sourceHash');
  });

  it('answers null for an id no node has, and refuses a query without an id', async () => {
    expect(await node('org:no-such-node')).toBeNull();
    const missing = await t.gql('query { graphNode { id } }');
    expect(missing.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it("logs the name, e-mail and phone a signed-in user was shown in a person's details", async () => {
    const r = await t.gql('query PersonDetails($id: ID!) { graphNode(id: $id) { id properties } }', { id: FLEMMING }, viewer);
    expect(r.errors).toBeUndefined();
    const log = await t.gql<{ accessLog: Array<{ what: string; personIds: string[]; fields: string[] }> }>(
      '{ accessLog(first: 50) { what personIds fields } }',
      {},
      admin,
    );
    const entry = log.data!.accessLog.find((e) => e.what.includes('PersonDetails'));
    expect(entry, JSON.stringify(log.data)).toBeDefined();
    expect(entry!.personIds).toEqual([FLEMMING]);
    expect([...entry!.fields].sort()).toEqual(['email', 'name', 'phone']);
  });
});
