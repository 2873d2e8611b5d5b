import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: false });
});
afterAll(() => t.close());

/**
 * The GraphQL-over-HTTP audit of graphql-http against the real app (through yoga.fetch).
 * Every MUST and SHOULD has to pass. Three MAYs do not, on purpose: they are GET requests
 * without a content type or CSRF header, which the CSRF prevention refuses (403) because a
 * plain link or form could forge them.
 */
const audits = serverAudits({ url: 'http://test/graphql', fetchFn: (input: string, init: RequestInit) => t.app.fetch(input, init) });
const CSRF_REFUSED_MAYS = [
  'MAY accept application/x-www-form-urlencoded formatted GET requests',
  'MAY allow URL-encoded JSON string {variables} parameter in GETs when accepting application/graphql-response+json',
  'MAY allow URL-encoded JSON string {variables} parameter in GETs when accepting application/json',
];

describe('GraphQL over HTTP (graphql-http server audit)', () => {
  for (const audit of audits) {
    const required = !audit.name.startsWith('MAY');
    it(`${audit.name}${required ? '' : CSRF_REFUSED_MAYS.includes(audit.name) ? ' — refused by CSRF prevention' : ''}`, async () => {
      const result = await audit.fn();
      if (required) expect(result.status, result.status === 'ok' ? '' : result.reason).toBe('ok');
      else if (!CSRF_REFUSED_MAYS.includes(audit.name)) expect(result.status, result.status === 'ok' ? '' : result.reason).toBe('ok');
    });
  }
});
