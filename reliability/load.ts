import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { httpGql, signInAdmin, startServer } from './lib/child-server.js';

export interface LoadReport {
  seconds: number;
  connections: number;
  requests: number;
  requestsPerSecond: number;
  reads: number;
  writes: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  /** The server's CPU time (user + system, all its threads, from /proc) over the run, per request answered: what the load costs the server, less at the mercy of what else the machine runs than requests/s. Null where /proc is missing. */
  serverCpuMsPerRequest: number | null;
  /** Socket errors, timeouts, non-2xx answers and GraphQL errors, each counted. */
  errors: { socket: number; timeouts: number; non2xx: number; graphql: number; samples: string[] };
  /** baseline/end: medians of the first and second half after the warm-up; trend: the least-squares line's rise over that time, relative to the mean. */
  rss: {
    warmUpSeconds: number;
    samples: number;
    baselineMb: number;
    endMb: number;
    maxMb: number;
    growth: number;
    trend: number;
    maxOverBaseline: number;
    series: Array<[number, number]>;
  };
}

const READS: Array<(i: number) => { query: string; variables?: Record<string, unknown> }> = [
  () => ({ query: '{ organisations(first: 50) { totalCount nodes { id name kind sector } } }' }),
  (i) => ({
    query: 'query($t: String!) { search(text: $t) { id label name score } }',
    variables: { t: ['psyk', 'PPR', 'Randers', 'sundhed', 'Århus', 'læge'][i % 6] },
  }),
  () => ({ query: '{ graph(filter: {municipalityId: "org:municipality-randers"}) { totalNodes nodes { id label name } edges { id type source target } } }' }),
  () => ({ query: '{ person(id: "person:p048") { id name email phone worksIn { organisation { id name } } } }' }),
  () => ({ query: '{ people(first: 100) { nodes { id name email } } }' }),
  () => ({ query: '{ groups(first: 50) { nodes { id name } } }' }),
  () => ({ query: '{ organisation(id: "org:municipality-norddjurs") { id name kind } }' }),
];

/** CPU time (user + system) the process has used, in ms; null where /proc is missing. */
function cpuMsOf(pid: number): number | null {
  try {
    // The fields after the command name (which may hold spaces): utime is the 14th, stime the 15th, in clock ticks (100 a second).
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : 0;
};

/**
 * A bounded run on loopback against the real server in a child process: `connections` clients,
 * each cycling through seven reads and one write (an update of a person only that client holds
 * at the time, at the version it just read, so a CONFLICT would be a real lost-update bug).
 * The server's RSS is sampled every second; after the warm-up it must stay within 10 %.
 */
export async function loadRun(seconds: number, connections: number, log: (s: string) => void): Promise<LoadReport> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'haenderne-load-'));
  // The budget per client off: the 50 clients are one address (and one account) measuring what
  // the server holds, not 50 people (query-budget.ts). NODE_ENV=production as the image runs it
  // (and the bench): without it the server logs each request in development's format, through
  // pino-pretty synchronously, 9.4 % of the main thread's time under this load against 5.0 % as
  // JSON written asynchronously (CPU profiles, docs/DESIGN.md, Memory of the API process).
  const server = await startServer(dir, { QUERY_BUDGET_PER_MINUTE: '0', NODE_ENV: 'production' });
  try {
    const auth = await signInAdmin(server.url);
    // One person per client to write to; a client takes one for its read-then-write and gives it back.
    const pool: string[] = [];
    for (let i = 0; i < connections * 2; i++) {
      const r = await httpGql<{ createPerson: { id: string } }>(
        server.url,
        'mutation($p: CreatePersonInput!) { createPerson(properties: $p) { id } }',
        { p: { name: `Last ${i} Østergård`, fictitious: true } },
        auth,
      );
      if (!r.data) throw new Error(`create refused: ${JSON.stringify(r.errors)}`);
      pool.push(r.data.createPerson.id);
    }
    const headers = { 'content-type': 'application/json', accept: 'application/json', ...auth };
    const errors = { socket: 0, timeouts: 0, non2xx: 0, graphql: 0, samples: [] as string[] };
    let reads = 0;
    let writes = 0;
    let counter = 0;
    const checked = (kind: 'read' | 'write') => (status: number, body: string, context: Record<string, unknown>) => {
      if (kind === 'read') reads++;
      else writes++;
      let parsed: { data?: Record<string, unknown> | null; errors?: unknown[] } | null = null;
      try {
        parsed = JSON.parse(body);
      } catch {
        // counted below
      }
      if (status !== 200 || !parsed?.data || parsed.errors?.length || Object.values(parsed.data).some((v) => v === null)) {
        errors.graphql++;
        if (errors.samples.length < 10) errors.samples.push(`${kind} ${status}: ${body.slice(0, 200)}`);
      }
      return parsed;
    };
    const requests = [
      ...READS.map((make) => ({
        method: 'POST',
        path: '/graphql',
        headers,
        setupRequest: (req: Record<string, unknown>) => ({ ...req, body: JSON.stringify(make(counter++)) }),
        onResponse: checked('read'),
      })),
      {
        method: 'POST',
        path: '/graphql',
        headers,
        setupRequest: (req: Record<string, unknown>, context: Record<string, unknown>) => {
          context.personId = pool.shift();
          return { ...req, body: JSON.stringify({ query: 'query($id: ID!) { person(id: $id) { version } }', variables: { id: context.personId } }) };
        },
        onResponse: (status: number, body: string, context: Record<string, unknown>) => {
          const parsed = checked('read')(status, body, context) as { data?: { person?: { version: number } } } | null;
          context.version = parsed?.data?.person?.version;
        },
      },
      {
        method: 'POST',
        path: '/graphql',
        headers,
        setupRequest: (req: Record<string, unknown>, context: Record<string, unknown>) => ({
          ...req,
          body: JSON.stringify({
            query: 'mutation($id: ID!, $v: Int!, $p: UpdatePersonInput!) { updatePerson(id: $id, version: $v, properties: $p) { version } }',
            variables: { id: context.personId, v: context.version, p: { title: `Titel ${counter++} æøå` } },
          }),
        }),
        onResponse: (status: number, body: string, context: Record<string, unknown>) => {
          checked('write')(status, body, context);
          pool.push(context.personId as string);
        },
      },
    ];

    const series: Array<[number, number]> = [];
    const started = Date.now();
    const sampler = setInterval(() => {
      const kb = server.rssKb();
      if (kb) series.push([Math.round((Date.now() - started) / 1000), Math.round(kb / 1024)]);
    }, 1000);
    const progress = setInterval(
      () => log(`load: ${Math.round((Date.now() - started) / 1000)} s, ${reads + writes} requests, RSS ${series.at(-1)?.[1] ?? '?'} MB`),
      30_000,
    );
    const cpuBefore = cpuMsOf(server.pid);
    const result = await autocannon({ url: server.url.replace(/\/graphql$/, ''), connections, duration: seconds, timeout: 30, requests } as never);
    const cpuAfter = cpuMsOf(server.pid);
    clearInterval(sampler);
    clearInterval(progress);
    errors.socket = result.errors;
    errors.timeouts = result.timeouts;
    errors.non2xx = result.non2xx;

    // V8's heap saws up and down by a third between collections; "flat" is about the trend, so
    // compare the medians of the two halves after the warm-up, and the least-squares slope over it.
    const warmUp = Math.min(60, Math.max(10, Math.round(seconds * 0.2)));
    const points = series.filter(([t]) => t >= warmUp);
    const after = points.map(([, mb]) => mb);
    const half = Math.floor(after.length / 2);
    const baseline = median(after.slice(0, half));
    const end = median(after.slice(half));
    const max = Math.max(...after);
    const meanT = points.reduce((n, [t]) => n + t, 0) / points.length;
    const meanM = after.reduce((n, m) => n + m, 0) / after.length;
    const slope = points.reduce((n, [t, m]) => n + (t - meanT) * (m - meanM), 0) / points.reduce((n, [t]) => n + (t - meanT) ** 2, 0);
    const trend = (slope * (points.at(-1)![0] - points[0]![0])) / meanM;
    return {
      seconds,
      connections,
      requests: result.requests.total,
      requestsPerSecond: Math.round(result.requests.average),
      reads,
      writes,
      latencyP50Ms: result.latency.p50,
      latencyP99Ms: result.latency.p99,
      serverCpuMsPerRequest:
        cpuBefore === null || cpuAfter === null || result.requests.total === 0
          ? null
          : Math.round(((cpuAfter - cpuBefore) / result.requests.total) * 100) / 100,
      errors,
      rss: {
        warmUpSeconds: warmUp,
        samples: after.length,
        baselineMb: baseline,
        endMb: end,
        maxMb: max,
        growth: (end - baseline) / baseline,
        trend,
        maxOverBaseline: (max - baseline) / baseline,
        series,
      },
    };
  } finally {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
