import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { spawnSync } from 'node:child_process';
import { chromium, type Page } from 'playwright-core';
import { repoRoot, webDistDir } from '../api/src/paths.js';

export const CHROMIUM_PATH = '/usr/bin/chromium';
/**
 * Chromium's headless mode is the whole browser: every new context opens a window, and each window
 * preloads Chrome's own omnibox popup (a WebUI page in a renderer of its own) while the app loads.
 * In a trace of one national run (load ~17) that renderer used 935 ms of CPU and the browser's main
 * thread 289 ms against the page's 1,794, on the same two cores as the page and the server, inside
 * the time measured; a user's browser did that when its window opened, not when the map was asked
 * for. Off here, so the figure is the app's (DESIGN.md, Web: view11).
 */
const CHROME_UI_OFF = '--disable-features=WebUIOmniboxPopup,PreloadTopChromeWebUI';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', CHROME_UI_OFF];
const READY = '[data-testid="graph-map"][data-state="ready"]';

// What page callbacks see in the browser (this project's tsconfig has no DOM types).
declare const window: {
  __haenderne?: { cy: { nodes(): { length: number }; edges(): { length: number }; animated(): boolean } };
  __benchReadyAt?: number;
};
declare const document: { querySelector(selector: string): { getAttribute(name: string): string | null } | null; documentElement: unknown };
declare const performance: { now(): number };
declare const MutationObserver: new (cb: () => void) => { observe(target: unknown, options: Record<string, unknown>): void; disconnect(): void };

/** The newest modification time of the web app's sources (web/src, web/index.html, the Vite config). */
function newestSource(): number {
  const webDir = path.join(repoRoot, 'web');
  const files = [
    ...fs.readdirSync(path.join(webDir, 'src'), { recursive: true, encoding: 'utf8' }).map((f) => path.join(webDir, 'src', f)),
    path.join(webDir, 'index.html'),
    path.join(webDir, 'vite.config.ts'),
  ];
  return Math.max(...files.filter((f) => fs.existsSync(f)).map((f) => fs.statSync(f).mtimeMs));
}

/**
 * Builds web/dist with the project's script when it is missing or older than the sources (the
 * server serves it, and the size figure should be that of the current code). When a rebuild
 * fails, an existing build is measured and the returned note says so.
 */
export function ensureWebBuild(log: (line: string) => void): string | undefined {
  const index = path.join(webDistDir, 'index.html');
  const exists = fs.existsSync(index);
  if (exists && fs.statSync(index).mtimeMs >= newestSource()) return undefined;
  log(`  web/dist is ${exists ? 'older than web/src' : 'missing'}: npm run build:web`);
  const r = spawnSync('npm', ['run', 'build:web'], { cwd: repoRoot, stdio: 'inherit' });
  if (r.status === 0) return undefined;
  if (!exists) throw new Error('npm run build:web failed and there is no earlier build');
  return 'npm run build:web failed; an earlier build of web/dist was measured';
}

export interface JsSize {
  /** The entry script and its static imports (modulepreload) named in index.html. */
  entryFiles: string[];
  entryGzipKb: number;
  /** Every script the browser fetched before the first screen was drawn (the entry and the lazy first-screen chunk). */
  firstScreenFiles: string[];
  firstScreenGzipKb: number;
}

function gzipKb(files: string[]): number {
  const bytes = files.reduce((n, f) => n + zlib.gzipSync(fs.readFileSync(path.join(webDistDir, f)), { level: 9 }).length, 0);
  return Math.round((bytes / 1024) * 10) / 10;
}

/** The scripts index.html loads up front: module scripts and modulepreload links. */
export function entryScripts(): string[] {
  const html = fs.readFileSync(path.join(webDistDir, 'index.html'), 'utf8');
  const srcs = [...html.matchAll(/<script[^>]*type="module"[^>]*src="\/([^"]+)"/g), ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="\/([^"]+)"/g)];
  return [...new Set(srcs.map((m) => m[1]!))];
}

export interface WebFigures {
  /** Nodes + edges Cytoscape holds once the map is ready. */
  elements: number;
  nodes: number;
  edges: number;
  /** From navigation start to the map's data-state="ready" (data loaded, layout finished), per run. */
  drawnMs: number[];
  /** The median of the runs. */
  medianDrawnMs: number;
  js: JsSize;
  /** The size the answer was trimmed to; null for the app's own national view. */
  targetElements: number | null;
}

/**
 * Opens the app in headless Chromium `runs` times (a fresh context each time, so nothing is
 * cached between runs) and times the first drawn graph: from navigation start to the map's
 * data-state="ready" (data loaded, layout run, drawn), read in the page by a MutationObserver.
 */
export async function measureWeb(baseUrl: string, targetElements: number | null, runs: number): Promise<WebFigures> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  try {
    const drawnMs: number[] = [];
    let counts = { nodes: 0, edges: 0 };
    let scripts: string[] = [];
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'da-DK' });
      const page = await context.newPage();
      const fetched: string[] = [];
      page.on('response', (res) => {
        const url = new URL(res.url());
        if (url.pathname.endsWith('.js')) fetched.push(url.pathname.slice(1));
      });
      await trimView(page, targetElements);
      await page.addInitScript(() => {
        const observer = new MutationObserver(() => {
          if (document.querySelector('[data-testid="graph-map"][data-state="ready"]')) {
            window.__benchReadyAt = performance.now();
            observer.disconnect();
          }
        });
        observer.observe(document.documentElement ?? document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
      });
      await page.goto(baseUrl);
      await page.locator(READY).waitFor({ timeout: 60_000 });
      const result = await page.evaluate(() => {
        const cy = window.__haenderne!.cy;
        return { at: window.__benchReadyAt ?? NaN, nodes: cy.nodes().length, edges: cy.edges().length };
      });
      drawnMs.push(Math.round(result.at));
      counts = { nodes: result.nodes, edges: result.edges };
      scripts = fetched;
      await context.close();
    }
    const sorted = [...drawnMs].sort((a, b) => a - b);
    const entryFiles = entryScripts();
    const firstScreenFiles = [...new Set(scripts)].filter((f) => fs.existsSync(path.join(webDistDir, f)));
    return {
      ...counts,
      elements: counts.nodes + counts.edges,
      drawnMs,
      medianDrawnMs: sorted[Math.floor(sorted.length / 2)]!,
      js: { entryFiles, entryGzipKb: gzipKb(entryFiles), firstScreenFiles, firstScreenGzipKb: gzipKb(firstScreenFiles) },
      targetElements,
    };
  } finally {
    await browser.close();
  }
}

/** What the app hides until asked (web/src/features/graph/components/graph-explorer.tsx). */
const HIDDEN_LABELS = new Set(['Person', 'Mandate']);
const HIDDEN_KINDS = new Set(['GP_PRACTICE', 'MUNICIPAL_UNIT']);

interface GraphBody {
  data?: {
    graph?: { nodes: Array<{ id: string; label: string; kind: string | null }>; edges: Array<{ id: string; type: string; source: string; target: string }> };
  };
}

/**
 * The elements the app draws from a graph answer: the nodes it does not hide and the edges
 * between them, less IN_CLUSTER edges (drawn as the cluster's frame, not as an edge).
 */
function drawnCount(graph: NonNullable<NonNullable<GraphBody['data']>['graph']>): { nodes: Set<string>; edges: number } {
  const nodes = new Set(
    graph.nodes.filter((n) => !HIDDEN_LABELS.has(n.label) && !(n.label === 'Organisation' && HIDDEN_KINDS.has(n.kind ?? ''))).map((n) => n.id),
  );
  const edges = graph.edges.filter((e) => e.type !== 'IN_CLUSTER' && nodes.has(e.source) && nodes.has(e.target)).length;
  return { nodes, edges };
}

/**
 * The app's own request goes to the real server unchanged. With `targetElements`, the answer
 * then loses STATUS edges (the most numerous: three years of traffic lights), last first, until
 * the app would draw that many elements; everything else is as the server sent it.
 */
async function trimView(page: Page, targetElements: number | null): Promise<void> {
  if (targetElements === null) return;
  await page.route('**/graphql', async (route) => {
    const request = route.request();
    const body = request.postDataJSON() as { query?: string } | null;
    if (request.method() !== 'POST' || !body?.query?.includes('graph(filter')) return route.continue();
    const response = await route.fetch();
    const json = (await response.json()) as GraphBody;
    const graph = json.data?.graph;
    if (graph) {
      const { nodes, edges } = drawnCount(graph);
      let excess = nodes.size + edges - targetElements;
      for (let i = graph.edges.length - 1; i >= 0 && excess > 0; i--) {
        const e = graph.edges[i]!;
        if (e.type === 'STATUS' && nodes.has(e.source) && nodes.has(e.target)) {
          graph.edges.splice(i, 1);
          excess--;
        }
      }
    }
    await route.fulfill({ response, json });
  });
}
