import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createApp, type App } from '../../api/src/app.js';
import { createHttpServer } from '../../api/src/server.js';
import { DEFAULT_DATASET } from '../../api/src/bootstrap.js';
import type { GraphDb } from '../../api/src/db/graph-db.js';
import type { QueryCatalog } from '../../api/src/queries.js';
import { createUser } from '../../api/src/modules/auth/auth-store.js';
import { loadSeedDir } from '../../api/src/dataset/load-dataset.js';
import { CHROMIUM_PATH, screenshot } from '../support/browser.js';
import { seriousViolations } from '../support/axe.js';
import { openTestDb, type GqlResult } from '../support/test-app.js';

/** An administrator reads the access log of personal data in the editing screens and takes it out as CSV. */
const ADMIN = { email: 'admin@rm.dk', name: 'Anne Admin', password: 'en-lang-adgangskode-a' };
const VIEWER = { email: 'laeser@rm.dk', name: 'Lars Læser', password: 'en-lang-adgangskode-l' };

let db: GraphDb;
let queries: QueryCatalog;
let app: App;
let server: Server;
let baseUrl: string;
let browser: Browser;
let page: Page;

async function gql<T>(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const res = await app.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as GqlResult<T>;
}

beforeAll(async () => {
  ({ db, queries } = await openTestDb());
  await loadSeedDir(db, queries, DEFAULT_DATASET);
  await createUser(db, queries, { ...ADMIN, role: 'ADMIN' });
  await createUser(db, queries, { ...VIEWER, role: 'VIEWER' });
  app = createApp({ db, queries }, { accessLog: true });
  server = createHttpServer(app, inject('webDistDir'));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
  page = await (await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'da-DK', acceptDownloads: true })).newPage();
});
afterAll(async () => {
  await browser?.close();
  server?.closeAllConnections();
  await new Promise((r) => server?.close(r));
  await db?.close();
});

describe('the access log in the editing screens', () => {
  test('an administrator sees who read whose contact details, filters by person and downloads the log as CSV', async () => {
    const signIn = await gql<{ signIn: { token: string; user: { id: string } } }>(
      'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token user { id } } }',
      { e: VIEWER.email, p: VIEWER.password },
    );
    const viewer = { authorization: `Bearer ${signIn.data!.signIn.token}` };
    const read = await gql<{ findContact: { contacts: Array<{ person: { id: string } }> } }>(
      'query Contact { findContact(organisationId: "org:ppr-horsens", pathwayId: "pathway:adhd", step: 2) { contacts { person { id name } } } }',
      {},
      viewer,
    );
    const personId = read.data!.findContact.contacts[0]!.person.id;

    await page.goto(`${baseUrl}/rediger`);
    const form = page.getByTestId('sign-in-form');
    await form.getByLabel('E-mail').fill(ADMIN.email);
    await form.getByLabel('Adgangskode').fill(ADMIN.password);
    await form.getByRole('button', { name: 'Log ind' }).click();
    await form.waitFor({ state: 'detached' });
    await page.getByRole('link', { name: 'Adgangslog' }).click();
    const table = page.getByTestId('access-log-table');
    await table.waitFor();
    const row = table.locator(`tr[data-kind="READ"][data-actor="${signIn.data!.signIn.user.id}"]`);
    await expect(row.count()).resolves.toBe(1);
    await expect(row.textContent()).resolves.toContain(VIEWER.email);
    await expect(row.textContent()).resolves.toContain('Contact (name)');
    await expect(row.locator('td').last().getAttribute('title')).resolves.toContain(personId);
    await screenshot(page, 'access-log');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel('Kun opslag, der viste personen (id)').fill('person:nobody');
    await page.getByRole('button', { name: 'Vis' }).click();
    await page.getByTestId('access-log-empty').waitFor();
    await page.getByLabel('Kun opslag, der viste personen (id)').fill(personId);
    await page.getByRole('button', { name: 'Vis' }).click();
    await table.locator('tr[data-kind="READ"]').first().waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('access-log-csv').click()]);
    const csv = fs.readFileSync((await download.path())!, 'utf8');
    expect(csv.replace(/^\uFEFF/, '').split('\n')[0]).toBe('at,kind,actorId,actorEmail,what,fields,personIds');
    expect(csv).toContain(VIEWER.email);
    // The download is itself an export in the log (without a person filter it shows).
    await page.getByLabel('Kun opslag, der viste personen (id)').fill('');
    await page.getByRole('button', { name: 'Vis' }).click();
    await table.locator('tr[data-kind="EXPORT"]').filter({ hasText: 'csv:access-log' }).waitFor();
  });
});
