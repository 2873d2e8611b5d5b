import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createUser } from '../../api/src/modules/auth/auth-store.js';
import { seriousViolations } from '../support/axe.js';
import { openBrowserSession, screenshot, type BrowserSession } from '../support/browser.js';

const ADMIN = { email: 'admin@example.dk', name: 'Anna Admin', password: 'en-lang-adgangskode-a' };
const EDITOR = { email: 'red@example.dk', name: 'Rolf Redaktør', password: 'en-lang-adgangskode-r' };

let session: BrowserSession;
beforeAll(async () => {
  session = await openBrowserSession();
  await createUser(session.testApp.db, session.testApp.queries, { ...ADMIN, role: 'ADMIN' });
  await createUser(session.testApp.db, session.testApp.queries, { ...EDITOR, role: 'EDITOR' });
});
afterAll(() => session?.close());

async function signInAs(user: { email: string; password: string }) {
  const { page, baseUrl } = session;
  await page.context().clearCookies();
  await page.goto(`${baseUrl}/rediger`);
  const form = page.getByTestId('sign-in-form');
  await form.getByLabel('E-mail').fill(user.email);
  await form.getByLabel('Adgangskode').fill(user.password);
  await form.getByRole('button', { name: 'Log ind' }).click();
  await form.waitFor({ state: 'detached' });
}

const stored = async (email: string) =>
  (await session.testApp.db.run<{ user: { role: string; scopeId: string | null } }>(session.testApp.queries.userByEmail, { email }))[0]?.user;

describe('user accounts in the editing screens', () => {
  test('an admin creates a scoped editor (a short password is refused at its field), then makes them a viewer', async () => {
    const { page } = session;
    await signInAs(ADMIN);
    await page.getByRole('link', { name: 'Brugere' }).click();
    const table = page.getByTestId('users-table');
    await table.waitFor();
    await expect(table.locator('tbody tr').count()).resolves.toBe(2);

    const form = page.getByTestId('new-user-form');
    await form.getByLabel('E-mail').fill('ny@randers.dk');
    await form.getByLabel('Navn').fill('Nina Ny');
    await form.getByLabel('Adgangskode (mindst 12 tegn)').fill('kort');
    const scope = form.getByTestId('new-user-scope').getByRole('combobox');
    await scope.fill('Randersklyngen');
    await page
      .getByRole('option', { name: /Randersklyngen/ })
      .first()
      .click();
    await form.getByRole('button', { name: 'Opret bruger' }).click();
    await expect(form.locator('#new-user-password-error').textContent()).resolves.toBe('skal være mindst 12 tegn');
    expect(await stored('ny@randers.dk')).toBeUndefined();
    await screenshot(page, 'users-refused-password');

    await form.getByLabel('Adgangskode (mindst 12 tegn)').fill('en-lang-adgangskode-n');
    await form.getByRole('button', { name: 'Opret bruger' }).click();
    await page.getByTestId('users-notice').filter({ hasText: 'ny@randers.dk er oprettet.' }).waitFor();
    await table.locator('tr[data-email="ny@randers.dk"]').waitFor();
    expect(await stored('ny@randers.dk')).toMatchObject({ role: 'EDITOR', scopeId: 'org:cluster-randers' });

    await page.getByLabel('Rolle for ny@randers.dk').selectOption('VIEWER');
    await table.locator('tr[data-email="ny@randers.dk"]').getByRole('button', { name: 'Gem rolle' }).click();
    await page.getByTestId('users-notice').filter({ hasText: 'ny@randers.dk er nu læser.' }).waitFor();
    expect(await stored('ny@randers.dk')).toMatchObject({ role: 'VIEWER' });
    await expect(page.getByLabel(`Rolle for ${ADMIN.email}`).isDisabled()).resolves.toBe(true);
    await screenshot(page, 'users-list');
  });

  test('an admin sees a sign-in lock and lifts it; the client may sign in at once', async () => {
    const { page, testApp } = session;
    const SIGN_IN = `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }`;
    // Five wrong passwords for the editor from a client of its own (this process's calls).
    for (let i = 0; i < 5; i++) await testApp.gql(SIGN_IN, { e: EDITOR.email, p: `forkert-${i}-kodeord` });
    expect((await testApp.gql(SIGN_IN, { e: EDITOR.email, p: EDITOR.password })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await signInAs(ADMIN);
    await page.getByRole('link', { name: 'Brugere' }).click();
    const locks = page.getByTestId('locks-table');
    await locks.waitFor();
    const row = locks.locator('tr[data-client="in-process"]');
    await expect(row.locator('td').first().textContent()).resolves.toBe(EDITOR.email);
    await locks.scrollIntoViewIfNeeded();
    await screenshot(page, 'users-sign-in-locks');
    await row.getByRole('button', { name: `Ophæv spærringen af in-process for ${EDITOR.email}` }).click();
    await page.getByTestId('locks-notice').filter({ hasText: 'Spærringen af in-process er ophævet.' }).waitFor();
    await page.getByTestId('sign-in-locks').getByText('Ingen spærringer lige nu.').waitFor();
    expect((await testApp.gql<{ signIn: { token: string } }>(SIGN_IN, { e: EDITOR.email, p: EDITOR.password })).data?.signIn.token).toBeTruthy();
  });

  test('the users page has no serious accessibility violations', async () => {
    const { page } = session;
    const violations = await seriousViolations(page);
    expect(violations).toEqual([]);
  });

  test('an editor has no users tab, and the address alone shows only a refusal', async () => {
    const { page, baseUrl } = session;
    await signInAs(EDITOR);
    // The editor's own tabs are drawn, so the missing one is really missing.
    await page.getByRole('navigation', { name: 'Redigering' }).getByRole('link', { name: 'Importér regneark' }).waitFor();
    await expect(page.getByRole('link', { name: 'Brugere' }).count()).resolves.toBe(0);
    await page.goto(`${baseUrl}/rediger/brugere`);
    await page.getByRole('status').filter({ hasText: 'Kun administratorer kan se og ændre brugere.' }).waitFor();
    await expect(page.getByTestId('users-table').count()).resolves.toBe(0);
  });
});
