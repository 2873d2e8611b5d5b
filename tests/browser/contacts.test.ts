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
  routes: Array<{
    rank: number;
    primary: boolean;
    side: string;
    organisation: { id: string; name: string };
    channel: { id: string; kind: string; address: string | null };
  }>;
  lead: {
    kind: string;
    who: string;
    what: string | null;
    why: string;
    text: string;
    mailSubject: string;
    lines: Array<{ kind: string; label: string; value: string }>;
  } | null;
}

async function findContact(
  organisationId: string,
  pathwayId: string | null,
  step: number | null,
  extra: { side?: string; lang?: string } = {},
): Promise<Answer> {
  const r = await t.gql<{ findContact: Answer }>(
    `query($o: ID!, $p: ID, $s: Int, $side: ContactSide, $lang: Language) { findContact(organisationId: $o, pathwayId: $p, step: $s, side: $side, lang: $lang, first: 10) {
      fallbackUsed explanation
      lead { kind who what why text mailSubject lines { kind label value } }
      contacts { rank role person { id name title } }
      routes { rank primary side organisation { id name } channel { id kind address } } } }`,
    { o: organisationId, p: pathwayId, s: step, ...extra },
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
  await p
    .getByTestId('workplace-chosen')
    .and(p.locator(`[data-id="${id}"]`))
    .waitFor();
}

/** The whole screen at once: the screens scroll inside <main>, so grow the window to its height. */
async function tallScreenshot(p: Page, name: string): Promise<void> {
  const height = await p.evaluate(
    () => (globalThis as unknown as { document: { querySelector(s: string): { scrollHeight: number } } }).document.querySelector('main')!.scrollHeight,
  );
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
    // The answer first: the best contact, by role for a visitor.
    await expect(page.getByTestId('answer-lead').locator('h3').textContent()).resolves.toBe(expected.lead!.who);
    // The other ways in that fit follow the people; the loosely related ones wait behind "Flere veje".
    expect(await page.getByTestId('other-routes').getByTestId('route-card').count()).toBe(expected.routes.filter((r) => r.primary).length);
    expect(await page.getByTestId('contact-answer').getByTestId('route-card').count()).toBe(expected.routes.length);
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

  test("where nobody is named: the organisational fallback and the API's reason", async () => {
    const expected = await findContact(UNNAMED_UNIT, PATHWAY, STEP);
    expect(expected.fallbackUsed).toBe(true);
    await page.goto(`${baseUrl}/kontakt?forloeb=${encodeURIComponent(PATHWAY)}&trin=${STEP}`);
    await answerReady(page);
    await chooseWorkplace(page, 'PPR Randers', UNNAMED_UNIT);
    await page.getByTestId('contact-answer').and(page.locator('[data-fallback="true"]')).waitFor();
    // The answer first, not a paragraph repeating the cards: the lead names the way in.
    await expect(page.getByTestId('answer-lead').getAttribute('data-kind')).resolves.toBe('ROUTE');
    await expect(page.getByTestId('answer-lead').locator('h3').textContent()).resolves.toBe(expected.lead!.who);
    await expect(page.getByTestId('lead-why').textContent()).resolves.toBe(expected.lead!.why);
    expect(await page.getByTestId('answer-explanation').count()).toBe(0);
    expect(await page.getByTestId('contact-card').count()).toBe(0);
    const routes = page.getByTestId('fallback-routes').getByTestId('route-card');
    expect(await routes.evaluateAll((els) => els.map((e) => e.getAttribute('data-organisation')))).toEqual(
      expected.routes.filter((r) => r.primary).map((r) => r.organisation.id),
    );
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
          body: JSON.stringify({
            query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }',
            variables: { e: u.email, p: u.password },
          }),
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

  test("a topic chip from the contacts' assignments re-ranks the answer as the API does", async () => {
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
    await page
      .getByTestId('contact-card')
      .first()
      .and(page.locator(`[data-person="${r.data!.findContact.contacts[0]!.person.id}"]`))
      .waitFor();
    expect(await page.getByTestId('contact-card').evaluateAll((els) => els.map((e) => e.getAttribute('data-person')))).toEqual(
      r.data!.findContact.contacts.map((c) => c.person.id),
    );
    await screenshot(page, 'contacts-topic');
  });

  test('errors are told in words; the picker and chips work from the keyboard alone', async () => {
    await page.goto(`${baseUrl}/kontakt?fra=org:findes-ikke`);
    // The picker's "Arbejdsstedet … findes ikke længere" comes once the workplaces are read; the
    // answer's own error (findContact refuses the id) may be drawn before it, so wait for the one.
    const unknown = page.getByRole('alert').filter({ hasText: 'findes ikke' });
    await unknown.waitFor();
    expect(await unknown.textContent()).toContain('org:findes-ikke');
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

    // English is a switch away, the API's sentences and labels too; names stay Danish.
    await page.goto(`${baseUrl}/kontakt?lang=en&fra=${encodeURIComponent(NAMED_UNIT)}`);
    await answerReady(page);
    await expect(page.locator('#contacts-heading').textContent()).resolves.toBe('Find your fixed contact');
    const english = await findContact(NAMED_UNIT, null, null, { lang: 'EN' });
    await expect(page.getByTestId('lead-why').textContent()).resolves.toBe(english.lead!.why);
    expect(english.lead!.why).toMatch(/^Fixed contact for /);
    // A visitor sees no name: "A person (title)" is English words around a Danish title, and only the title is marked Danish.
    const who = page.getByTestId('answer-lead').locator('h3');
    await expect(who.textContent()).resolves.toBe(english.lead!.who);
    const unnamed = /^A person \((.+)\)$/.exec(english.lead!.who);
    if (english.lead!.kind === 'PERSON' && unnamed) {
      expect(await who.evaluate((node) => node.closest('[lang]')?.getAttribute('lang'))).toBe('en');
      expect(await who.locator('[lang="da"]').allTextContents()).toEqual([unnamed[1]]);
    } else expect(await who.locator('[lang="da"]').allTextContents()).toEqual([english.lead!.who]);
    await screenshot(page, 'contacts-english');
    expect(pageErrors.filter((e) => !/status of 4\d\d/.test(e))).toEqual([]);
  });

  test('a returning user, PPR Randers, angst, step 2: the answer in 3 clicks from the start page, labelled lines, loosely related ways behind "Flere veje", copy and e-mail', async () => {
    const expected = await findContact(UNNAMED_UNIT, 'pathway:angst-depression', 2);
    const lead = expected.lead!;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    await page.goto(baseUrl);
    // A returning user: the workplace chosen on an earlier visit.
    await page.evaluate(
      (id) => (globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } }).localStorage.setItem('haenderne.contacts.workplace', id),
      UNNAMED_UNIT,
    );
    await page.goto(baseUrl);
    let clicks = 0;
    const keys = 0;
    const click = async (l: ReturnType<Page['getByText']>) => {
      clicks++;
      await l.click();
    };
    await click(page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Find kontakt' }));
    await answerReady(page);
    await click(page.getByTestId('pathway-chips').getByText(/angst/i));
    await click(page.getByTestId('step-chips').getByText('Trin 2:', { exact: false }));
    await page.waitForFunction(
      () =>
        new URLSearchParams(window.location.search).get('trin') === '2' &&
        new URLSearchParams(window.location.search).get('forloeb') === 'pathway:angst-depression',
    );
    const leadBox = page.getByTestId('answer-lead');
    // The heading's accessible name: a name is marked Danish inside it (lang="da" on a span).
    await leadBox.getByRole('heading', { level: 3, name: lead.who, exact: true }).waitFor();
    expect({ clicks, keys }).toEqual({ clicks: 3, keys: 0 });

    // Whom, labelled lines (hours and rules of BUA's advice line), one short reason.
    expect(lead.lines.map((l) => l.label)).toEqual(['Tider', 'Regler']);
    expect(await leadBox.locator('dt').allTextContents()).toEqual(lead.lines.map((l) => l.label));
    expect(await leadBox.locator('dd').allTextContents()).toEqual(lead.lines.map((l) => l.value));
    // Every phone number on the screen is labelled Telefon, never Adresse.
    const labelled = await page
      .getByTestId('channel')
      .evaluateAll((els) => els.flatMap((e) => [...e.querySelectorAll('dt')].map((dt) => [dt.textContent, dt.nextElementSibling?.textContent ?? ''])));
    const phones = labelled.filter(([, v]) => /^\+?[\d\s-]{6,}$/.test(v!) && !/^\d{13}$/.test(v!));
    expect(phones.length).toBeGreaterThan(0);
    for (const [label] of phones) expect(label).toBe('Telefon');

    // The ways that fit first; VISO and the teaching session behind a closed "Flere veje".
    const more = page.getByTestId('more-routes');
    await expect(more.evaluate((d) => (d as unknown as { open: boolean }).open)).resolves.toBe(false);
    const loose = expected.routes.filter((r) => !r.primary);
    expect(loose.map((r) => r.organisation.name).some((n) => n.startsWith('VISO'))).toBe(true);
    expect(await more.getByTestId('route-card').evaluateAll((els) => els.map((e) => e.getAttribute('data-organisation')))).toEqual(
      loose.map((r) => r.organisation.id),
    );
    await expect(more.locator('> summary').textContent()).resolves.toBe(`Flere veje (${loose.length})`);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'contacts-answer-first');

    // Copy the answer, or e-mail it as text.
    await page.getByTestId('lead-copy').click();
    await page.getByText('Svaret er kopieret.').waitFor();
    expect(
      await page.evaluate(() => (globalThis as unknown as { navigator: { clipboard: { readText(): Promise<string> } } }).navigator.clipboard.readText()),
    ).toBe(lead.text);
    const href = (await page.getByTestId('lead-mail').getAttribute('href'))!;
    expect(href.startsWith('mailto:?')).toBe(true);
    const mail = new URLSearchParams(href.slice('mailto:?'.length));
    expect(mail.get('body')).toBe(lead.text);
    expect(mail.get('subject')).toBe(lead.mailSubject);

    // Narrow to BUA: only the region's ways in, as the API answers with side REGION.
    await page.getByTestId('side-chips').getByText('BUA (regionen)').click();
    await page.waitForFunction(() => new URLSearchParams(window.location.search).get('hos') === 'bua');
    const bua = await findContact(UNNAMED_UNIT, 'pathway:angst-depression', 2, { side: 'REGION' });
    await page.waitForFunction(
      (n) =>
        (globalThis as unknown as { document: { querySelectorAll(s: string): { length: number } } }).document.querySelectorAll('[data-testid="route-card"]')
          .length === n,
      bua.routes.length,
    );
    expect(await page.getByTestId('route-card').evaluateAll((els) => els.map((e) => e.getAttribute('data-side')))).toEqual(bua.routes.map(() => 'REGION'));
    expect(await seriousViolations(page)).toEqual([]);
  });
});
