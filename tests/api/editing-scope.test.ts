import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../api/src/paths.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { signedIn } from '../support/sign-in.js';
import { adHocCypher } from '../support/ad-hoc-cypher.js';

/**
 * An editor limited to a cluster may connect their part of the map to the rest, but a link may
 * not bring into their scope what lay outside it. An outside probe had an editor of
 * Randersklyngen place Aarhus Kommune in Randersklyngen (IN_CLUSTER: one end in scope was
 * enough) and could then change it, and delete it with its units and their people.
 */
const FIXTURE = path.join(repoRoot, 'tests', 'fixtures', 'editing');

let t: TestApp;
let randers: Record<string, string>;
let admin: Record<string, string>;
let outsider: string;

beforeAll(async () => {
  t = await createTestApp({ dataset: FIXTURE });
  randers = await signedIn(t, 'EDITOR', 'org:cluster-randers');
  admin = await signedIn(t, 'ADMIN');
  // A person who works in Aarhus only: outside Randersklyngen.
  const made = await t.gql<{ createPerson: { id: string } }>(`mutation { createPerson(properties: {name: "Aarhus Psykolog"}) { id } }`, {}, admin);
  outsider = made.data!.createPerson.id;
  expect(
    (await t.gql(`mutation($p: ID!) { linkWorksIn(personId: $p, organisationId: "org:ppr-aarhus") { id } }`, { p: outsider }, admin)).errors,
  ).toBeUndefined();
});
afterAll(() => t.close());

interface Answer {
  data?: Record<string, { id: string } | null> | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}
const link = (type: string, from: string, to: string, as = randers) =>
  t.gql<Record<string, { id: string }>>(
    `mutation($f: ID!, $t: ID!) { link(type: ${type}, fromId: $f, toId: $t) { id } }`,
    { f: from, t: to },
    as,
  ) as Promise<Answer>;
const relationships = async () => (await t.db.run<{ n: number }>(adHocCypher('MATCH ()-[r]->() RETURN count(r) AS n', []), {}))[0]!.n;

describe('a scoped editor cannot widen their own scope by a link', () => {
  it.each([
    ['IN_CLUSTER', 'org:aarhus', 'org:cluster-randers', 'Aarhus Kommune'],
    ['PART_OF', 'org:ppr-aarhus', 'org:norddjurs', 'PPR Aarhus'],
    ['WORKS_IN', 'outsider', 'org:ppr-norddjurs', 'Aarhus Psykolog'],
  ])('%s %s -> %s is FORBIDDEN, in Danish by name, and writes nothing', async (type, from, to, name) => {
    const before = await relationships();
    const r = await link(type, from === 'outsider' ? outsider : from, to);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', scopeId: 'org:cluster-randers' });
    expect(r.errors![0]!.extensions!.da).toBe(
      `Forbindelsen ville føje "${name}" til dit redigeringsområde; en redaktør for dens egen del af kortet eller en administrator kan lave den.`,
    );
    expect(await relationships()).toBe(before);
  });

  it('so Aarhus Kommune stays outside: changing it is still FORBIDDEN', async () => {
    await link('IN_CLUSTER', 'org:aarhus', 'org:cluster-randers');
    const r = await t.gql(`mutation { updateOrganisation(id: "org:aarhus", version: 1, properties: {shortName: "Kapret"}) { id } }`, {}, randers);
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('still connects their part to the rest: a new unit placed under Norddjurs, their unit under an outside one, their person in an outside group', async () => {
    const unit = await t.gql<{ createOrganisation: { id: string } }>(
      `mutation { createOrganisation(properties: {name: "Familiehuset Grenaa", kind: MUNICIPAL_UNIT, sector: MUNICIPALITY, municipalityCode: "707"}) { id } }`,
      {},
      randers,
    );
    expect((await link('PART_OF', unit.data!.createOrganisation.id, 'org:norddjurs')).errors).toBeUndefined();
    expect((await link('PART_OF', 'org:ppr-norddjurs', 'org:ppr-aarhus')).errors).toBeUndefined();
    const group = await t.gql<{ createGroup: { id: string } }>(
      `mutation { createGroup(properties: {name: "Netværk Aarhus", kind: NETWORK}) { id } }`,
      {},
      admin,
    );
    expect((await link('ANCHORED_IN', group.data!.createGroup.id, 'org:aarhus', admin)).errors).toBeUndefined();
    expect((await link('MEMBER_OF', 'person:nanna', group.data!.createGroup.id)).errors).toBeUndefined();
  });

  it('an editor for the whole map and an administrator may place anything anywhere', async () => {
    const whole = await signedIn(t, 'EDITOR');
    expect((await link('IN_CLUSTER', 'org:aarhus', 'org:cluster-randers', whole)).errors).toBeUndefined();
  });
});

describe('a scoped editor cannot widen their scope by a restore', () => {
  interface Edit {
    id: string;
    version: number;
    change: { id: string };
  }
  const ask = async <T>(query: string, as: Record<string, string>, variables: Record<string, unknown> = {}) => {
    const r = await t.gql<Record<string, T>>(query, variables, as);
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return Object.values(r.data!)[0]!;
  };
  const unit = (name: string, as: Record<string, string>) =>
    ask<Edit>(
      `mutation($n: String!) { createOrganisation(properties: {name: $n, kind: MUNICIPAL_UNIT, sector: MUNICIPALITY, municipalityCode: "707"}) { id version change { id } } }`,
      as,
      {
        n: name,
      },
    );
  const restore = (changeId: string, as: Record<string, string>, version?: number) =>
    t.gql(`mutation($c: ID!, $v: Int) { restoreVersion(changeId: $c, version: $v) { id } }`, { c: changeId, v: version ?? null }, as);
  const rename = (id: string, version: number, as: Record<string, string>) =>
    t.gql(`mutation($id: ID!, $v: Int!) { updateOrganisation(id: $id, version: $v, properties: {shortName: "Min"}) { id } }`, { id, v: version }, as);

  it("a unit restored from an old change does not take back a unit an administrator moved out of the editor's scope", async () => {
    const r = await unit('Enhed R', randers);
    const u = await unit('Enhed U', randers);
    expect((await link('PART_OF', r.id, 'org:norddjurs')).errors).toBeUndefined();
    const uUnderR = (await link('PART_OF', u.id, r.id)).data!.link!.id;
    // An edit of R records its state with U under it.
    const old = await ask<Edit>(
      `mutation($id: ID!) { updateOrganisation(id: $id, version: 1, properties: {shortName: "R"}) { id version change { id } } }`,
      randers,
      {
        id: r.id,
      },
    );
    // The administrator moves U to Aarhusklyngen: out of the editor's scope (Aarhus Kommune was
    // placed in Randersklyngen above).
    await ask(`mutation($id: ID!) { unlink(id: $id, version: 1) { id } }`, admin, { id: uUnderR });
    expect((await link('PART_OF', u.id, 'org:cluster-aarhus', admin)).errors).toBeUndefined();
    expect((await rename(u.id, 1, randers)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // Deleting R and restoring it from the old change brings R back as it stood when deleted.
    await ask(`mutation($id: ID!) { deleteOrganisation(id: $id, version: 2) { id } }`, randers, { id: r.id });
    expect((await restore(old.change.id, randers)).errors).toBeUndefined();
    expect((await rename(u.id, 1, randers)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it("a node deleted where it stood outside the editor's scope is not theirs to restore, not even through its create", async () => {
    const x = await unit('Enhed X', admin);
    expect((await link('PART_OF', x.id, 'org:cluster-aarhus', admin)).errors).toBeUndefined();
    await ask(`mutation($id: ID!) { deleteOrganisation(id: $id, version: 1) { id } }`, admin, { id: x.id });
    const before = await relationships();
    const r = await restore(x.change.id, randers);
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await relationships()).toBe(before);
    // An editor whose scope it stood in may (and gets its link back).
    expect((await restore(x.change.id, admin)).errors).toBeUndefined();
  });
});

describe('a scoped editor cannot narrow their scope by removing a link', () => {
  const unlink = (id: string, as = randers) =>
    t.gql(`mutation($id: ID!, $v: Int!) { unlink(id: $id, version: $v) { id } }`, { id, v: 1 }, as) as Promise<Answer>;
  const organisation = async (name: string, kind: string) =>
    (
      await t.gql<{ createOrganisation: { id: string } }>(
        `mutation($n: String!) { createOrganisation(properties: {name: $n, kind: ${kind}, sector: MUNICIPALITY, municipalityCode: "706"}) { id } }`,
        { n: name },
        admin,
      )
    ).data?.createOrganisation.id as string;
  const linkId = (a: Answer) => Object.values(a.data!)[0]!.id;

  // An outside probe unlinked a cluster's municipalities one by one as the cluster's editor: the
  // loss a delete of the scope root is refused for, and they could not link them back.
  it('a municipality out of the cluster, or a unit out from under it, is FORBIDDEN, in Danish, and writes nothing', async () => {
    const municipality = await organisation('Syddjurs Kommune', 'MUNICIPALITY');
    const inCluster = linkId(await link('IN_CLUSTER', municipality, 'org:cluster-randers', admin));
    const unitId = await organisation('PPR Syddjurs', 'MUNICIPAL_UNIT');
    const under = linkId(await link('PART_OF', unitId, municipality, admin));
    const before = await relationships();
    const r = await unlink(inCluster);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', scopeId: 'org:cluster-randers', ids: [municipality] });
    expect(r.errors![0]!.extensions!.da).toBe(
      `Hvis forbindelsen fjernes, falder ${municipality} uden for dit redigeringsområde; en administrator eller redaktøren for dér, hvor den skal hen, kan gøre det.`,
    );
    expect((await unlink(under)).errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', ids: [unitId] });
    expect(await relationships()).toBe(before);
    // Moved to another parent in scope first, the unit may leave the old one; an administrator may unlink anything.
    const moved = linkId(await link('PART_OF', unitId, 'org:cluster-randers'));
    expect((await unlink(under)).errors).toBeUndefined();
    expect((await unlink(moved, admin)).errors).toBeUndefined();
    expect((await unlink(inCluster, admin)).errors).toBeUndefined();
  });
});

describe("the node a scoped editor's scope begins at", () => {
  it('is not theirs to delete (FORBIDDEN in Danish, nothing written); renaming it is, and an administrator may delete it', async () => {
    const before = await relationships();
    const v = (await t.gql<{ organisation: { version: number } }>(`query { organisation(id: "org:cluster-randers") { version } }`, {}, admin)).data!
      .organisation.version;
    const r = (await t.gql(`mutation($v: Int!) { deleteOrganisation(id: "org:cluster-randers", version: $v) { id } }`, { v }, randers)) as Answer;
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', scopeId: 'org:cluster-randers' });
    expect(r.errors![0]!.extensions!.da).toBe('org:cluster-randers er der, hvor dit redigeringsområde begynder; kun en administrator kan slette det.');
    expect(await relationships()).toBe(before);
    const renamed = await t.gql<{ updateOrganisation: { version: number } }>(
      `mutation($v: Int!) { updateOrganisation(id: "org:cluster-randers", version: $v, properties: {shortName: "Randersklyngen"}) { version } }`,
      { v },
      randers,
    );
    expect(renamed.errors).toBeUndefined();
    const gone = await t.gql(
      `mutation($v: Int!) { deleteOrganisation(id: "org:cluster-randers", version: $v) { id } }`,
      { v: renamed.data!.updateOrganisation.version },
      admin,
    );
    expect(gone.errors).toBeUndefined();
  });
});
