import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';

/**
 * Starts the project's own Neo4j 5.26 Community (Launcher.java, resolved by Maven from Maven
 * Central) with Bolt on 127.0.0.1 and a port the OS picks. No Docker needed; Java 17+ and Maven.
 */

const here = path.dirname(fileURLToPath(import.meta.url));
const classpathFile = path.join(here, 'target', 'classpath.txt');
const classesDir = path.join(here, 'target', 'classes');
const READY_TIMEOUT_MS = 90_000;

export interface RunningNeo4j {
  uri: string;
  /** Any value works: the launcher's Neo4j listens on loopback with authentication off. */
  username: string;
  password: string;
  /** With `pool`: where further empty Neo4j servers are lent (see Launcher.java). */
  poolUrl: string | null;
  /** The Java process's id, for reading its RSS. */
  pid: number;
  stop(): Promise<void>;
}

/** Compiles the launcher and resolves Neo4j's jars when the sources are newer than the build. */
export function buildLauncher(log: (line: string) => void = () => undefined): void {
  const sources = [path.join(here, 'pom.xml'), path.join(here, 'src/main/java/dk/haenderne/neo4j/Launcher.java')];
  const built = fs.existsSync(classpathFile) ? fs.statSync(classpathFile).mtimeMs : 0;
  if (sources.every((s) => fs.statSync(s).mtimeMs < built)) return;
  log('Resolving Neo4j 5.26 from Maven Central and compiling the launcher (once)…');
  const mvn = spawnSync('mvn', ['-q', '-B', 'compile'], { cwd: here, stdio: ['ignore', 'inherit', 'inherit'] });
  if (mvn.error) throw new Error(`Maven is needed to start Neo4j without Docker: ${mvn.error.message}`);
  if (mvn.status !== 0) throw new Error(`mvn compile in ${here} failed with exit code ${mvn.status}`);
  fs.utimesSync(classpathFile, new Date(), new Date());
}

/** Starts a Neo4j with its data in a new temporary folder (or `dataDir`); resolves when it answers. */
export async function startNeo4j(options: { dataDir?: string; heap?: string; pool?: boolean; log?: (line: string) => void } = {}): Promise<RunningNeo4j> {
  buildLauncher(options.log);
  const classpath = `${classesDir}${path.delimiter}${fs.readFileSync(classpathFile, 'utf8').trim()}`;
  const args = [`-Xmx${options.heap ?? (options.pool ? '2g' : '1g')}`, '-XX:+UseSerialGC', '-cp', classpath, 'dk.haenderne.neo4j.Launcher'];
  if (options.pool) args.push('--pool');
  if (options.dataDir) args.push(options.dataDir);
  // stdin stays a pipe we never close by hand: when this process ends, the launcher sees EOF and stops.
  const child = spawn('java', args, { stdio: ['pipe', 'pipe', 'pipe'] });
  const stderr: string[] = [];
  child.stderr!.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
  const ready = await readyLines(child, stderr, options.pool ? ['NEO4J_URI', 'NEO4J_POOL'] : ['NEO4J_URI']);
  return {
    uri: ready.NEO4J_URI!,
    poolUrl: ready.NEO4J_POOL ?? null,
    username: 'neo4j',
    password: 'launcher-has-auth-off',
    pid: child.pid!,
    stop: () => stopChild(child),
  };
}

/** Resolves with the launcher's `NAME=value` lines once all of `names` have come. */
function readyLines(child: ChildProcess, stderr: string[], names: string[]): Promise<Record<string, string>> {
  return new Promise((resolve, reject) => {
    const seen: Record<string, string> = {};
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`Neo4j did not start within ${READY_TIMEOUT_MS / 1000} s:\n${stderr.join('').slice(-2000)}`));
    }, READY_TIMEOUT_MS);
    const lines = readline.createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const match = /^(NEO4J_\w+)=(\S+)$/.exec(line);
      if (match) seen[match[1]!] = match[2]!;
      if (names.every((n) => n in seen)) {
        clearTimeout(timer);
        resolve(seen);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Neo4j exited with code ${code} before it answered:\n${stderr.join('').slice(-2000)}`));
    });
    child.once('error', (err) => {
      clearTimeout(timer);
      reject(new Error(`Java is needed to start Neo4j without Docker: ${err.message}`));
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.stdin!.end(); // the launcher shuts Neo4j down cleanly on end of input
  });
}
