import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../api/src/app.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { signedIn } from '../support/sign-in.js';
import { gqlBody, loopbackServer, type HttpAnswer, type LoopbackServer } from '../support/http-client.js';

/**
 * The budget of work per client (query-budget.ts), over real sockets from several loopback
 * addresses: one client that keeps asking for computed reports is refused with 429 and
 * QUERY_BUDGET_SPENT, while another address, another account and answers from the response cache
 * go on; a junk session token is counted by its address.
 */
let t: TestApp;
let server: LoopbackServer;
const BUDGET = 300;
/** Cost 50 (query-cost.ts): six of these are a budget of 300. */
const REPORT = '{ gaps(scope: { kind: CLUSTER, id: "org:cluster-randers" }) { total } }';
const FRESH = { 'cache-control': 'no-cache' };

beforeAll(async () => {
  t = await createTestApp();
  const app = createApp(
    { db: t.db, queries: t.queries },
    { queryBudget: { costPerMinute: BUDGET }, responseCache: { maxBytes: 1024 * 1024, ttlSeconds: 300, metadata: true } },
  );
  server = await loopbackServer(app);
});
afterAll(async () => {
  await server.close();
  await t.close();
});

function spent(answer: HttpAnswer) {
  expect(answer.status).toBe(429);
  const error = gqlBody(answer).errors?.[0];
  expect(error?.extensions?.code).toBe('QUERY_BUDGET_SPENT');
  expect(error?.extensions?.costPerMinute).toBe(BUDGET);
  const retry = Number(answer.headers['retry-after']);
  expect(retry).toBeGreaterThanOrEqual(1);
  expect(retry).toBeLessThanOrEqual(60);
  expect(error?.extensions?.retryAfterSeconds).toBe(retry);
  expect(String(error?.extensions?.da)).toMatch(/^Du har bedt om meget på kort tid.*\(om \d+ s\)$/);
  expect(gqlBody(answer).data ?? null).toBeNull();
}

function answered(answer: HttpAnswer) {
  expect(answer.status, answer.text).toBe(200);
  expect(gqlBody(answer).errors, answer.text).toBeUndefined();
  expect(gqlBody<{ gaps: { total: number } }>(answer).data!.gaps.total).toBeGreaterThan(0);
}

describe('the budget of work per client', () => {
  it('refuses a client that keeps asking for computed reports, and only that client', async () => {
    for (let i = 0; i < BUDGET / 50; i++) answered(await server.gql('127.0.0.2', REPORT, {}, FRESH));
    spent(await server.gql('127.0.0.2', REPORT, {}, FRESH));
    // A forged X-Forwarded-For does not make another client (no TRUST_PROXY).
    spent(await server.gql('127.0.0.2', REPORT, {}, { ...FRESH, 'x-forwarded-for': '198.51.100.7' }));
    // Another address has its own budget; a question that costs nothing is still answered.
    answered(await server.gql('127.0.0.3', REPORT, {}, FRESH));
    const free = await server.gql('127.0.0.2', '{ __typename }');
    expect(free.status).toBe(200);
  });

  it('spends nothing on answers from the response cache', async () => {
    const once = await server.gql('127.0.0.4', REPORT);
    answered(once);
    for (let i = 0; i < 2 * (BUDGET / 50); i++) {
      const again = await server.gql('127.0.0.4', REPORT);
      answered(again);
      expect(gqlBody(again).extensions?.responseCache).toMatchObject({ hit: true });
    }
    // The budget is whole: a computed report is still answered.
    answered(await server.gql('127.0.0.4', REPORT, {}, FRESH));
  });

  it('counts a signed-in user by account, apart from the address and from other accounts', async () => {
    const alice = await signedIn(t, 'VIEWER');
    const bob = await signedIn(t, 'VIEWER');
    for (let i = 0; i < BUDGET / 50; i++) answered(await server.gql('127.0.0.5', REPORT, {}, alice));
    spent(await server.gql('127.0.0.5', REPORT, {}, alice));
    // The same account from another address: the same budget.
    spent(await server.gql('127.0.0.6', REPORT, {}, alice));
    answered(await server.gql('127.0.0.5', REPORT, {}, bob));
    answered(await server.gql('127.0.0.5', REPORT, {}, FRESH));
  });

  it('counts a token that names no session by its address: a junk token is no way around the budget', async () => {
    const junk = { authorization: 'Bearer not-a-session' };
    for (let i = 0; i < BUDGET / 50; i++) answered(await server.gql('127.0.0.7', REPORT, {}, junk));
    spent(await server.gql('127.0.0.7', REPORT, {}, { cookie: 'haenderne_session=another-junk' }));
    spent(await server.gql('127.0.0.7', REPORT, {}, FRESH));
    // Without a token the question is answered from the cache, which spends nothing.
    answered(await server.gql('127.0.0.7', REPORT));
  });
});
