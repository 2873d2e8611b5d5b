import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';

export type Fetch = (url: string, init: RequestInit) => Response | Promise<Response>;

/** The schema as the server publishes it (introspection over HTTP), so new fields are covered without editing the tests. */
export async function introspect(fetchFn: Fetch, url = 'http://test/graphql'): Promise<GraphQLSchema> {
  const res = await fetchFn(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query: getIntrospectionQuery() }),
  });
  const body = (await res.json()) as { data: Parameters<typeof buildClientSchema>[0] };
  return buildClientSchema(body.data);
}

export interface RootField {
  operation: 'query' | 'mutation';
  name: string;
  field: GraphQLField<unknown, unknown>;
}

export function rootFields(schema: GraphQLSchema): RootField[] {
  const out: RootField[] = [];
  for (const [operation, type] of [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const) {
    if (!type) continue;
    for (const field of Object.values(type.getFields())) out.push({ operation, name: field.name, field });
  }
  return out;
}

/** A path to every String or ID somewhere inside an argument (through input objects and lists). */
export function stringArgPaths(field: GraphQLField<unknown, unknown>): string[][] {
  const paths: string[][] = [];
  const walk = (type: GraphQLInputType, path: string[], depth: number) => {
    const named = getNamedType(type);
    if (named.name === 'String' || named.name === 'ID' || named.name === 'JSON') paths.push(path);
    else if (isInputObjectType(named) && depth < 3) for (const f of Object.values(named.getFields())) walk(f.type, [...path, f.name], depth + 1);
  };
  for (const arg of field.args) walk(arg.type, [arg.name], 0);
  return paths;
}

/** A selection of the leaf fields (and one level of objects) that take no required arguments. */
export function selectionFor(field: GraphQLField<unknown, unknown>, depth = 2): string {
  const named = getNamedType(field.type);
  if (isLeafType(named)) return '';
  if (!isObjectType(named)) return '{ __typename }';
  const parts: string[] = ['__typename'];
  for (const f of Object.values(named.getFields())) {
    if (f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
    const inner = getNamedType(f.type);
    if (isLeafType(inner)) parts.push(f.name);
    else if (depth > 1 && isObjectType(inner) && parts.length < 30) parts.push(`${f.name} ${selectionFor(f, depth - 1)}`);
  }
  return `{ ${parts.join(' ')} }`;
}

export function argTypeString(arg: GraphQLArgument): string {
  return String(arg.type);
}

export { isEnumType, isInputObjectType, isListType, isNonNullType, getNamedType };
