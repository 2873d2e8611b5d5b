import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { repoRoot } from '../../api/src/paths.js';
import { SERVER_LAUNCHER } from '../../bench/processes.js';

export const ADMIN = { email: 'reliability-admin@example.dk', password: 'reliability-admin-password' };

export interface Child {
  proc: ChildProcess;
  pid: number;
  output: () => string;
  /** SIGKILL: no handler runs, nothing is flushed or closed. */
  kill9(): Promise<void>;
  stop(): Promise<void>;
  /** Resident set size in kB, from /proc. */
  rssKb(): number | null;
}

export interface ChildServer extends Child {
  url: string;
}

/** A TypeScript entry point in its own Node process (no npx or tsx wrapper in between, so the pid is the server's). */
export function spawnTs(entry: string, env: Record<string, string>, args: string[] = []): Child {
  // Through the launcher npm start and the Dockerfile use (its allocator; it execs node, so the
  // pid is the child's own).
  const proc = spawn('sh', [SERVER_LAUNCHER, process.execPath, '--import', 'tsx', entry, ...args], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  // The server logs a line per request: keep the start (the ready line) and the last 256 kB.
  const keep = (d: Buffer) => {
    out += d;
    if (out.length > 512_000) out = `${out.slice(0, 128_000)}\n…\n${out.slice(-256_000)}`;
  };
  proc.stdout!.on('data', keep);
  proc.stderr!.on('data', keep);
  const exited = new Promise<void>((r) => proc.once('exit', () => r()));
  return {
    proc,
    pid: proc.pid!,
    output: () => out,
    async kill9() {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGTERM');
      await exited;
    },
    rssKb() {
      try {
        const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${proc.pid}/status`, 'utf8'));
        return m ? Number(m[1]) : null;
      } catch {
        return null;
      }
    },
  };
}

/** The real server (api/src/main.ts) on a free loopback port over a file-backed store. */
export async function startServer(dataDir: string, env: Record<string, string> = {}, timeoutMs = 120_000): Promise<ChildServer> {
  const child = spawnTs('api/src/main.ts', {
    PORT: '0',
    HOST: '127.0.0.1',
    GRAPH_DATA_DIR: dataDir,
    SEED_ON_EMPTY: 'true',
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    ...env,
  });
  const started = Date.now();
  for (;;) {
    const m = /ready on (http:\/\/[\d.]+:\d+)\//.exec(child.output());
    if (m) return { ...child, url: `${m[1]}/graphql` };
    if (child.proc.exitCode !== null || Date.now() - started > timeoutMs) {
      await child.kill9();
      throw new Error(`the server did not start: ${child.output().slice(-2000)}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

export type GqlAnswer<T = unknown> = { data?: T | null; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };

export async function httpGql<T = unknown>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GqlAnswer<T>> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  if (res.status >= 500) throw new Error(`HTTP ${res.status}: ${(await res.text()).slice(0, 300)}`);
  return (await res.json()) as GqlAnswer<T>;
}

export async function signInAdmin(url: string): Promise<Record<string, string>> {
  const r = await httpGql<{ signIn: { token: string } | null }>(url, 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }', {
    e: ADMIN.email,
    p: ADMIN.password,
  });
  if (!r.data?.signIn?.token) throw new Error(`sign-in failed: ${JSON.stringify(r.errors)}`);
  return { authorization: `Bearer ${r.data.signIn.token}` };
}
