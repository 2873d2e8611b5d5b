import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../api/src/modules/auth/auth-store.js';
import { readSeed } from '../api/helpers.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { signedIn } from '../support/sign-in.js';
import { shippedApp } from '../support/shipped-app.js';
import { gqlBody, loopbackServer, type GqlBody } from '../support/http-client.js';

interface SignedIn {
  signIn: { token: string };
}
import { SCOPE_ID } from './lib/actors.js';
import { mapHash } from './lib/fingerprint.js';
import { introspect, rootFields } from './lib/schema-walk.js';

/**
 * Every mutation of the schema as every kind of caller. The scoped editor is limited to the
 * Randers cluster; "in scope" targets lie inside it (Norddjurs), "out of scope" ones in Aarhus.
 * A refused call must answer UNAUTHENTICATED or FORBIDDEN and change nothing.
 */
type Column = 'anonymous' | 'VIEWER' | 'EDITOR' | 'EDITOR in scope' | 'EDITOR out of scope' | 'ADMIN';
const COLUMNS: Column[] = ['anonymous', 'VIEWER', 'EDITOR', 'EDITOR in scope', 'EDITOR out of scope', 'ADMIN'];
type Place = 'in' | 'out';
interface Call {
  query: string;
  variables: Record<string, unknown>;
}
interface Entry {
  /** The columns that may; the others are refused. */
  allowed: Column[];
  prepare(place: Place, who: Column): Promise<Call>;
  /** Headers of its own (sign-in and sign-out use a fresh user per call). */
  headers?(who: Column): Promise<Record<string, string>>;
  note?: string;
}

const IN_ORG = 'org:municipality-norddjurs';
const OUT_ORG = 'org:municipality-aarhus';
const org = (place: Place) => (place === 'in' ? IN_ORG : OUT_ORG);
const EVERYONE: Column[] = [...COLUMNS];
const EDITORS: Column[] = ['EDITOR', 'EDITOR in scope', 'EDITOR out of scope', 'ADMIN'];
const IN_SCOPE: Column[] = ['EDITOR', 'EDITOR in scope', 'ADMIN'];

let t: TestApp;
let headers: Record<Column, Record<string, string>>;
const seed = readSeed();
const templates = new Map<string, Record<string, unknown>>();
for (const n of seed.nodes) {
  if (templates.has(n.label)) continue;
  const { id: _i, label: _l, ...props } = n;
  templates.set(n.label, props);
}

async function asAdmin<T = unknown>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const r = await t.gql<T>(query, variables, headers.ADMIN);
  if (r.errors) throw new Error(`preparation failed: ${JSON.stringify(r.errors)}`);
  return r.data as T;
}

/** The key of a gap finding about a fresh group anchored in or out of the scope: it reports to nobody. */
async function freshFindingKey(place: Place): Promise<string> {
  const group = await fresh('Group', place);
  // The seed's first group is a committee, which reports to nobody by design: make it a working group.
  await asAdmin(`mutation($id: ID!) { updateGroup(id: $id, version: ${group.version}, properties: {kind: IMPLEMENTATION_GROUP}) { id } }`, { id: group.id });
  const report = await asAdmin<{ gaps: { findings: Array<{ subject: { id: string }; key: string }> } }>(
    `{ gaps(scope: {kind: EVERYTHING}, rules: ["group-without-reporting-line"]) { findings { subject { id } key } } }`,
  );
  const finding = report.gaps.findings.find((f) => f.subject.id === group.id);
  if (!finding) throw new Error(`preparation failed: no finding about ${group.id}`);
  return finding.key;
}

/** A fresh node of the label; with a place, attached so that it lies in or out of the scope. */
async function fresh(label: string, place?: Place): Promise<{ id: string; version: number }> {
  const props: Record<string, unknown> = { ...templates.get(label)!, name: `Matrix ${label} ${randomUUID().slice(0, 8)}` };
  if (label === 'Organisation') Object.assign(props, { kind: 'MUNICIPAL_UNIT', sector: 'MUNICIPALITY', municipalityCode: place === 'out' ? '751' : '707' });
  for (const k of ['shortName', 'locationNumber', 'municipalityCode', 'email', 'phone', 'website', 'address'] as const)
    if (label !== 'Organisation') delete props[k];
  if (label === 'Channel') Object.assign(props, { kind: 'MEETING', status: 'PLANNED' });
  const created = (
    await asAdmin<Record<string, { id: string; version: number }>>(`mutation($p: Create${label}Input!) { create${label}(properties: $p) { id version } }`, {
      p: props,
    })
  )[`create${label}`]!;
  if (place) {
    const attach: Record<string, [string, string, string]> = {
      Organisation: ['PART_OF', created.id, org(place)],
      Person: ['WORKS_IN', created.id, org(place)],
      Group: ['ANCHORED_IN', created.id, org(place)],
      Channel: ['PROVIDES', org(place), created.id],
    };
    const [type, from, to] = attach[label]!;
    await asAdmin(`mutation($t: RelationType!, $f: ID!, $to: ID!) { link(type: $t, fromId: $f, toId: $to) { id } }`, { t: type, f: from, to });
  }
  return created;
}

/** Labels a scope never reaches (only organisations and what is attached to them do): "in scope" is a new, unattached one. */
async function freshOutside(label: string, place: Place): Promise<{ id: string; version: number }> {
  const node = await fresh(label);
  if (place === 'out') {
    const link: Record<string, [string, string, string]> = {
      Mandate: ['HOLDS', 'group:klyngestyregruppe-aarhus', node.id],
      Agreement: ['PARTY_TO', OUT_ORG, node.id],
      Element: ['HAS_ELEMENT', 'agreement:sundhedsaftale-2024-2027', node.id],
      Pathway: ['CONCERNS', 'mandate:klyngestyregruppe-horsens', node.id],
      Step: ['HAS_STEP', 'pathway:adhd', node.id],
    };
    const [type, from, to] = link[label]!;
    await asAdmin(`mutation($t: RelationType!, $f: ID!, $to: ID!) { link(type: $t, fromId: $f, toId: $to) { id } }`, { t: type, f: from, to });
    return { id: node.id, version: 1 };
  }
  return node;
}

const PLACED = ['Organisation', 'Person', 'Group', 'Channel'];
const target = (label: string, place: Place) => (PLACED.includes(label) ? fresh(label, place) : freshOutside(label, place));

const LABELS = ['Organisation', 'Person', 'Group', 'Mandate', 'Channel', 'Agreement', 'Element', 'Pathway', 'Step'];
const scopeNote = (label: string) =>
  PLACED.includes(label)
    ? ''
    : `a scope holds organisations and the people, groups and channels attached to them; an unattached (new) ${label.toLowerCase()} is anyone's to finish`;

/** A sign-in lock in force: five wrong passwords for a fresh account from this process's own calls. */
async function freshLock(): Promise<string> {
  const email = `locked-${randomUUID().slice(0, 8)}@example.dk`;
  for (let i = 0; i < 5; i++)
    await t.gql<unknown>(`mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }`, { e: email, p: `wrong-${i}-password` });
  const locks = (await asAdmin<{ signInLocks: Array<{ id: string; email: string | null }> }>(`{ signInLocks { id email } }`)).signInLocks;
  return locks.find((l) => l.email === email)!.id;
}

async function freshWorksIn(place: Place): Promise<{ id: string }> {
  const person = await fresh('Person');
  return (
    await asAdmin<{ linkWorksIn: { id: string } }>(
      `mutation($p: ID!, $o: ID!) { linkWorksIn(personId: $p, organisationId: $o, properties: {role: "Psykolog"}) { id } }`,
      { p: person.id, o: org(place) },
    )
  ).linkWorksIn;
}

const MATRIX: Record<string, Entry> = {
  signIn: {
    allowed: EVERYONE,
    note: 'signing in needs no session; the column is only who calls',
    headers: async (who) => (who === 'anonymous' ? {} : headers[who]),
    prepare: async () => {
      const email = `matrix-${randomUUID().slice(0, 8)}@example.dk`;
      await createUser(t.db, t.queries, { email, name: 'Matrix', role: 'VIEWER', scopeId: null, password: 'matrix-password-123' });
      return { query: `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }`, variables: { e: email, p: 'matrix-password-123' } };
    },
  },
  signOut: {
    allowed: EVERYONE,
    note: "ends the caller's own session (false for a visitor without one)",
    headers: async (who) => {
      if (who === 'anonymous') return {};
      const role = who === 'VIEWER' ? 'VIEWER' : who === 'ADMIN' ? 'ADMIN' : 'EDITOR';
      return signedIn(t, role, who.startsWith('EDITOR ') ? SCOPE_ID : null);
    },
    prepare: async () => ({ query: `mutation { signOut }`, variables: {} }),
  },
  link: {
    allowed: IN_SCOPE,
    note: 'one end inside the scope is enough',
    prepare: async (place) => ({
      query: `mutation($f: ID!, $to: ID!) { link(type: WORKS_IN, fromId: $f, toId: $to) { id } }`,
      variables: { f: (await fresh('Person')).id, to: org(place) },
    }),
  },
  linkMember: {
    allowed: IN_SCOPE,
    prepare: async (place) => ({
      query: `mutation($p: ID!, $g: ID!) { linkMember(personId: $p, groupId: $g, properties: {role: MEMBER}) { id } }`,
      variables: { p: (await fresh('Person')).id, g: (await fresh('Group', place)).id },
    }),
  },
  linkFixedContact: {
    allowed: IN_SCOPE,
    prepare: async (place) => ({
      query: `mutation($p: ID!, $o: ID!) { linkFixedContact(personId: $p, organisationId: $o) { id } }`,
      variables: { p: (await fresh('Person')).id, o: org(place) },
    }),
  },
  linkWorksIn: {
    allowed: IN_SCOPE,
    prepare: async (place) => ({
      query: `mutation($p: ID!, $o: ID!) { linkWorksIn(personId: $p, organisationId: $o) { id } }`,
      variables: { p: (await fresh('Person')).id, o: org(place) },
    }),
  },
  linkChannelProvider: {
    allowed: IN_SCOPE,
    prepare: async (place) => ({
      query: `mutation($o: ID!, $c: ID!) { linkChannelProvider(organisationId: $o, channelId: $c) { id } }`,
      variables: { o: org(place), c: (await fresh('Channel')).id },
    }),
  },
  linkChannelServes: {
    allowed: IN_SCOPE,
    prepare: async (place) => ({
      query: `mutation($c: ID!, $o: ID!) { linkChannelServes(channelId: $c, organisationId: $o) { id } }`,
      variables: { c: (await fresh('Channel')).id, o: org(place) },
    }),
  },
  linkMandateHolder: {
    allowed: IN_SCOPE,
    prepare: async (place) => ({
      query: `mutation($h: ID!, $m: ID!) { linkMandateHolder(holderId: $h, mandateId: $m) { id } }`,
      variables: { h: (await fresh('Group', place)).id, m: (await fresh('Mandate')).id },
    }),
  },
  setStatus: {
    allowed: IN_SCOPE,
    prepare: async (place) => ({
      query: `mutation($o: ID!) { setStatus(organisationId: $o, elementId: "element:mistrivsel-1", properties: {level: YELLOW, asOf: "2024-05-01", note: "Matrix", source: "Matrix"}) { id } }`,
      variables: { o: (await fresh('Organisation', place)).id },
    }),
  },
  reportStatus: {
    allowed: IN_SCOPE,
    note: 'a new dated report for a municipality inside or outside the scope',
    prepare: async (place) => ({
      query: `mutation($o: ID!) { reportStatus(organisationId: $o, elementId: "element:mistrivsel-1", level: YELLOW, asOf: "1.5.2024", note: "Matrix") { created } }`,
      variables: { o: org(place) },
    }),
  },
  updateLink: {
    allowed: IN_SCOPE,
    prepare: async (place) => ({
      query: `mutation($id: ID!) { updateLink(id: $id, version: 1, properties: {role: "Leder"}) { id } }`,
      variables: { id: (await freshWorksIn(place)).id },
    }),
  },
  unlink: {
    allowed: IN_SCOPE,
    prepare: async (place) => ({ query: `mutation($id: ID!) { unlink(id: $id, version: 1) { id } }`, variables: { id: (await freshWorksIn(place)).id } }),
  },
  confirmEntry: {
    allowed: IN_SCOPE,
    note: 'a channel provided inside or outside the scope; a fixed-contact assignment is scoped by its ends like any link',
    prepare: async (place) => {
      const channel = await fresh('Channel', place);
      return { query: `mutation($id: ID!) { confirmEntry(id: $id) { confirmedAt } }`, variables: { id: channel.id } };
    },
  },
  followUpGap: {
    allowed: IN_SCOPE,
    note: 'acknowledges a gap finding about a group anchored inside or outside the scope (a fresh group reports to nobody)',
    prepare: async (place) => ({
      query: `mutation($i: GapFollowUpInput!) { followUpGap(input: $i) { key } }`,
      variables: { i: { key: await freshFindingKey(place), state: 'ACKNOWLEDGED' } },
    }),
  },
  reopenGap: {
    allowed: IN_SCOPE,
    note: 'takes back the follow-up of such a finding',
    prepare: async (place) => {
      const key = await freshFindingKey(place);
      await asAdmin(`mutation($i: GapFollowUpInput!) { followUpGap(input: $i) { key } }`, { i: { key, state: 'ACKNOWLEDGED' } });
      return { query: `mutation($k: ID!) { reopenGap(key: $k, version: 1) { key } }`, variables: { k: key } };
    },
  },
  restoreVersion: {
    allowed: IN_SCOPE,
    note: 'restores an earlier version of an organisation',
    prepare: async (place) => {
      const o = await fresh('Organisation', place);
      const changed = (
        await asAdmin<{ updateOrganisation: { version: number } }>(
          `mutation($id: ID!) { updateOrganisation(id: $id, version: 1, properties: {description: "Ændret"}) { version change { id } } }`,
          { id: o.id },
        )
      ).updateOrganisation;
      const history = (
        await asAdmin<{ history: Array<{ id: string; operation: string }> }>(`query($id: ID!) { history(entityId: $id) { id operation } }`, { id: o.id })
      ).history;
      return {
        query: `mutation($c: ID!, $v: Int) { restoreVersion(changeId: $c, version: $v) { id } }`,
        variables: { c: history.find((h) => h.operation === 'CREATE')!.id, v: changed.version },
      };
    },
  },
  createUser: {
    allowed: ['ADMIN'],
    note: 'user accounts are managed by admins',
    prepare: async () => ({
      query: `mutation($i: NewUserInput!) { createUser(input: $i) { id } }`,
      variables: { i: { email: `ny-${randomUUID().slice(0, 8)}@example.dk`, name: 'Ny bruger', role: 'VIEWER', password: 'matrix-password-123' } },
    }),
  },
  updateUser: {
    allowed: ['ADMIN'],
    prepare: async () => {
      const user = await createUser(t.db, t.queries, {
        email: `matrix-${randomUUID().slice(0, 8)}@example.dk`,
        name: 'Matrix',
        role: 'VIEWER',
        scopeId: null,
        password: 'matrix-password-123',
      });
      return { query: `mutation($id: ID!) { updateUser(id: $id, version: 1, input: {name: "Omdøbt"}) { id } }`, variables: { id: user.id } };
    },
  },
  deleteUser: {
    allowed: ['ADMIN'],
    prepare: async () => {
      const user = await createUser(t.db, t.queries, {
        email: `matrix-${randomUUID().slice(0, 8)}@example.dk`,
        name: 'Matrix',
        role: 'VIEWER',
        scopeId: null,
        password: 'matrix-password-123',
      });
      return { query: `mutation($id: ID!) { deleteUser(id: $id, version: 1) { id } }`, variables: { id: user.id } };
    },
  },
  liftSignInLock: {
    allowed: ['ADMIN'],
    note: "sign-in locks are lifted by admins; the lock itself is the throttle's, audited as system:sign-in-throttle",
    prepare: async () => ({ query: `mutation($id: ID!) { liftSignInLock(id: $id) { id } }`, variables: { id: await freshLock() } }),
  },
  importSpreadsheet: {
    allowed: ['EDITOR', 'ADMIN'],
    note: 'imports need an editor without a scope',
    prepare: async () => ({
      query: `mutation($c: String!) { importSpreadsheet(kind: PEOPLE, format: CSV, content: $c, dryRun: false) { committed } }`,
      variables: { c: `name,fictitious\nMatrix Import ${randomUUID().slice(0, 8)},ja` },
    }),
  },
  importGraph: {
    allowed: ['ADMIN'],
    prepare: async () => {
      const id = `person:matrix-${randomUUID().slice(0, 8)}`;
      const now = new Date().toISOString();
      const data = {
        format: 'haenderne-graph',
        formatVersion: 1,
        exportedAt: now,
        nodes: [{ label: 'Person', props: { id, name: 'Matrix Import', fictitious: true, version: 1, createdAt: now, updatedAt: now } }],
        relationships: [],
        changes: [],
      };
      return { query: `mutation($d: JSON!) { importGraph(data: $d) { nodes } }`, variables: { d: data } };
    },
  },
};
for (const label of LABELS) {
  const note = scopeNote(label);
  MATRIX[`create${label}`] = {
    allowed: EDITORS,
    note: 'a new node has no place yet, so a scoped editor may create anywhere',
    prepare: async () => {
      const props: Record<string, unknown> = { ...templates.get(label)!, name: `Matrix ny ${label} ${randomUUID().slice(0, 8)}` };
      if (label === 'Organisation')
        Object.assign(props, { kind: 'MUNICIPAL_UNIT', sector: 'MUNICIPALITY', municipalityCode: '707', shortName: undefined, locationNumber: undefined });
      if (label === 'Channel') Object.assign(props, { kind: 'MEETING', status: 'PLANNED', address: undefined });
      if (label === 'Person') delete props.email;
      return { query: `mutation($p: Create${label}Input!) { create${label}(properties: $p) { id } }`, variables: { p: JSON.parse(JSON.stringify(props)) } };
    },
  };
  MATRIX[`update${label}`] = {
    allowed: IN_SCOPE,
    ...(note ? { note } : {}),
    prepare: async (place) => {
      const n = await target(label, place);
      return {
        query: `mutation($id: ID!, $v: Int!) { update${label}(id: $id, version: $v, properties: {description: "Opdateret"}) { id } }`,
        variables: { id: n.id, v: n.version },
      };
    },
  };
  MATRIX[`delete${label}`] = {
    allowed: IN_SCOPE,
    ...(note ? { note } : {}),
    prepare: async (place) => {
      const n = await target(label, place);
      return { query: `mutation($id: ID!, $v: Int!) { delete${label}(id: $id, version: $v) { id } }`, variables: { id: n.id, v: n.version } };
    },
  };
}

beforeAll(async () => {
  t = await createTestApp();
  headers = {
    anonymous: {},
    VIEWER: await signedIn(t, 'VIEWER'),
    EDITOR: await signedIn(t, 'EDITOR'),
    'EDITOR in scope': await signedIn(t, 'EDITOR', SCOPE_ID),
    'EDITOR out of scope': await signedIn(t, 'EDITOR', SCOPE_ID),
    ADMIN: await signedIn(t, 'ADMIN'),
  };
  for (const c of COLUMNS) userIds[c] = (await t.gql<{ me: { id: string } | null }>(`{ me { id } }`, {}, headers[c])).data?.me?.id;
});
afterAll(() => t.close());

const changes = async () =>
  (await t.db.run<{ change: { id: string; actor: string; operation: string; entityId: string } }>(t.queries.exportChanges)).map((c) => c.change);
const changeCount = async () => (await changes()).length;
const userIds = {} as Record<Column, string | undefined>;
const mark = (e: Entry, c: Column) => (e.allowed.includes(c) ? '✓' : '✗');

describe('authorisation matrix: every mutation × anonymous, VIEWER, EDITOR, EDITOR in scope, EDITOR out of scope, ADMIN (refused: UNAUTHENTICATED/FORBIDDEN, map and audit trail unchanged; allowed: one audit entry naming the caller)', () => {
  it('has an entry for every mutation in the schema (a new mutation fails here until it is added)', async () => {
    const schema = await introspect((u, i) => t.app.fetch(u, i));
    const mutations = rootFields(schema)
      .filter((f) => f.operation === 'mutation')
      .map((f) => f.name)
      .sort();
    expect(mutations.filter((m) => !(m in MATRIX))).toEqual([]);
    expect(Object.keys(MATRIX).filter((m) => !mutations.includes(m))).toEqual([]);
  });

  for (const [name, entry] of Object.entries(MATRIX).sort(([a], [b]) => a.localeCompare(b))) {
    const row = COLUMNS.map((c) => `${c} ${mark(entry, c)}`).join(' · ');
    it(`${name}: ${row}${entry.note ? ` (${entry.note})` : ''}`, async () => {
      // Every target first, then the refused calls between two readings of the map, then the allowed ones.
      const calls = new Map<Column, [Call, Record<string, string>]>();
      for (const who of COLUMNS) {
        const call = await entry.prepare(who === 'EDITOR out of scope' ? 'out' : 'in', who);
        calls.set(who, [call, entry.headers ? await entry.headers(who) : headers[who]]);
      }
      const [hash, changeTotal] = [await mapHash(t.db, t.queries), await changeCount()];
      for (const who of COLUMNS.filter((c) => !entry.allowed.includes(c))) {
        const [call, h] = calls.get(who)!;
        const r = await t.gql<Record<string, unknown>>(call.query, call.variables, h);
        const want = who === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
        expect(r.errors?.[0]?.extensions?.code, `${name} as ${who}: ${JSON.stringify(r.errors ?? r.data)}`).toBe(want);
      }
      expect(await mapHash(t.db, t.queries), `a refused ${name} changed the map`).toBe(hash);
      expect(await changeCount(), `a refused ${name} wrote an audit entry`).toBe(changeTotal);
      for (const who of entry.allowed) {
        const [call, h] = calls.get(who)!;
        const before = new Set((await changes()).map((c) => c.id));
        const r = await t.gql<Record<string, unknown>>(call.query, call.variables, h);
        expect(r.errors, `${name} as ${who}`).toBeUndefined();
        expect(Object.values(r.data ?? {})[0], `${name} as ${who}`).not.toBeNull();
        // Every write leaves exactly one audit entry, naming who made it (sessions are not map writes).
        const added = (await changes()).filter((c) => !before.has(c.id));
        if (name === 'signIn' || name === 'signOut') expect(added, `${name} as ${who}`).toEqual([]);
        else {
          expect(added.length, `audit entries of ${name} as ${who}`).toBe(1);
          expect(added[0]!.actor, `actor of ${name} as ${who}`).toBe(userIds[who]);
        }
      }
      // liftSignInLock's preparation signs in ~30 times (scrypt): past 20 s under a loaded host.
    }, 60_000);
  }

  it('restoreVersion of a deleted node: EDITOR out of scope ✗ (a deleted node keeps its place through its recorded relationships)', async () => {
    const o = await fresh('Organisation', 'out');
    const del = (
      await asAdmin<{ deleteOrganisation: { change: { id: string } } }>(`mutation($id: ID!) { deleteOrganisation(id: $id, version: 1) { change { id } } }`, {
        id: o.id,
      })
    ).deleteOrganisation;
    const hash = await mapHash(t.db, t.queries);
    const r = await t.gql<unknown>(`mutation($c: ID!) { restoreVersion(changeId: $c) { id } }`, { c: del.change.id }, headers['EDITOR out of scope']);
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await mapHash(t.db, t.queries)).toBe(hash);
    const ok = await t.gql<unknown>(`mutation($c: ID!) { restoreVersion(changeId: $c) { id } }`, { c: del.change.id }, headers.EDITOR);
    expect(ok.errors).toBeUndefined();
  });
});

describe('signing in, as outsiders try it (#19)', () => {
  const SIGN_IN = `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }`;
  const account = async (role: 'VIEWER' | 'ADMIN' = 'VIEWER') => {
    const email = `outsider-${randomUUID().slice(0, 8)}@example.dk`;
    await createUser(t.db, t.queries, { email, name: 'Outsider', role, scopeId: null, password: 'outsider-password-123' });
    return email;
  };

  it("the same signIn twice on the app as shipped (response cache on) makes two sessions, each its own user's", async () => {
    const app = shippedApp(t);
    const email = await account();
    const call = () =>
      app.fetch('http://test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: SIGN_IN, variables: { e: email, p: 'outsider-password-123' } }),
      });
    const [a, b] = [await call(), await call()];
    expect(a.headers.get('set-cookie')).toMatch(/^haenderne_session=/);
    expect(b.headers.get('set-cookie')).toMatch(/^haenderne_session=/);
    const tokens = [((await a.json()) as GqlBody<SignedIn>).data!.signIn.token, ((await b.json()) as GqlBody<SignedIn>).data!.signIn.token];
    expect(tokens[0]).not.toBe(tokens[1]);
    for (const token of tokens)
      expect((await t.gql<{ me: { email: string } | null }>(`{ me { email } }`, {}, { authorization: `Bearer ${token}` })).data?.me?.email).toBe(email);
  });

  it('a lock binds the guessing client alone; only an admin sees and lifts it, the lift names the admin in the audit trail; a forged X-Forwarded-For is nobody else', async () => {
    const server = await loopbackServer(t.app);
    try {
      const owner = await account();
      for (let i = 0; i < 5; i++) await server.gql('127.0.0.2', SIGN_IN, { e: owner, p: `wrong-${i}-password` }, { 'x-forwarded-for': `198.51.100.${i}` });
      const guesser = await server.gql('127.0.0.2', SIGN_IN, { e: owner, p: 'outsider-password-123' }, { 'x-forwarded-for': '198.51.100.99' });
      expect(gqlBody(guesser).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(gqlBody<SignedIn>(await server.gql('127.0.0.3', SIGN_IN, { e: owner, p: 'outsider-password-123' })).data?.signIn.token).toBeTruthy();
      const LOCKS = `{ signInLocks { id email client } }`;
      for (const who of ['anonymous', 'VIEWER', 'EDITOR', 'EDITOR in scope'] as const) {
        expect((await t.gql<unknown>(LOCKS, {}, headers[who])).errors?.[0]?.extensions?.code, who).toBe(who === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
      }
      const lock = (await t.gql<{ signInLocks: Array<{ id: string; email: string; client: string }> }>(LOCKS, {}, headers.ADMIN)).data!.signInLocks.find(
        (l) => l.email === owner,
      )!;
      expect(lock.client).toBe('127.0.0.2');
      const lifted = await t.gql<unknown>(`mutation($id: ID!) { liftSignInLock(id: $id) { id } }`, { id: lock.id }, headers.ADMIN);
      expect(lifted.errors).toBeUndefined();
      const trail = (await changes()).filter((c) => c.entityId === lock.id);
      expect(trail.map((c) => [c.operation, c.actor]).sort()).toEqual([
        ['LOCK', 'system:sign-in-throttle'],
        ['UNLOCK', userIds.ADMIN],
      ]);
      expect(gqlBody<SignedIn>(await server.gql('127.0.0.2', SIGN_IN, { e: owner, p: 'outsider-password-123' })).data?.signIn.token).toBeTruthy();
    } finally {
      await server.close();
    }
  });

  it("a visitor learns nothing of the cache's bookkeeping from the production app", async () => {
    const app = shippedApp(t, { NODE_ENV: 'production' });
    for (let i = 0; i < 2; i++) {
      const res = await app.fetch('http://test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ about { version } }' }),
      });
      expect(((await res.json()) as GqlBody<unknown>).extensions?.responseCache).toBeUndefined();
    }
  });
});
