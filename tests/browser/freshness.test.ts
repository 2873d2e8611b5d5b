import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createUser } from '../../api/src/modules/auth/auth-store.js';
import { seriousViolations } from '../support/axe.js';
import { openBrowserSession, screenshot, type BrowserSession } from '../support/browser.js';

/** Fresh data in the contact finder: each card says how old its entry is; an editor confirms it with one click. */
const EDITOR = { email: 'redaktoer@rm.dk', name: 'Rita Redaktør', password: 'en-lang-adgangskode-r' };
const ANSWER = '/kontakt?fra=org%3Appr-horsens&forloeb=pathway%3Aadhd&trin=2';

let session: BrowserSession;
beforeAll(async () => {
  session = await openBrowserSession();
  await createUser(session.testApp.db, session.testApp.queries, { ...EDITOR, role: 'EDITOR' });
});
afterAll(() => session?.close());

describe('fresh data on the contact cards', () => {
  test('a visitor sees the age of each entry and no button; an editor confirms one with a click and it stays confirmed', async () => {
    const { page, baseUrl } = session;
    await page.goto(`${baseUrl}${ANSWER}`);
    await page.getByTestId('contact-answer').waitFor({ timeout: 15_000 });
    const first = page.getByTestId('contact-card').first();
    await expect(first.getByTestId('confirmation').textContent()).resolves.toBe('Ikke bekræftet endnu');
    await expect(page.getByTestId('confirm-entry').count()).resolves.toBe(0);

    await page.goto(`${baseUrl}/rediger`);
    const form = page.getByTestId('sign-in-form');
    await form.getByLabel('E-mail').fill(EDITOR.email);
    await form.getByLabel('Adgangskode').fill(EDITOR.password);
    await form.getByRole('button', { name: 'Log ind' }).click();
    await form.waitFor({ state: 'detached' });

    await page.goto(`${baseUrl}${ANSWER}`);
    await page.getByTestId('contact-answer').waitFor({ timeout: 15_000 });
    const card = page.getByTestId('contact-card').first();
    await card.getByRole('button', { name: 'Bekræft, at oplysningerne er rigtige' }).click();
    await card.getByTestId('confirmation').filter({ hasText: 'Bekræftet i dag' }).waitFor();
    await screenshot(page, 'freshness-confirmed');
    expect(await seriousViolations(page)).toEqual([]);

    // Confirmed in the store: another visitor (no session) sees it too.
    await page.context().clearCookies();
    await page.goto(`${baseUrl}${ANSWER}`);
    await page.getByTestId('contact-answer').waitFor({ timeout: 15_000 });
    await expect(page.getByTestId('contact-card').first().getByTestId('confirmation').locator('span').first().textContent()).resolves.toBe('Bekræftet i dag');
    await expect(page.getByTestId('contact-card').nth(1).getByTestId('confirmation').textContent()).resolves.toBe('Ikke bekræftet endnu');
  });
});
