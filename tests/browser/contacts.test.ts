import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Core } from 'cytoscape';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createHttpServer } from '../../api/src/server.js';
import { createUser } from '../../api/src/modules/auth/auth-store.js';
import { CHROMIUM_PATH, screenshot } from '../support/browser.js';
import { seriousViolations } from '../support/axe.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

// What page.evaluate callbacks see in the browser (this project's tsconfig has no DOM types).
declare const window: { __haenderne?: { cy: Core }; location: { pathname: string; search: string }; localStorage: { getItem(k: string): string | null } };
declare function fetch(url: string, init: object): Promise<{ json(): Promise<unknown> }>;

/**
 * "New staff finds their fixed contact": from the start page, two clicks to an answer; the
 * expected cards come from the API on the same seeded store, and the names from the seed files.
 */

const VIEWER = { email: 'ny-medarbejder@example.dk', name: 'Nina Ny', password: 'en-lang-adgangskode-3' };
// A municipal unit the seed names fixed contacts for (Horsens has a BUA fixed contact), and one
// it does not (Randers: the planted gap, 001 asks BUA for one).
const NAMED_UNIT = 'org:ppr-horsens';
const UNNAMED_UNIT = 'org:ppr-randers';
const PATHWAY = 'pathway:adhd';
const STEP = 2;

let t: TestApp;
let server: Server;
let baseUrl: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const pageErrors: string[] = [];

interface Answer {
  fallbackUsed: boolean;
  explanation: string;
  contacts: Array<{ rank: number; role: string | null; person: { id: string; name: string | null; title: string | null } }>;
  routes: Array<{ rank: number; organisation: { id: string; name: string } }>;
}

async function findContact(organisationId: string, pathwayId: string | null, step: number | null): Promise<Answer> {
  const r = await t.gql<{ findContact: Answer }>(
    `query($o: ID!, $p: ID, $s: Int) { findContact(organisationId: $o, pathwayId: $p, step: $s, first: 10) {
      fallbackUsed explanation
      contacts { rank role person { id name title } }
      routes { rank organisation { id name } } } }`,
    { o: organisationId, p: pathwayId, s: step },
  );
  return r.data!.findContact;
}

/** A person's name as the seed file has it, to prove it stays hidden from anonymous visitors. */
function seedName(personId: string): string {
  const file = JSON.parse(fs.readFileSync('seed/data/central-denmark/05-people.json', 'utf8')) as { nodes: Array<{ id: string; name?: string }> };
  const name = file.nodes.find((n) => n.id === personId)?.name;
  if (!name) throw new Error(`${personId} is not in the seed`);
  return name;
}

async function orgName(id: string): Promise<string> {
  const r = await t.gql<{ organisation: { name: string } }>('query($id: ID!) { organisation(id: $id) { name } }', { id });
  return r.data!.organisation.name;
}

/** Types into the workplace combobox and chooses the option with this id with the keyboard. */
async function chooseWorkplace(p: Page, text: string, id: string): Promise<void> {
  const input = p.getByTestId('workplace-input');
  await input.fill(text);
  const list = p.getByTestId('workplace-list');
  await list.waitFor();
  const ids = await list.locator('[role="option"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
  const index = ids.indexOf(id);
  expect(index, `${id} among ${ids.join(', ')}`).toBeGreaterThanOrEqual(0);
  for (let i = 0; i < index; i++) await input.press('ArrowDown');
  await input.press('Enter');
  await p.getByTestId('workplace-chosen').and(p.locator(`[data-id="${id}"]`)).waitFor();
}

/** The whole screen at once: the screens scroll inside <main>, so grow the window to its height. */
async function tallScreenshot(p: Page, name: string): Promise<void> {
  const height = await p.evaluate(() => (globalThis as unknown as { document: { querySelector(s: string): { scrollHeight: number } } }).document.querySelector('main')!.scrollHeight);
  await p.setViewportSize({ width: 1280, height: Math.min(height + 60, 6000) });
  await screenshot(p, name);
  await p.setViewportSize({ width: 1280, height: 720 });
}


const answerReady = (p: Page) => p.getByTestId('contact-answer').waitFor({ timeout: 15_000 });

beforeAll(async () => {
  t = await createTestApp();
  await createUser(t.db, t.queries, { ...VIEWER, role: 'VIEWER' });
  server = createHttpServer(t.app, inject('webDistDir'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'da-DK' });
  page = await context.newPage();
  page.on('pageerror', (err) => pageErrors.push(err.message));
  page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(m.text());
  });
});

afterAll(async () => {
  await browser?.close();
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  await t?.close();
});

describe('the contact finder', () => {
  test('new staff finds their fixed contact: nav → workplace → ranked cards → "Vis på kortet" selects the person on the map', async () => {
    const expected = await findContact(NAMED_UNIT, PATHWAY, STEP);
    expect(expected.fallbackUsed).toBe(false);
    const best = expected.contacts[0]!;
    const hiddenName = seedName(best.person.id);

    await page.goto(baseUrl);
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Find kontakt' }).click();
    await page.getByTestId('contacts-screen').waitFor();
    await page.getByTestId('answer-start').waitFor();
    await screenshot(page, 'contacts-start');

    // The picker is searchable without accents and in any word order.
    await page.getByTestId('workplace-input').fill('horsens ppr');
    await page.getByTestId('workplace-list').waitFor();
    await screenshot(page, 'contacts-picker-open');
    expect(await seriousViolations(page)).toEqual([]);
    await chooseWorkplace(page, 'horsens ppr', NAMED_UNIT);
    // One choice is enough for an answer (any pathway, any step) — the second click.
    await answerReady(page);
    expect(new URL(page.url()).searchParams.get('fra')).toBe(NAMED_UNIT);

    await page.getByTestId('pathway-chips').getByText('ADHD', { exact: true }).click();
    await page.getByTestId('step-chips').getByText(`Trin ${STEP}:`, { exact: false }).click();
    await page.waitForFunction((s) => new URLSearchParams(window.location.search).get('trin') === s, String(STEP));
    await answerReady(page);
    await page.getByTestId('contact-card').first().waitFor();

    const cards = page.getByTestId('contact-card');
    expect(await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-person')))).toEqual(expected.contacts.map((c) => c.person.id));
    const first = cards.first();
    // Anonymous: the role, never the name.
    const role = best.role!;
    await expect(first.locator('h4').textContent()).resolves.toBe(role.charAt(0).toUpperCase() + role.slice(1));
    expect(await page.getByTestId('contact-answer').textContent()).not.toContain(hiddenName);
    // The API's reasons are there, and the channel with its times.
    await first.locator('summary').click();
    expect(await first.locator('details li').count()).toBeGreaterThan(0);
    expect(await first.getByTestId('channel').count()).toBeGreaterThan(0);
    // The other ways in follow the people.
    expect(await page.getByTestId('other-routes').getByTestId('route-card').count()).toBe(expected.routes.length);
    await screenshot(page, 'contacts-answer-named');
    await tallScreenshot(page, 'contacts-answer-named-full');
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 768, height: 1024 });
    await screenshot(page, 'contacts-answer-tablet');
    await page.setViewportSize({ width: 1280, height: 720 });

    // The choice is remembered for the next visit.
    expect(await page.evaluate(() => window.localStorage.getItem('haenderne.contacts.workplace'))).toBe(NAMED_UNIT);

    await first.getByTestId('show-on-map').click();
    await page.locator('[data-testid="graph-map"][data-state="ready"]').waitFor({ timeout: 30_000 });
    await page.waitForFunction(() => window.__haenderne !== undefined && !window.__haenderne.cy.animated(), undefined, { timeout: 10_000 });
    expect(new URLSearchParams(await page.evaluate(() => window.location.search)).get('valgt')).toBe(best.person.id);
    expect(await page.evaluate(() => window.__haenderne!.cy.nodes('.selected').map((n) => n.id()))).toEqual([best.person.id]);
    await screenshot(page, 'contacts-show-on-map');
  });

  test('a returning visitor lands on the answer for their last workplace', async () => {
    await page.goto(`${baseUrl}/kontakt`);
    await answerReady(page);
    expect(new URL(page.url()).searchParams.get('fra')).toBe(NAMED_UNIT);
    await expect(page.getByTestId('workplace-chosen').getAttribute('data-id')).resolves.toBe(NAMED_UNIT);
  });

  test('where nobody is named: the organisational fallback and the API\'s reason', async () => {
    const expected = await findContact(UNNAMED_UNIT, PATHWAY, STEP);
    expect(expected.fallbackUsed).toBe(true);
    await page.goto(`${baseUrl}/kontakt?forloeb=${encodeURIComponent(PATHWAY)}&trin=${STEP}`);
    await answerReady(page);
    await chooseWorkplace(page, 'PPR Randers', UNNAMED_UNIT);
    await page.getByTestId('contact-answer').and(page.locator('[data-fallback="true"]')).waitFor();
    await expect(page.getByTestId('answer-explanation').textContent()).resolves.toBe(expected.explanation);
    expect(await page.getByTestId('contact-card').count()).toBe(0);
    const routes = page.getByTestId('fallback-routes').getByTestId('route-card');
    expect(await routes.evaluateAll((els) => els.map((e) => e.getAttribute('data-organisation')))).toEqual(expected.routes.map((r) => r.organisation.id));
    await expect(routes.first().locator('h4').textContent()).resolves.toBe(await orgName(expected.routes[0]!.organisation.id));
    await screenshot(page, 'contacts-answer-fallback');
    await tallScreenshot(page, 'contacts-answer-fallback-full');
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('a signed-in viewer sees the fixed contact by name', async () => {
    const signIn = await page.evaluate(
      async (u) => {
        const res = await fetch('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }', variables: { e: u.email, p: u.password } }),
        });
        return res.json();
      },
      { email: VIEWER.email, password: VIEWER.password },
    );
    expect(JSON.stringify(signIn)).toContain('token');
    const expected = await findContact(NAMED_UNIT, PATHWAY, STEP);
    const personId = expected.contacts[0]!.person.id;
    await page.goto(`${baseUrl}/kontakt?fra=${encodeURIComponent(NAMED_UNIT)}&forloeb=${encodeURIComponent(PATHWAY)}&trin=${STEP}`);
    await answerReady(page);
    const first = page.getByTestId('contact-card').first();
    await expect(first.getAttribute('data-person')).resolves.toBe(personId);
    await expect(first.locator('h4').textContent()).resolves.toBe(seedName(personId));
    await screenshot(page, 'contacts-answer-signed-in');
    await context.clearCookies();
  });

  test('a topic chip from the contacts\' assignments re-ranks the answer as the API does', async () => {
    await page.goto(`${baseUrl}/kontakt?fra=${encodeURIComponent(NAMED_UNIT)}`);
    await answerReady(page);
    const chips = page.getByTestId('topic-chips');
    await chips.waitFor();
    const offered = await chips.locator('button').allTextContents();
    // The topics are those of the assignments on the cards (the kommunal praksiskonsulent's among them).
    const topic = offered.find((x) => x === 'lokationsnumre') ?? offered[0]!;
    const r = await t.gql<{ findContact: { contacts: Array<{ person: { id: string } }> } }>(
      'query($o: ID!, $t: String) { findContact(organisationId: $o, topic: $t) { contacts { person { id } } } }',
      { o: NAMED_UNIT, t: topic },
    );
    await chips.getByRole('button', { name: topic }).click();
    await page.waitForFunction((x) => new URLSearchParams(window.location.search).get('emne') === x, topic);
    await expect(chips.getByRole('button', { name: topic }).getAttribute('aria-pressed')).resolves.toBe('true');
    await page.getByTestId('contact-card').first().and(page.locator(`[data-person="${r.data!.findContact.contacts[0]!.person.id}"]`)).waitFor();
    expect(await page.getByTestId('contact-card').evaluateAll((els) => els.map((e) => e.getAttribute('data-person')))).toEqual(r.data!.findContact.contacts.map((c) => c.person.id));
    await screenshot(page, 'contacts-topic');
  });

  test('errors are told in words; the picker and chips work from the keyboard alone', async () => {
    await page.goto(`${baseUrl}/kontakt?fra=org:findes-ikke`);
    await page.getByRole('alert').first().waitFor();
    expect(await page.getByRole('alert').first().textContent()).toContain('findes ikke');
    await screenshot(page, 'contacts-unknown-workplace');

    await page.goto(`${baseUrl}/kontakt`);
    await page.getByTestId('workplace-input').focus();
    await page.keyboard.type('Randers Kommune');
    await page.keyboard.press('Enter');
    await page.getByTestId('workplace-chosen').and(page.locator('[data-id="org:municipality-randers"]')).waitFor();
    // Tab to the pathway chips, arrow to the next one.
    await page.getByTestId('pathway-chips').locator('input').first().focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => new URLSearchParams(window.location.search).get('forloeb') !== null);
    await answerReady(page);

    // English is a switch away; the API's sentences stay Danish.
    await page.goto(`${baseUrl}/kontakt?lang=en&fra=${encodeURIComponent(NAMED_UNIT)}`);
    await answerReady(page);
    await expect(page.locator('#contacts-heading').textContent()).resolves.toBe('Find your fixed contact');
    await screenshot(page, 'contacts-english');
    expect(pageErrors.filter((e) => !/status of 4\d\d/.test(e))).toEqual([]);
  });
});
