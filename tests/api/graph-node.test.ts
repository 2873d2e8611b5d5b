import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../api/src/app.js';
import type { GraphDb } from '../../api/src/db/graph-db.js';
import type { QueryCatalog } from '../../api/src/queries.js';
import { DEFAULT_DATASET } from '../../api/src/bootstrap.js';
import { createUser } from '../../api/src/modules/auth/auth-store.js';
import { loadSeedDir } from '../../api/src/dataset/load-dataset.js';
import { openTestDb, type GqlResult } from '../support/test-app.js';

/**
 * `graphNode(id)`: the details panel's read of one node, with its stored properties and the
 * picture's rules for a visitor; the same node and properties the picture itself answers; null
 * for an id no node has; the access log told which personal fields a signed-in user was shown.
 */
let db: GraphDb;
let queries: QueryCatalog;
let app: App;
let viewer: Record<string, string>;
let admin: Record<string, string>;
const FLEMMING = 'person:p150';

async function gql<T = unknown>(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const res = await app.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as GqlResult<T>;
}

async function signIn(role: 'VIEWER' | 'ADMIN'): Promise<Record<string, string>> {
  const email = `node-${role.toLowerCase()}@region.dk`;
  await createUser(db, queries, { email, name: `Test ${role}`, role, password: 'en-lang-adgangskode' });
  const r = await gql<{ signIn: { token: string } }>('mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }', {
    e: email,
    p: 'en-lang-adgangskode',
  });
  return { authorization: `Bearer ${r.data!.signIn.token}` };
}

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
  const r = await gql<{ graphNode: Node | null }>(NODE, { id }, headers);
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data!.graphNode;
}

beforeAll(async () => {
  ({ db, queries } = await openTestDb());
  await loadSeedDir(db, queries, DEFAULT_DATASET);
  app = createApp({ db, queries }, { accessLog: true });
  viewer = await signIn('VIEWER');
  admin = await signIn('ADMIN');
});
afterAll(() => db.close());

describe('graphNode', () => {
  it('answers a node as the picture does, for a visitor and a signed-in user, across labels', async () => {
    const ids = ['org:municipality-randers', 'org:cluster-randers', FLEMMING, 'person:p001'];
    const others: Array<{ id: string; label: string }> = [];
    for (const label of ['Group', 'Channel', 'Mandate', 'Agreement', 'Pathway']) {
      const some = await gql<{ graph: { nodes: Array<{ id: string; label: string }> } }>(
        `{ graph(filter: { labels: [${label}], limit: 3 }) { nodes { id label } } }`,
      );
      others.push(...some.data!.graph.nodes);
    }
    expect(new Set(others.map((n) => n.label)).size).toBe(5);
    for (const headers of [undefined, viewer]) {
      for (const id of [...ids, ...others.map((n) => n.id)]) {
        const picture = await gql<{ graph: { nodes: Node[] } }>(PICTURE, { id }, headers);
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
    const missing = await gql('query { graphNode { id } }');
    expect(missing.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it("logs the name, e-mail and phone a signed-in user was shown in a person's details", async () => {
    const r = await gql('query PersonDetails($id: ID!) { graphNode(id: $id) { id properties } }', { id: FLEMMING }, viewer);
    expect(r.errors).toBeUndefined();
    const log = await gql<{ accessLog: Array<{ what: string; personIds: string[]; fields: string[] }> }>(
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
