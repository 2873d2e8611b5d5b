import type { Core } from 'cytoscape';
import type { Page } from 'playwright-core';
import type { TestApp } from './test-app.js';

// What the page exposes for tests (web/src/features/graph: window.__haenderne), seen from Node.
declare const window: { __haenderne?: { cy: Core } };

/** The map's canvas, and the canvas once data, layout and first draw are done. */
export const MAP = '[data-testid="graph-map"]';
export const MAP_READY = `${MAP}[data-state="ready"]`;

/** Ready means: data loaded, layout finished and no viewport animation running. */
export async function waitForMap(page: Page): Promise<void> {
  await page.locator(MAP_READY).waitFor({ timeout: 30_000 });
  await page.waitForFunction(() => window.__haenderne !== undefined && !window.__haenderne.cy.animated(), undefined, { timeout: 10_000 });
}

/**
 * The API's own answer to a query, which a screen must show (journeys compare against it rather
 * than hard-coding answers). Asked of the app behind the browser's server, in process; an error
 * answer fails the test at once.
 */
export async function apiData<T>(
  t: Pick<TestApp, 'gql'>,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<T> {
  const r = await t.gql<T>(query, variables, headers);
  if (r.errors?.length || r.data === undefined) throw new Error(`The API refused ${query.trim().slice(0, 60)}…: ${JSON.stringify(r.errors)}`);
  return r.data;
}
