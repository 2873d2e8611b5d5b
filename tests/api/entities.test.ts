import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getNamedType, isEnumType, type GraphQLEnumType } from 'graphql';
import { createTestApp, type GqlResult, type TestApp } from '../support/test-app.js';
import { buildSchema } from '../../api/src/schema.js';
import { danishCollator } from '../../api/src/domain/danish.js';
import { danishSortKey } from '../../api/src/modules/core/text-fold.js';
import { todayInDenmark } from '../../api/src/modules/core/dates.js';
import {
  CHANNEL_KINDS,
  CHANNEL_STATUSES,
  GROUP_KINDS,
  MANDATE_LEVELS,
  MEMBER_ROLES,
  NODE_LABELS,
  ORGANISATION_KINDS,
  PERSPECTIVES,
  RELATIONSHIP_TYPE_NAMES,
  SECTORS,
  STATUS_LEVELS,
} from '../../api/src/domain/vocabulary.js';
import { below, DANISH_TEXT_FIXTURE, readSeed } from './helpers.js';
import { signedIn } from '../support/sign-in.js';

/**
 * Every entity kind through the real app on the Central Denmark seed. Expectations come from
 * what the source documents say (the Randers implementation group, Norddjurs' units and its
 * statuses, the three sub-initiatives, the three pathways with four steps) or are derived from
 * the seed files themselves, so the tests follow the data as it grows.
 */
let t: TestApp;
let viewer: Record<string, string>;
const seed = readSeed();
const count = (label: string) => seed.nodes.filter((n) => n.label === label).length;

beforeAll(async () => {
  t = await createTestApp();
  viewer = await signedIn(t, 'VIEWER');
});
afterAll(() => t.close());

interface Ref {
  id: string;
}
interface PageInfo {
  endCursor: string | null;
  hasNextPage: boolean;
}
interface Page<N> {
  totalCount: number;
  nodes: N[];
  pageInfo: PageInfo;
}
/** A list answer of which the query selects only the nodes. */
type Nodes<N> = { nodes: N[] };

/** Norddjurs with what hangs off it, as the test selects it. */
interface NorddjursAnswer {
  people: Array<{ person: Ref; organisation: Ref }>;
  groups: Array<{ relation: string; group: { id: string; name: string } }>;
  channels: Array<{ relation: string; channel: { id: string; kind: string; status: string } }>;
  agreements: Array<{ agreement: Ref; organisation: Ref }>;
  statuses: Array<{ level: string; asOf: string; element: { id: string; number: number }; organisation: Ref }>;
}
interface RandersGroupAnswer {
  kind: string;
  requiredPerspectives: string[];
  missingPerspectives: string[];
  members: Array<{ represents: string[]; group: Ref }>;
  reportsTo: Array<{ relation: string; group: Ref }>;
  mandates: Array<{ holder: { __typename: string; id?: string }; mandate: { level: string } }>;
}
interface BuaAdviceAnswer {
  kind: string;
  status: string;
  rules: string | null;
  providers: Array<{ relation: string; organisation: Ref }>;
  serves: Array<{ relation: string }>;
}
interface AgreementAnswer {
  elements: Array<{ number: number; agreement: Ref | null }>;
  parties: Array<{ organisation: Ref }>;
  implementedBy: Array<{ group: Ref; target: { __typename: string } }>;
}
interface PathwayAnswer {
  id: string;
  name: string;
  steps: Array<{ number: number; pathway: Ref }>;
  contacts: Array<{ pathwayIds: string[] }>;
}

/** The answer's data, once it is known to carry no errors. */
async function ok<T>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<T> {
  const r = await t.gql<T>(query, variables, headers);
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data!;
}

async function code(query: string, variables?: Record<string, unknown>) {
  const r = await t.gql<unknown>(query, variables);
  return r.errors?.[0]?.extensions?.code;
}

/** Every page of a list, following endCursor. */
async function allPages<N>(field: string, args: string, selection: string, first: number, headers?: Record<string, string>) {
  const nodes: N[] = [];
  let after: string | null = null;
  for (let i = 0; i < 1000; i++) {
    const data: Record<string, Page<N>> = await ok<Record<string, Page<N>>>(
      `query($after: String) { ${field}(${args}${args ? ', ' : ''}first: ${first}, after: $after) { totalCount nodes { ${selection} } pageInfo { endCursor hasNextPage } } }`,
      { after },
      headers,
    );
    const page: Page<N> = data[field]!;
    nodes.push(...page.nodes);
    if (!page.pageInfo.hasNextPage) return { nodes, totalCount: page.totalCount };
    after = page.pageInfo.endCursor;
  }
  throw new Error('no last page');
}

describe('people', () => {
  it('pages through everyone in Danish name order without repeats', async () => {
    const { nodes, totalCount } = await allPages<{ id: string; name: string | null }>('people', '', 'id name', 37, viewer);
    expect(totalCount).toBe(count('Person'));
    expect(nodes).toHaveLength(totalCount);
    expect(new Set(nodes.map((n) => n.id)).size).toBe(totalCount);
    const names = nodes.map((n) => n.name as string);
    expect(names).toEqual([...names].sort(danishCollator.compare));
  });

  it('hides names, e-mails and phones from anonymous visitors', async () => {
    const anonymous = await ok<{ people: Nodes<{ id: string; name: string | null; email: string | null; phone: string | null; title: string | null }> }>(
      `{ people(first: 3) { nodes { id name email phone title } } }`,
    );
    for (const p of anonymous.people.nodes) expect(p).toMatchObject({ name: null, email: null, phone: null });
    const signedIn = await ok<{ people: Nodes<{ id: string; name: string | null; email: string | null }> }>(
      `{ people(first: 3) { nodes { id name email } } }`,
      {},
      viewer,
    );
    for (const p of signedIn.people.nodes) expect(typeof p.name).toBe('string');
  });

  it('filters by organisation, including the units below it', async () => {
    const units = below(seed, 'org:municipality-norddjurs');
    const expected = new Set(seed.rels.filter((r) => r.type === 'WORKS_IN' && units.has(r.to)).map((r) => r.from));
    expect(expected.size).toBeGreaterThan(0);
    const data = await ok<{ people: { totalCount: number; nodes: Array<{ id: string; worksIn: Array<{ organisation: Ref }> }> } }>(
      `{ people(filter: {organisationId: "org:municipality-norddjurs"}, first: 500) { totalCount nodes { id worksIn { organisation { id } } } } }`,
    );
    expect(new Set(data.people.nodes.map((p: { id: string }) => p.id))).toEqual(expected);
    expect(data.people.totalCount).toBe(expected.size);
  });

  it('filters fixed contact persons', async () => {
    const today = todayInDenmark();
    const contacts = new Set(seed.rels.filter((r) => r.type === 'CONTACT_FOR' && !(r.until && r.until < today)).map((r) => r.from));
    const yes = await ok<{
      people: { totalCount: number; nodes: Array<{ id: string; isFixedContact: boolean; fixedContactFor: Array<{ organisation: Ref }> }> };
    }>(`{ people(filter: {isFixedContact: true}, first: 500) { totalCount nodes { id isFixedContact fixedContactFor { organisation { id } } } } }`);
    expect(yes.people.totalCount).toBe(contacts.size);
    for (const p of yes.people.nodes) {
      expect(p.isFixedContact).toBe(true);
      expect(p.fixedContactFor.length).toBeGreaterThan(0);
    }
    const no = await ok<{ people: { totalCount: number } }>(`{ people(filter: {isFixedContact: false}, first: 1) { totalCount } }`);
    expect(no.people.totalCount + yes.people.totalCount).toBe(count('Person'));
  });

  it('filters by text in titles for everyone and in names for signed-in viewers', async () => {
    const data = await ok<{ people: Nodes<{ title: string | null; profession: string | null }> }>(
      `{ people(filter: {text: "psykolog"}, first: 500) { nodes { title profession } } }`,
    );
    expect(data.people.nodes.length).toBeGreaterThan(0);
    for (const p of data.people.nodes) expect(`${p.title} ${p.profession}`.toLowerCase()).toContain('psykolog');
    const someone = seed.nodes.find((n) => n.label === 'Person')!;
    const surname = someone.name!.split(' ').at(-1);
    const anonymous = await ok<{ people: Nodes<Ref> }>(`query($text: String) { people(filter: {text: $text}) { nodes { id } } }`, { text: someone.name });
    expect(anonymous.people.nodes).toEqual([]);
    const signedIn = await ok<{ people: Nodes<{ id: string; name: string | null }> }>(
      `query($text: String) { people(filter: {text: $text}) { nodes { id name } } }`,
      { text: surname },
      viewer,
    );
    expect(signedIn.people.nodes.map((p: { id: string }) => p.id)).toContain(someone.id);
  });

  it('shows a person with where they work, what they are a fixed contact for and their memberships', async () => {
    const contact = seed.rels.find((r) => r.type === 'CONTACT_FOR' && r.pathways?.length && r.steps?.length)!;
    const data = await ok<{
      person: { version: number; worksIn: Ref[]; fixedContactFor: Array<{ id: string; pathways: Ref[] }> } | null;
    }>(
      `query($id: ID!) { person(id: $id) { id name title version worksIn { id role since until current organisation { id name } }
        fixedContactFor { id role topics steps audience since until pathwayIds pathways { id name } organisation { id } }
        memberships { role represents since until current group { id name } } } }`,
      { id: contact.from },
      viewer,
    );
    const p = data.person!;
    expect(p.version).toBe(1);
    const assignment = p.fixedContactFor.find((c: { id: string }) => c.id === contact.id);
    expect(assignment).toMatchObject({ topics: contact.topics ?? [], steps: contact.steps, pathwayIds: contact.pathways, organisation: { id: contact.to } });
    expect(assignment?.pathways.map((x: { id: string }) => x.id).sort()).toEqual([...contact.pathways!].sort());
    const works = seed.rels.filter((r) => r.type === 'WORKS_IN' && r.from === contact.from);
    expect(p.worksIn.map((w: { id: string }) => w.id).sort()).toEqual(works.map((w) => w.id).sort());
  });

  it('answers NOT_FOUND for an unknown person and BAD_USER_INPUT for bad cursors and sizes', async () => {
    const r = await t.gql<{ person: Ref | null }>(`{ person(id: "person:nobody") { id } }`);
    expect(r.data?.person).toBeNull();
    expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await code(`{ people(after: "not-a-cursor") { totalCount } }`)).toBe('BAD_USER_INPUT');
    // A cursor of an in-memory list is not a people cursor.
    const groups = await ok<{ groups: { pageInfo: { endCursor: string | null } } }>(`{ groups(first: 1) { pageInfo { endCursor } } }`);
    expect(await code(`query($a: String) { people(after: $a) { totalCount } }`, { a: groups.groups.pageInfo.endCursor })).toBe('BAD_USER_INPUT');
    expect(await code(`{ people(first: 501) { totalCount } }`)).toBe('BAD_USER_INPUT');
    expect(await code(`{ people(first: -1) { totalCount } }`)).toBe('BAD_USER_INPUT');
  });

  it("a visitor cannot read a person's name out of a people cursor, nor forge one", async () => {
    const page = await ok<{ people: { nodes: Array<{ id: string; name: string | null }>; pageInfo: { endCursor: string | null } } }>(
      `{ people(first: 1) { nodes { id name } pageInfo { endCursor } } }`,
    );
    const [row] = await t.db.run<{ person: { name: string } }>(t.queries.peopleByIds, { ids: [page.people.nodes[0]!.id] });
    const name = row!.person.name;
    expect(page.people.nodes[0]!.name).toBeNull();
    const decoded = Buffer.from(page.people.pageInfo.endCursor!, 'base64url').toString('latin1').toLowerCase();
    for (const word of name.toLowerCase().split(' ')) expect(decoded).not.toContain(word);
    const forged = Buffer.from(`k:${JSON.stringify(['a', 'person:a'])}`).toString('base64url');
    expect(await code(`query($a: String) { people(after: $a) { totalCount } }`, { a: forged })).toBe('BAD_USER_INPUT');
  });

  it('gives an empty last page and keeps the cursor', async () => {
    const all = await ok<{ people: { totalCount: number; pageInfo: PageInfo } }>(`{ people(first: 500) { totalCount pageInfo { endCursor hasNextPage } } }`);
    expect(all.people.pageInfo.hasNextPage).toBe(false);
    const after = await ok<{ people: Page<Ref> }>(
      `query($a: String) { people(first: 10, after: $a) { totalCount nodes { id } pageInfo { endCursor hasNextPage } } }`,
      {
        a: all.people.pageInfo.endCursor,
      },
    );
    expect(after.people).toEqual({ totalCount: count('Person'), nodes: [], pageInfo: { endCursor: all.people.pageInfo.endCursor, hasNextPage: false } });
  });
});

describe('people order on names with æ, ø, å, aa, é and ü', () => {
  let f: TestApp;
  let headers: Record<string, string>;
  beforeAll(async () => {
    f = await createTestApp({ dataset: DANISH_TEXT_FIXTURE });
    headers = await signedIn(f, 'VIEWER');
  });
  afterAll(() => f.close());

  it('pages in the Danish collator order: æ ø å after z, "Aa" as å, é as e, ü as y', async () => {
    type NamePage = { people: { nodes: Array<{ name: string | null }>; pageInfo: PageInfo } };
    const names: string[] = [];
    let after: string | null = null;
    for (;;) {
      const r: GqlResult<NamePage> = await f.gql<NamePage>(
        `query($a: String) { people(first: 2, after: $a) { nodes { name } pageInfo { endCursor hasNextPage } } }`,
        { a: after },
        headers,
      );
      names.push(...r.data!.people.nodes.map((n) => n.name!)); // signed in: every name is shown
      if (!r.data!.people.pageInfo.hasNextPage) break;
      after = r.data!.people.pageInfo.endCursor;
    }
    expect(names).toEqual([
      'Anne Holm',
      'Anne Holm',
      'Bo Dam',
      'Émile Dupont',
      'Erik Skov',
      'Ülla Storm',
      'Yrsa Fog',
      'Zenia Bach',
      'Ærbo Kjær',
      'Øjvind Lund',
      'Aage Østergaard',
      'Åse Winther',
    ]);
    expect([...names].sort(danishCollator.compare)).toEqual(names);
    expect([...names].sort((a, b) => (danishSortKey(a) < danishSortKey(b) ? -1 : danishSortKey(a) > danishSortKey(b) ? 1 : 0))).toEqual(names);
  });

  it('counts a unit below an organisation and judges fixed contacts by their end date', async () => {
    const r = await f.gql<{ people: Nodes<Ref> }>(`{ people(filter: {organisationId: "org:aarhus"}) { nodes { id } } }`);
    expect(r.data!.people.nodes.map((p: { id: string }) => p.id)).toEqual(['person:anne-holm', 'person:aase-winther']);
    const c = await f.gql<{ people: Nodes<Ref> }>(`{ people(filter: {isFixedContact: true}) { nodes { id } } }`);
    expect(c.data!.people.nodes.map((p: { id: string }) => p.id)).toEqual(['person:anne-holm']);
  });
});

describe('organisations', () => {
  it('lists Norddjurs and its units for municipalityId', async () => {
    const expected = below(seed, 'org:municipality-norddjurs');
    const data = await ok<{ organisations: { totalCount: number; nodes: Array<{ id: string; kind: string }> } }>(
      `{ organisations(filter: {municipalityId: "org:municipality-norddjurs"}) { totalCount nodes { id kind } } }`,
    );
    expect(data.organisations.totalCount).toBe(expected.size);
    expect(data.organisations.totalCount).toBeGreaterThan(1);
    expect(new Set(data.organisations.nodes.map((o: { id: string }) => o.id))).toEqual(expected);
    for (const o of data.organisations.nodes) expect(['MUNICIPALITY', 'MUNICIPAL_UNIT']).toContain(o.kind);
  });

  it('lists the Randers cluster with its four municipalities and hospital for clusterId', async () => {
    const data = await ok<{ organisations: Nodes<Ref> }>(
      `{ organisations(filter: {clusterId: "org:cluster-randers", kinds: [MUNICIPALITY, HOSPITAL]}) { nodes { id } } }`,
    );
    expect(data.organisations.nodes.map((o: { id: string }) => o.id).sort()).toEqual(
      ['org:hospital-randers', 'org:municipality-favrskov', 'org:municipality-norddjurs', 'org:municipality-randers', 'org:municipality-syddjurs'].sort(),
    );
    const all = await ok<{ organisations: { totalCount: number } }>(`{ organisations(filter: {clusterId: "org:cluster-randers"}, first: 500) { totalCount } }`);
    expect(all.organisations.totalCount).toBe(below(seed, 'org:cluster-randers', ['PART_OF', 'IN_CLUSTER']).size);
  });

  it('filters by folded text', async () => {
    const a = await ok<{ organisations: Nodes<Ref> }>(`{ organisations(filter: {text: "århus", kinds: [MUNICIPALITY]}) { nodes { id } } }`);
    expect(a.organisations.nodes).toEqual([{ id: 'org:municipality-aarhus' }]);
    const b = await ok<{ organisations: Nodes<Ref> }>(`{ organisations(filter: {text: "ringkobing"}) { nodes { id } } }`);
    expect(b.organisations.nodes).toEqual([]);
    const c = await ok<{ organisations: Nodes<Ref> }>(`{ organisations(filter: {text: "ringkoebing", kinds: [MUNICIPALITY]}) { nodes { id } } }`);
    expect(c.organisations.nodes).toEqual([{ id: 'org:municipality-ringkoebing-skjern' }]);
  });

  it("shows what hangs off Norddjurs: people, its MedCom channel, the 'På Tværs' group, agreements and statuses", async () => {
    const data = await ok<{ organisation: NorddjursAnswer | null }>(`{ organisation(id: "org:municipality-norddjurs") {
      people { role person { id } organisation { id } }
      contacts { role person { id } organisation { id } }
      groups { relation group { id name } }
      channels { relation channel { id kind status } }
      agreements { agreement { id } organisation { id } }
      statuses(latest: true) { level asOf element { id number } organisation { id } } } }`);
    const o = data.organisation!;
    const works = seed.rels.filter((r) => r.type === 'WORKS_IN' && r.to === 'org:municipality-norddjurs');
    expect(o.people.map((p) => p.person.id).sort()).toEqual(works.map((w) => w.from).sort());
    for (const p of o.people) expect(p.organisation.id).toBe('org:municipality-norddjurs');
    expect(o.groups).toContainEqual({
      relation: 'ANCHORED_IN',
      group: { id: 'group:paa-tvaers-norddjurs', name: 'Matrixgruppen "På Tværs", Norddjurs Kommune' },
    });
    expect(o.channels).toContainEqual(expect.objectContaining({ relation: 'PROVIDES', channel: expect.objectContaining({ kind: 'MEDCOM_CORRESPONDENCE' }) }));
    expect(o.agreements.map((a) => a.agreement.id)).toContain('agreement:boern-unge-psykisk-mistrivsel');
    // One status per element with latest: true, newest first.
    const elements = o.statuses.map((s) => s.element.id);
    expect(new Set(elements).size).toBe(elements.length);
  });
});

describe('groups', () => {
  it('lists implementation groups, among them the Randers one, in Danish order', async () => {
    const data = await ok<{ groups: { totalCount: number; nodes: Array<{ id: string; name: string; kind: string }> } }>(
      `{ groups(filter: {kinds: [IMPLEMENTATION_GROUP]}) { totalCount nodes { id name kind } } }`,
    );
    expect(data.groups.totalCount).toBe(seed.nodes.filter((n) => n.label === 'Group' && n.kind === 'IMPLEMENTATION_GROUP').length);
    expect(data.groups.nodes.map((g: { id: string }) => g.id)).toContain('group:implementeringsgruppe-randers');
    const names = data.groups.nodes.map((g: { name: string }) => g.name);
    expect([...names].sort(danishCollator.compare)).toEqual(names);
  });

  it('filters by cluster and by organisation', async () => {
    const randers = await ok<{ groups: Nodes<Ref> }>(`{ groups(filter: {clusterId: "org:cluster-randers"}) { nodes { id } } }`);
    const ids = randers.groups.nodes.map((g: { id: string }) => g.id);
    expect(ids).toEqual(expect.arrayContaining(['group:implementeringsgruppe-randers', 'group:klyngestyregruppe-randers', 'group:paa-tvaers-norddjurs']));
    expect(ids).not.toContain('group:implementeringsgruppe-horsens');
    const norddjurs = await ok<{ groups: Nodes<Ref> }>(`{ groups(filter: {organisationId: "org:municipality-norddjurs"}) { nodes { id } } }`);
    expect(norddjurs.groups.nodes).toEqual([{ id: 'group:paa-tvaers-norddjurs' }]);
  });

  it('shows the Randers implementation group as document 001 describes it', async () => {
    const data = await ok<{ group: RandersGroupAnswer | null }>(`{ group(id: "group:implementeringsgruppe-randers") {
      name kind requiredPerspectives missingPerspectives
      members { role represents current person { id } group { id } }
      reportsTo { relation group { id } }
      anchoredIn { relation organisation { id } }
      secretariat { provider { __typename ... on Organisation { id } ... on Group { id } } }
      mandates { holder { __typename ... on Group { id } } mandate { level } } } }`);
    const g = data.group!;
    expect(g.kind).toBe('IMPLEMENTATION_GROUP');
    // Psychiatry, somatics, general practice, health visiting, PPR and the family area (001).
    expect(g.requiredPerspectives).toEqual(expect.arrayContaining(['PSYCHIATRY', 'SOMATICS', 'GENERAL_PRACTICE', 'HEALTH_VISITING', 'PPR', 'FAMILY_SOCIAL']));
    const represented = new Set(g.members.flatMap((m: { represents: string[] }) => m.represents));
    for (const p of ['PSYCHIATRY', 'SOMATICS', 'GENERAL_PRACTICE', 'HEALTH_VISITING', 'PPR', 'FAMILY_SOCIAL']) expect(represented).toContain(p);
    // "The school and KUI perspectives must be clearly placed" (001): not yet represented.
    expect(g.missingPerspectives).toEqual(expect.arrayContaining(['SCHOOL', 'YOUTH_GUIDANCE']));
    for (const p of g.missingPerspectives) expect(represented.has(p)).toBe(false);
    // Reports to the cluster steering group and KOSU (001).
    expect(g.reportsTo.map((r) => r.group.id)).toEqual(expect.arrayContaining(['group:klyngestyregruppe-randers', 'group:kosu']));
    for (const r of g.reportsTo) expect(r.relation).toBe('REPORTS_TO');
    for (const m of g.members) expect(m.group.id).toBe('group:implementeringsgruppe-randers');
    expect(g.mandates).toContainEqual({ holder: { __typename: 'Group', id: 'group:implementeringsgruppe-randers' }, mandate: { level: 'RECOMMEND' } });
  });

  it('pages, and answers NOT_FOUND and BAD_USER_INPUT', async () => {
    const { nodes, totalCount } = await allPages<Ref>('groups', '', 'id', 4);
    expect(totalCount).toBe(count('Group'));
    expect(new Set(nodes.map((n) => n.id)).size).toBe(totalCount);
    expect(await code(`{ group(id: "group:nope") { id } }`)).toBe('NOT_FOUND');
    expect(await code(`{ groups(after: "bm9wZQ") { totalCount } }`)).toBe('BAD_USER_INPUT');
    expect(await code(`{ groups(first: 1000) { totalCount } }`)).toBe('BAD_USER_INPUT');
  });
});

describe('mandates', () => {
  it('filters by level, holder and expiry', async () => {
    const decide = await ok<{ mandates: { totalCount: number; nodes: Array<{ level: string }> } }>(
      `{ mandates(filter: {levels: [DECIDE]}, first: 500) { totalCount nodes { level } } }`,
    );
    expect(decide.mandates.totalCount).toBe(seed.nodes.filter((n) => n.label === 'Mandate' && n.level === 'DECIDE').length);
    for (const m of decide.mandates.nodes) expect(m.level).toBe('DECIDE');

    const held = await ok<{ mandates: Nodes<{ id: string; holders: Array<{ holder: { id?: string } }> }> }>(
      `{ mandates(filter: {holderId: "group:implementeringsgruppe-randers"}) { nodes { id holders { holder { ... on Group { id } } } } } }`,
    );
    expect(held.mandates.nodes.length).toBeGreaterThan(0);
    for (const m of held.mandates.nodes) expect(m.holders.map((h) => h.holder.id)).toContain('group:implementeringsgruppe-randers');

    const asOf = '2025-06-01';
    const expired = seed.nodes
      .filter((n) => n.label === 'Mandate' && n.validTo && n.validTo < asOf)
      .map((n) => n.id)
      .sort();
    const e = await ok<{ mandates: { totalCount: number; nodes: Array<{ id: string; validTo: string | null; expired: boolean }> } }>(
      `{ mandates(filter: {expired: true, asOf: "${asOf}"}) { totalCount nodes { id validTo expired } } }`,
    );
    expect(e.mandates.nodes.map((m: { id: string }) => m.id).sort()).toEqual(expired);
    const notExpired = await ok<{ mandates: { totalCount: number } }>(`{ mandates(filter: {expired: false, asOf: "${asOf}"}) { totalCount } }`);
    expect(notExpired.mandates.totalCount + e.mandates.totalCount).toBe(count('Mandate'));
    expect(await code(`{ mandates(filter: {asOf: "1 June"}) { totalCount } }`)).toBe('BAD_USER_INPUT');
  });

  it('shows holders, the granting group and what a mandate concerns', async () => {
    const grant = seed.rels.find((r) => r.type === 'GRANTED_BY' && r.decidedOn)!;
    const data = await ok<{ mandate: { grantedBy: unknown[]; concerns: Array<{ subject: { id?: string } }> } | null }>(
      `query($id: ID!) { mandate(id: $id) { id level scope holders { holder { __typename } }
      grantedBy { decidedOn group { id } mandate { id } } concerns { subject { __typename ... on Agreement { id } ... on Element { id } ... on Pathway { id } } } } }`,
      { id: grant.from },
    );
    expect(data.mandate!.grantedBy).toContainEqual({ decidedOn: grant.decidedOn, group: { id: grant.to }, mandate: { id: grant.from } });
    const concerns = seed.rels
      .filter((r) => r.type === 'CONCERNS' && r.from === grant.from)
      .map((r) => r.to)
      .sort();
    expect(data.mandate!.concerns.map((c) => c.subject.id).sort()).toEqual(concerns);
    expect(await code(`{ mandate(id: "mandate:nope") { id } }`)).toBe('NOT_FOUND');
  });
});

describe('channels', () => {
  it('lists MedCom channels with location-number addresses, and filters by status and organisation', async () => {
    const medcom = await ok<{ channels: { totalCount: number; nodes: Array<{ kind: string; status: string; address: string | null }> } }>(
      `{ channels(filter: {kinds: [MEDCOM_CORRESPONDENCE]}) { totalCount nodes { kind status address } } }`,
    );
    expect(medcom.channels.totalCount).toBeGreaterThan(0);
    for (const c of medcom.channels.nodes) if (c.address) expect(c.address).toMatch(/^\d{13}$/);
    const established = await ok<{ channels: { totalCount: number; nodes: Array<{ status: string }> } }>(
      `{ channels(filter: {statuses: [ESTABLISHED]}, first: 500) { totalCount nodes { status } } }`,
    );
    expect(established.channels.totalCount).toBe(seed.nodes.filter((n) => n.label === 'Channel' && n.status === 'ESTABLISHED').length);
    const norddjurs = await ok<{ channels: Nodes<{ id: string; providers: Array<{ organisation: Ref }>; serves: Array<{ organisation: Ref }> }> }>(
      `{ channels(filter: {organisationId: "org:municipality-norddjurs"}) { nodes { id providers { organisation { id } } serves { organisation { id } } } } }`,
    );
    for (const c of norddjurs.channels.nodes) {
      const ends = [...c.providers, ...c.serves].map((x) => x.organisation.id);
      expect(ends).toContain('org:municipality-norddjurs');
    }
  });

  it("shows BUA's advisory unit: 1:1 sparring at fixed times (001, 003)", async () => {
    const data = await ok<{ channel: BuaAdviceAnswer | null }>(
      `{ channel(id: "channel:bua-raadgivning") { kind status rules schedule providers { relation organisation { id } } serves { relation } } }`,
    );
    expect(data.channel).toMatchObject({ kind: 'ADVISORY_SERVICE', status: 'ESTABLISHED' });
    expect(data.channel?.rules).toContain('1:1');
    // Provided by BUA or its advisory unit (Rådgivningsenheden) below it.
    const bua = below(seed, 'org:bua');
    expect(data.channel!.providers.length).toBeGreaterThan(0);
    for (const p of data.channel!.providers) expect(p.relation === 'PROVIDES' && bua.has(p.organisation.id)).toBe(true);
    for (const s of data.channel!.serves) expect(s.relation).toBe('SERVES');
    expect(await code(`{ channel(id: "channel:nope") { id } }`)).toBe('NOT_FOUND');
  });
});

describe('agreements, elements and statuses', () => {
  it('shows the cooperation agreement with its three sub-initiatives (001) and its parties', async () => {
    const data = await ok<{ agreement: AgreementAnswer | null }>(
      `{ agreement(id: "agreement:boern-unge-psykisk-mistrivsel") { name elements { number name agreement { id } } parties { organisation { id } } implementedBy { group { id } target { __typename } } } }`,
    );
    const a = data.agreement!;
    expect(a.elements.map((e: { number: number }) => e.number)).toEqual([1, 2, 3]);
    for (const e of a.elements) expect(e.agreement?.id).toBe('agreement:boern-unge-psykisk-mistrivsel');
    expect(a.parties.map((p) => p.organisation.id)).toContain('org:municipality-norddjurs');
    expect(a.implementedBy).toContainEqual({ group: { id: 'group:paa-tvaers-norddjurs' }, target: { __typename: 'Agreement' } });
  });

  it("keeps Norddjurs' status history of February 2023 (003): MedCom green, BUA's advice blue", async () => {
    const data = await ok<{
      agreement: { elements: Array<{ number: number; statuses: Array<{ level: string; asOf: string; organisation: Ref }> }> } | null;
    }>(`{ agreement(id: "agreement:boern-unge-psykisk-mistrivsel") { elements { number
      statuses(organisationId: "org:municipality-norddjurs") { level asOf note source organisation { id } element { id } } } } }`);
    const [one, two] = data.agreement!.elements;
    expect(one!.statuses).toContainEqual(expect.objectContaining({ level: 'GREEN', asOf: '2023-02-24' }));
    expect(two!.statuses).toContainEqual(expect.objectContaining({ level: 'BLUE', asOf: '2023-02-24' }));
    for (const s of one!.statuses) expect(s.organisation.id).toBe('org:municipality-norddjurs');
    const asOf = one!.statuses.map((s: { asOf: string }) => s.asOf);
    expect([...asOf].sort().reverse()).toEqual(asOf);
  });

  it('lists agreements by party and text, and finds elements by id', async () => {
    const all = await ok<{ agreements: { totalCount: number } }>(`{ agreements { totalCount nodes { name } } }`);
    expect(all.agreements.totalCount).toBe(count('Agreement'));
    const party = await ok<{ agreements: Nodes<Ref> }>(`{ agreements(filter: {organisationId: "org:municipality-norddjurs"}) { nodes { id } } }`);
    const expected = seed.rels
      .filter((r) => r.type === 'PARTY_TO' && r.from === 'org:municipality-norddjurs')
      .map((r) => r.to)
      .sort();
    expect(party.agreements.nodes.map((a: { id: string }) => a.id).sort()).toEqual(expected);
    const text = await ok<{ agreements: Nodes<Ref> }>(`{ agreements(filter: {text: "sundhedsaftalen"}) { nodes { id } } }`);
    expect(text.agreements.nodes).toEqual([{ id: 'agreement:sundhedsaftale-2024-2027' }]);
    const el = await ok<{ element: { statuses: Array<{ organisation: Ref }> } | null }>(
      `{ element(id: "element:mistrivsel-1") { number statuses(latest: true) { organisation { id } } } }`,
    );
    const orgs = el.element!.statuses.map((s) => s.organisation.id);
    expect(new Set(orgs).size).toBe(orgs.length);
    expect(await code(`{ agreement(id: "agreement:nope") { id } }`)).toBe('NOT_FOUND');
    expect(await code(`{ element(id: "element:nope") { id } }`)).toBe('NOT_FOUND');
  });
});

describe('pathways and steps', () => {
  it('lists the three care pathway programmes (003), each with steps 1–4', async () => {
    const data = await ok<{ pathways: { totalCount: number; nodes: PathwayAnswer[] } }>(
      `{ pathways { totalCount nodes { id name steps { number pathway { id } } contacts { person { id } organisation { id } pathwayIds } } } }`,
    );
    expect(data.pathways.totalCount).toBe(3);
    const names = data.pathways.nodes.map((p: { name: string }) => p.name.toLowerCase());
    for (const topic of ['angst', 'adhd', 'spiseforstyrrelse']) expect(names.some((n: string) => n.includes(topic))).toBe(true);
    for (const p of data.pathways.nodes) {
      expect(p.steps.map((s: { number: number }) => s.number)).toEqual([1, 2, 3, 4]);
      for (const s of p.steps) expect(s.pathway.id).toBe(p.id);
      for (const c of p.contacts) expect(c.pathwayIds).toContain(p.id);
    }
    const adhd = data.pathways.nodes.find((p: { id: string }) => p.id === 'pathway:adhd');
    const expected = seed.rels.filter((r) => r.type === 'CONTACT_FOR' && r.pathways?.includes('pathway:adhd'));
    expect(adhd?.contacts).toHaveLength(expected.length);
  });

  it('finds a pathway by id and text, NOT_FOUND for an unknown one', async () => {
    const data = await ok<{ pathways: Nodes<Ref>; pathway: { name: string } | null }>(
      `{ pathways(filter: {text: "ADHD"}) { nodes { id } } pathway(id: "pathway:adhd") { name topics } }`,
    );
    expect(data.pathways.nodes).toEqual([{ id: 'pathway:adhd' }]);
    expect(data.pathway?.name).toMatch(/ADHD/);
    expect(await code(`{ pathway(id: "pathway:nope") { id } }`)).toBe('NOT_FOUND');
  });
});

describe('the GraphQL enums', () => {
  it('hold exactly the vocabularies of api/src/domain/vocabulary.ts', () => {
    const schema = buildSchema();
    const values = (name: string) => (getNamedType(schema.getType(name)!) as GraphQLEnumType).getValues().map((v) => v.name);
    const expected: Record<string, readonly string[]> = {
      OrganisationKind: ORGANISATION_KINDS,
      Sector: SECTORS,
      GroupKind: GROUP_KINDS,
      MemberRole: MEMBER_ROLES,
      MandateLevel: MANDATE_LEVELS,
      ChannelKind: CHANNEL_KINDS,
      ChannelStatus: CHANNEL_STATUSES,
      StatusLevel: STATUS_LEVELS,
      Perspective: PERSPECTIVES,
      NodeLabel: NODE_LABELS,
      RelationType: RELATIONSHIP_TYPE_NAMES,
    };
    for (const [name, list] of Object.entries(expected)) {
      expect(isEnumType(schema.getType(name)), name).toBe(true);
      expect(values(name), name).toEqual([...list]);
    }
  });
});
