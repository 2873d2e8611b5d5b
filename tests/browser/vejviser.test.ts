import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { seriousViolations } from '../support/axe.js';
import { openBrowserSession, screenshot, type BrowserSession } from '../support/browser.js';

/**
 * The guides per municipality. For families (/vejviser/:id): the ways a family can use itself,
 * each once, and per step whom to contact first, on 1–2 A4 pages. For professionals
 * (…/fagpersoner): MedCom, general practice, steps 1–4 grouped across pathways with the fixed
 * contacts and ways in the API ranks, the channels and the units. Both in Danish and English.
 */

const NORDDJURS = 'org:municipality-norddjurs';
/** The numbered ways in; websites are listed apart, once each. */
const FAMILY_KINDS = ['PHONE_LINE'];

let session: BrowserSession;
let page: Page;

interface Route {
  side: string;
  organisation: { id: string; name: string };
  channel: { id: string; kind: string; status: string; address: string | null };
}
interface Guide {
  municipality: { name: string };
  pathways: Array<{
    pathway: { id: string; name: string };
    name: string;
    steps: Array<{ id: string; number: number; name: string; nameLanguage: string; contacts: Array<{ rank: number }>; routes: Route[] }>;
  }>;
  units: Array<{ organisation: { id: string }; channels: Array<{ id: string; kind: string; status: string }> }>;
  websites: Array<{ id: string; name: string; address: string }>;
  medcom: { channel: { address: string | null; status: string } | null; status: { level: string } | null };
}

async function guideFromApi(id: string, lang: 'DA' | 'EN' = 'DA'): Promise<Guide> {
  const res = await fetch(`${session.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `query($m: ID!, $l: Language) { vejviser(municipalityId: $m, lang: $l) {
        municipality { name }
        pathways { pathway { id name } name steps { id number name nameLanguage contacts { rank } routes { side organisation { id name } channel { id kind status address } } } }
        units { organisation { id } channels { id kind status } }
        websites { id name address }
        medcom { channel { address status } status { level } } } }`,
      variables: { m: id, l: lang },
    }),
  });
  const body = (await res.json()) as { data: { vejviser: Guide } | null; errors?: unknown };
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data.vejviser;
}

/** The channels a family can use itself, in the order the guide numbers them: ranked at the steps, then the units' own. */
function familyChannels(g: Guide): string[] {
  const ids: string[] = [];
  const add = (c: { id: string; kind: string; status: string }) => {
    if (c.status === 'ESTABLISHED' && FAMILY_KINDS.includes(c.kind) && !ids.includes(c.id)) ids.push(c.id);
  };
  for (const p of g.pathways) for (const s of p.steps) for (const r of s.routes) if (r.side === 'MUNICIPALITY') add(r.channel);
  for (const u of g.units) u.channels.forEach(add);
  return ids;
}

/** Pages and their A4 size in a PDF Chromium wrote. */
function pdfPages(pdf: Buffer): number {
  const text = pdf.toString('latin1');
  const pages = text.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
  const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [Number(m[1]), Number(m[2])]);
  expect(boxes.length).toBe(pages);
  // A4 is 595 × 842 points.
  for (const [w, h] of boxes) expect([Math.round(w!), Math.round(h!)]).toEqual([595, 842]);
  return pages;
}

async function printedPages(p: Page, name: string): Promise<number> {
  await p.emulateMedia({ media: 'print' });
  const pdf = await p.pdf({ preferCSSPageSize: true, printBackground: true });
  await p.emulateMedia({ media: 'screen' });
  fs.mkdirSync('test-results', { recursive: true });
  fs.writeFileSync(`test-results/${name}.pdf`, pdf);
  return pdfPages(pdf);
}

beforeAll(async () => {
  session = await openBrowserSession();
  page = session.page;
});

afterAll(async () => {
  await session?.close();
});

describe('the guide for families', () => {
  test('from the start page: the ways in once, whom to contact first at each step, no professional material; 1 A4 page', async () => {
    const expected = await guideFromApi(NORDDJURS);
    await page.goto(session.baseUrl);
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Vejviser' }).click();
    const list = page.getByTestId('municipality-list');
    await list.waitFor();
    // All 19 municipalities of the seed, grouped by cluster.
    expect(await list.locator('a').count()).toBe(19);
    await page.getByTestId('municipality-filter').fill('norddjurs');
    expect(await list.locator('a').count()).toBe(1);
    await list.getByRole('link', { name: expected.municipality.name }).click();
    const guide = page.getByTestId('guide');
    await guide.waitFor();
    expect(new URL(page.url()).pathname).toBe(`/vejviser/${encodeURIComponent(NORDDJURS)}`);
    await expect(guide.getAttribute('data-audience')).resolves.toBe('families');
    await expect(page.title()).resolves.toBe(`Vejviser for ${expected.municipality.name} – Hænderne`);
    await expect(page.locator('.skip-link').textContent()).resolves.toBe('Spring til vejviseren');

    // Every family channel once, numbered; the family's own GP last.
    const ways = await guide.getByTestId('family-way').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
    const channels = familyChannels(expected);
    expect(channels.length).toBeGreaterThan(0);
    expect(ways).toEqual(channels);
    await expect(guide.getByTestId('family-gp').textContent()).resolves.toContain('Jeres egen læge');
    const phone = guide.locator(`[data-id="${channels[0]}"] a[href^="tel:"]`);
    await expect(phone.count()).resolves.toBe(1);

    // The websites once each, apart from the ways: the link's text is the address, so the printed
    // page shows it once (print adds no "(href)" after it, as it does after other links).
    expect(expected.websites.map((w) => w.address)).toEqual(['https://www.norddjurs.dk', 'https://www.psykiatrien.rm.dk']);
    const sites = guide.getByTestId('family-website');
    expect(await sites.evaluateAll((els) => els.map((e) => e.getAttribute('data-id')))).toEqual(expected.websites.map((w) => w.id));
    for (const [i, w] of expected.websites.entries()) {
      const link = sites.nth(i).locator('a');
      await expect(link.getAttribute('href')).resolves.toBe(w.address);
      await expect(link.textContent()).resolves.toBe(w.address);
      await expect(sites.nth(i).textContent()).resolves.toBe(`${w.name}: ${w.address}`);
    }
    await page.emulateMedia({ media: 'print' });
    const after = await sites
      .first()
      .locator('a')
      .evaluate((a) => getComputedStyle(a, '::after').content);
    await page.emulateMedia({ media: 'screen' });
    expect(['none', 'normal']).toContain(after);
    for (const w of expected.websites) expect((await guide.textContent())!.split(w.address).length - 1, w.address).toBe(1);

    // One row per step: the seed's three pathways answer alike at each step.
    const rows = guide.getByTestId('family-step');
    expect(await rows.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-step'))))).toEqual([1, 2, 3, 4]);
    const stepNames = expected.pathways[0]!.steps.map((s) => s.name);
    for (const [i, name] of stepNames.entries()) await expect(rows.nth(i).locator('th').textContent()).resolves.toContain(name);
    // Each row names whom to contact first, with the number of the way's card; GP first from step 3.
    const firsts = await rows.evaluateAll((els) => els.map((e) => [...e.querySelectorAll('td li')].map((li) => li.textContent ?? '')));
    for (const [i, first] of firsts.entries()) {
      expect(first.length).toBeGreaterThan(0);
      expect(new Set(first).size).toBe(first.length);
      expect(first.findIndex((f) => f.startsWith('Jeres egen læge'))).toBe(i >= 2 ? 0 : first.length - 1);
    }
    // The text repeats no way: each channel's name appears on its card and nowhere else as a card.
    const text = (await guide.textContent()) ?? '';
    expect(text).not.toMatch(/MedCom|lokationsnummer|\b\d{13}\b/i);
    expect(text).not.toContain('Rådgivningsenheden i BUA');
    expect(text).toContain('Trinene er de samme i forløbsprogrammerne for');
    // The professionals' guide is one link away.
    await expect(guide.getByRole('link', { name: /fagpersoner/ }).count()).resolves.toBe(1);
    await screenshot(page, 'vejviser-family');

    expect(await seriousViolations(page)).toEqual([]);
    const pages = await printedPages(page, 'vejviser-family-norddjurs');
    console.log(`vejviser for families, Norddjurs: ${pages} A4 page(s)`);
    expect(pages).toBeLessThanOrEqual(2);
  });

  test('1–2 A4 pages for every municipality of the seed', async () => {
    const res = await fetch(`${session.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ organisations(filter: { kinds: [MUNICIPALITY] }, first: 100) { nodes { id } } }' }),
    });
    const ids = ((await res.json()) as { data: { organisations: { nodes: Array<{ id: string }> } } }).data.organisations.nodes.map((n) => n.id);
    expect(ids.length).toBe(19);
    const counts: Record<string, number> = {};
    for (const id of ids) {
      await page.goto(`${session.baseUrl}/vejviser/${encodeURIComponent(id)}`);
      await page.getByTestId('guide').waitFor();
      counts[id] = await printedPages(page, 'vejviser-family-each');
    }
    console.log('vejviser for families, A4 pages per municipality:', JSON.stringify(counts));
    for (const n of Object.values(counts)) expect(n).toBeGreaterThanOrEqual(1);
    expect(Object.entries(counts).filter(([, n]) => n > 2)).toEqual([]);
  });
});

describe('the guide for professionals', () => {
  test('MedCom with the location number, general practice, each pathway and step once, grouped where alike', async () => {
    const expected = await guideFromApi(NORDDJURS);
    await page.goto(`${session.baseUrl}/vejviser/${encodeURIComponent(NORDDJURS)}`);
    await page.getByTestId('other-guide').click();
    const guide = page.locator('[data-testid="guide"][data-audience="professionals"]');
    await guide.waitFor();
    expect(new URL(page.url()).pathname).toBe(`/vejviser/${encodeURIComponent(NORDDJURS)}/fagpersoner`);
    await expect(page.title()).resolves.toBe(`Vejviser for fagpersoner, ${expected.municipality.name} – Hænderne`);
    await expect(page.locator('.skip-link').textContent()).resolves.toBe('Spring til vejviseren for fagpersoner');

    const medcom = (await guide.getByTestId('medcom-sentence').textContent()) ?? '';
    expect(expected.medcom.channel?.status).toBe('ESTABLISHED');
    expect(medcom).toContain(`lokationsnummer ${expected.medcom.channel!.address}`);
    if (expected.medcom.status) await expect(guide.getByTestId('medcom-status').getAttribute('data-level')).resolves.toBe(expected.medcom.status.level);

    // Every (pathway, step) in exactly one printed step, with the API's ways in in order.
    const printed = await guide.getByTestId('guide-step').evaluateAll((els) =>
      els.map((e) => ({
        step: Number(e.getAttribute('data-step')),
        pathways: (e.getAttribute('data-pathways') ?? '').split(' '),
        kinds: [...e.querySelectorAll('[data-testid="guide-route"]')].map((r) => r.getAttribute('data-channel-kind')),
        contacts: e.querySelectorAll('[data-testid="guide-contact"]').length,
      })),
    );
    const covered = printed.flatMap((s) => s.pathways.map((p) => `${p}#${s.step}`)).sort();
    expect(covered).toEqual(expected.pathways.flatMap((p) => p.steps.map((s) => `${p.pathway.id}#${s.number}`)).sort());
    for (const s of printed)
      for (const pid of s.pathways) {
        const api = expected.pathways.find((p) => p.pathway.id === pid)!.steps.find((x) => x.number === s.step)!;
        expect(s.kinds).toEqual(api.routes.map((r) => r.channel.kind));
        expect(s.contacts).toBe(api.contacts.length);
      }
    // The websites once each in the list of channels, as links whose text is the address.
    const listed = await guide.getByTestId('guide-channel').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
    for (const w of expected.websites) {
      expect(listed.filter((id) => id === w.id)).toHaveLength(1);
      const link = guide.locator(`[data-testid="guide-channel"][data-id="${w.id}"] a[href="${w.address}"]`);
      await expect(link.textContent()).resolves.toBe(w.address);
    }
    // Fewer printed steps than pathways × steps: alike answers are printed once.
    expect(printed.length).toBeLessThan(expected.pathways.length * 4);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'vejviser-professionals');
    console.log(
      `vejviser for professionals, Norddjurs: ${printed.length} steps printed for ${expected.pathways.length * 4}, ${await printedPages(page, 'vejviser-professionals-norddjurs')} A4 pages`,
    );
  });

  test('Horsens: the named BUA contact at the steps its assignment names', async () => {
    const id = 'org:municipality-horsens';
    const expected = await guideFromApi(id);
    const named = expected.pathways.flatMap((p) =>
      p.steps.filter((s) => s.contacts.length > 0).map((s) => ({ pathway: p.pathway.id, step: s.number, count: s.contacts.length })),
    );
    expect(named.length).toBeGreaterThan(0);
    await page.goto(`${session.baseUrl}/vejviser/${encodeURIComponent(id)}/fagpersoner`);
    const guide = page.getByTestId('guide');
    await guide.waitFor();
    for (const n of named) {
      const step = guide.locator(`[data-testid="guide-step"][data-step="${n.step}"][data-pathways~="${n.pathway}"]`);
      expect(await step.getByTestId('guide-contact').count()).toBe(n.count);
    }
  });
});

describe('in English', () => {
  test('step names from the data in English, Danish content marked lang="da", the language kept on the way to the other guide and on reload', async () => {
    const expected = await guideFromApi(NORDDJURS, 'EN');
    await page.goto(`${session.baseUrl}/vejviser/${encodeURIComponent(NORDDJURS)}?lang=en`);
    const guide = page.getByTestId('guide');
    await guide.waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await expect(page.title()).resolves.toBe(`Guide for ${expected.municipality.name} – Hænderne`);
    await expect(page.locator('.skip-link').textContent()).resolves.toBe('Skip to the guide');
    const rows = guide.getByTestId('family-step');
    for (const [i, s] of expected.pathways[0]!.steps.entries()) {
      expect(s.nameLanguage).toBe('EN');
      await expect(rows.nth(i).locator('th').textContent()).resolves.toContain(s.name);
    }
    await expect(guide.textContent()).resolves.toContain('Your own GP');
    // Names of places are Danish content: marked for screen readers.
    const firstWay = guide.getByTestId('family-way').first();
    await expect(firstWay.locator('[lang="da"]').first().textContent()).resolves.toBe(
      expected.pathways[0]!.steps[0]!.routes.find((r) => r.side === 'MUNICIPALITY' && r.channel.kind === 'PHONE_LINE')!.organisation.name,
    );
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'vejviser-family-en');

    await page.getByTestId('other-guide').click();
    await page.locator('[data-audience="professionals"]').waitFor();
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
    await page.reload();
    await page.locator('[data-audience="professionals"]').waitFor();
    await expect(page.getByRole('heading', { level: 2 }).textContent()).resolves.toBe(`Guide for professionals: ${expected.municipality.name}`);
    await expect(page.getByTestId('medcom-sentence').textContent()).resolves.toContain('at location number');
  });

  test('an unknown municipality is told in words, in the chosen language', async () => {
    await page.goto(`${session.baseUrl}/vejviser/${encodeURIComponent('org:findes-ikke')}?lang=en`);
    await page.getByTestId('guide-error').waitFor();
    await expect(page.getByTestId('guide-error').textContent()).resolves.toContain('There is no municipality with the id "org:findes-ikke"');
    await page.goto(`${session.baseUrl}/vejviser/${encodeURIComponent('org:findes-ikke')}`);
    await page.getByTestId('guide-error').waitFor();
    await expect(page.getByTestId('guide-error').textContent()).resolves.toContain('Der findes ingen kommune med id »org:findes-ikke«');
    await page.goto(`${session.baseUrl}/vejviser/${encodeURIComponent('org:ppr-randers')}`);
    await page.getByTestId('guide-error').waitFor();
    await expect(page.getByTestId('guide-error').textContent()).resolves.toContain('er ikke en kommune');
    expect(session.pageErrors.filter((e) => !/status of 4\d\d/.test(e))).toEqual([]);
  });
});
