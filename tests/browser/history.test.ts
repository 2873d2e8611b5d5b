import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { createUser } from '../../api/src/modules/auth/auth-store.js';
import { seriousViolations } from '../support/axe.js';
import { openBrowserSession, screenshot, type BrowserSession } from '../support/browser.js';
import { signedIn } from '../support/sign-in.js';

/**
 * The history of an entity in Redigér (#16 item 8): the edits of its links are listed among its
 * versions, and "Gendan denne version" asks in a dialog before it writes (Escape or Annullér
 * writes nothing; the focus starts on Annullér).
 */

declare const document: { activeElement: { textContent: string | null } | null };

const ORG = 'org:ppr-norddjurs';
const EDITOR = { email: 'historik@example.dk', name: 'Helle Historik', password: 'en-lang-adgangskode-4' };
let session: BrowserSession;
let page: Page;
let api: Record<string, string>;

async function storedVersion(id: string): Promise<number> {
  const [row] = await session.testApp.db.run<{ props: { version: number } }>(session.testApp.queries.nodeState, { id });
  return row!.props.version;
}
async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const r = await session.testApp.gql<T>(query, variables, api);
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data!;
}

beforeAll(async () => {
  session = await openBrowserSession();
  page = session.page;
  api = await signedIn(session.testApp, 'EDITOR');
  await createUser(session.testApp.db, session.testApp.queries, { ...EDITOR, role: 'EDITOR' });
});
afterAll(async () => {
  await session?.close();
});

describe('the history of an entity', () => {
  test('lists its link edits, and restore asks first: Escape writes nothing, "Gendan version 2" does', async () => {
    // Arranged through the API: two edits of the organisation, a person linked to it and the link changed.
    const v1 = await storedVersion(ORG);
    await gql(`mutation($id: ID!, $v: Int!) { updateOrganisation(id: $id, version: $v, properties: {description: "Første beskrivelse"}) { version } }`, {
      id: ORG,
      v: v1,
    });
    await gql(`mutation($id: ID!, $v: Int!) { updateOrganisation(id: $id, version: $v, properties: {description: "Anden beskrivelse"}) { version } }`, {
      id: ORG,
      v: v1 + 1,
    });
    const person = (
      await gql<{ createPerson: { id: string } }>(
        `mutation { createPerson(properties: {id: "person:historik-browser", name: "Bo Browser", fictitious: true}) { id } }`,
      )
    ).createPerson.id;
    const link = (
      await gql<{ linkWorksIn: { id: string } }>(
        `mutation($p: ID!, $o: ID!) { linkWorksIn(personId: $p, organisationId: $o, properties: {role: "Psykolog"}) { id } }`,
        { p: person, o: ORG },
      )
    ).linkWorksIn.id;
    await gql(`mutation($id: ID!) { updateLink(id: $id, version: 1, properties: {role: "Skolepsykolog"}) { version } }`, { id: link });
    const current = await storedVersion(ORG);
    expect(current).toBe(v1 + 2);

    await page.goto(`${session.baseUrl}/rediger`);
    const form = page.getByTestId('sign-in-form');
    await form.getByLabel('E-mail').fill(EDITOR.email);
    await form.getByLabel('Adgangskode').fill(EDITOR.password);
    await form.getByRole('button', { name: 'Log ind' }).click();
    await form.waitFor({ state: 'detached' });
    await page.goto(`${session.baseUrl}/rediger/Organisation/${encodeURIComponent(ORG)}`);
    const history = page.getByTestId('history-list');
    await history.waitFor({ timeout: 30_000 });

    // The link's two edits are there, newest first, told as link edits with no restore button.
    const links = history.locator(`li[data-link="${link}"]`);
    await expect.poll(() => links.count()).toBe(2);
    expect(await links.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-operation')))).toEqual(['UPDATE_LINK', 'LINK']);
    await expect(links.first().textContent()).resolves.toContain('Rolle: "Psykolog" → "Skolepsykolog"');
    await expect(links.first().locator('.history__title').textContent()).resolves.toBe('Forbindelse ændret: Arbejder i');
    expect(await links.getByRole('button').count()).toBe(0);
    expect(await history.textContent()).not.toContain('Ingen registrerede ændringer');
    await screenshot(page, 'history-with-link-edits');

    // Restore asks first.
    const earlier = history.locator(`li[data-version="${v1 + 1}"]`);
    await earlier.getByRole('button', { name: 'Gendan denne version' }).click();
    const dialog = page.getByTestId('restore-confirm');
    await dialog.waitFor();
    await expect(dialog.getByRole('heading').textContent()).resolves.toBe(`Gendan version ${v1 + 1}?`);
    await expect(dialog.textContent()).resolves.toContain(`den nuværende (version ${current})`);
    expect(await page.evaluate(() => document.activeElement?.textContent ?? null)).toBe('Annullér');
    await screenshot(page, 'history-restore-confirm');
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await storedVersion(ORG)).toBe(current);

    // Annullér writes nothing either; "Gendan version N" does, by keyboard.
    await earlier.getByRole('button', { name: 'Gendan denne version' }).click();
    await dialog.getByRole('button', { name: 'Annullér' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await storedVersion(ORG)).toBe(current);
    await earlier.getByRole('button', { name: 'Gendan denne version' }).click();
    await dialog.getByRole('button', { name: `Gendan version ${v1 + 1}` }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('notice').textContent()).toBe(`Version ${v1 + 1} er gendannet som ny version ${current + 1}.`);
    expect(await storedVersion(ORG)).toBe(current + 1);
    expect(session.pageErrors).toEqual([]);
  });
});
