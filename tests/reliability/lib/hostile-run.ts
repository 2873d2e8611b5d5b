import { getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, isScalarType, type GraphQLInputType, type GraphQLSchema } from 'graphql';
import { INVISIBLE } from '../../../api/src/domain/records.js';
import type { GraphDb } from '../../../api/src/db/graph-db.js';
import type { QueryCatalog } from '../../../api/src/queries.js';
import { readSeed } from '../../api/helpers.js';
import { createRng, type Rng } from './prng.js';
import { mapHash } from './fingerprint.js';
import { BAD_ENUMS, BAD_IDS, BAD_INTS, HUGE, INJECTIONS, UNICODE, VALID_HOSTILE_NAMES } from './hostile-values.js';
import { rootFields, selectionFor, stringArgPaths, type Fetch, type RootField } from './schema-walk.js';

export type Who = 'anonymous' | 'viewer' | 'editor' | 'scopedEditor' | 'admin';

export interface HostileOptions {
  fetch: Fetch;
  schema: GraphQLSchema;
  db: GraphDb;
  queries: QueryCatalog;
  headers: Record<Who, Record<string, string>>;
  ops: number;
  seed: number;
  onProgress?: (done: number, total: number) => void;
}

export interface HostileReport {
  ops: number;
  seconds: number;
  byKind: Record<string, number>;
  statuses: Record<string, number>;
  codes: Record<string, number>;
  /** Responses with status 500 or above. */
  serverErrors: string[];
  /** Errors carrying a stack, Cypher, a file path or an engine message. */
  leaks: string[];
  /** Masked errors: the server hit something it did not expect (a bug, even if nothing leaked). */
  unexpected: string[];
  /** Rejected operations after which the map's content hash had changed. */
  graphChanges: string[];
  /** Errors without extensions.code (the CSRF plugin's 403 aside), which clients cannot tell apart. */
  uncoded: string[];
  /** Mutations the response cache had a hand in (served, stored or looked at): only queries may be cached. */
  cachedMutations: string[];
  acceptedWrites: number;
  rejectedWrites: number;
  verbatimChecked: number;
  verbatimMismatches: string[];
  hashChecks: number;
}

interface Op {
  kind: string;
  label: string;
  who: Who;
  mutation: boolean;
  init: RequestInit & { headers: Record<string, string> };
  url?: string;
  /** Strings the request carried: an error may quote them back without leaking anything. */
  inputs: string[];
  /** Properties sent to a create/update, to check what is stored against what was sent. */
  sent?: Record<string, unknown>;
  field?: string;
}

const LEAK_PATTERNS: Array<[string, RegExp]> = [
  ['stack', /\n\s+at |\bat [\w.<>]+ \(.*:\d+:\d+\)/],
  ['file path', /(\/work\/|\/home\/|\/tmp\/|node_modules|file:\/\/|[\w-]+\.(ts|js|mjs|cjs|rs):\d+)/],
  ['cypher', /\b(MATCH|MERGE|UNWIND|DETACH|OPTIONAL MATCH|RETURN|CREATE \(|SET [a-z]\.)\b/],
  [
    'engine',
    /grafeo|gqlstatus|neo4j|DbError|TypeError|ReferenceError|RangeError|SyntaxError: |Cannot read propert|is not a function|undefined is not|constraint violation|write conflict|panicked|napi/i,
  ],
];

const SEED = readSeed();
const IDS_BY_LABEL = new Map<string, string[]>();
for (const n of SEED.nodes) IDS_BY_LABEL.set(n.label, [...(IDS_BY_LABEL.get(n.label) ?? []), n.id]);
const ALL_IDS = SEED.nodes.map((n) => n.id).concat(SEED.rels.map((r) => r.id));
const PROPS_BY_LABEL = new Map<string, Array<Record<string, unknown>>>();
for (const n of SEED.nodes) {
  const { id: _i, label: _l, ...props } = n;
  PROPS_BY_LABEL.set(n.label, [...(PROPS_BY_LABEL.get(n.label) ?? []), props]);
}

const STRINGS = [...INJECTIONS, ...UNICODE];

function hostileString(rng: Rng): string {
  const r = rng.next();
  if (r < 0.02) return rng.pick(HUGE);
  if (r < 0.5) return rng.pick(INJECTIONS);
  if (r < 0.85) return rng.pick(UNICODE);
  if (r < 0.95) return rng.pick(BAD_IDS);
  return rng.pick(ALL_IDS);
}

/** A value for an input type: mostly hostile, sometimes valid, sometimes of the wrong shape. */
function valueFor(type: GraphQLInputType, rng: Rng, argName: string, depth = 0): unknown {
  if (isNonNullType(type)) return rng.chance(0.03) ? null : valueFor(type.ofType, rng, argName, depth);
  if (rng.chance(0.03)) return rng.pick([null, 'x', 1, [], {}]); // the wrong shape altogether
  if (isListType(type)) return Array.from({ length: rng.int(4) }, () => valueFor(type.ofType, rng, argName, depth + 1));
  const named = getNamedType(type);
  if (isEnumType(named)) return rng.chance(0.7) ? rng.pick(named.getValues()).name : rng.pick(BAD_ENUMS);
  if (isInputObjectType(named)) {
    if (depth > 3) return {};
    const out: Record<string, unknown> = {};
    for (const f of Object.values(named.getFields())) {
      if (isNonNullType(f.type) || rng.chance(0.5)) out[f.name] = valueFor(f.type, rng, f.name, depth + 1);
    }
    return out;
  }
  if (isScalarType(named)) {
    switch (named.name) {
      case 'Int':
      case 'Float':
        return rng.chance(0.6) ? rng.pick(BAD_INTS) : rng.int(5);
      case 'Boolean':
        return rng.chance(0.8) ? rng.chance(0.5) : rng.pick(['true', 0, null]);
      case 'ID':
        if (/id$/i.test(argName) && rng.chance(0.4)) return rng.pick(ALL_IDS);
        return hostileString(rng);
      case 'JSON':
        return jsonValue(rng, argName);
      default:
        return hostileString(rng);
    }
  }
  return hostileString(rng);
}

/** A properties object: a real record of some label with one or more fields made hostile, or junk. */
function jsonValue(rng: Rng, argName: string): unknown {
  if (argName === 'data') {
    return rng.pick([
      { format: 'haenderne-graph', formatVersion: 1, nodes: [{ label: 'Person', props: { id: rng.pick(INJECTIONS), name: 'x' } }], relationships: [] },
      {},
      [],
      'x',
    ]);
  }
  const r = rng.next();
  if (r < 0.08) return rng.pick([null, 'x', 42, [1, 2], true]);
  if (r < 0.12) return deepObject(rng.int(300) + 50);
  if (r < 0.14) return Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`k${i}`, i]));
  const label = rng.pick([...PROPS_BY_LABEL.keys()]);
  const props = { ...rng.pick(PROPS_BY_LABEL.get(label)!) };
  const stringKeys = Object.keys(props).filter((k) => typeof props[k] === 'string');
  for (let i = 0; i < 1 + rng.int(2); i++) {
    const key =
      stringKeys.length && rng.chance(0.8)
        ? rng.pick(stringKeys)
        : rng.pick(['name', 'email', 'phone', 'id', 'version', '__proto__', 'constructor', 'kind', 'level']);
    props[key] = rng.chance(0.9) ? hostileString(rng) : rng.pick([42, true, null, ['a'], { nested: 'x' }]);
  }
  return props;
}

function deepObject(depth: number): unknown {
  let v: unknown = 'bottom';
  for (let i = 0; i < depth; i++) v = { a: v };
  return v;
}

function collectStrings(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) collectStrings(x, out);
  else if (v && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) {
      out.push(k);
      collectStrings(x, out);
    }
  }
  return out;
}

const JSON_HEADERS = { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' };

function gqlOp(
  kind: string,
  label: string,
  who: Who,
  mutation: boolean,
  headers: Record<string, string>,
  query: string,
  variables?: unknown,
  extra: Partial<Op> = {},
): Op {
  return {
    kind,
    label,
    who,
    mutation,
    init: { method: 'POST', headers: { ...JSON_HEADERS, ...headers }, body: JSON.stringify({ query, variables }) },
    inputs: [...collectStrings(variables), query],
    ...extra,
  };
}

/** One operation on a root field with generated arguments, passed as variables or inline. */
function fieldOp(rf: RootField, rng: Rng, who: Who, headers: Record<string, string>, force?: { path: string[]; value: string }): Op {
  const vars: Record<string, unknown> = {};
  for (const arg of rf.field.args) {
    if (isNonNullType(arg.type) || rng.chance(0.6) || force?.path[0] === arg.name) vars[arg.name] = valueFor(arg.type, rng, arg.name);
    if (rng.chance(0.02)) delete vars[arg.name]; // a missing required argument
  }
  if (force) setPath(vars, force.path, force.value);
  const used = rf.field.args.filter((a) => a.name in vars);
  const sel = selectionFor(rf.field);
  const inline = rng.chance(0.15);
  let query: string;
  if (inline) {
    const args = used.map((a) => `${a.name}: ${literal(vars[a.name], getNamedType(a.type))}`).join(', ');
    query = `${rf.operation} { ${rf.name}${args ? `(${args})` : ''} ${sel} }`;
  } else {
    const defs = used.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
    const args = used.map((a) => `${a.name}: $${a.name}`).join(', ');
    query = `${rf.operation}${defs ? ` (${defs})` : ''} { ${rf.name}${args ? `(${args})` : ''} ${sel} }`;
  }
  const props =
    vars.properties && typeof vars.properties === 'object' && !Array.isArray(vars.properties) ? (vars.properties as Record<string, unknown>) : undefined;
  return gqlOp(force ? 'injection sweep' : 'generated field', rf.name, who, rf.operation === 'mutation', headers, query, inline ? undefined : vars, {
    inputs: [...collectStrings(vars), query],
    field: rf.name,
    ...(props && /^(create|update)[A-Z]/.test(rf.name) ? { sent: props } : {}),
  });
}

function setPath(target: Record<string, unknown>, path: string[], value: string) {
  let cur = target;
  for (const key of path.slice(0, -1)) {
    if (!cur[key] || typeof cur[key] !== 'object' || Array.isArray(cur[key])) cur[key] = {};
    cur = cur[key] as Record<string, unknown>;
  }
  const last = path.at(-1)!;
  const existing = cur[last];
  if (existing && typeof existing === 'object' && !Array.isArray(existing)) (existing as Record<string, unknown>).name = value;
  else cur[last] = value;
}

/** GraphQL literal syntax for a value (JSON strings are valid GraphQL strings, except lone surrogates). */
function literal(v: unknown, named: ReturnType<typeof getNamedType>): string {
  if (isEnumType(named) && typeof v === 'string' && /^[_A-Za-z][_0-9A-Za-z]*$/.test(v)) return v;
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return `[${v.map((x) => literal(x, named)).join(', ')}]`;
  if (typeof v === 'object')
    return `{${Object.entries(v)
      .filter(([k]) => /^[_A-Za-z][_0-9A-Za-z]*$/.test(k))
      .map(([k, x]) => `${k}: ${literal(x, named)}`)
      .join(', ')}}`;
  return JSON.stringify(v);
}

/** A create of a person, organisation or group named with a hostile but valid value, by someone allowed to. */
function verbatimOp(rng: Rng, who: 'editor' | 'admin', headers: Record<string, string>): Op {
  const value = rng.pick(VALID_HOSTILE_NAMES);
  const choice = rng.pick([
    { label: 'Person', props: { name: value, title: value, fictitious: true } },
    { label: 'Organisation', props: { name: value, kind: 'MUNICIPAL_UNIT', sector: 'MUNICIPALITY', municipalityCode: '751', description: value } },
    { label: 'Group', props: { name: value, kind: 'WORKING_GROUP', description: value } },
  ]);
  const query = `mutation($p: Create${choice.label}Input!) { create${choice.label}(properties: $p) { id version properties } }`;
  return gqlOp(
    'verbatim create',
    `create${choice.label}`,
    who,
    true,
    headers,
    query,
    { p: choice.props },
    { sent: choice.props, field: `create${choice.label}` },
  );
}

function bombOp(rng: Rng, who: Who, headers: Record<string, string>): Op {
  const kinds = [
    () => ['depth bomb', `{ organisation(id: "org:region-midtjylland") { ${'parents { organisation { '.repeat(20)}id${' } }'.repeat(20)} } }`],
    () => ['alias bomb', `{ ${Array.from({ length: 200 }, (_, i) => `a${i}: organisations(first: 100) { totalCount }`).join(' ')} }`],
    () => [
      'cost bomb',
      `{ ${Array.from({ length: 12 }, (_, i) => `a${i}: people(first: 1000) { nodes { worksIn { organisation { people(first: 100) { nodes { id } } } } } }`).join(' ')} }`,
    ],
    () => ['token bomb', `{ ${'__typename '.repeat(20000)} }`],
    () => ['directive bomb', `{ about ${'@include(if: true) '.repeat(100)} { version } }`],
    () => ['fragment cycle', 'query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }'],
    () => [
      'fragment fan-out',
      `query { ...F0 } ${Array.from({ length: 12 }, (_, i) => `fragment F${i} on Query { organisations { nodes { id } } ${i < 11 ? `...F${i + 1} ...F${i + 1}` : ''} }`).join(' ')}`,
    ],
    () => ['nested lists', '{ search(text: "a", first: 100000) { id } }'],
    () => ['many operations', Array.from({ length: 500 }, (_, i) => `query Q${i} { about { version } }`).join(' ')],
    () => ['graph bomb', '{ graph(filter: { depth: 100000 }) { nodes { id } edges { id } } }'],
  ];
  const [kind, query] = rng.pick(kinds)();
  return gqlOp(kind!, kind!, who, false, headers, query!);
}

/** Raw HTTP that is not a well-formed GraphQL request: broken JSON, wrong types and methods. */
function malformedOp(rng: Rng, who: Who, headers: Record<string, string>): Op {
  const q = '{ about { version } }';
  const cases: Array<[string, RequestInit & { headers: Record<string, string> }, string?]> = [
    ['truncated JSON', { method: 'POST', headers: { ...JSON_HEADERS }, body: '{"query": "{ about { vers' }],
    ['not JSON', { method: 'POST', headers: { ...JSON_HEADERS }, body: 'MATCH (n) DETACH DELETE n' }],
    ['JSON array batch', { method: 'POST', headers: { ...JSON_HEADERS }, body: JSON.stringify([{ query: q }, { query: q }]) }],
    ['JSON null', { method: 'POST', headers: { ...JSON_HEADERS }, body: 'null' }],
    ['JSON number', { method: 'POST', headers: { ...JSON_HEADERS }, body: '42' }],
    ['JSON string', { method: 'POST', headers: { ...JSON_HEADERS }, body: JSON.stringify(q) }],
    ['query not a string', { method: 'POST', headers: { ...JSON_HEADERS }, body: JSON.stringify({ query: { a: 1 } }) }],
    ['variables a string', { method: 'POST', headers: { ...JSON_HEADERS }, body: JSON.stringify({ query: q, variables: '{"a":1}' }) }],
    ['variables an array', { method: 'POST', headers: { ...JSON_HEADERS }, body: JSON.stringify({ query: q, variables: [1] }) }],
    ['extensions junk', { method: 'POST', headers: { ...JSON_HEADERS }, body: JSON.stringify({ query: q, extensions: 'x' }) }],
    [
      'operationName unknown',
      { method: 'POST', headers: { ...JSON_HEADERS }, body: JSON.stringify({ query: q, operationName: `'); MATCH (n) DETACH DELETE n //` }) },
    ],
    ['empty body', { method: 'POST', headers: { ...JSON_HEADERS }, body: '' }],
    [
      'invalid UTF-8',
      { method: 'POST', headers: { ...JSON_HEADERS }, body: new Uint8Array([0x7b, 0x22, 0x71, 0xff, 0xfe, 0x22, 0x3a, 0x7d]) as unknown as BodyInit },
    ],
    ['duplicate keys', { method: 'POST', headers: { ...JSON_HEADERS }, body: '{"query":"mutation { signOut }","query":"{ about { version } }"}' }],
    [
      '__proto__ pollution',
      { method: 'POST', headers: { ...JSON_HEADERS }, body: '{"query":"{ about { version } }","variables":{"__proto__":{"admin":true}}}' },
    ],
    ['text/plain', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: q }) }],
    ['form urlencoded', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `query=${encodeURIComponent(q)}` }],
    [
      'multipart',
      {
        method: 'POST',
        headers: { 'content-type': 'multipart/form-data; boundary=x' },
        body: '--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{"query":"{ about { version } }"}\r\n--x--',
      },
    ],
    ['xml', { method: 'POST', headers: { 'content-type': 'application/xml' }, body: '<query>about</query>' }],
    ['no content type', { method: 'POST', headers: {}, body: JSON.stringify({ query: q }) }],
    ['charset latin1', { method: 'POST', headers: { 'content-type': 'application/json; charset=iso-8859-1' }, body: JSON.stringify({ query: q }) }],
    ['application/graphql', { method: 'POST', headers: { 'content-type': 'application/graphql' }, body: q }],
    ['accept xml only', { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/xml' }, body: JSON.stringify({ query: q }) }],
    ['PUT', { method: 'PUT', headers: { ...JSON_HEADERS }, body: JSON.stringify({ query: q }) }],
    ['DELETE', { method: 'DELETE', headers: { ...JSON_HEADERS } }],
    ['PATCH', { method: 'PATCH', headers: { ...JSON_HEADERS }, body: JSON.stringify({ query: q }) }],
    [
      'GET mutation',
      { method: 'GET', headers: { accept: 'application/json', 'x-graphql-yoga-csrf': '1' } },
      `?query=${encodeURIComponent('mutation { signOut }')}`,
    ],
    ['GET without CSRF header', { method: 'GET', headers: { accept: 'application/json' } }, `?query=${encodeURIComponent(q)}`],
    [
      'GET bad variables',
      { method: 'GET', headers: { accept: 'application/json', 'x-graphql-yoga-csrf': '1' } },
      `?query=${encodeURIComponent(q)}&variables=%7Bnot-json`,
    ],
    ['lying content-length', { method: 'POST', headers: { ...JSON_HEADERS, 'content-length': '5000000' }, body: JSON.stringify({ query: q }) }],
    [
      'bad bearer',
      {
        method: 'POST',
        headers: { ...JSON_HEADERS, authorization: `Bearer '); MATCH (n) DETACH DELETE n //` },
        body: JSON.stringify({ query: '{ me { id } }' }),
      },
    ],
    [
      'bad cookie',
      {
        method: 'POST',
        headers: { ...JSON_HEADERS, cookie: `haenderne_session=${'%ff'.repeat(50)}; x=\u00e6` },
        body: JSON.stringify({ query: '{ me { id } }' }),
      },
    ],
  ];
  const [kind, init, url] = rng.pick(cases);
  const withAuth = kind.startsWith('bad ') ? init.headers : { ...init.headers, ...headers };
  return {
    kind: `malformed: ${kind}`,
    label: kind,
    who,
    mutation: kind === 'GET mutation',
    init: { ...init, headers: withAuth },
    ...(url ? { url } : {}),
    inputs: [typeof init.body === 'string' ? init.body : ''],
  };
}

function pickWho(rng: Rng): Who {
  const r = rng.next();
  return r < 0.2 ? 'anonymous' : r < 0.35 ? 'viewer' : r < 0.65 ? 'editor' : r < 0.75 ? 'scopedEditor' : 'admin';
}

/** The operations of a run: first a sweep of injections through every string argument, then generated ones. */
export function* operations(opts: Pick<HostileOptions, 'schema' | 'headers' | 'ops' | 'seed'>): Generator<Op> {
  const rng = createRng(opts.seed);
  const fields = rootFields(opts.schema).filter((f) => f.name !== 'signOut');
  let n = 0;
  // Every string argument of every query and mutation gets injection and Unicode strings; a
  // short run sends one each, a long run the whole list.
  const perPath = opts.ops >= 5000 ? STRINGS.length : 1;
  for (const rf of fields) {
    for (const path of stringArgPaths(rf.field)) {
      for (let i = 0; i < perPath && n < opts.ops; i++, n++) {
        const who = rf.operation === 'mutation' ? rng.pick(['editor', 'admin', 'anonymous'] as const) : pickWho(rng);
        yield fieldOp(rf, rng, who, opts.headers[who], { path, value: perPath === 1 ? rng.pick(STRINGS) : STRINGS[i]! });
      }
    }
  }
  while (n++ < opts.ops) {
    const who = pickWho(rng);
    const r = rng.next();
    if (r < 0.7) {
      const op = fieldOp(rng.pick(fields), rng, who, opts.headers[who]);
      yield op;
      // The same request again, as a client retrying would send it: a mutation must run again.
      if (op.mutation && rng.chance(0.3) && n++ < opts.ops) yield { ...op, kind: 'replayed mutation' };
    } else if (r < 0.8) yield verbatimOp(rng, rng.chance(0.5) ? 'editor' : 'admin', opts.headers[rng.chance(0.5) ? 'editor' : 'admin']);
    else if (r < 0.88) yield bombOp(rng, who, opts.headers[who]);
    else yield malformedOp(rng, who, opts.headers[who]);
  }
}

/** Removes what the request itself carried, raw or escaped once or twice (GraphQL quotes values back inside messages). */
function stripInputs(text: string, inputs: string[]): string {
  let out = text;
  const escaped = (s: string) => JSON.stringify(s).slice(1, -1);
  for (const s of inputs.filter((x) => x.length > 2).sort((a, b) => b.length - a.length)) {
    for (const form of [escaped(escaped(s)), escaped(s), s]) out = out.split(form).join('');
  }
  return out;
}

const bump = (m: Record<string, number>, k: string) => (m[k] = (m[k] ?? 0) + 1);

/** Sends every operation in turn and checks each answer; returns the figures and every failure. */
export async function runHostile(opts: HostileOptions): Promise<HostileReport> {
  const started = performance.now();
  const report: HostileReport = {
    ops: 0,
    seconds: 0,
    byKind: {},
    statuses: {},
    codes: {},
    serverErrors: [],
    leaks: [],
    unexpected: [],
    graphChanges: [],
    uncoded: [],
    cachedMutations: [],
    acceptedWrites: 0,
    rejectedWrites: 0,
    verbatimChecked: 0,
    verbatimMismatches: [],
    hashChecks: 0,
  };
  let expected = await mapHash(opts.db, opts.queries);
  // Rejected writes of visitors and viewers are checked in batches (they may change nothing, so
  // the hash must still be the expected one); before a write that might succeed, the batch is closed.
  let unverified: string[] = [];
  const verify = async () => {
    const now = await mapHash(opts.db, opts.queries);
    report.hashChecks++;
    if (now !== expected) report.graphChanges.push(...(unverified.length ? unverified : ['(between checks)']));
    unverified = [];
    expected = now;
  };
  const mayWrite = (op: Op) => op.mutation && !['anonymous', 'viewer'].includes(op.who);
  for (const op of operations(opts)) {
    report.ops++;
    if (mayWrite(op) && unverified.length) await verify();
    bump(report.byKind, op.kind);
    const res = await opts.fetch(`http://test/graphql${op.url ?? ''}`, op.init);
    bump(report.statuses, String(res.status));
    const text = await res.text();
    const tag = `#${report.ops} ${op.kind} ${op.label} as ${op.who}`;
    if (res.status >= 500) report.serverErrors.push(`${tag}: ${res.status} ${text.slice(0, 200)}`);
    let body: { data?: Record<string, unknown> | null; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> } | null = null;
    try {
      body = JSON.parse(text);
    } catch {
      if (text.length) report.leaks.push(`${tag}: a body that is not JSON: ${text.slice(0, 120)}`);
    }
    for (const e of body?.errors ?? []) {
      const code = String(e.extensions?.code ?? '(none)');
      bump(report.codes, code);
      if (code === '(none)' && e.message !== 'Required CSRF header(s) not present') report.uncoded.push(`${tag}: ${e.message.slice(0, 200)}`);
      if (e.message === 'Unexpected error.' || code === 'INTERNAL_SERVER_ERROR') report.unexpected.push(`${tag}`);
      const visible = stripInputs(JSON.stringify({ message: e.message, extensions: e.extensions }), op.inputs);
      for (const [what, pattern] of LEAK_PATTERNS) {
        const m = pattern.exec(visible);
        if (m) report.leaks.push(`${tag}: ${what} "${m[0]}" in ${visible.slice(0, 300)}`);
      }
    }
    if (op.mutation) {
      const extensions = (body as { extensions?: { responseCache?: unknown } } | null)?.extensions;
      if (extensions?.responseCache !== undefined) report.cachedMutations.push(`${tag}: ${JSON.stringify(extensions.responseCache)}`);
      const succeeded = !body?.errors?.length && body?.data && Object.values(body.data).every((v) => v !== null);
      if (succeeded) {
        report.acceptedWrites++;
        if (!mayWrite(op)) report.graphChanges.push(`${tag}: a visitor's or viewer's write succeeded`);
        expected = await mapHash(opts.db, opts.queries);
        report.hashChecks++;
        if (op.sent && op.field) await checkVerbatim(opts, op, body!.data![op.field] as { id: string; properties: Record<string, unknown> }, report);
      } else {
        report.rejectedWrites++;
        unverified.push(`${tag}: ${JSON.stringify(body?.errors?.[0] ?? null).slice(0, 200)}`);
        if (mayWrite(op) || unverified.length >= 25) await verify();
      }
    }
    opts.onProgress?.(report.ops, opts.ops);
  }
  await verify();
  report.seconds = (performance.now() - started) / 1000;
  return report;
}

/** What was sent as a valid value must be what is stored and what a read returns, to the code unit. */
async function checkVerbatim(opts: HostileOptions, op: Op, edit: { id: string; properties: Record<string, unknown> }, report: HostileReport) {
  const label = op.field!.replace(/^(create|update)/, '');
  const stored = (await opts.db.run<{ props: Record<string, unknown> }>(opts.queries.nodeState, { id: edit.id }))[0]?.props ?? {};
  const byId = label.charAt(0).toLowerCase() + label.slice(1);
  // Read back through the by-id query where the schema has one (steps, for one, are read through their pathway).
  const hasById = Boolean(opts.schema.getQueryType()?.getFields()[byId]);
  const readFields = hasById
    ? Object.entries(op.sent!)
        .filter(([k, v]) => typeof v === 'string' && /^(name|title|description)$/.test(k))
        .map(([k]) => k)
    : [];
  const read = readFields.length
    ? ((
        (await (
          await opts.fetch('http://test/graphql', {
            method: 'POST',
            headers: { ...JSON_HEADERS, ...opts.headers.admin },
            body: JSON.stringify({ query: `query($id: ID!) { ${byId}(id: $id) { ${readFields.join(' ')} } }`, variables: { id: edit.id } }),
          })
        ).json()) as { data?: Record<string, Record<string, unknown> | null> }
      ).data?.[byId] ?? {})
    : {};
  for (const [key, sent] of Object.entries(op.sent!)) {
    if (typeof sent !== 'string') continue;
    report.verbatimChecked++;
    // The domain rules drop invisible formatting characters, trim text and store it composed
    // (NFC); nothing else may change.
    const want = sent.replace(INVISIBLE, '').trim().normalize('NFC');
    for (const [where, got] of [
      ['answer', edit.properties[key]],
      ['store', stored[key]],
      ...(readFields.includes(key) ? [['read', read?.[key]]] : []),
    ] as const) {
      if (got !== want)
        report.verbatimMismatches.push(
          `${op.field} ${edit.id} ${key} (${where}): sent ${JSON.stringify(sent).slice(0, 80)}, got ${String(JSON.stringify(got)).slice(0, 80)}`,
        );
    }
  }
}
