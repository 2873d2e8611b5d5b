import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../api/src/paths.js';
import { codedDbError } from '../../api/src/errors.js';
import { DbError } from '../../api/src/db/db-error.js';
import { hasDanish, issueInDanish } from '../../api/src/error-danish.js';
import { validateNode, validateRelationship } from '../../api/src/domain/records.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { signedIn } from '../support/sign-in.js';

/**
 * The language policy of API errors (docs/DESIGN.md, "Errors in two languages"): every error
 * has a stable English `message` and its Danish in `extensions.da`; every field issue has
 * `field`, an English `message` and a Danish `da`. One bad request per code, each answer held
 * to that shape.
 */

interface WireError {
  message: string;
  extensions?: { code?: string; da?: unknown; issues?: unknown };
}

let t: TestApp;
let editor: Record<string, string>;
let viewer: Record<string, string>;

beforeAll(async () => {
  t = await createTestApp({ dataset: path.join(repoRoot, 'tests', 'fixtures', 'editing') });
  editor = await signedIn(t, 'EDITOR');
  viewer = await signedIn(t, 'VIEWER');
});
afterAll(() => t.close());

const post = async (body: string, headers: Record<string, string> = {}): Promise<WireError[]> => {
  const res = await t.app.fetch('http://test/graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const parsed = (await res.json()) as { errors?: WireError[] };
  return parsed.errors ?? [];
};
const ask = (query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  post(JSON.stringify({ query, variables }), headers);

const DANISH_LETTERS = /[æøåÆØÅ]/;

/** The shape every error must have, whatever its code. */
function expectPolicy(error: WireError | undefined, code: string): void {
  expect(error, code).toBeDefined();
  const { message, extensions } = error!;
  expect(extensions?.code).toBe(code);
  // English for developers: one language, no "Dansk / English" pairs.
  expect(message, code).not.toMatch(DANISH_LETTERS);
  expect(message, code).not.toMatch(/ \/ /);
  // Danish for people, and not the English again.
  expect(typeof extensions?.da, code).toBe('string');
  expect((extensions!.da as string).length, code).toBeGreaterThan(0);
  expect(extensions!.da, code).not.toBe(message);
  for (const issue of (extensions?.issues as unknown[] | undefined) ?? []) {
    expect(issue, code).toEqual({ field: expect.any(String), message: expect.any(String), da: expect.any(String) });
    const { message: en, da } = issue as { message: string; da: string };
    expect(en, code).not.toMatch(DANISH_LETTERS);
    expect(da, `${code}: "${en}" has no Danish`).not.toMatch(/^ugyldig værdi \(/);
  }
}

describe('every code in both languages', () => {
  const cases: Array<[code: string, send: () => Promise<WireError[]>]> = [
    [
      'BAD_USER_INPUT',
      () =>
        ask(
          `mutation($p: CreateOrganisationInput!) { createOrganisation(properties: $p) { id } }`,
          { p: { name: 'Praksis', kind: 'GP_PRACTICE', sector: 'REGION', email: 'nope', validFrom: '2024-05-01', validTo: '2023-01-01' } },
          editor,
        ),
    ],
    [
      'BAD_USER_INPUT',
      () => ask(`mutation($p: CreateOrganisationInput!) { createOrganisation(properties: $p) { id } }`, { p: { name: 'X', kind: 'CASTLE' } }, editor),
    ],
    [
      'BAD_USER_INPUT',
      () =>
        ask(
          `mutation($p: UpdateChannelInput!) { updateChannel(id: "channel:medcom-norddjurs", version: 1, properties: $p) { id } }`,
          { p: { colour: 'red' } },
          editor,
        ),
    ],
    ['BAD_USER_INPUT', () => ask(`{ history(entityId: "channel:medcom-norddjurs", first: 0) { id } }`, {}, viewer)],
    ['BAD_USER_INPUT', () => ask(`mutation { linkMember(personId: "org:norddjurs", groupId: "group:ig-randers") { id } }`, {}, editor)],
    ['BAD_USER_INPUT', () => ask(`{ search(text: "x") { id } }`)],
    ['NOT_FOUND', () => ask(`mutation { updateChannel(id: "channel:findes-ikke", version: 1, properties: {}) { id } }`, {}, editor)],
    ['NOT_FOUND', () => ask(`{ organisation(id: "org:findes-ikke") { id } }`)],
    ['CONFLICT', () => ask(`mutation { updateChannel(id: "channel:medcom-norddjurs", version: 99, properties: {rules: "x"}) { id } }`, {}, editor)],
    ['UNAUTHENTICATED', () => ask(`{ history(entityId: "channel:medcom-norddjurs") { id } }`)],
    ['UNAUTHENTICATED', () => ask(`mutation { signIn(email: "ingen@example.dk", password: "forkert-adgangskode") { token } }`)],
    ['FORBIDDEN', () => ask(`mutation { createPerson(properties: {name: "Ny", fictitious: true}) { id } }`, {}, viewer)],
    ['GRAPHQL_VALIDATION_FAILED', () => ask(`{ noSuchField }`)],
    ['GRAPHQL_PARSE_FAILED', () => ask(`{ about`)],
    ['BAD_REQUEST', () => post('{"query": "{ about')],
    ['PAYLOAD_TOO_LARGE', () => ask(`{ about { version } }`, { pad: 'x'.repeat(1_100_000) })],
  ];
  for (const [code, send] of cases) {
    it(`${code}: ${send.toString().slice(12, 90)}`, async () => {
      const errors = await send();
      expect(errors.length).toBeGreaterThan(0);
      for (const e of errors) expectPolicy(e, code);
    });
  }

  it('BAD_USER_INPUT names each bad field in both languages', async () => {
    const [e] = await cases[0]![1]();
    expect(e!.extensions!.issues).toEqual(
      expect.arrayContaining([
        { field: 'properties.email', message: 'must be an e-mail address', da: 'skal være en e-mailadresse, fx navn@kommune.dk' },
        { field: 'properties.validTo', message: 'must not be before validFrom', da: 'må ikke ligge før gyldig fra' },
      ]),
    );
    expect(e!.message).toMatch(/^Invalid fields: /);
    expect(e!.extensions!.da).toMatch(/^Ugyldige felter: /);
  });

  it('CONFLICT, a refused uniqueness and SERVICE_UNAVAILABLE from the engine carry both languages', () => {
    for (const [kind, code] of [
      ['CONFLICT', 'CONFLICT'],
      ['CONSTRAINT', 'CONFLICT'],
      ['UNAVAILABLE', 'SERVICE_UNAVAILABLE'],
    ] as const) {
      const error = codedDbError(new DbError(kind, 'engine words'))!;
      expectPolicy({ message: error.message, extensions: error.extensions as WireError['extensions'] }, code);
    }
  });
});

describe('the Danish of the domain rules', () => {
  it('every issue the domain rules give has Danish words of its own', () => {
    const bad: Array<ReturnType<typeof validateNode> | ReturnType<typeof validateRelationship>> = [
      validateNode('Organisation', {
        id: 'org:x',
        name: ' ',
        kind: 'MUNICIPALITY',
        sector: 'REGION',
        website: 'ftp://x',
        phone: '12',
        email: 'x',
        locationNumber: '123',
        validFrom: '2024-13-01',
        source: 'x'.repeat(201),
        sourceDate: '1900-01-01',
      }),
      validateNode('Organisation', {
        id: 'x',
        name: 'Aarhus Kommune',
        kind: 'MUNICIPALITY',
        sector: 'MUNICIPALITY',
        municipalityCode: '101',
        shortName: 'a\u0001',
        colour: 'red',
      }),
      validateNode('Organisation', {
        id: 'org:y',
        name: 'Lægehuset',
        kind: 'GP_PRACTICE',
        sector: 'GENERAL_PRACTICE',
        municipalityCode: '999',
        inferred: true,
      }),
      validateNode('Organisation', {
        id: 'org:z',
        name: 'Enhed',
        kind: 'MUNICIPAL_UNIT',
        sector: 'MUNICIPALITY',
        validFrom: '2024-01-01',
        validTo: '2023-01-01',
        sourceDate: '2024-01-01',
      }),
      validateNode('Channel', { id: 'channel:x', name: 'MedCom', kind: 'MEDCOM_CORRESPONDENCE', status: 'ESTABLISHED' }),
      validateNode('Channel', { id: 'channel:y', name: 'Tlf', kind: 'PHONE_LINE', status: 'PLANNED', address: 'x', confirmedAt: 'i går' }),
      validateNode('Channel', { id: 'channel:z', name: 'Mail', kind: 'SECURE_EMAIL', status: 'PLANNED', address: 'x' }),
      validateNode('Channel', { id: 'channel:w', name: 'Web', kind: 'WEBSITE', status: 'PLANNED', address: 'x' }),
      validateNode('Channel', { id: 'channel:v', name: 'MedCom', kind: 'MEDCOM_CORRESPONDENCE', status: 'PLANNED', address: '123' }),
      validateNode('Group', { id: 'group:x', name: 'G', kind: 'NOPE', requiredPerspectives: ['PPR', 'PPR'] }),
      validateNode('Person', { id: 'person:x', fictitious: false, name: 'Lone \uD800' }),
      validateNode('Element', { id: 'element:x', name: 'E', number: 1.5 }),
      validateNode('Step', { id: 'step:x', name: 'S', number: 9 }),
      validateRelationship('STATUS', {
        id: 'rel:x',
        from: 'org:a',
        to: 'element:b',
        level: 'GREEN',
        asOf: '2024-05-02',
        source: 'Matrix',
        sourceDate: '2024-05-01',
      }),
      validateRelationship('CONTACT_FOR', { id: 'rel:y', from: 'person:a', to: 'org:b', steps: [0], topics: Array.from({ length: 31 }, (_, i) => `t${i}`) }),
    ];
    const messages = new Set(bad.flatMap((r) => (r.ok ? [] : r.issues.map((i) => i.message))));
    expect(messages.size).toBeGreaterThan(25);
    expect([...messages].filter((m) => !hasDanish(m))).toEqual([]);
  });

  it('a message it does not know keeps the English inside a Danish frame', () => {
    expect(issueInDanish('something new')).toBe('ugyldig værdi (something new)');
  });
});
