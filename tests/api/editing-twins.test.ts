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

  it('sent four times at once makes one membership; the others are CONFLICT naming it, in Danish too', async () => {
    const before = await memberships('person:nanna', 'group:ig-randers');
    const answers = await Promise.all([ask(LINK), ask(LINK), ask(LINK), ask(LINK)]);
    const id = oneCreated(answers, 'linkMember');
    expect(await memberships('person:nanna', 'group:ig-randers')).toBe(before + 1);
    const refused = answers.find((a) => a.errors)!.errors![0]!;
    expect(refused.message).toBe(`The same MEMBER_OF link exists already (${id}).`);
    expect(refused.extensions!.da).toBe(`Den samme forbindelse findes allerede (${id}).`);
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
    expect(answers.find((a) => a.errors)!.errors![0]!.extensions!.da).toBe(`Den samme organisation findes allerede (${id}).`);
    const again = await ask(UNIT);
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await named('Familierådgivningen Tvilling')).toBe(1);
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
