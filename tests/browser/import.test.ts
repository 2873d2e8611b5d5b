import type { AddressInfo } from 'node:net';
import ExcelJS from 'exceljs';
import { readSheet } from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { inject } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createHttpServer } from '../../api/src/server.js';
import { createUser } from '../../api/src/modules/auth/auth-store.js';
import { CHROMIUM_PATH, screenshot } from '../support/browser.js';
import { seriousViolations } from '../support/axe.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * The spreadsheet import as an editor uses it (#16 item 3): workplaces by name, messages in
 * Danish naming the sheet's own columns with suggestions, rows numbered as the spreadsheet
 * numbers them, the XLSX template downloaded, filled in and imported.
 */
const EDITOR = { email: 'import-redaktoer@example.dk', name: 'Ida Import', password: 'en-lang-adgangskode-3' };

let t: TestApp;
let server: ReturnType<typeof createHttpServer>;
let baseUrl: string;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

async function newPage(): Promise<Page> {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'da-DK', acceptDownloads: true });
  const p = await ctx.newPage();
  p.on('pageerror', (err) => pageErrors.push(err.message));
  p.on('console', (m) => {
    if (m.type() === 'error' && !/status of 4\d\d/.test(m.text())) pageErrors.push(m.text());
  });
  return p;
}

async function signIn(p: Page): Promise<void> {
  await p.goto(`${baseUrl}/rediger`);
  const form = p.getByTestId('sign-in-form');
  await form.getByLabel('E-mail').fill(EDITOR.email);
  await form.getByLabel('Adgangskode').fill(EDITOR.password);
  await form.getByRole('button', { name: 'Log ind' }).click();
  await form.waitFor({ state: 'detached' });
}

async function dryRun(p: Page, name: string, content: Buffer, path = '/rediger/import') {
  await p.goto(`${baseUrl}${path}`);
  const wizard = p.getByTestId('import-wizard');
  await wizard.waitFor();
  await wizard.getByTestId('import-file').setInputFiles({ name, mimeType: name.endsWith('.csv') ? 'text/csv' : 'application/octet-stream', buffer: content });
  await wizard.getByTestId('import-dry-run').click();
  const report = wizard.getByTestId('import-report');
  await report.waitFor();
  return { wizard, report };
}

const cell = (report: ReturnType<Page['getByTestId']>, row: number, column: string) => report.locator(`tr[data-row="${row}"][data-column="${column}"]`);

beforeAll(async () => {
  t = await createTestApp();
  await createUser(t.db, t.queries, { ...EDITOR, role: 'EDITOR' });
  server = createHttpServer(t.app, inject('webDistDir'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  page = await newPage();
  await signIn(page);
});

afterAll(async () => {
  await browser?.close();
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  await t?.close();
});

describe('the import as people fill sheets in', () => {
  test('workplaces by name: an ambiguous and a misspelt one are told in Danish with what was meant, under the sheet’s own column; an unknown column does not stop the rows', async () => {
    const csv = [
      'Navn;Arbejdssted;Kommune;Farve',
      'Ane Andersen;PPR Randers;;grøn',
      'Bo Berg;PPR;;blå',
      'Cai Cort;PPR Randrs;;rød',
      'Dan Dahl;PPR;Randers;gul',
    ].join('\n');
    const counts = (await t.db.run(t.queries.counts))[0];
    const { wizard, report } = await dryRun(page, 'personer.csv', Buffer.from(csv, 'utf8'));
    await expect(report.getByTestId('import-summary').textContent()).resolves.toBe('4 rækker læst, 2 uden fejl.');
    await expect(report.textContent()).resolves.toContain('Kolonneoverskrifterne eller filen har fejl');
    await expect(cell(report, 1, 'Farve').textContent()).resolves.toContain('Ukendt kolonne "Farve"');
    const ambiguous = await cell(report, 3, 'Arbejdssted').textContent();
    expect(ambiguous).toContain('"PPR" passer på flere. Fx "PPR');
    expect(ambiguous).toContain('Tilføj kommunen i kolonnen kommune');
    await expect(cell(report, 4, 'Arbejdssted').textContent()).resolves.toMatch(/Der findes intet med navnet "PPR Randrs"\. Mente du "PPR .*Randers Kommune"/);
    expect(ambiguous).not.toMatch(/organisationId|AMBIGUOUS|must|names nothing/);
    await expect(wizard.getByTestId('import-commit').count()).resolves.toBe(0);
    expect((await t.db.run(t.queries.counts))[0]).toEqual(counts);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'import-names-dry-run');
  });

  test('an unclosed quote is told at the row where it opens, not past the end of the file', async () => {
    const { report } = await dryRun(page, 'personer.csv', Buffer.from('navn;titel\nAne;Psykolog\n"Bo;Læge\nCai;Lærer', 'utf8'));
    const text = await report.locator('tbody tr').first().textContent();
    expect(text).toContain('Et citationstegn (") begynder i række 3 og lukkes aldrig');
    await expect(report.locator('tbody tr').first().locator('td').first().textContent()).resolves.toBe('3');
  });

  test('the same in English with ?lang=en', async () => {
    const { report } = await dryRun(page, 'people.csv', Buffer.from('navn;arbejdssted\nAne;PPR Randrs', 'utf8'), '/rediger/import?lang=en');
    await expect(cell(report, 2, 'arbejdssted').textContent()).resolves.toMatch(/Nothing is called "PPR Randrs"\. Did you mean "PPR .*Randers Kommune"/);
  });

  test('the XLSX template downloads with Danish headers and lists, and filled in with names it imports whole', async () => {
    await page.goto(`${baseUrl}/rediger/import`);
    const wizard = page.getByTestId('import-wizard');
    await wizard.getByLabel('Personer').check();
    const [download] = await Promise.all([page.waitForEvent('download'), wizard.getByTestId('import-template').click()]);
    expect(download.suggestedFilename()).toBe('skabelon-personer.xlsx');
    const bytes = Buffer.from(await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks)));
    expect(((await readSheet(bytes)) as unknown[][])[0]).toEqual([
      'id',
      'navn',
      'titel',
      'faggruppe',
      'e-mail',
      'telefon',
      'fiktiv',
      'arbejdssted',
      'kommune',
      'rolle',
    ]);

    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    sheet.getRow(2).values = ['', 'Eva Eskildsen', 'Psykolog', '', 'eva@randers.example.dk', '+45 12 34 56 78', '', 'PPR', 'Randers', 'Skolepsykolog'];
    sheet.getRow(3).values = ['', 'Finn Friis', 'Sundhedsplejerske', '', 'finn@randers.example.dk', '', '', 'PPR Randers', '', ''];
    const filled = Buffer.from(await book.xlsx.writeBuffer());

    const { report } = await dryRun(page, 'skabelon-personer.xlsx', filled);
    await expect(report.textContent()).resolves.toContain('Ingen fejl');
    await wizard.getByTestId('import-commit').click();
    await expect(wizard.getByTestId('import-done').textContent()).resolves.toMatch(/2 nye og 0 opdaterede, 2 nye/);
    const links = await t.db.run<{ type: string; to: string; props: { role?: string } }>(t.queries.exportRelationships);
    expect(links.filter((l) => l.type === 'WORKS_IN' && l.to === 'org:ppr-randers' && l.props.role === 'Skolepsykolog')).toHaveLength(1);
    await screenshot(page, 'import-template-done');

    // The same file again: nothing is written twice, and the wizard says so.
    const counts = (await t.db.run(t.queries.counts))[0];
    await dryRun(page, 'skabelon-personer.xlsx', filled);
    await wizard.getByTestId('import-commit').click();
    await expect(wizard.getByTestId('import-done').textContent()).resolves.toContain('Intet nyt');
    expect((await t.db.run(t.queries.counts))[0]).toEqual(counts);
    expect(pageErrors).toEqual([]);
  });

  test('a visitor gets the sign-in form, not the wizard', async () => {
    const visitor = await newPage();
    await visitor.goto(`${baseUrl}/rediger/import`);
    await visitor.getByTestId('sign-in-form').waitFor();
    await expect(visitor.getByTestId('import-wizard').count()).resolves.toBe(0);
    await visitor.context().close();
  });
});
