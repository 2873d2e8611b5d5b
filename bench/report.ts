import type { EngineRun } from './engine.js';
import type { HttpRun } from './http-load.js';
import type { ImportFigures } from './national-store.js';
import type { Picks } from './picks.js';
import { round } from './stats.js';
import type { WebFigures } from './web.js';

export interface OperationResult {
  key: string;
  title: string;
  available: boolean;
  /** Why there are no figures (missing from the schema, or an error answer). */
  note?: string;
  /** Statements one request sends (from the recording; the most over the variable sets). */
  statements?: number;
  /** The API process's RSS after this operation's load runs, in MB. */
  rssMbAfter?: number;
  api: HttpRun[];
  engine: EngineRun[];
  /** extensions.roundTrips of the benchmarked request, and at page sizes 10 and 100 where there is one. */
  roundTrips?: { request: number | null; page10: number | null; page100: number | null };
  /** The same requests at c=32 without Cache-Control: no-cache: repeated questions from the response cache. */
  cached?: HttpRun;
}

export interface Results {
  startedAt: string;
  machine: { cpus: number; cpuModel: string; node: string; loadAverageAtStart: number[]; loadAverageAtEnd: number[]; note: string };
  engine: string;
  settings: { httpSeconds: number; engineSeconds: number; concurrency: number[]; webRuns: number };
  import: ImportFigures;
  rssMb: { afterStart: number; afterLoadTests: number; peak: number | null };
  /** The ids and texts asked about. */
  picks: Picks;
  operations: OperationResult[];
  helloWorld: HttpRun[];
  web: { view2000: WebFigures | null; nationalDefault: WebFigures | null; note?: string };
  targets: Target[];
}

export interface Target {
  name: string;
  goal: string;
  measured: string;
  pass: boolean | null;
}

const fmt = (v: number | null | undefined, digits = 1) => (v === null || v === undefined || Number.isNaN(v) ? '—' : round(v, digits).toFixed(digits));

/** Columns from `rightFrom` are right-aligned, except a last column headed '' (notes). */
function table(head: string[], rows: string[][], rightFrom = 1): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const notes = head[head.length - 1] === '' ? head.length - 1 : -1;
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i >= rightFrom && i !== notes ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** Anything that went wrong in a run, in a few words. */
function problems(a: HttpRun | undefined, e: EngineRun | undefined): string {
  const out: string[] = [];
  if (a?.non2xx) out.push(`API: ${a.non2xx} non-2xx`);
  if (a?.errors) out.push(`API: ${a.errors} errors/timeouts`);
  if (a?.errorAnswers) out.push(`API: ${a.errorAnswers} error answers`);
  if (a && a.samples === 0) out.push(`API: no request finished within the ${fmt(a.seconds, 0)} s run`);
  if (e?.errors) out.push(`engine: ${e.errors} failed (${e.firstError})`);
  return out.join('; ');
}

export function byConcurrency<T extends { concurrency: number }>(runs: T[], c: number): T | undefined {
  return runs.find((r) => r.concurrency === c);
}

export function targets(r: Omit<Results, 'targets'>): Target[] {
  const op = (key: string) => r.operations.find((o) => o.key === key);
  const out: Target[] = [];
  const p99 = (key: string, goal: number) => {
    const o = op(key);
    const run = o?.available ? byConcurrency(o.api, 1) : undefined;
    out.push({
      name: `${key} p99 at c=1`,
      goal: `≤ ${goal} ms`,
      measured: run ? `${fmt(run.p99, 2)} ms` : 'not available',
      pass: run ? run.p99 <= goal : null,
    });
  };
  p99('findContact', 10);
  p99('connection', 25);
  const ratios = r.operations
    .filter((o) => o.available && byConcurrency(o.api, 1) && byConcurrency(o.engine, 1))
    .map((o) => ({ key: o.key, ratio: byConcurrency(o.api, 1)!.p50 / byConcurrency(o.engine, 1)!.p50 }));
  const worst = ratios.reduce<{ key: string; ratio: number } | null>((w, x) => (!w || x.ratio > w.ratio ? x : w), null);
  out.push({
    name: 'API ÷ engine at p50 (c=1), worst operation',
    goal: '≤ 1.3',
    measured: worst ? `${fmt(worst.ratio, 2)} (${worst.key}); over 1.3: ${ratios.filter((x) => x.ratio > 1.3).map((x) => x.key).join(', ') || 'none'}` : 'not available',
    pass: worst ? worst.ratio <= 1.3 : null,
  });
  const hello = byConcurrency(r.helloWorld, 32);
  const contact = op('findContact');
  const contactRun = contact?.available ? byConcurrency(contact.api, 32) : undefined;
  const throughput = (name: string, run: HttpRun | undefined) =>
    out.push({
      name,
      goal: '≥ 0.5',
      measured: run && hello ? `${fmt(run.perSecond / hello.perSecond, 2)} (${fmt(run.perSecond, 0)} ÷ ${fmt(hello.perSecond, 0)} req/s)` : 'not available',
      pass: run && hello ? run.perSecond / hello.perSecond >= 0.5 : null,
    });
  throughput('findContact throughput ÷ hello-world (c=32), every answer computed', contactRun);
  throughput('  … as shipped: repeated questions from the response cache', contact?.available ? contact.cached : undefined);
  out.push({ name: 'national import (validate + write)', goal: '≤ 10 s', measured: `${fmt(r.import.importSeconds, 2)} s`, pass: r.import.importSeconds <= 10 });
  // The figure is the RSS "after loading" the national dataset: the server started on
  // the loaded store. What the load runs leave behind is printed too, not hidden in it.
  out.push({
    name: 'API process RSS with the national store loaded',
    goal: '≤ 300 MB',
    measured: `${fmt(r.rssMb.afterStart, 0)} MB (after the load runs ${fmt(r.rssMb.afterLoadTests, 0)} MB, peak ${fmt(r.rssMb.peak, 0)} MB)`,
    pass: r.rssMb.afterStart <= 300,
  });
  out.push({
    name: '  … after the load runs (c=32 on every operation)',
    goal: '≤ 300 MB',
    measured: `${fmt(r.rssMb.afterLoadTests, 0)} MB`,
    pass: r.rssMb.afterLoadTests <= 300,
  });
  const view = r.web.view2000;
  out.push({
    name: `${view?.elements ?? 2000}-element view drawn (median)`,
    goal: '≤ 1500 ms',
    measured: view ? `${view.medianDrawnMs} ms` : 'not available',
    pass: view ? view.medianDrawnMs <= 1500 : null,
  });
  out.push({
    name: 'initial JS, gzip (entry + first screen chunk)',
    goal: '≤ 350 KB',
    measured: view ? `${fmt(view.js.firstScreenGzipKb)} KB (entry alone ${fmt(view.js.entryGzipKb)} KB)` : 'not available',
    pass: view ? view.js.firstScreenGzipKb <= 350 : null,
  });
  return out;
}

export function render(r: Results): string {
  const parts: string[] = [];
  parts.push(
    `Hænderne benchmark, ${r.startedAt} — ${r.engine}; ${r.machine.cpus} × ${r.machine.cpuModel}, Node ${r.machine.node}, load average (1/5/15 min) at start ${r.machine.loadAverageAtStart.map((l) => l.toFixed(2)).join(' ')}, at end ${r.machine.loadAverageAtEnd.map((l) => l.toFixed(2)).join(' ')}`,
  );
  parts.push(`HTTP: autocannon ${r.settings.httpSeconds} s per run; engine replay ${r.settings.engineSeconds} s per run. ${r.machine.note}`);
  parts.push(
    `\nImport: ${r.import.nodes} nodes + ${r.import.relationships} relationships, validate ${fmt(r.import.validateSeconds, 2)} s + write ${fmt(r.import.writeSeconds, 2)} s = ${fmt(r.import.importSeconds, 2)} s → ${fmt(r.import.rowsPerSecond, 0)} rows/s (generation ${fmt(r.import.generateSeconds, 2)} s, not counted)`,
  );
  parts.push(`API process RSS: ${fmt(r.rssMb.afterStart, 0)} MB after start on the loaded store, ${fmt(r.rssMb.afterLoadTests, 0)} MB after the load tests, peak ${fmt(r.rssMb.peak, 0)} MB`);

  const rows: string[][] = [];
  for (const o of r.operations) {
    if (!o.available) {
      rows.push([o.title, '—', 'not available', '', '', '', '', '', '', '', '', o.note ?? '']);
      continue;
    }
    for (const c of r.settings.concurrency) {
      const a = byConcurrency(o.api, c);
      const e = byConcurrency(o.engine, c);
      rows.push([
        c === r.settings.concurrency[0] ? o.title : '',
        String(c),
        ...(a && a.samples === 0 ? [`> ${fmt(a.seconds * 1000, 0)}`, '', ''] : [fmt(a?.p50, 2), fmt(a?.p95, 2), fmt(a?.p99, 2)]),
        `${fmt(a?.perSecond, 0)}${a?.amount ? '*' : ''}`,
        fmt(e?.p50, 2),
        fmt(e?.p95, 2),
        fmt(e?.p99, 2),
        fmt(e?.perSecond, 0),
        a && e ? fmt(a.p50 / e.p50, 2) : '—',
        problems(a, e),
      ]);
    }
  }
  for (const c of r.settings.concurrency) {
    const h = byConcurrency(r.helloWorld, c);
    rows.push([c === r.settings.concurrency[0] ? 'yoga hello-world' : '', String(c), fmt(h?.p50, 2), fmt(h?.p95, 2), fmt(h?.p99, 2), fmt(h?.perSecond, 0), '', '', '', '', '', '']);
  }
  parts.push('\nLatency in ms (API = over HTTP to the real server; engine = the same statements replayed in process)\n');
  parts.push(table(['operation', 'c', 'API p50', 'p95', 'p99', 'req/s', 'engine p50', 'p95', 'p99', 'req/s', 'API÷engine p50', ''], rows));
  parts.push('* a slow operation at c=32 is one wave of 32 requests sent at once, timed until all are answered, not a timed run.');

  const hello32 = byConcurrency(r.helloWorld, 32);
  const cachedRows = r.operations
    .filter((o) => o.available && o.cached)
    .map((o) => [o.title, fmt(o.cached!.p50, 2), fmt(o.cached!.p99, 2), fmt(o.cached!.perSecond, 0), hello32 ? fmt(o.cached!.perSecond / hello32.perSecond, 2) : '—', problems(o.cached, undefined)]);
  if (cachedRows.length) {
    parts.push('\nAs shipped, c=32: the same requests without Cache-Control: no-cache, so repeated anonymous questions come from the response cache\n');
    parts.push(table(['operation', 'p50', 'p99', 'req/s', '÷ hello-world', ''], cachedRows));
  }

  const rt = r.operations.map((o) => [
    o.title,
    o.available ? String(o.statements ?? '—') : 'not available',
    o.roundTrips?.request?.toString() ?? '—',
    o.roundTrips?.page10?.toString() ?? '—',
    o.roundTrips?.page100?.toString() ?? '—',
    fmt(o.rssMbAfter, 0),
  ]);
  parts.push("\nDatabase round trips per request (extensions.roundTrips), and the API process RSS after each operation's load runs\n");
  parts.push(table(['operation', 'statements (most, recorded)', 'benchmarked request', 'page size 10', 'page size 100', 'RSS after (MB)'], rt));
  parts.push('(findContact and search allow at most 50, so their "100" is 50; people takes first, graph limit.)');

  for (const [name, w] of [['2,000-element view', r.web.view2000], ["the app's national view", r.web.nationalDefault]] as const) {
    if (w) parts.push(`\nWeb, ${name}: ${w.nodes} nodes + ${w.edges} edges = ${w.elements} elements drawn in ${w.drawnMs.join(' / ')} ms (median ${w.medianDrawnMs} ms)`);
  }
  const js = r.web.view2000?.js ?? r.web.nationalDefault?.js;
  if (js) parts.push(`Initial JS (gzip -9): entry ${js.entryFiles.join(', ')} ${fmt(js.entryGzipKb)} KB; with the first screen's chunk (${js.firstScreenFiles.join(', ')}) ${fmt(js.firstScreenGzipKb)} KB`);
  if (r.web.note) parts.push(`Web: ${r.web.note}`);

  parts.push('\nTargets\n');
  parts.push(table(['target', 'goal', 'measured', ''], r.targets.map((t) => [t.name, t.goal, t.measured, t.pass === null ? 'not available' : t.pass ? 'pass' : 'MISS']), 99));
  return parts.join('\n');
}
