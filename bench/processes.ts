import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { repoRoot } from '../api/src/paths.js';

export interface ChildServer {
  pid: number;
  url: string;
  /** Resident set size now, in MB. */
  rssMb(): number;
  /** The highest resident set size so far (VmHWM), in MB; null where /proc is missing. */
  peakRssMb(): number | null;
  /** Null while it runs; once it has exited, how (code or signal) and the last lines it printed. */
  exited(): string | null;
  /** Resolves once the process has been (nearly) idle for a moment: requests a load tool gave up on are finished. */
  settle(maxSeconds?: number): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The launcher `npm start` (package.json) and the Dockerfile run the server through, which the
 * bench's servers go through too (see docs/DESIGN.md, Memory of the API process): it picks the
 * memory allocator (jemalloc when the machine has it, else glibc's malloc with two arenas) and
 * `exec`s the command, so the pid is the server's. V8 flags: none. A fixed
 * MALLOC_MMAP_THRESHOLD_=65536 with V8's --max-semi-space-size=8 took ~25 MB off the RSS but cost
 * findContact a third of its throughput at c=32 (594 -> 399 req/s, same minutes): not kept.
 */
export const SERVER_LAUNCHER = 'api/bin/with-allocator.sh';
export const SERVER_NODE_FLAGS: readonly string[] = [];

/**
 * Starts a TypeScript entry point as its own Node process (`node --import tsx` behind the
 * launcher, which execs it: the pid is the server itself, not a wrapper) and waits for the line announcing its port.
 */
export async function startServer(entry: string, env: NodeJS.ProcessEnv, readyLine: RegExp, timeoutMs = 60_000): Promise<ChildServer> {
  const child = spawn('sh', [SERVER_LAUNCHER, process.execPath, ...SERVER_NODE_FLAGS, '--import', 'tsx', entry], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  let tail = '';
  const keepTail = (chunk: Buffer) => (tail = (tail + chunk.toString()).slice(-4000));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`${entry} did not start within ${timeoutMs} ms:\n${output.join('')}`)), timeoutMs);
    const fail = (err: Error) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(err);
    };
    const onData = (chunk: Buffer) => {
      output.push(chunk.toString());
      const match = readyLine.exec(output.join(''));
      if (match) {
        clearTimeout(timer);
        // The server logs a line per request from here on: keep only the last few kB, to say
        // why it stopped if it does.
        child.stdout!.off('data', onData);
        child.stdout!.on('data', keepTail);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => {
      output.push(chunk.toString());
      keepTail(chunk);
    });
    child.once('exit', (code) => fail(new Error(`${entry} exited with code ${code} before it was ready:\n${output.join('')}`)));
  });
  child.removeAllListeners('exit');
  let exit: string | null = null;
  child.once('exit', (code, signal) => {
    const last = tail.trim().split('\n').slice(-6).join(' | ').slice(-1200);
    exit = `${entry} exited (${signal ? `signal ${signal}` : `code ${code}`})${last ? `; its last output: ${last}` : ''}`;
  });
  return {
    pid: child.pid!,
    url,
    rssMb: () => rssMbOf(child.pid!),
    peakRssMb: () => peakRssMbOf(child.pid!),
    exited: () => exit,
    settle: (maxSeconds = 90) => settle(child.pid!, maxSeconds),
    stop: () => stopChild(child),
  };
}

/** CPU seconds (user + system) the process has used, from /proc; null elsewhere. */
function cpuSeconds(pid: number): number | null {
  const stat = `/proc/${pid}/stat`;
  if (!fs.existsSync(stat)) return null;
  // Fields after the command name (which may hold spaces): state is field 3, utime 14, stime 15.
  const fields = fs.readFileSync(stat, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/**
 * When a timed run ends, the load tool stops waiting but the server still works through the
 * requests it had accepted (32 slow ones can take many seconds). Measuring the next operation
 * then would measure both; so wait until the server uses under 5% of a core over 0.5 s, twice.
 */
export async function settle(pid: number, maxSeconds: number): Promise<void> {
  const deadline = performance.now() + maxSeconds * 1000;
  let quiet = 0;
  const first = cpuSeconds(pid);
  if (first === null) return new Promise((r) => setTimeout(r, 2000));
  let last: number = first;
  while (quiet < 2 && performance.now() < deadline) {
    await new Promise((r) => setTimeout(r, 500));
    const now: number = cpuSeconds(pid) ?? last;
    quiet = now - last < 0.025 ? quiet + 1 : 0;
    last = now;
  }
}

/** Resident set size of any process now (the server, the Neo4j JVM), in MB. */
export const rssMbOf = (pid: number): number => rssOf(pid, 'VmRSS');

/** The highest resident set size of the process so far (VmHWM), in MB; null where /proc is missing. */
export const peakRssMbOf = (pid: number): number | null => (fs.existsSync(`/proc/${pid}/status`) ? rssOf(pid, 'VmHWM') : null);

function rssOf(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const status = `/proc/${pid}/status`;
  if (fs.existsSync(status)) {
    const kb = Number(
      /\s(\d+) kB/.exec(
        fs
          .readFileSync(status, 'utf8')
          .split('\n')
          .find((l) => l.startsWith(field)) ?? '',
      )?.[1],
    );
    return kb / 1024;
  }
  // macOS and others: ps reports RSS in KB.
  return (
    Number(
      execFileSync('ps', ['-o', 'rss=', '-p', String(pid)])
        .toString()
        .trim(),
    ) / 1024
  );
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
