import fs from 'node:fs';
import path from 'node:path';
import {
  type GraphQLInputType,
  type GraphQLSchema,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type OperationDefinitionNode,
  parse,
  typeFromAST,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_QUERY_COST, queryCost } from '../../api/src/query-cost.js';
import { buildSchema } from '../../api/src/schema.js';
import { createTestApp, type GqlResult, type TestApp } from '../support/test-app.js';

// An alias of a report is a second report: the cost limit counts each (api/src/query-cost.ts).
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

type Answer = GqlResult<Record<string, unknown>> & { extensions?: { roundTrips?: number } };

const post = async (query: string, variables: Record<string, unknown> = {}): Promise<Answer> => {
  const res = await t.app.fetch('http://test/graphql', {
    method: 'POST',
    // A computed answer every time: the response cache must not hide what the limit does.
    headers: { 'content-type': 'application/json', 'cache-control': 'no-cache' },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as Answer;
};

const pictures = (n: number) => Array.from({ length: n }, (_, i) => `p${i}: graph(filter: { limit: ${4000 + i} }) { totalNodes }`).join(' ');

describe('the cost of one request', () => {
  it('refuses five whole pictures in one request before anything is read, coded and in Danish', async () => {
    const answer = await post(`{ ${pictures(5)} }`);
    expect(answer.data).toBeUndefined();
    const error = answer.errors?.[0];
    expect(error?.extensions?.code).toBe('QUERY_TOO_COSTLY');
    expect(error?.extensions?.cost).toBe(250);
    expect(error?.extensions?.maxCost).toBe(MAX_QUERY_COST);
    expect(error?.extensions?.da).toMatch(/for meget på én gang/);
    expect(answer.extensions?.roundTrips ?? 0).toBe(0);
  });

  it('answers three, which are within the limit', async () => {
    const answer = await post(`{ ${pictures(3)} }`);
    expect(answer.errors).toBeUndefined();
    expect(Object.keys(answer.data ?? {})).toEqual(['p0', 'p1', 'p2']);
  });

  it('counts what the variables include, request by request (the same document, cheap then dear)', async () => {
    const query = `query Maps($many: Boolean!) { a: graph(filter: { limit: 10 }) { totalNodes }
      b: gaps(scope: { kind: EVERYTHING }) @include(if: $many) { total }
      c: gaps(scope: { kind: EVERYTHING }, asOf: "2026-01-01") @include(if: $many) { total }
      d: whatIf(subjectId: "x") @include(if: $many) { explanation } }`;
    expect((await post(query, { many: false })).errors).toBeUndefined();
    // A validation cached for the document must not let the dear variables through.
    expect((await post(query, { many: true })).errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');
  });

  it('leaves the cheap questions alone, however many aliases', async () => {
    const aliases = Array.from({ length: 15 }, (_, i) => `s${i}: search(text: "PPR ${i}") { id }`).join(' ');
    expect((await post(`{ ${aliases} }`)).errors).toBeUndefined();
  });

  it('keeps every query the web app sends within the limit', () => {
    const queries = webQueries();
    const schema = buildSchema();
    expect(queries.length).toBeGreaterThan(15);
    for (const { file, text } of queries) {
      const document = parse(text);
      const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
      const variables = Object.fromEntries(
        (operation?.variableDefinitions ?? []).map((v) => [v.variable.name.value, sample(schema, typeFromAST(schema, v.type as never) as GraphQLInputType)]),
      );
      const cost = queryCost({ schema, document, variables });
      expect({ file, within: cost <= MAX_QUERY_COST }).toEqual({ file, within: true });
    }
  });
});

/** The web app's query documents written whole (`/* GraphQL *\/` templates without `${…}`). */
function webQueries(): Array<{ file: string; text: string }> {
  const root = path.resolve(import.meta.dirname, '../../web/src');
  const found: Array<{ file: string; text: string }> = [];
  for (const file of fs.readdirSync(root, { recursive: true, encoding: 'utf8' })) {
    if (!/\.tsx?$/.test(file)) continue;
    const source = fs.readFileSync(path.join(root, file), 'utf8');
    for (const m of source.matchAll(/\/\* GraphQL \*\/ `([^`]*)`/g)) {
      const text = m[1] ?? '';
      if (!text.includes('${')) found.push({ file, text });
    }
  }
  return found;
}

/** A value of the type for a required variable: with every `@include(if: $x)` true, the dearest case. */
function sample(schema: GraphQLSchema, type: GraphQLInputType): unknown {
  const t = getNullableType(type);
  if (isListType(t)) return [sample(schema, t.ofType)];
  if (isEnumType(t)) return t.getValues()[0]?.name;
  if (isInputObjectType(t)) {
    const fields = Object.values(t.getFields()).filter((f) => isNonNullType(f.type));
    return Object.fromEntries(fields.map((f) => [f.name, sample(schema, f.type)]));
  }
  if (isScalarType(t)) return ({ Int: 1, Float: 1, Boolean: true } as Record<string, unknown>)[t.name] ?? '2026-01-01';
  return null;
}
