import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../api/src/paths.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { signedIn } from '../support/sign-in.js';

const FIXTURE = path.join(repoRoot, 'tests', 'fixtures', 'editing');

/** A JSON state in the audit trail (ChangeEvent.before/after): the entity's properties. */
interface AuditState {
  props: Record<string, unknown>;
}
interface Change {
  id: string;
  operation: string;
  actor: string;
  entityId: string;
  before: AuditState | null;
  after: AuditState | null;
}
/** NodeEdit / RelationshipEdit fields; each call picks the ones (and the change fields) its selection holds. */
interface Edit {
  id: string;
  label: string;
  type: string;
  fromId: string;
  toId: string;
  version: number;
  properties: Record<string, unknown>;
}
type Picked<K extends keyof Edit, C extends keyof Change = never> = Pick<Edit, K> & ([C] extends [never] ? unknown : { change: Pick<Change, C> });
/** UPDATE_CHANNEL's selection. */
type ChannelEdit = Picked<'id' | 'version' | 'properties', 'id' | 'operation' | 'actor' | 'before' | 'after'>;
/** A row of the edit/node-state statement. */
interface NodeStateRow {
  label: string;
  props: Record<string, unknown> & { id: string; version: number };
  relationships: Array<{ id: string }>;
}

let t: TestApp;
let editor: Record<string, string>;
let viewer: Record<string, string>;

beforeAll(async () => {
  t = await createTestApp({ dataset: FIXTURE });
  editor = await signedIn(t, 'EDITOR');
  viewer = await signedIn(t, 'VIEWER');
});
afterAll(() => t.close());

const counts = async () => (await t.db.run<{ nodes: number; relationships: number }>(t.queries.counts))[0];
const UPDATE_CHANNEL = `mutation($id: ID!, $v: Int!, $p: UpdateChannelInput!) { updateChannel(id: $id, version: $v, properties: $p) {
  id version properties change { id operation actor before after } } }`;

describe('who may write', () => {
  const create = `mutation { createPerson(properties: {name: "Ny Person", fictitious: true}) { id } }`;

  it('refuses anonymous visitors and viewers, and writes nothing', async () => {
    const before = await counts();
    expect((await t.gql<unknown>(create)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.gql<unknown>(create, {}, viewer)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);
  });

  it('lets an editor create, and records it in the history', async () => {
    const r = await t.gql<{ createPerson: Picked<'id' | 'label' | 'version' | 'properties', 'operation' | 'entityId' | 'after'> }>(
      `mutation { createPerson(properties: {name: "Søren Østergård", title: "Sundhedsplejerske", email: "soeren@example.dk", fictitious: true}) {
      id label version properties change { operation entityId after } } }`,
      {},
      editor,
    );
    expect(r.errors).toBeUndefined();
    const p = r.data!.createPerson;
    // No name in a person's id: anonymous visitors see ids.
    expect(p.id).toMatch(/^person:[0-9a-f]{16}$/);
    expect(p.version).toBe(1);
    expect(p.change).toMatchObject({ operation: 'CREATE', entityId: p.id });
    const h = await t.gql<{ history: Array<Pick<Change, 'operation' | 'actor' | 'after'>> }>(
      `query($id: ID!) { history(entityId: $id) { operation actor after } }`,
      { id: p.id },
      viewer,
    );
    expect(h.data!.history).toHaveLength(1);
    expect(h.data!.history[0]!.after!.props.name).toBe('Søren Østergård');
  });

  it('hides the history from anonymous visitors', async () => {
    const h = await t.gql<unknown>(`{ history(entityId: "channel:medcom-norddjurs") { id } }`);
    expect(h.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('validation before writes', () => {
  it('names every bad field with its path and writes nothing', async () => {
    const before = await counts();
    const r = await t.gql<unknown>(
      `mutation { createOrganisation(properties: {name: "Praksis", kind: GP_PRACTICE, sector: GENERAL_PRACTICE, locationNumber: "5790000707011", email: "nope"}) { id } }`,
      {},
      editor,
    );
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const fields = (r.errors![0]!.extensions!.issues as Array<{ field: string }>).map((i) => i.field);
    expect(fields).toEqual(['properties.locationNumber', 'properties.email']);
    expect(await counts()).toEqual(before);
  });

  it('refuses bookkeeping fields and unknown fields', async () => {
    const r = await t.gql<unknown>(UPDATE_CHANNEL, { id: 'channel:medcom-norddjurs', v: 1, p: { version: 99, colour: 'red' } }, editor);
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(r.errors![0]!.extensions!.issues)).toMatch(/version/);
  });

  it('holds rules across fields after a partial change', async () => {
    // An established MedCom channel needs its location number.
    const r = await t.gql<unknown>(UPDATE_CHANNEL, { id: 'channel:medcom-norddjurs', v: 1, p: { status: 'ESTABLISHED', address: null } }, editor);
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(r.errors![0]!.extensions!.issues)).toMatch(/properties\.address/);
  });

  it('answers NOT_FOUND for an unknown id or a node of another label', async () => {
    expect((await t.gql<unknown>(UPDATE_CHANNEL, { id: 'channel:nope', v: 1, p: {} }, editor)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await t.gql<unknown>(UPDATE_CHANNEL, { id: 'org:norddjurs', v: 1, p: {} }, editor)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('typed inputs (generated from the domain records)', () => {
  const CREATE_ORG = `mutation($p: CreateOrganisationInput!) { createOrganisation(properties: $p) { id } }`;
  const issuesOf = (r: { errors?: Array<{ extensions?: Record<string, unknown> }> }) =>
    (r.errors?.[0]?.extensions?.issues ?? []) as Array<{ field: string; message: string; da: string }>;

  it('describes every mutation and input field, with enums for the closed vocabularies (what GraphiQL completes)', async () => {
    const r = await t.gql<{
      __schema: {
        mutationType: {
          fields: Array<{
            name: string;
            description: string;
            args: Array<{ name: string; type: { name: string | null; kind: string; ofType: { name: string } | null } }>;
          }>;
        };
      };
      __type: { inputFields: Array<{ name: string; description: string | null; type: { name: string | null; kind: string } }> };
    }>(`{ __schema { mutationType { fields { name description args { name type { name kind ofType { name } } } } } }
      __type(name: "CreateOrganisationInput") { inputFields { name description type { name kind } } } }`);
    const fields = r.data!.__schema.mutationType.fields;
    const byName = new Map(fields.map((f) => [f.name, f]));
    expect(byName.get('createOrganisation')!.description).toMatch(/^Creates an organisation\./);
    expect(byName.get('createElement')!.description).toMatch(/^Creates an agreement element\./);
    expect(byName.get('createPerson')!.description).toMatch(/^Creates a person\./);
    expect(fields.filter((f) => /^(create|update|delete)/.test(f.name) && / a [aeiou]/.test(f.description))).toEqual([]);
    expect(byName.get('updatePerson')!.args.find((a) => a.name === 'properties')!.type.ofType!.name).toBe('UpdatePersonInput');
    expect(byName.get('linkMember')!.args.find((a) => a.name === 'properties')!.type.name).toBe('MemberOfInput');
    const inputs = r.data!.__type.inputFields;
    expect(inputs.find((f) => f.name === 'kind')!.type).toEqual({ name: 'OrganisationKind', kind: 'ENUM' });
    expect(inputs.find((f) => f.name === 'name')!.description).toMatch(/At most 200 characters\. Required\./);
    // Nullable, so a value of the right shape that breaks a rule reaches the domain rules.
    expect(inputs.filter((f) => f.type.kind === 'NON_NULL')).toEqual([]);
    expect(inputs.filter((f) => !f.description)).toEqual([]);
  });

  it('names every missing required field in one answer, from the domain rules, and writes nothing', async () => {
    const before = await counts();
    const r = await t.gql<unknown>(CREATE_ORG, { p: { shortName: 'X' } }, editor);
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(issuesOf(r).map((i) => i.field)).toEqual(expect.arrayContaining(['properties.name', 'properties.kind', 'properties.sector']));
    expect(issuesOf(r).every((i) => i.da && i.da !== i.message)).toBe(true);
    expect(await counts()).toEqual(before);
  });

  it('answers a value GraphQL refuses (an enum value that does not exist, an unknown field, a wrong type) as BAD_USER_INPUT naming the field', async () => {
    const badEnum = await t.gql<unknown>(CREATE_ORG, { p: { name: 'X', kind: 'CASTLE', sector: 'REGION' } }, editor);
    expect(badEnum.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(issuesOf(badEnum)).toEqual([expect.objectContaining({ field: 'properties.kind', da: expect.stringContaining('OrganisationKind') })]);
    // The value is the client's text: quotes, " at " and "; " in it do not move the field named.
    const tricky = await t.gql<unknown>(CREATE_ORG, { p: { name: 'X', kind: 'A" at "p.name"; B', sector: 'REGION' } }, editor);
    expect(issuesOf(tricky).map((i) => i.field)).toEqual(['properties.kind']);
    const unknown = await t.gql<unknown>(UPDATE_CHANNEL, { id: 'channel:medcom-norddjurs', v: 1, p: { colour: 'red' } }, editor);
    expect(issuesOf(unknown)).toEqual([
      { field: 'properties.colour', message: 'is not a field of UpdateChannelInput', da: 'er ikke et felt i UpdateChannelInput' },
    ]);
    const wrongType = await t.gql<unknown>(
      `mutation($p: CreateElementInput!) { createElement(properties: $p) { id } }`,
      { p: { name: 'X', number: 'one' } },
      editor,
    );
    expect(issuesOf(wrongType)).toEqual([expect.objectContaining({ field: 'properties.number', da: 'skal være et heltal' })]);
  });

  it('a relationship field of another type is refused by the domain rules through link', async () => {
    const r = await t.gql<unknown>(
      `mutation { link(type: WORKS_IN, fromId: "person:nanna", toId: "org:norddjurs", properties: {level: RED}) { id } }`,
      {},
      editor,
    );
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(issuesOf(r)).toEqual([expect.objectContaining({ field: 'properties', message: 'unknown field(s): level', da: 'ukendt felt: level' })]);
  });
});

describe('optimistic concurrency', () => {
  it('changes a channel at the version read, then answers CONFLICT for the stale version and keeps the stored state', async () => {
    const first = await t.gql<{ updateChannel: ChannelEdit }>(
      UPDATE_CHANNEL,
      { id: 'channel:medcom-norddjurs', v: 1, p: { status: 'ESTABLISHED', supportsAttachments: true } },
      editor,
    );
    expect(first.errors).toBeUndefined();
    expect(first.data!.updateChannel.version).toBe(2);
    expect(first.data!.updateChannel.change.before!.props.status).toBe('IN_PROGRESS');
    expect(first.data!.updateChannel.change.after!.props.status).toBe('ESTABLISHED');

    const stale = await t.gql<unknown>(UPDATE_CHANNEL, { id: 'channel:medcom-norddjurs', v: 1, p: { status: 'PLANNED' } }, editor);
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(stale.errors![0]!.extensions!.currentVersion).toBe(2);
    expect((stale.errors![0]!.extensions!.current as { status: string }).status).toBe('ESTABLISHED');
    const [row] = await t.db.run<NodeStateRow>(t.queries.nodeState, { id: 'channel:medcom-norddjurs' });
    expect(row!.props).toMatchObject({ status: 'ESTABLISHED', version: 2, supportsAttachments: true });
  });

  it('of four writers at the same version at once one wins; every other gets CONFLICT with the version that won, and the store holds the winner', async () => {
    const [before] = await t.db.run<NodeStateRow>(t.queries.nodeState, { id: 'channel:medcom-norddjurs' });
    const v = before!.props.version;
    const answers = await Promise.all(
      ['a', 'b', 'c', 'd'].map((w) =>
        t.gql<{ updateChannel: ChannelEdit }>(UPDATE_CHANNEL, { id: 'channel:medcom-norddjurs', v, p: { rules: `writer ${w}` } }, editor),
      ),
    );
    const won = answers.filter((a) => !a.errors);
    expect(won).toHaveLength(1);
    for (const lost of answers.filter((a) => a.errors)) {
      expect(lost.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: v + 1 });
      expect((lost.errors![0]!.extensions!.current as { rules: string }).rules).toBe(won[0]!.data!.updateChannel.properties.rules);
    }
    const [row] = await t.db.run<NodeStateRow>(t.queries.nodeState, { id: 'channel:medcom-norddjurs' });
    expect(row!.props).toMatchObject({ version: v + 1, rules: won[0]!.data!.updateChannel.properties.rules });
    // Put the state back for the next case.
    await t.gql<unknown>(UPDATE_CHANNEL, { id: 'channel:medcom-norddjurs', v: v + 1, p: { rules: before!.props.rules ?? null } }, editor);
  });

  it('removes a property set to null', async () => {
    const [now] = await t.db.run<NodeStateRow>(t.queries.nodeState, { id: 'channel:medcom-norddjurs' });
    const r = await t.gql<{ updateChannel: ChannelEdit }>(
      UPDATE_CHANNEL,
      { id: 'channel:medcom-norddjurs', v: now!.props.version, p: { supportsAttachments: null } },
      editor,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.updateChannel.properties.supportsAttachments).toBeUndefined();
  });
});

describe('relationships', () => {
  it('links a member with perspective and role, updates it by version, and unlinks it, each audited', async () => {
    const link = await t.gql<{ linkMember: Picked<'id' | 'type' | 'fromId' | 'toId' | 'version' | 'properties'> }>(
      `mutation { linkMember(personId: "person:nanna", groupId: "group:ig-randers", properties: {represents: [PPR], role: CHAIR, since: "2024-01-01"}) {
      id type fromId toId version properties } }`,
      {},
      editor,
    );
    expect(link.errors).toBeUndefined();
    const m = link.data!.linkMember;
    expect(m).toMatchObject({ type: 'MEMBER_OF', fromId: 'person:nanna', toId: 'group:ig-randers', version: 1 });
    expect(m.properties).toMatchObject({ represents: ['PPR'], role: 'CHAIR' });

    const bad = await t.gql<unknown>(`mutation($id: ID!) { updateLink(id: $id, version: 1, properties: {until: "2023-01-01"}) { id } }`, { id: m.id }, editor);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const upd = await t.gql<{ updateLink: Picked<'version' | 'properties'> }>(
      `mutation($id: ID!) { updateLink(id: $id, version: 1, properties: {until: "2025-12-31"}) { version properties } }`,
      { id: m.id },
      editor,
    );
    expect(upd.data!.updateLink).toMatchObject({ version: 2, properties: expect.objectContaining({ until: '2025-12-31' }) });
    const stale = await t.gql<unknown>(`mutation($id: ID!) { unlink(id: $id, version: 1) { id } }`, { id: m.id }, editor);
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const gone = await t.gql<{ unlink: Picked<'id', 'operation'> }>(
      `mutation($id: ID!) { unlink(id: $id, version: 2) { id change { operation } } }`,
      { id: m.id },
      editor,
    );
    expect(gone.data!.unlink.change.operation).toBe('UNLINK');
    const h = await t.gql<{ history: Array<Pick<Change, 'operation'>> }>(`query($id: ID!) { history(entityId: $id) { operation } }`, { id: m.id }, viewer);
    expect(h.data!.history.map((c) => c.operation)).toEqual(['UNLINK', 'UPDATE_LINK', 'LINK']);
  });

  it('refuses endpoints of the wrong label', async () => {
    const r = await t.gql<unknown>(`mutation { linkMember(personId: "org:norddjurs", groupId: "group:ig-randers") { id } }`, {}, editor);
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors![0]!.extensions!.issues).toEqual([
      { field: 'fromId', message: 'must be Person, not Organisation', da: 'skal være Person, ikke Organisation' },
    ]);
  });

  it('records a status on an agreement element', async () => {
    const r = await t.gql<{ setStatus: Picked<'type' | 'properties'> }>(
      `mutation { setStatus(organisationId: "org:norddjurs", elementId: "element:1", properties: {level: GREEN, asOf: "2024-05-01", note: "MedCom etableret"}) { type properties } }`,
      {},
      editor,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.setStatus.properties).toMatchObject({ level: 'GREEN', asOf: '2024-05-01' });
  });

  it('never changes a status report in place: a new dated report is added instead', async () => {
    const made = await t.gql<{ setStatus: { id: string; version: number } }>(
      `mutation { setStatus(organisationId: "org:norddjurs", elementId: "element:1", properties: {level: YELLOW, asOf: "2024-06-01", note: "Under udvikling"}) { id version } }`,
      {},
      editor,
    );
    const report = made.data!.setStatus;
    const history = async () =>
      (await t.gql<{ history: unknown[] }>(`query($id: ID!) { history(entityId: $id) { id } }`, { id: report.id }, editor)).data!.history;
    const before = await history();
    const r = await t.gql<unknown>(
      `mutation($id: ID!, $v: Int!) { updateLink(id: $id, version: $v, properties: {level: GREEN}) { id } }`,
      { id: report.id, v: report.version },
      editor,
    );
    expect(r.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(r.errors![0]!.message).toMatch(/new dated report/);
    expect(r.errors![0]!.extensions!.da).toMatch(/ny, dateret melding/);
    // Nothing written: the report keeps its level and version, and no change was recorded.
    const [state] = await t.db.run<{ props: { level: string; version: number } }>(t.queries.relationshipState, { id: report.id });
    expect(state!.props).toMatchObject({ level: 'YELLOW', version: report.version });
    expect(await history()).toHaveLength(before.length);
  });
});

describe('delete and restore', () => {
  it('deletes a node with its relationships and restores both from the audit trail', async () => {
    const [state] = await t.db.run<NodeStateRow>(t.queries.nodeState, { id: 'org:ppr-aarhus' });
    const del = await t.gql<{ deleteOrganisation: Picked<'id', 'id' | 'operation'> }>(
      `mutation($v: Int!) { deleteOrganisation(id: "org:ppr-aarhus", version: $v) { id change { id operation } } }`,
      { v: state!.props.version },
      editor,
    );
    expect(del.errors).toBeUndefined();
    expect(await t.db.run(t.queries.nodeState, { id: 'org:ppr-aarhus' })).toEqual([]);

    const restored = await t.gql<{ restoreVersion: Picked<'id' | 'version' | 'properties', 'operation'> }>(
      `mutation($c: ID!) { restoreVersion(changeId: $c) { id version properties change { operation } } }`,
      { c: del.data!.deleteOrganisation.change.id },
      editor,
    );
    expect(restored.errors).toBeUndefined();
    expect(restored.data!.restoreVersion.change.operation).toBe('RESTORE');
    const [back] = await t.db.run<NodeStateRow>(t.queries.nodeState, { id: 'org:ppr-aarhus' });
    expect(back!.props.name).toBe('PPR Aarhus');
    expect(back!.relationships.map((r) => r.id)).toEqual(['rel:u2']);
    // It continues the version it was deleted at: a client still holding that one is told.
    expect(restored.data!.restoreVersion.version).toBe(state!.props.version + 1);
    const stale = await t.gql(
      `mutation($v: Int!) { updateOrganisation(id: "org:ppr-aarhus", version: $v, properties: {shortName: "Gammel"}) { id } }`,
      { v: state!.props.version },
      editor,
    );
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('restores an earlier version of a changed node as a new version', async () => {
    const h = await t.gql<{ history: Array<Pick<Change, 'id' | 'operation' | 'after'>> }>(
      `{ history(entityId: "channel:medcom-norddjurs") { id operation after } }`,
      {},
      viewer,
    );
    const firstUpdate = h.data!.history.find((c) => c.operation === 'UPDATE' && c.after?.props.version === 2)!;
    const [now] = await t.db.run<NodeStateRow>(t.queries.nodeState, { id: 'channel:medcom-norddjurs' });
    const r = await t.gql<{ restoreVersion: Picked<'version' | 'properties'> }>(
      `mutation($c: ID!, $v: Int) { restoreVersion(changeId: $c, version: $v) { version properties } }`,
      { c: firstUpdate.id, v: now!.props.version },
      editor,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.restoreVersion.version).toBe(now!.props.version + 1);
    expect(r.data!.restoreVersion.properties.supportsAttachments).toBe(true);
  });
});

describe('an editor limited to a cluster', () => {
  it('may change what lies in the Randers cluster, not Aarhus', async () => {
    const scoped = await signedIn(t, 'EDITOR', 'org:cluster-randers');
    const [ppr] = await t.db.run<NodeStateRow>(t.queries.nodeState, { id: 'org:ppr-norddjurs' });
    const ok = await t.gql<unknown>(
      `mutation($v: Int!) { updateOrganisation(id: "org:ppr-norddjurs", version: $v, properties: {phone: "+45 89 59 10 00"}) { version } }`,
      { v: ppr!.props.version },
      scoped,
    );
    expect(ok.errors).toBeUndefined();
    const [aarhus] = await t.db.run<NodeStateRow>(t.queries.nodeState, { id: 'org:ppr-aarhus' });
    const no = await t.gql<unknown>(
      `mutation($v: Int!) { updateOrganisation(id: "org:ppr-aarhus", version: $v, properties: {phone: "+45 89 40 20 00"}) { version } }`,
      { v: aarhus!.props.version },
      scoped,
    );
    expect(no.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const person = await t.gql<unknown>(`mutation { linkWorksIn(personId: "person:nanna", organisationId: "org:ppr-aarhus") { id } }`, {}, scoped);
    // Nanna works in Norddjurs, inside the scope: one end inside is enough to link.
    expect(person.errors).toBeUndefined();
    const outside = await t.gql<unknown>(
      `mutation { linkChannelServes(channelId: "channel:medcom-norddjurs", organisationId: "org:aarhus") { id } }`,
      {},
      scoped,
    );
    expect(outside.errors).toBeUndefined();
  });
});
