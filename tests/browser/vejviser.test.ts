import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowserSession, screenshot, type BrowserSession } from '../support/browser.js';

/**
 * The printable guide per municipality: reached from the start page, it lists every pathway's
 * steps 1–4 with the ways in and channels the API gives, the MedCom status, and prints to A4.
 */

const MUNICIPALITY = 'org:municipality-randers';

let session: BrowserSession;
let page: Page;

interface Guide {
  municipality: { name: string };
  pathways: Array<{ pathway: { id: string; name: string }; steps: Array<{ number: number; contacts: Array<{ rank: number }>; routes: Array<{ channel: { id: string; kind: string } }> }> }>;
  units: Array<{ organisation: { id: string } }>;
  medcom: { status: { level: string } | null; sentence: string };
}

async function guideFromApi(id: string): Promise<Guide> {
  const res = await fetch(`${session.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `query($m: ID!) { vejviser(municipalityId: $m) {
        municipality { name }
        pathways { pathway { id name } steps { number contacts { rank } routes { channel { id kind } } } }
        units { organisation { id } }
        medcom { sentence status { level } } } }`,
      variables: { m: id },
    }),
  });
  return ((await res.json()) as { data: { vejviser: Guide } }).data.vejviser;
}

/** The whole page at once: the screens scroll inside <main>, so grow the window to its height. */
async function tallScreenshot(p: Page, name: string, width = 1280): Promise<void> {
  const height = await p.evaluate(() => (globalThis as unknown as { document: { querySelector(s: string): { scrollHeight: number } } }).document.querySelector('main')!.scrollHeight);
  await p.setViewportSize({ width, height: Math.min(height + 80, 12000) });
  await screenshot(p, name);
  await p.setViewportSize({ width: 1280, height: 720 });
}

beforeAll(async () => {
  session = await openBrowserSession();
  page = session.page;
});

afterAll(async () => {
  await session?.close();
});

describe('the vejviser', () => {
  test('from the start page to a municipality: the steps, the ways in and their channels, the MedCom status', async () => {
    const expected = await guideFromApi(MUNICIPALITY);
    await page.goto(session.baseUrl);
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Vejviser' }).click();
    const list = page.getByTestId('municipality-list');
    await list.waitFor();
    // All 19 municipalities of the seed, grouped by cluster.
    expect(await list.locator('a').count()).toBe(19);
    await screenshot(page, 'vejviser-pick');

    await page.getByTestId('municipality-filter').fill('randers');
    expect(await list.locator('a').count()).toBe(1);
    await list.getByRole('link', { name: expected.municipality.name }).click();
    const guide = page.getByTestId('guide');
    await guide.waitFor();
    expect(new URL(page.url()).pathname).toBe(`/vejviser/${encodeURIComponent(MUNICIPALITY)}`);
    await expect(guide.locator('h2').textContent()).resolves.toContain(expected.municipality.name);

    // Every pathway, each with its steps 1–4, and per step as many ways in as the API gives.
    const pathways = guide.getByTestId('guide-pathway');
    expect(await pathways.evaluateAll((els) => els.map((e) => e.getAttribute('data-pathway')))).toEqual(expected.pathways.map((p) => p.pathway.id));
    for (const p of expected.pathways) {
      const section = guide.locator(`[data-pathway="${p.pathway.id}"]`);
      const steps = section.getByTestId('guide-step');
      expect(await steps.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-step'))))).toEqual([1, 2, 3, 4]);
      for (const s of p.steps) {
        const step = section.locator(`[data-step="${s.number}"]`);
        expect(await step.getByTestId('guide-route').evaluateAll((els) => els.map((e) => e.getAttribute('data-channel-kind')))).toEqual(s.routes.map((r) => r.channel.kind));
        expect(await step.getByTestId('guide-contact').count()).toBe(s.contacts.length);
      }
    }
    // MedCom: the API's sentence and its traffic light.
    await expect(guide.getByTestId('guide-medcom').textContent()).resolves.toContain(expected.medcom.sentence);
    if (expected.medcom.status) await expect(guide.getByTestId('medcom-status').getAttribute('data-level')).resolves.toBe(expected.medcom.status.level);
    // Each way in's channel is listed once with its times and rules.
    const listed = new Set(await guide.getByTestId('guide-channel').evaluateAll((els) => els.map((e) => e.getAttribute('data-id'))));
    for (const p of expected.pathways) for (const s of p.steps) for (const r of s.routes) expect(listed.has(r.channel.id)).toBe(true);
    await screenshot(page, 'vejviser-guide');
    await tallScreenshot(page, 'vejviser-guide-full');
  });

  test('a municipality with named fixed contacts lists them at the steps their assignments name', async () => {
    const id = 'org:municipality-horsens';
    const expected = await guideFromApi(id);
    const named = expected.pathways.flatMap((p) => p.steps.filter((s) => s.contacts.length > 0).map((s) => ({ pathway: p.pathway.id, step: s.number, count: s.contacts.length })));
    // The seed names a BUA fixed contact for Horsens (steps 2 and 3 of every programme).
    expect(named.length).toBeGreaterThan(0);
    await page.goto(`${session.baseUrl}/vejviser/${encodeURIComponent(id)}`);
    const guide = page.getByTestId('guide');
    await guide.waitFor();
    for (const n of named) {
      expect(await guide.locator(`[data-pathway="${n.pathway}"] [data-step="${n.step}"]`).getByTestId('guide-contact').count()).toBe(n.count);
    }
    await guide.locator(`[data-pathway="${named[0]!.pathway}"] [data-step="${named[0]!.step}"]`).scrollIntoViewIfNeeded();
    await screenshot(page, 'vejviser-guide-named');
  });

  test('prints to A4: no header or buttons, no card split over two pages, a sane page count', async () => {
    await page.goto(`${session.baseUrl}/vejviser/${encodeURIComponent(MUNICIPALITY)}`);
    await page.getByTestId('guide').waitFor();
    await expect(page.getByTestId('print-button').textContent()).resolves.toBe('Udskriv');

    await page.emulateMedia({ media: 'print' });
    const hidden = await page.evaluate(() => {
      const doc = (globalThis as unknown as { document: { querySelector(s: string): object | null } }).document;
      const shown = (s: string) => {
        const el = doc.querySelector(s);
        return el !== null && (globalThis as unknown as { getComputedStyle(e: object): { display: string } }).getComputedStyle(el).display !== 'none';
      };
      return { header: shown('.app__header'), toolbar: shown('.vejviser__toolbar'), guide: shown('[data-testid="guide"]') };
    });
    expect(hidden).toEqual({ header: false, toolbar: false, guide: true });
    const breakInside = await page.locator('[data-testid="guide-step"]').first().evaluate((el) => (globalThis as unknown as { getComputedStyle(e: object): { breakInside: string } }).getComputedStyle(el).breakInside);
    expect(breakInside).toBe('avoid');
    // A4 at 96 dpi is 794 px wide.
    await tallScreenshot(page, 'vejviser-print', 794);

    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    fs.mkdirSync('test-results', { recursive: true });
    fs.writeFileSync('test-results/vejviser-randers.pdf', pdf);
    const text = pdf.toString('latin1');
    const pages = text.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    // A4 is 595 × 842 points.
    const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(boxes.length).toBe(pages);
    for (const [w, h] of boxes) {
      expect(Math.abs(w! - 595)).toBeLessThan(1);
      expect(Math.abs(h! - 842)).toBeLessThan(1);
    }
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(14);
    console.log(`vejviser for Randers: ${pages} A4 pages, ${pdf.length} bytes`);

    // Chromium's own PDF viewer draws the file, so the printed pages can be looked at.
    const viewer = await session.browser.newPage({ viewport: { width: 900, height: 1250 } });
    try {
      for (const n of [1, 2, Math.min(3, pages), pages]) {
        await viewer.goto(`file://${process.cwd()}/test-results/vejviser-randers.pdf#page=${n}`);
        await viewer.waitForTimeout(1500);
        await screenshot(viewer, `vejviser-pdf-page-${n}`);
      }
    } finally {
      await viewer.close();
    }
    await page.emulateMedia({ media: 'screen' });
  });

  test('an unknown municipality is told in words', async () => {
    await page.goto(`${session.baseUrl}/vejviser/${encodeURIComponent('org:findes-ikke')}`);
    await page.getByTestId('guide-error').waitFor();
    expect(await page.getByTestId('guide-error').textContent()).toMatch(/kunne ikke hentes/);
    await screenshot(page, 'vejviser-unknown');
    expect(session.pageErrors.filter((e) => !/status of 4\d\d/.test(e))).toEqual([]);
  });
});
