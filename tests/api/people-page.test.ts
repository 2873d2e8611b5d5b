import { parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectsOnNodes } from '../../api/src/modules/person/page-selection.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { signedIn } from '../support/sign-in.js';
import { withStatementLog } from '../support/statement-log.js';

/**
 * A page of people whose query asks for their relationships reads them with the page, in one
 * statement (person/list-by-buckets-with-links), and hands the people's records to the person
 * loader; the answer is the one the loader's own statement (person/by-ids) gives. A query that
 * asks for none reads the page alone (person/list-by-buckets).
 */
let t: TestApp;
let viewer: Record<string, string>;
beforeAll(async () => {
  t = await createTestApp();
  viewer = await signedIn(t, 'VIEWER');
});
afterAll(() => t.close());

const LINK = 'id role since until current source sourceDate inferred';
const PERSON_FIELDS = `id name title profession email phone description fictitious source sourceDate inferred createdAt updatedAt version isFixedContact
  worksIn { ${LINK} person { id name } organisation { id name kind sector municipalityCode } }
  fixedContactFor { ${LINK} topics steps audience pathwayIds pathways { id name } person { id } organisation { id name } }
  memberships { ${LINK} represents onBehalfOf { id name } person { id } group { id name } }
  mandates { id since until current mandate { id name } }`;
const PAGE = `query($first: Int, $after: String) { people(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { ${PERSON_FIELDS} } } }`;
const ONE = `query($id: ID!) { person(id: $id) { ${PERSON_FIELDS} } }`;

type Person = { id: string } & Record<string, unknown>;
type PageAnswer = { people: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: Person[] } };

/** Runs a query and names the statements it sent. */
async function withStatements<T>(query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) {
  const { result: r, statements } = await withStatementLog(t.db, () => t.gql<T>(query, variables, headers));
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return { data: r.data!, statements: statements.filter((s) => !s.startsWith('auth/') && !s.startsWith('access-log/')) };
}

describe('people pages read their relationships with the page', () => {
  for (const [who, headers] of [
    ['a visitor', () => ({})],
    ['a signed-in viewer', () => viewer],
  ] as const)
    it(`every page of 60, for ${who}: one statement of people, each as person(id) answers it`, async () => {
      let after: string | null = null;
      let seen = 0;
      let related = 0;
      for (;;) {
        const { data, statements }: { data: PageAnswer; statements: string[] } = await withStatements<PageAnswer>(PAGE, { first: 60, after }, headers());
        // Pathways and onBehalfOf's organisations are other loaders' statements.
        expect(statements.filter((s) => s.startsWith('person/'))).toEqual(['person/list-by-buckets-with-links']);
        for (const node of data.people.nodes) {
          const one = await t.gql<{ person: Person }>(ONE, { id: node.id }, headers());
          expect(node).toEqual(one.data!.person);
          related += (node.worksIn as unknown[]).length + (node.fixedContactFor as unknown[]).length + (node.memberships as unknown[]).length;
        }
        seen += data.people.nodes.length;
        if (!data.people.pageInfo.hasNextPage) break;
        after = data.people.pageInfo.endCursor;
      }
      expect(seen).toBe(238);
      expect(related).toBeGreaterThan(238);
    });

  it('asked through a fragment, an inline fragment or an alias, the relationships still come with the page', async () => {
    for (const query of [
      `query { people(first: 5) { nodes { ...P } } } fragment P on Person { id worksIn { id } }`,
      `query { people(first: 5) { ...Page } } fragment Page on PersonPage { nodes { ... on Person { fixed: isFixedContact } } }`,
      `query { people(first: 5) { nodes { id w: memberships { id } } } }`,
    ])
      expect((await withStatements(query, {})).statements, query).toEqual(['person/list-by-buckets-with-links']);
  });

  it('a page asking for none of them reads the people alone', async () => {
    const { statements } = await withStatements(`query { people(first: 100) { totalCount nodes { id name title worksInCount: version } } }`, {});
    expect(statements).toEqual(['person/list-by-buckets']);
  });

  it('a filtered page reads its relationships through the loader, as before', async () => {
    const { statements } = await withStatements(`query { people(first: 20, filter: { text: "psykolog" }) { nodes { id worksIn { id } } } }`, {});
    expect(statements).toEqual(['person/list', 'person/by-ids']);
  });
});

describe('selectsOnNodes', () => {
  const infoOf = (source: string) => {
    const document = parse(source);
    const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
    const people = operation.selectionSet.selections[0]!;
    if (people.kind !== 'Field') throw new Error('a field first');
    const fragments = Object.fromEntries(
      document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition').map((f) => [f.name.value, f]),
    );
    return { fieldNodes: [people], fragments };
  };
  const fields = new Set(['worksIn']);
  it('finds a field on nodes, directly, in fragments and under an alias', () => {
    expect(selectsOnNodes(infoOf('{ people { nodes { id worksIn { id } } } }'), fields)).toBe(true);
    expect(selectsOnNodes(infoOf('{ people { nodes { id w: worksIn { id } } } }'), fields)).toBe(true);
    expect(selectsOnNodes(infoOf('{ people { nodes { ...A } } } fragment A on Person { ...B } fragment B on Person { worksIn { id } }'), fields)).toBe(true);
    expect(selectsOnNodes(infoOf('{ people { ... on PersonPage { nodes { ... on Person { worksIn { id } } } } } }'), fields)).toBe(true);
  });
  it('does not take a field of the same name elsewhere, nor a field not asked', () => {
    expect(selectsOnNodes(infoOf('{ people { nodes { id title } } }'), fields)).toBe(false);
    expect(selectsOnNodes(infoOf('{ people { totalCount pageInfo { endCursor } } }'), fields)).toBe(false);
    expect(selectsOnNodes(infoOf('{ people { nodes { worksInX: id } } }'), fields)).toBe(false);
  });
  it('counts a fragment it cannot see as selecting', () => {
    expect(selectsOnNodes(infoOf('{ people { nodes { ...Unknown } } }'), fields)).toBe(true);
  });
});
