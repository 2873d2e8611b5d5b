import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { inject } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createHttpServer } from '../../api/src/server.js';
import { createUser } from '../../api/src/modules/auth/auth-store.js';
import { CHROMIUM_PATH, screenshot } from '../support/browser.js';
import { seriousViolations } from '../support/axe.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

// The editing journeys need users in the store the server reads, so this suite opens the real
// server over its own seeded store (like openBrowserSession) and keeps the store at hand.

const CHANNEL = 'channel:medcom-syddjurs';
const EDITOR = { email: 'redaktoer@example.dk', name: 'Ida Implementering', password: 'en-lang-adgangskode-1' };
const VIEWER = { email: 'laeser@example.dk', name: 'Lars Læser', password: 'en-lang-adgangskode-2' };

let t: TestApp;
let server: ReturnType<typeof createHttpServer>;
let baseUrl: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const pageErrors: string[] = [];

/** The stored state of a node, straight from the store (not through the UI under test). */
async function stored(id: string): Promise<Record<string, unknown> & { version: number }> {
  const [row] = await t.db.run<{ props: Record<string, unknown> & { version: number } }>(t.queries.nodeState, { id });
  return row!.props;
}

async function newPage(): Promise<{ context: BrowserContext; page: Page }> {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'da-DK' });
  const p = await ctx.newPage();
  p.on('pageerror', (err) => pageErrors.push(err.message));
  p.on('console', (m) => {
    // A refused request (409/400 answers are 200 in GraphQL, but a 403 sign-in throttle is not) is expected.
    if (m.type() === 'error' && !/status of 4\d\d/.test(m.text())) pageErrors.push(m.text());
  });
  return { context: ctx, page: p };
}

async function signIn(p: Page, user: { email: string; password: string }): Promise<void> {
  const form = p.getByTestId('sign-in-form');
  await form.getByLabel('E-mail').fill(user.email);
  await form.getByLabel('Adgangskode').fill(user.password);
  await form.getByRole('button', { name: 'Log ind' }).click();
  await form.waitFor({ state: 'detached' });
}

async function openChannel(p: Page): Promise<void> {
  await p.goto(`${baseUrl}/rediger/Channel/${encodeURIComponent(CHANNEL)}`);
  await p.getByTestId('entity-form').waitFor();
}

const statusSelect = (p: Page) => p.getByTestId('entity-form').locator('select[name="status"]');

beforeAll(async () => {
  t = await createTestApp();
  await createUser(t.db, t.queries, { ...EDITOR, role: 'EDITOR' });
  await createUser(t.db, t.queries, { ...VIEWER, role: 'VIEWER' });
  server = createHttpServer(t.app, inject('webDistDir'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  ({ context, page } = await newPage());
});

afterAll(async () => {
  await browser?.close();
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  await t?.close();
});

describe('signing in', () => {
  test('an anonymous visitor gets the sign-in form, and a wrong password is told in Danish', async () => {
    await page.goto(`${baseUrl}/rediger`);
    const form = page.getByTestId('sign-in-form');
    await form.waitFor();
    await expect(page.getByRole('banner').getByRole('link', { name: 'Log ind' }).count()).resolves.toBe(1);
    await screenshot(page, 'editing-sign-in');
    await form.getByLabel('E-mail').fill(EDITOR.email);
    await form.getByLabel('Adgangskode').fill('forkert');
    await form.getByRole('button', { name: 'Log ind' }).click();
    await expect(form.getByRole('alert').textContent()).resolves.toBe('Forkert e-mail eller adgangskode.');
    await screenshot(page, 'editing-sign-in-wrong');
  });

  test('a viewer is told plainly that they may not edit', async () => {
    const viewer = await newPage();
    try {
      await viewer.page.goto(`${baseUrl}/rediger`);
      await signIn(viewer.page, VIEWER);
      const message = viewer.page.getByTestId('no-permission');
      await expect(message.textContent()).resolves.toContain('Du har ikke rettighed til at redigere');
      await expect(viewer.page.getByTestId('session').textContent()).resolves.toContain('Lars Læser (læser)');
      await screenshot(viewer.page, 'editing-viewer-refused');
      await viewer.page.getByRole('button', { name: 'Log ud' }).click();
      await viewer.page.getByTestId('sign-in-form').waitFor();
    } finally {
      await viewer.context.close();
    }
  });
});

describe('an implementation-group member edits a channel', () => {
  test("signs in, changes Syddjurs' MedCom channel to established, sees it in the history and restores the earlier version", async () => {
    expect(await stored(CHANNEL)).toMatchObject({ status: 'IN_PROGRESS', version: 1 });
    await page.goto(`${baseUrl}/rediger`);
    await signIn(page, EDITOR);
    await expect(page.getByTestId('session').textContent()).resolves.toContain('Ida Implementering (redaktør)');
    await screenshot(page, 'editing-start');

    // Find the channel with the picker (the type defaults to channel).
    const picker = page.getByTestId('start-picker').getByRole('combobox');
    // Two words: the seed has several Syddjurs channels (MedCom, the home page, …).
    await picker.fill('MedCom Syddjurs');
    const option = page.getByTestId('start-picker').getByRole('option').first();
    await expect(option.textContent()).resolves.toContain('MedCom-korrespondance mellem almen praksis og Syddjurs Kommune');
    await screenshot(page, 'editing-picker');
    await picker.press('Enter');
    await page.getByTestId('entity-form').waitFor();
    await expect(page.getByTestId('entity-name').textContent()).resolves.toContain('Syddjurs');
    await expect.poll(() => statusSelect(page).inputValue()).toBe('IN_PROGRESS');
    // Polled: the history loads after the form ("Henter historikken …"), later on Neo4j.
    await expect.poll(() => page.getByTestId('history').textContent()).toContain('Ingen registrerede ændringer');
    await screenshot(page, 'editing-channel');

    await statusSelect(page).selectOption('ESTABLISHED');
    await page.getByRole('button', { name: 'Gem ændringer' }).click();
    await expect.poll(() => page.getByTestId('notice').textContent()).toBe('Gemt som version 2.');
    await expect(page.getByTestId('entity-version').textContent()).resolves.toBe('Version 2');
    await expect.poll(() => statusSelect(page).inputValue()).toBe('ESTABLISHED');
    expect(await stored(CHANNEL)).toMatchObject({ status: 'ESTABLISHED', version: 2 });

    const history = page.getByTestId('history-list');
    const newest = history.locator('li[data-version="2"]');
    await expect(newest.textContent()).resolves.toContain('Status: Under etablering → Etableret');
    await expect(newest.textContent()).resolves.toContain('Ændret af dig');
    await expect(newest.textContent()).resolves.toContain('Nuværende version');
    await screenshot(page, 'editing-channel-saved');

    const original = history.locator('li[data-operation="ORIGINAL"]');
    await expect(original.textContent()).resolves.toContain('Version 1');
    await original.getByRole('button', { name: 'Gendan denne version' }).click();
    // Restore asks first (#16 item 8); the journey of the dialog itself is in history.test.ts.
    await page.getByTestId('restore-confirm').getByRole('button', { name: 'Gendan version 1' }).click();
    await expect.poll(() => page.getByTestId('notice').textContent()).toBe('Version 1 er gendannet som ny version 3.');
    await expect.poll(() => statusSelect(page).inputValue()).toBe('IN_PROGRESS');
    const restored = history.locator('li[data-version="3"]');
    await expect(restored.textContent()).resolves.toContain('Gendannet af dig');
    await expect(restored.textContent()).resolves.toContain('Status: Etableret → Under etablering');
    expect(await stored(CHANNEL)).toMatchObject({ status: 'IN_PROGRESS', version: 3 });
    await screenshot(page, 'editing-channel-restored');
    expect(pageErrors).toEqual([]);
  });

  test("the API's validation message stands at the field it names, and nothing is saved", async () => {
    await openChannel(page);
    const before = await stored(CHANNEL);
    const address = page.getByTestId('entity-form').locator('input[name="address"]');
    await address.fill('12345');
    await page.getByRole('button', { name: 'Gem ændringer' }).click();
    const error = page.locator('[data-error-for="address"]');
    await expect(error.textContent()).resolves.toBe('skal være et 13-cifret lokationsnummer med gyldigt kontrolciffer for en MedCom-kanal');
    await expect(address.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.getByTestId('form-errors').textContent()).resolves.toContain('Ret felterne markeret nedenfor');
    await screenshot(page, 'editing-validation');
    expect(await stored(CHANNEL)).toEqual(before);
  });

  test('a stale edit shows what changed, field by field, and can be applied on top', async () => {
    await openChannel(page);
    const read = await stored(CHANNEL);
    // Someone else changes the schedule meanwhile, through the API.
    const other = await t.gql<{ signIn: { token: string } }>('mutation { signIn(email: "redaktoer@example.dk", password: "en-lang-adgangskode-1") { token } }');
    const changed = await t.gql(
      'mutation($v: Int!) { updateChannel(id: "channel:medcom-syddjurs", version: $v, properties: {schedule: "hverdage 8–15"}) { version } }',
      { v: read.version },
      { authorization: `Bearer ${other.data!.signIn.token}` },
    );
    expect(changed.errors).toBeUndefined();

    await statusSelect(page).selectOption('PLANNED');
    await page.getByRole('button', { name: 'Gem ændringer' }).click();
    const conflict = page.getByTestId('conflict');
    await conflict.waitFor();
    await expect(conflict.textContent()).resolves.toContain(`Du redigerede version ${read.version}, men den gemte version er nu ${read.version + 1}`);
    const status = conflict.locator('tr[data-field="status"]');
    await expect(status.getAttribute('data-who')).resolves.toBe('mine');
    await expect(status.locator('[data-cell="yours"]').textContent()).resolves.toBe('Planlagt');
    await expect(status.locator('[data-cell="stored"]').textContent()).resolves.toBe('Under etablering');
    const schedule = conflict.locator('tr[data-field="schedule"]');
    await expect(schedule.getAttribute('data-who')).resolves.toBe('theirs');
    await expect(schedule.locator('[data-cell="stored"]').textContent()).resolves.toBe('"hverdage 8–15"');
    expect(await stored(CHANNEL)).toMatchObject({ status: 'IN_PROGRESS', schedule: 'hverdage 8–15' });
    await screenshot(page, 'editing-conflict');

    await conflict.getByRole('button', { name: /Gem mine ændringer oven på version/ }).click();
    await expect.poll(() => page.getByTestId('notice').textContent()).toBe(`Gemt som version ${read.version + 2}.`);
    expect(await stored(CHANNEL)).toMatchObject({ status: 'PLANNED', schedule: 'hverdage 8–15', version: read.version + 2 });
  });
});

describe('creating', () => {
  test('a new channel: required fields are named at once, a bad address at its field, then it is created with its first history entry', async () => {
    await page.goto(`${baseUrl}/rediger`);
    await page.getByTestId('start-label').selectOption('Channel');
    await page.getByRole('link', { name: '+ Opret ny: kanal' }).click();
    const form = page.getByTestId('entity-form');
    await form.waitFor();
    await form.getByRole('button', { name: 'Opret' }).click();
    for (const field of ['name', 'kind', 'status']) {
      await expect(page.locator(`[data-error-for="${field}"]`).textContent()).resolves.toBe('skal udfyldes');
    }
    await screenshot(page, 'editing-create-missing');
    await form.locator('input[name="name"]').fill('Telefonisk rådgivning for praktiserende læger, Syddjurs');
    await form.locator('select[name="kind"]').selectOption('PHONE_LINE');
    await form.locator('select[name="status"]').selectOption('PLANNED');
    await form.locator('input[name="address"]').fill('12 34');
    await form.getByRole('button', { name: 'Opret' }).click();
    await expect(page.locator('[data-error-for="address"]').textContent()).resolves.toBe('skal være et telefonnummer for en telefonlinje');
    await expect(page.locator('[data-error-for="name"]').count()).resolves.toBe(0);
    await form.locator('input[name="address"]').fill('87 12 34 56');
    await form.getByRole('button', { name: 'Opret' }).click();
    const entity = page.getByTestId('entity-page');
    await entity.waitFor();
    const id = await entity.getAttribute('data-entity-id');
    expect(id).toMatch(/^channel:telefonisk-raadgivning-for-praktiserende-laeger-syddjurs-[0-9a-f]{6}$/);
    // A phone line's number is stored in the one form (#16 item 8).
    expect(await stored(id!)).toMatchObject({ kind: 'PHONE_LINE', status: 'PLANNED', address: '+45 87 12 34 56', version: 1 });
    const first = page.getByTestId('history-list').locator('li[data-version="1"]');
    await expect(first.textContent()).resolves.toContain('Oprettet af dig');
    await expect(first.textContent()).resolves.toContain('Status: sat til Planlagt');
    await screenshot(page, 'editing-created');
  });

  test('the same channel again is refused in words, without an id, with the way to the one that exists', async () => {
    const fill = async () => {
      await page.goto(`${baseUrl}/rediger/ny/Channel`);
      const form = page.getByTestId('entity-form');
      await form.waitFor();
      await form.locator('input[name="name"]').fill('Fælles postkasse for tvillinger, Syddjurs');
      await form.locator('select[name="kind"]').selectOption('PHONE_LINE');
      await form.locator('select[name="status"]').selectOption('PLANNED');
      await form.getByRole('button', { name: 'Opret' }).click();
    };
    await fill();
    const entity = page.getByTestId('entity-page');
    await entity.waitFor();
    const first = await entity.getAttribute('data-entity-id');
    await fill();
    const errors = page.getByTestId('form-errors');
    await expect(errors.textContent()).resolves.toContain('Den samme kanal findes allerede.');
    await expect(errors.textContent()).resolves.not.toContain('channel:');
    await expect(page.getByTestId('conflict').count()).resolves.toBe(0);
    await page.getByTestId('duplicate-link').click();
    await expect(page.getByTestId('entity-page').getAttribute('data-entity-id')).resolves.toBe(first);
  });
});

describe('deleting and bringing back', () => {
  test('a deleted channel is gone, its history remains, and "Gendan denne version" brings it back', async () => {
    const created = await t.gql<{ signIn: { token: string } }>(
      'mutation { signIn(email: "redaktoer@example.dk", password: "en-lang-adgangskode-1") { token } }',
    );
    const auth = { authorization: `Bearer ${created.data!.signIn.token}` };
    const made = await t.gql<{ createChannel: { id: string } }>(
      'mutation { createChannel(properties: {name: "Sikker mail til PPR Syddjurs", kind: SECURE_EMAIL, status: PLANNED, address: "ppr@syddjurs.example.dk"}) { id } }',
      {},
      auth,
    );
    const id = made.data!.createChannel.id;
    await page.goto(`${baseUrl}/rediger/Channel/${encodeURIComponent(id)}`);
    await page.getByTestId('entity-form').getByRole('button', { name: 'Slet' }).click();
    await page.getByRole('button', { name: 'Ja, slet' }).click();
    await page.getByTestId('not-found').waitFor();
    await expect.poll(() => page.getByTestId('notice').textContent()).toContain('er slettet');
    expect(await t.db.run(t.queries.nodeState, { id })).toEqual([]);
    const deletion = page.getByTestId('history-list').locator('li[data-operation="DELETE"]');
    await expect(deletion.textContent()).resolves.toContain('Slettet af dig');
    await screenshot(page, 'editing-deleted');
    await deletion.getByRole('button', { name: 'Gendan denne version' }).click();
    await page
      .getByTestId('restore-confirm')
      .getByRole('button', { name: /^Gendan version/ })
      .click();
    await page.getByTestId('entity-form').waitFor();
    await expect.poll(() => page.getByTestId('notice').textContent()).toMatch(/^Version 1 er gendannet som ny version \d+\.$/);
    expect(await stored(id)).toMatchObject({ name: 'Sikker mail til PPR Syddjurs', status: 'PLANNED' });
  });

  test('the start page downloads all channels as CSV', async () => {
    await page.goto(`${baseUrl}/rediger`);
    await page.getByTestId('start-label').selectOption('Channel');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Hent alle som CSV (kanal)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^channel-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = fs.readFileSync((await download.path())!, 'utf8');
    expect(text.split('\n')[0]).toMatch(/^\uFEFFid,name,/);
    expect(text).toContain('channel:medcom-syddjurs');
  });
});

describe('linking', () => {
  test('adds a membership with role and perspectives, and it shows among the links', async () => {
    await page.goto(`${baseUrl}/rediger/Group/${encodeURIComponent('group:implementeringsgruppe-randers')}`);
    await page.getByTestId('links').waitFor();
    const before = await page.locator('.links__item[data-type="MEMBER_OF"]').count();
    await page.getByRole('button', { name: '+ Tilføj forbindelse' }).click();
    const add = page.getByTestId('add-link');
    await add.getByLabel('Forbindelse').selectOption('in:MEMBER_OF');
    const other = add.getByTestId('link-other').getByRole('combobox');
    const name = String((await stored('person:p136')).name);
    await other.fill(name);
    await add.getByTestId('link-other').getByRole('option').first().waitFor();
    await other.press('Enter');
    await add.locator('select[name="role"]').selectOption('OBSERVER');
    await add.getByLabel('PPR').check();
    await screenshot(page, 'editing-add-link');
    await add.getByRole('button', { name: 'Opret forbindelse' }).click();
    await expect.poll(() => page.getByTestId('notice').textContent()).toBe('Forbindelsen er oprettet.');
    await expect.poll(() => page.locator('.links__item[data-type="MEMBER_OF"]').count()).toBe(before + 1);
    await expect(page.getByTestId('links').textContent()).resolves.toContain('Rolle: Observatør · Repræsenterer: PPR');
  });
});

describe('editing a relationship', () => {
  test("a fixed contact's steps and topics are changed at the version read, and the list says so", async () => {
    const rel = 'rel:contact-for:p228--plo-midtjylland';
    await page.goto(`${baseUrl}/rediger/Person/${encodeURIComponent('person:p228')}`);
    const row = page.locator(`.links__item[data-link-id="${rel}"]`);
    await expect(row.textContent()).resolves.toContain('Trin: 2');
    await row.getByRole('button', { name: 'Redigér' }).click();
    const form = row.getByTestId('link-form');
    await form.getByLabel('3', { exact: true }).check();
    const topics = form.locator('textarea[name="topics"]');
    await topics.fill(`${await topics.inputValue()}\nforløb efter udredning`);
    await screenshot(page, 'editing-link-edit');
    await form.getByRole('button', { name: 'Gem forbindelse' }).click();
    await expect.poll(() => page.getByTestId('notice').textContent()).toBe('Forbindelsen er gemt.');
    await expect(page.locator(`.links__item[data-link-id="${rel}"]`).textContent()).resolves.toContain('Trin: 2, 3');
    const [stored] = await t.db.run<{ props: Record<string, unknown> }>(t.queries.relationshipState, { id: rel });
    expect(stored!.props).toMatchObject({ steps: [2, 3], topics: ['det kommunale behandlingstilbud', 'visitation', 'forløb efter udredning'], version: 2 });
  });
});

describe('the import wizard', () => {
  test('a dry run lists every bad row by number and column, and writes nothing', async () => {
    await page.goto(`${baseUrl}/rediger/import`);
    const wizard = page.getByTestId('import-wizard');
    await wizard.waitFor();
    await wizard.getByLabel('Personer').check();
    const csv = [
      'navn;titel;e-mail;arbejdssted',
      'Ane Andersen;Psykolog;ane@syddjurs.example.dk;org:municipality-syddjurs',
      'Bo Berg;Lærer;ikke-en-mail;org:municipality-syddjurs',
      ';Sundhedsplejerske;;org:findes-ikke',
    ].join('\n');
    await wizard.getByTestId('import-file').setInputFiles({ name: 'personer.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    const counts = (await t.db.run(t.queries.counts))[0];
    await wizard.getByTestId('import-dry-run').click();
    const report = wizard.getByTestId('import-report');
    await report.waitFor();
    await expect(report.textContent()).resolves.toContain('3 rækker læst, 1 uden fejl.');
    const email = report.locator('tr[data-row="3"][data-column="e-mail"]');
    await expect(email.textContent()).resolves.toContain('skal være en e-mailadresse');
    expect(await report.locator('tr[data-row="4"]').count()).toBeGreaterThan(0);
    await expect(wizard.getByTestId('import-commit').count()).resolves.toBe(0);
    expect((await t.db.run(t.queries.counts))[0]).toEqual(counts);
    await screenshot(page, 'editing-import-dry-run');
  });

  test('a clean sheet is checked, then imported all at once, with the result told', async () => {
    await page.goto(`${baseUrl}/rediger/import`);
    const wizard = page.getByTestId('import-wizard');
    await wizard.getByLabel('Personer').check();
    const csv = [
      'navn;titel;e-mail;arbejdssted',
      'Ane Andersen;Psykolog;ane@syddjurs.example.dk;org:municipality-syddjurs',
      'Bo Berg;Lærer;bo@syddjurs.example.dk;org:municipality-syddjurs',
    ].join('\n');
    await wizard.getByTestId('import-file').setInputFiles({ name: 'personer.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await wizard.getByTestId('import-dry-run').click();
    await expect(wizard.getByTestId('import-report').textContent()).resolves.toContain('Ingen fejl');
    await wizard.getByTestId('import-commit').click();
    await expect(wizard.getByTestId('import-done').textContent()).resolves.toMatch(/2 nye og 0 opdaterede, 2 nye/);
    await screenshot(page, 'editing-import-done');
  });
});

describe('accessibility of the editing screens (axe-core)', () => {
  test('start, entity with history, a refused field and the history of a link, the link form and the import report have no serious violations', async () => {
    const found: Record<string, unknown[]> = {};
    await page.goto(`${baseUrl}/rediger`);
    await page.getByTestId('start-picker').waitFor();
    found.start = await seriousViolations(page);

    await openChannel(page);
    await page.getByTestId('history-list').waitFor();
    await page.getByTestId('entity-form').locator('input[name="address"]').fill('12345');
    await page.getByRole('button', { name: 'Gem ændringer' }).click();
    await page.locator('[data-error-for="address"]').waitFor();
    await page.locator('.links__item').first().getByRole('button', { name: 'Historik' }).click();
    found.entity = await seriousViolations(page);

    await page.goto(`${baseUrl}/rediger/Group/${encodeURIComponent('group:implementeringsgruppe-randers')}`);
    await page.getByRole('button', { name: '+ Tilføj forbindelse' }).click();
    await page.getByTestId('add-link').getByLabel('Forbindelse').selectOption('in:MEMBER_OF');
    found.addLink = await seriousViolations(page);

    await page.goto(`${baseUrl}/rediger/import`);
    const wizard = page.getByTestId('import-wizard');
    await wizard.getByTestId('import-file').setInputFiles({ name: 'p.csv', mimeType: 'text/csv', buffer: Buffer.from('navn;e-mail\nX;nej', 'utf8') });
    await wizard.getByTestId('import-dry-run').click();
    await wizard.getByTestId('import-report').waitFor();
    found.import = await seriousViolations(page);
    expect(found).toEqual({ start: [], entity: [], addLink: [], import: [] });
  });
});

describe('in English', () => {
  test('?lang=en draws the editing screens in English, history included', async () => {
    await page.goto(`${baseUrl}/rediger/Channel/${encodeURIComponent(CHANNEL)}?lang=en`);
    await page.getByTestId('entity-form').waitFor();
    await expect(page.getByRole('heading', { name: 'Edit the map' }).count()).resolves.toBe(1);
    await expect(page.getByTestId('entity-form').getByRole('button', { name: 'Save changes' }).count()).resolves.toBe(1);
    await expect(page.getByTestId('history-list').textContent()).resolves.toContain('Restore this version');
    await expect(page.getByTestId('session').textContent()).resolves.toContain('(editor)');
    await screenshot(page, 'editing-english');
  });
});

describe('on a tablet', () => {
  test('the entity page stacks its history under the form at 820×1180', async () => {
    const tablet = await browser.newContext({ viewport: { width: 820, height: 1180 }, locale: 'da-DK', storageState: await context.storageState() });
    try {
      const p = await tablet.newPage();
      await p.goto(`${baseUrl}/rediger/Channel/${encodeURIComponent(CHANNEL)}`);
      await p.getByTestId('history-list').waitFor();
      const form = await p.getByTestId('entity-form').boundingBox();
      const history = await p.getByTestId('history').boundingBox();
      expect(form!.x + form!.width).toBeLessThanOrEqual(820);
      expect(history!.y).toBeGreaterThan(form!.y + form!.height);
      await p.getByTestId('history').scrollIntoViewIfNeeded();
      await screenshot(p, 'editing-tablet');
    } finally {
      await tablet.close();
    }
  });
});

describe('sign-in throttling', () => {
  // Last: the throttle counts this client too, so no later sign-in would pass for a while.
  test('after repeated wrong passwords the form says how long to wait, in Danish', async () => {
    const fresh = await newPage();
    try {
      await fresh.page.goto(`${baseUrl}/rediger`);
      const form = fresh.page.getByTestId('sign-in-form');
      let text = '';
      for (let attempt = 0; attempt < 8 && !text.startsWith('For mange'); attempt++) {
        await form.getByLabel('E-mail').fill('gaetter@example.dk');
        await form.getByLabel('Adgangskode').fill(`gaet-${attempt}`);
        await form.getByRole('button', { name: 'Log ind' }).click();
        await expect.poll(() => form.getByRole('button', { name: 'Log ind' }).isEnabled()).toBe(true);
        text = (await form.getByRole('alert').textContent()) ?? '';
      }
      expect(text).toMatch(/^For mange forkerte forsøg\. Prøv igen om \d+ (sekunder|minutter)\.$/);
      await screenshot(fresh.page, 'editing-sign-in-throttled');
    } finally {
      await fresh.context.close();
    }
  });
});

test('no page errors in any editing screen of this suite', () => {
  expect(pageErrors).toEqual([]);
});
