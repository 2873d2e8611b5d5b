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
  stop(): Promise<void>;
}

/**
 * Starts a TypeScript entry point as its own Node process (`node --import tsx`, so the pid is
 * the server itself, not a wrapper) and waits for the line announcing its port.
 */
export async function startServer(entry: string, env: NodeJS.ProcessEnv, readyLine: RegExp, timeoutMs = 60_000): Promise<ChildServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
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
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.once('exit', (code) => fail(new Error(`${entry} exited with code ${code} before it was ready:\n${output.join('')}`)));
  });
  child.removeAllListeners('exit');
  return {
    pid: child.pid!,
    url,
    rssMb: () => rssOf(child.pid!, 'VmRSS'),
    peakRssMb: () => (fs.existsSync(`/proc/${child.pid}/status`) ? rssOf(child.pid!, 'VmHWM') : null),
    stop: () => stopChild(child),
  };
}

function rssOf(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const status = `/proc/${pid}/status`;
  if (fs.existsSync(status)) {
    const kb = Number(/\s(\d+) kB/.exec(fs.readFileSync(status, 'utf8').split('\n').find((l) => l.startsWith(field)) ?? '')?.[1]);
    return kb / 1024;
  }
  // macOS and others: ps reports RSS in KB.
  return Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)]).toString().trim()) / 1024;
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
