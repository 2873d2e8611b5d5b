import http from 'node:http';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createApp } from '../../api/src/app.js';
import { createHttpServer } from '../../api/src/server.js';
import { DEFAULT_DATASET } from '../../api/src/bootstrap.js';
import type { GraphDb } from '../../api/src/db/graph-db.js';
import type { QueryCatalog } from '../../api/src/queries.js';
import { Metrics } from '../../api/src/observability/metrics.js';
import { createLogger } from '../../api/src/observability/logger.js';
import { Writable } from 'node:stream';
import { loadSeedDir } from '../../api/src/dataset/load-dataset.js';
import { CHROMIUM_PATH, screenshot } from '../support/browser.js';
import { seriousViolations } from '../support/axe.js';
import { openTestDb } from '../support/test-app.js';
import { startTestIdp, type TestIdp } from '../support/oidc-provider.js';

/**
 * Staff sign in with the organisation's identity provider: a real OpenID provider
 * (oidc-provider) on loopback, the real server and the built web app, Chromium clicking
 * through the provider's own login and consent pages.
 */

const ACCOUNTS = {
  sara: { email: 'Sara.Sygeplejerske@rm.dk', name: 'Sara Sygeplejerske' },
  rolf: { email: 'rolf.redaktoer@rm.dk', name: 'Rolf Redaktør', groups: ['haenderne-redaktoerer'] },
  xena: { email: 'xena@gmail.com', name: 'Xena Udefra' },
  ulla: { email: 'ulla@rm.dk', name: 'Ulla Ubekræftet', email_verified: false },
  // Another person at the provider with Sara's address (a reused address, or a claim the user set).
  impostor: { email: 'sara.sygeplejerske@rm.dk', name: 'Ikke Sara' },
};
const NAMED_UNIT = 'org:ppr-horsens';
const PATHWAY = 'pathway:adhd';

let db: GraphDb;
let queries: QueryCatalog;
let idp: TestIdp;
let outer: http.Server;
let baseUrl: string;
let browser: Browser;
/** When set, the next callback the browser brings is kept here instead of reaching the app. */
let holdCallback: ((url: string) => void) | null = null;
const metrics = new Metrics({ processMetrics: false });
const logLines: string[] = [];
const logger = createLogger({ level: 'debug', pretty: false, destination: new Writable({ write: (c, _e, done) => (logLines.push(String(c)), done()) }) });
/** Every session and pending-sign-in cookie the browsers got, to look for in the log. */
const secrets: string[] = [];

beforeAll(async () => {
  ({ db, queries } = await openTestDb());
  await loadSeedDir(db, queries, DEFAULT_DATASET);
  // The callback address must be known to the provider before the app exists: listen first.
  let handle: http.RequestListener = (_req, res) => res.writeHead(503).end();
  outer = http.createServer((req, res) => handle(req, res));
  await new Promise<void>((r) => outer.listen(0, '127.0.0.1', r));
  baseUrl = `http://127.0.0.1:${(outer.address() as AddressInfo).port}`;
  idp = await startTestIdp(`${baseUrl}/auth/oidc/callback`, ACCOUNTS);
  const app = createApp(
    { db, queries },
    {
      logger,
      metrics: { metrics, token: null },
      oidc: {
        issuer: idp.issuer,
        clientId: idp.clientId,
        clientSecret: idp.clientSecret,
        redirectUri: `${baseUrl}/auth/oidc/callback`,
        allowedDomains: ['rm.dk'],
        emailClaim: 'email',
        roleClaim: 'groups',
        editorValues: ['haenderne-redaktoerer'],
        adminValues: ['haenderne-admins'],
        scopes: 'openid email profile groups',
      },
    },
  );
  const inner = createHttpServer(app, inject('webDistDir'));
  handle = (req, res) => {
    if (holdCallback && req.url?.startsWith('/auth/oidc/callback')) {
      holdCallback(`${baseUrl}${req.url}`);
      holdCallback = null;
      res.writeHead(204).end();
      return;
    }
    inner.emit('request', req, res);
  };
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
});

afterAll(async () => {
  await browser?.close();
  outer?.closeAllConnections();
  await new Promise((r) => outer?.close(r));
  await idp?.close();
  await db?.close();
});

const userByEmail = async (email: string) =>
  (await db.run<{ user: { id: string; role: string; name: string; passwordHash?: string | null } }>(queries.userByEmail, { email: email.toLowerCase() }))[0]
    ?.user;

async function newPage(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'da-DK' });
  const page = await context.newPage();
  page.on('response', async (r) => {
    for (const m of ((await r.headerValue('set-cookie').catch(() => null)) ?? '').matchAll(/haenderne_(?:session|oidc)=([^;\s]+)/g))
      secrets.push(decodeURIComponent(m[1]!));
  });
  return { context, page };
}

/** The provider's own pages: its login form (any password for a known login), then consent. */
async function atProvider(page: Page, login: string): Promise<void> {
  await page.waitForURL((u) => u.href.startsWith(idp.issuer));
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('any password');
  await page.locator('button[type="submit"]').click();
  const consent = page.getByRole('button', { name: 'Continue' });
  await consent.waitFor();
  await consent.click();
}

async function startAtEditing(page: Page): Promise<void> {
  await page.goto(`${baseUrl}/rediger`);
  await page.getByRole('link', { name: 'Log ind med organisationens konto' }).click();
}

const metric = async (sample: string) => {
  const text = await (await fetch(`${baseUrl}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(`${sample} `));
  return line ? Number(line.slice(sample.length + 1)) : 0;
};

describe("sign-in with the organisation's identity provider", () => {
  test('a new staff member from an allowed domain gets a viewer account at first sign-in and sees names at once', async () => {
    const { context, page } = await newPage();
    expect(await userByEmail(ACCOUNTS.sara.email)).toBeUndefined();
    // Anonymous: the fixed contact by role only.
    await page.goto(`${baseUrl}/kontakt?fra=${encodeURIComponent(NAMED_UNIT)}&forloeb=${encodeURIComponent(PATHWAY)}&trin=2`);
    await page.getByTestId('contact-answer').waitFor({ timeout: 15_000 });
    await expect(page.getByText('Navnet vises, når du er logget ind.').first().isVisible()).resolves.toBe(true);
    const personId = await page.getByTestId('contact-card').first().getAttribute('data-person');

    await startAtEditing(page);
    await atProvider(page, 'sara');
    await page.waitForURL(`${baseUrl}/rediger`);
    const session = page.getByTestId('session');
    await session.waitFor();
    await expect(session.getAttribute('data-role')).resolves.toBe('VIEWER');
    await expect(session.textContent()).resolves.toContain('Sara Sygeplejerske');
    await screenshot(page, 'oidc-signed-in-viewer');
    const stored = await userByEmail(ACCOUNTS.sara.email);
    expect(stored).toMatchObject({ role: 'VIEWER', name: 'Sara Sygeplejerske' });
    // No password: this account can only come in through the provider.
    expect(stored!.passwordHash ?? null).toBeNull();
    const cookies = await context.cookies();
    expect(cookies.find((c) => c.name === 'haenderne_session')).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    expect(cookies.find((c) => c.name === 'haenderne_oidc')).toBeUndefined();

    await page.goto(`${baseUrl}/kontakt?fra=${encodeURIComponent(NAMED_UNIT)}&forloeb=${encodeURIComponent(PATHWAY)}&trin=2`);
    await page.getByTestId('contact-answer').waitFor({ timeout: 15_000 });
    const first = page.getByTestId('contact-card').first();
    await expect(first.getAttribute('data-person')).resolves.toBe(personId);
    await expect(first.locator('h4').textContent()).resolves.toBe(seedName(personId!));
    await expect(page.getByText('Navnet vises, når du er logget ind.').count()).resolves.toBe(0);

    // The second sign-in (cookies gone, at the provider too) finds the same account.
    await context.clearCookies();
    await startAtEditing(page);
    await atProvider(page, 'sara');
    await page.waitForURL(`${baseUrl}/rediger`);
    await expect(page.getByTestId('session').getAttribute('data-role')).resolves.toBe('VIEWER');
    await context.close();
    expect((await db.run<{ users: number }>(queries.countUsers))[0]!.users).toBe(1);
    expect((await userByEmail(ACCOUNTS.sara.email))!.id).toBe(stored!.id);
    expect(await metric('haenderne_sign_ins_total{method="oidc",outcome="success"}')).toBe(2);
  });

  test("the provider's group claim makes an editor", async () => {
    const { context, page } = await newPage();
    await startAtEditing(page);
    await atProvider(page, 'rolf');
    await page.waitForURL(`${baseUrl}/rediger`);
    await expect(page.getByTestId('session').getAttribute('data-role')).resolves.toBe('EDITOR');
    expect(await userByEmail(ACCOUNTS.rolf.email)).toMatchObject({ role: 'EDITOR' });
    await context.close();
  });

  test('an address from a domain that is not allowed, or one the provider has not verified, is refused and no account is made', async () => {
    for (const [login, email] of [
      ['xena', ACCOUNTS.xena.email],
      ['ulla', ACCOUNTS.ulla.email],
    ] as const) {
      const { context, page } = await newPage();
      await startAtEditing(page);
      await atProvider(page, login);
      await page.waitForURL(`${baseUrl}/rediger?login=refused`);
      const outcome = page.getByTestId('organisation-sign-in-outcome');
      await expect(outcome.getAttribute('data-outcome')).resolves.toBe('refused');
      await expect(outcome.textContent()).resolves.toContain('domæne er ikke godkendt');
      await expect(page.getByTestId('session').count()).resolves.toBe(0);
      expect(await userByEmail(email)).toBeUndefined();
      expect((await context.cookies()).find((c) => c.name === 'haenderne_session')).toBeUndefined();
      if (login === 'xena') {
        await screenshot(page, 'oidc-refused-domain');
        // The sign-in screen with the provider's button and the refusal passes axe.
        expect(await seriousViolations(page)).toEqual([]);
      }
      await context.close();
    }
    expect(await metric('haenderne_sign_ins_total{method="oidc",outcome="refused"}')).toBe(2);
  });

  test('another person at the provider with the address of an account bound to someone else is refused, and the account keeps its person', async () => {
    const sara = await userByEmail(ACCOUNTS.sara.email);
    expect(sara).toBeDefined();
    const { context, page } = await newPage();
    await startAtEditing(page);
    await atProvider(page, 'impostor');
    await page.waitForURL(`${baseUrl}/rediger?login=taken`);
    const outcome = page.getByTestId('organisation-sign-in-outcome');
    await expect(outcome.getAttribute('data-outcome')).resolves.toBe('taken');
    await expect(outcome.textContent()).resolves.toContain('hører til en anden person');
    await expect(page.getByTestId('session').count()).resolves.toBe(0);
    expect((await context.cookies()).find((c) => c.name === 'haenderne_session')).toBeUndefined();
    expect(await userByEmail(ACCOUNTS.sara.email)).toEqual(sara);
    await context.close();
  });

  test('a callback with an altered state, or one that did not start in this browser (login CSRF), is refused, and the failed attempt spends the pending sign-in', async () => {
    const { context, page } = await newPage();
    // Stop the provider's redirect back before it reaches the app, to hold the callback address in hand.
    const held = new Promise<string>((resolve) => (holdCallback = resolve));
    await startAtEditing(page);
    await atProvider(page, 'sara');
    const original = new URL(await held);
    expect(original.searchParams.get('code')).toBeTruthy();

    // Another browser (the victim of a login CSRF) has no pending sign-in: refused.
    const other = await newPage();
    await other.page.goto(original.href);
    await other.page.waitForURL(`${baseUrl}/rediger?login=expired`);
    expect((await other.context.cookies()).find((c) => c.name === 'haenderne_session')).toBeUndefined();
    await other.context.close();

    // This browser with an altered state: refused, and the pending sign-in is spent.
    const altered = new URL(original.href);
    altered.searchParams.set('state', `${original.searchParams.get('state')}x`);
    await page.goto(altered.href);
    await page.waitForURL(`${baseUrl}/rediger?login=failed`);
    await expect(page.getByTestId('organisation-sign-in-outcome').getAttribute('data-outcome')).resolves.toBe('failed');
    expect((await context.cookies()).find((c) => c.name === 'haenderne_session')).toBeUndefined();
    await page.goto(original.href);
    await page.waitForURL(`${baseUrl}/rediger?login=expired`);
    await context.close();
  });

  test('a revoked session is signed out at the next request; names are hidden again', async () => {
    const { context, page } = await newPage();
    await startAtEditing(page);
    await atProvider(page, 'sara');
    await page.waitForURL(`${baseUrl}/rediger`);
    await page.getByTestId('session').waitFor();
    const sara = await userByEmail(ACCOUNTS.sara.email);
    // An administrator (or a role change at the provider) ends the account's sessions.
    await db.run(queries.endUserSessions, { id: sara!.id });
    await page.goto(`${baseUrl}/kontakt?fra=${encodeURIComponent(NAMED_UNIT)}&forloeb=${encodeURIComponent(PATHWAY)}&trin=2`);
    await page.getByTestId('contact-answer').waitFor({ timeout: 15_000 });
    await expect(page.getByText('Navnet vises, når du er logget ind.').first().isVisible()).resolves.toBe(true);
    await expect(page.getByTestId('session').count()).resolves.toBe(0);
    await context.close();
  });
});

describe('the log of these sign-ins', () => {
  test('holds the outcomes and user ids, and no name, e-mail, token or code', () => {
    const records = logLines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(records.filter((r) => r.msg === 'oidc: signed in').length).toBeGreaterThanOrEqual(4);
    expect(records.filter((r) => r.msg === 'oidc: sign-in refused').map((r) => r.reason)).toEqual(['domain', 'unverified-email']);
    expect(records.some((r) => r.msg === 'request' && r.path === '/auth/oidc/callback')).toBe(true);
    expect(secrets.length).toBeGreaterThanOrEqual(8);
    const text = logLines.join('');
    for (const a of Object.values(ACCOUNTS)) {
      expect(text).not.toContain(a.email);
      expect(text).not.toContain(a.email.toLowerCase());
      expect(text).not.toContain(a.name);
    }
    for (const s of secrets.filter(Boolean)) expect(text).not.toContain(s);
    expect(text).not.toMatch(/[?&](code|state)=/);
  });
});

function seedName(personId: string): string {
  const file = JSON.parse(fs.readFileSync('seed/data/central-denmark/05-people.json', 'utf8')) as { nodes: Array<{ id: string; name?: string }> };
  return file.nodes.find((n) => n.id === personId)!.name!;
}
