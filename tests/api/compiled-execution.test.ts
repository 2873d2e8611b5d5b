import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLError, parse, Source, type DocumentNode, type ExecutionArgs } from 'graphql';
import { buildSchema } from '../../api/src/schema.js';
import { asGraphqlJs, compilable } from '../../api/src/compiled-execution.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * Queries asked a second time run compiled (api/src/compiled-execution.ts): the answers, and
 * the errors, are byte for byte those graphql-js gave the first time.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

async function answerText(query: string, variables: Record<string, unknown>): Promise<string> {
  const res = await t.app.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return `${res.status} ${await res.text()}`;
}

const GRAPH = `query Graph($filter: GraphFilter) {
  graph(filter: $filter) {
    nodes { id label name kind sector properties }
    edges { id type source target properties }
    totalNodes totalEdges countsByLabel { label count } truncated
  }
}`;

describe('compiled execution', () => {
  it.each([
    ['a municipality', GRAPH, { filter: { municipalityId: 'org:municipality-aarhus' } }],
    ['a focus, two steps', GRAPH, { filter: { focusId: 'org:municipality-aarhus', depth: 2, limit: 30 } }],
    ['an unknown municipality (NOT_FOUND, located)', GRAPH, { filter: { municipalityId: 'org:nope' } }],
    ['a limit out of range (BAD_USER_INPUT with issues)', GRAPH, { filter: { municipalityId: 'org:municipality-aarhus', limit: 0 } }],
    ['a variable graphql-js refuses (worded by it)', GRAPH, { filter: { labels: ['Nope'] } }],
    ['a variable of the wrong type inside an input', GRAPH, { filter: { municipalityId: 'org:municipality-aarhus', limit: 'five' } }],
    ['an input field the schema does not have', GRAPH, { filter: { municipalityId: 'org:municipality-aarhus', colour: 'red' } }],
    ['a variable that is not an input object', GRAPH, { filter: 'org:municipality-aarhus' }],
    ['a required variable missing', 'query Org($id: ID!) { organisation(id: $id) { id name } }', {}],
    ['null for a required variable', 'query Org($id: ID!) { organisation(id: $id) { id name } }', { id: null }],
    ['a whole number too large for Int', 'query People($first: Int) { people(first: $first) { totalCount } }', { first: 2 ** 40 }],
    [
      'a multi-line query with aliases',
      `query Two($a: GraphFilter, $b: GraphFilter) {
        first: graph(filter: $a) { totalNodes }
        second: graph(filter: $b) { totalNodes }
      }`,
      { a: { municipalityId: 'org:municipality-aarhus', limit: 5 }, b: { focusId: 'org:municipality-aarhus', depth: 1 } },
    ],
  ])('answers %s the second time as graphql-js did the first', async (_name, query, variables) => {
    const first = await answerText(query, variables);
    const second = await answerText(query, variables);
    const third = await answerText(query, variables);
    expect(second).toBe(first);
    expect(third).toBe(first);
  });

  it('answers an error that empties the whole answer as graphql-js did, but for the round trips its siblings had made by then', async () => {
    // graphql-js answers as soon as one root field's error nulls the answer, leaving the other
    // root fields to run on (their statements still run); the compiled query waits for them.
    // Data and errors are the same; `extensions.roundTrips` counts what had answered when.
    const query = `query Two($a: GraphFilter, $b: GraphFilter) {
        first: graph(filter: $a) { totalNodes }
        second: graph(filter: $b) { totalNodes }
      }`;
    const variables = { a: { municipalityId: 'org:municipality-aarhus', limit: 5 }, b: { clusterId: 'org:municipality-aarhus' } };
    const withoutRoundTrips = (text: string) => text.replace(/,"extensions":\{"roundTrips":\d+\}/, '');
    const first = await answerText(query, variables);
    const second = await answerText(query, variables);
    expect(first).toContain('"data":null');
    expect(first).toContain('"locations":[{"line":3,"column":9}]');
    expect(withoutRoundTrips(second)).toBe(withoutRoundTrips(first));
  });

  const schema = buildSchema();
  const args = (document: DocumentNode, variableValues: Record<string, unknown> = {}): ExecutionArgs => ({ schema, document, variableValues });

  it('compiles a query from its second run, never a mutation, nor variables graphql-js refuses', () => {
    const seen = new WeakMap<DocumentNode, number>();
    const query = parse('query G($f: GraphFilter) { graph(filter: $f) { totalNodes } }');
    expect(compilable(args(query, { f: { limit: 5 } }), seen)).toBe(false);
    expect(compilable(args(query, { f: { limit: 5 } }), seen)).toBe(true);
    expect(compilable(args(query, { f: { limit: 'five' } }), seen)).toBe(false);
    expect(compilable(args(query, { f: { labels: ['Nope'] } }), seen)).toBe(false);
    const mutation = parse('mutation { signOut }');
    compilable(args(mutation), seen);
    expect(compilable(args(mutation), seen)).toBe(false);
  });

  it("turns a compiled run's errors into graphql-js's: errors first, located in the document, extensions of the thrown error", () => {
    const source = new Source('query {\r\n  a\n  graph { totalNodes }\n}');
    const thrown = new GraphQLError('No such thing.', { extensions: { code: 'NOT_FOUND' } });
    const compiled = { data: null, errors: [{ message: 'No such thing.', locations: [{ line: 3, column: 3 }], path: ['graph'], originalError: thrown }] };
    const result = asGraphqlJs(compiled as never, source);
    expect(Object.keys(result)).toEqual(['errors', 'data']);
    expect(JSON.parse(JSON.stringify(result.errors))).toEqual([
      { message: 'No such thing.', locations: [{ line: 3, column: 3 }], path: ['graph'], extensions: { code: 'NOT_FOUND' } },
    ]);
    expect(result.errors?.[0]).toBeInstanceOf(GraphQLError);
    expect(result.errors?.[0]?.positions).toEqual([source.body.indexOf('graph')]);
  });
});
