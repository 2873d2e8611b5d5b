import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../api/src/paths.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { signedIn } from '../support/sign-in.js';
import { adHocCypher } from '../support/ad-hoc-cypher.js';

/**
 * The same create twice (a double click, a retried POST, an outsider replaying one) makes one
 * thing, on either engine: the second is refused with CONFLICT naming the first. An outside probe
 * had sent linkMember twice at once and got two identical memberships.
 */
const FIXTURE = path.join(repoRoot, 'tests', 'fixtures', 'editing');

let t: TestApp;
let editor: Record<string, string>;

beforeAll(async () => {
  t = await createTestApp({ dataset: FIXTURE });
  editor = await signedIn(t, 'EDITOR');
});
afterAll(() => t.close());

interface Answer {
  data?: Record<string, { id: string } | null> | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

const ask = (query: string) => t.gql<Record<string, { id: string }>>(query, {}, editor) as Promise<Answer>;
const memberships = async (personId: string, groupId: string) =>
  (
    await t.db.run<{ n: number }>(adHocCypher('MATCH (:Person {id: $p})-[r:MEMBER_OF]->(:Group {id: $g}) RETURN count(r) AS n', ['p', 'g']), {
      p: personId,
      g: groupId,
    })
  )[0]!.n;
const named = async (name: string) =>
  (await t.db.run<{ n: number }>(adHocCypher('MATCH (n:Organisation {name: $name}) RETURN count(n) AS n', ['name']), { name }))[0]!.n;

/** Of the answers, exactly one created; every other is CONFLICT naming it. */
function oneCreated(answers: Answer[], field: string): string {
  const made = answers.filter((a) => a.data?.[field]);
  expect(made).toHaveLength(1);
  const id = made[0]!.data![field]!.id;
  for (const a of answers.filter((x) => !x.data?.[field])) {
    expect(a.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', duplicateOf: id });
  }
  return id;
}

describe('the same link twice', () => {
  const LINK = `mutation { linkMember(personId: "person:nanna", groupId: "group:ig-randers", properties: {role: MEMBER, represents: [PPR], since: "2025-02-01"}) { id } }`;

  // Twelve, not two: on the embedded engine each waiting writer loses to the others' open
  // transactions on the lock and retries; with a count of three tries, four at once on a loaded
  // machine and twelve at once on any lost some to the engine's conflict instead of CONFLICT.
  it('sent twelve times at once makes one membership; the others are CONFLICT naming it, in Danish too', async () => {
    const before = await memberships('person:nanna', 'group:ig-randers');
    const answers = await Promise.all(Array.from({ length: 12 }, () => ask(LINK)));
    const id = oneCreated(answers, 'linkMember');
    expect(await memberships('person:nanna', 'group:ig-randers')).toBe(before + 1);
    const refused = answers.find((a) => a.errors)!.errors![0]!;
    expect(refused.message).toBe(`The same MEMBER_OF link exists already (${id}).`);
    expect(refused.extensions!.da).toBe('Den samme forbindelse findes allerede.');
  });

  it('sent again later is refused too, and writes nothing', async () => {
    const before = await memberships('person:nanna', 'group:ig-randers');
    const again = await ask(LINK);
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await memberships('person:nanna', 'group:ig-randers')).toBe(before);
  });

  it('another role or period is another membership, and allowed', async () => {
    const before = await memberships('person:nanna', 'group:ig-randers');
    const chair = await ask(
      `mutation { linkMember(personId: "person:nanna", groupId: "group:ig-randers", properties: {role: CHAIR, represents: [PPR], since: "2025-02-01"}) { id } }`,
    );
    const later = await ask(
      `mutation { linkMember(personId: "person:nanna", groupId: "group:ig-randers", properties: {role: MEMBER, represents: [PPR], since: "2026-02-01"}) { id } }`,
    );
    expect(chair.errors).toBeUndefined();
    expect(later.errors).toBeUndefined();
    expect(await memberships('person:nanna', 'group:ig-randers')).toBe(before + 2);
  });
});

describe('the same new thing twice', () => {
  const UNIT = `mutation { createOrganisation(properties: {name: "Familierådgivningen Tvilling", kind: MUNICIPAL_UNIT, sector: MUNICIPALITY, municipalityCode: "707"}) { id } }`;

  it('sent three times at once makes one organisation; the others are CONFLICT naming it', async () => {
    const answers = await Promise.all([ask(UNIT), ask(UNIT), ask(UNIT)]);
    const id = oneCreated(answers, 'createOrganisation');
    expect(id).toMatch(/^org:familieraadgivningen-tvilling-/);
    expect(await named('Familierådgivningen Tvilling')).toBe(1);
    expect(answers.find((a) => a.errors)!.errors![0]!.extensions!.da).toBe('Den samme organisation findes allerede.');
    const again = await ask(UNIT);
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await named('Familierådgivningen Tvilling')).toBe(1);
  });

  it('a name typed in decomposed letters (a + combining ring, as a Mac or a PDF pastes it) is stored composed, and is the same name', async () => {
    const decomposed = 'Familier\u0061\u030Adgivningen Tvilling';
    expect(decomposed).not.toBe('Familierådgivningen Tvilling');
    const again = await ask(
      `mutation { createOrganisation(properties: {name: "${decomposed}", kind: MUNICIPAL_UNIT, sector: MUNICIPALITY, municipalityCode: "707"}) { id } }`,
    );
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const made = await ask(
      `mutation { createOrganisation(properties: {name: "Sundhedsplejen \u00C6r\u0041\u030A", kind: MUNICIPAL_UNIT, sector: MUNICIPALITY, municipalityCode: "707"}) { id } }`,
    );
    expect(made.errors).toBeUndefined();
    const [row] = await t.db.run<{ name: string }>(adHocCypher('MATCH (n:Organisation {id: $id}) RETURN n.name AS name', ['id']), {
      id: made.data!.createOrganisation!.id,
    });
    expect(row!.name).toBe('Sundhedsplejen ÆrÅ');
    expect(row!.name).toHaveLength(18);
  });

  it('the same name with another field is another organisation, and two people may share a name', async () => {
    const other = await ask(
      `mutation { createOrganisation(properties: {name: "Familierådgivningen Tvilling", kind: MUNICIPAL_UNIT, sector: MUNICIPALITY, municipalityCode: "751"}) { id } }`,
    );
    expect(other.errors).toBeUndefined();
    expect(await named('Familierådgivningen Tvilling')).toBe(2);
    const people = await Promise.all([
      ask(`mutation { createPerson(properties: {name: "Mette Tvilling", title: "Psykolog"}) { id } }`),
      ask(`mutation { createPerson(properties: {name: "Mette Tvilling", title: "Sundhedsplejerske"}) { id } }`),
    ]);
    expect(people.map((p) => p.errors)).toEqual([undefined, undefined]);
  });
});

interface Edit {
  id: string;
  version: number;
  change: { id: string };
}
const edit = async (query: string, field: string) => {
  const answer = (await t.gql<Record<string, Edit>>(query, {}, editor)) as { data?: Record<string, Edit> | null; errors?: Answer['errors'] };
  return { made: answer.data?.[field] ?? null, error: answer.errors?.[0] };
};

describe('twins made by a second step', () => {
  it('an updated link that would equal another between the same two is refused and left as it was; saving it unchanged is not', async () => {
    const first = await edit(
      `mutation { linkMember(personId: "person:nanna", groupId: "group:ig-randers", properties: {role: MEMBER, represents: [PPR], since: "2024-03-01"}) { id version change { id } } }`,
      'linkMember',
    );
    const second = await edit(
      `mutation { linkMember(personId: "person:nanna", groupId: "group:ig-randers", properties: {role: MEMBER, represents: [PPR], since: "2024-04-01"}) { id version change { id } } }`,
      'linkMember',
    );
    const before = await memberships('person:nanna', 'group:ig-randers');
    const twin = await edit(
      `mutation { updateLink(id: "${second.made!.id}", version: ${second.made!.version}, properties: {since: "2024-03-01"}) { id version change { id } } }`,
      'updateLink',
    );
    expect(twin.error?.extensions).toMatchObject({ code: 'CONFLICT', duplicateOf: first.made!.id, da: 'Den samme forbindelse findes allerede.' });
    const [stored] = await t.db.run<{ since: string; version: number }>(
      adHocCypher('MATCH ()-[r:MEMBER_OF {id: $id}]->() RETURN r.since AS since, r.version AS version', ['id']),
      { id: second.made!.id },
    );
    expect(stored).toEqual({ since: '2024-04-01', version: second.made!.version });
    const own = await edit(
      `mutation { updateLink(id: "${second.made!.id}", version: ${second.made!.version}, properties: {since: "2024-04-01"}) { id version change { id } } }`,
      'updateLink',
    );
    expect(own.error).toBeUndefined();
    expect(await memberships('person:nanna', 'group:ig-randers')).toBe(before);
  });

  it('an organisation changed into the exact twin of another is refused; a namesake with another field is not', async () => {
    const a = await edit(
      `mutation { createOrganisation(properties: {name: "PPR Anden Tvilling", kind: MUNICIPAL_UNIT, sector: MUNICIPALITY, municipalityCode: "707"}) { id version change { id } } }`,
      'createOrganisation',
    );
    const b = await edit(
      `mutation { createOrganisation(properties: {name: "PPR Anden Tvilling", kind: MUNICIPAL_UNIT, sector: MUNICIPALITY, municipalityCode: "751"}) { id version change { id } } }`,
      'createOrganisation',
    );
    const twin = await edit(
      `mutation { updateOrganisation(id: "${b.made!.id}", version: ${b.made!.version}, properties: {municipalityCode: "707"}) { id version change { id } } }`,
      'updateOrganisation',
    );
    expect(twin.error?.extensions).toMatchObject({ code: 'CONFLICT', duplicateOf: a.made!.id, da: 'Den samme organisation findes allerede.' });
    const [stored] = await t.db.run<{ code: string }>(adHocCypher('MATCH (n:Organisation {id: $id}) RETURN n.municipalityCode AS code', ['id']), {
      id: b.made!.id,
    });
    expect(stored!.code).toBe('751');
    const renamed = await edit(
      `mutation { updateOrganisation(id: "${b.made!.id}", version: ${b.made!.version}, properties: {name: "PPR Tredje Tvilling"}) { id version change { id } } }`,
      'updateOrganisation',
    );
    expect(renamed.error).toBeUndefined();
  });

  it('a deleted organisation is not restored beside the exact twin made since, and stays deleted', async () => {
    const made = await edit(
      `mutation { createOrganisation(properties: {name: "PPR Genopstået", kind: MUNICIPAL_UNIT, sector: MUNICIPALITY, municipalityCode: "707"}) { id version change { id } } }`,
      'createOrganisation',
    );
    const gone = await edit(
      `mutation { deleteOrganisation(id: "${made.made!.id}", version: ${made.made!.version}) { id change { id } } }`,
      'deleteOrganisation',
    );
    const again = await edit(
      `mutation { createOrganisation(properties: {name: "PPR Genopstået", kind: MUNICIPAL_UNIT, sector: MUNICIPALITY, municipalityCode: "707"}) { id version change { id } } }`,
      'createOrganisation',
    );
    expect(again.error).toBeUndefined();
    const restored = await edit(
      `mutation { restoreVersion(changeId: "${gone.made!.change.id}", before: true) { id version change { id } } }`,
      'restoreVersion',
    );
    expect(restored.error?.extensions).toMatchObject({ code: 'CONFLICT', duplicateOf: again.made!.id });
    expect(await named('PPR Genopstået')).toBe(1);
  });
});
