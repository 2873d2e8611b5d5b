import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { repoRoot } from './paths.js';

/** Raised for a bad environment value; main.ts prints its one-line message and exits. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

const port = z.coerce
  .number({ error: 'must be a number' })
  .int('must be a whole number')
  .min(0, 'must be between 0 and 65535')
  .max(65535, 'must be between 0 and 65535');

const neo4jUri = z
  .string()
  .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/[^\s/]+/, 'must be a URI such as bolt://localhost:7687 or neo4j+s://host')
  .refine((v) => URL.canParse(v), 'must be a URI such as bolt://localhost:7687');

const envSchema = z.object({
  PORT: port.default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  GRAPH_DATA_DIR: z.string().min(1).default('./data'),
  NEO4J_URI: neo4jUri.optional(),
  NEO4J_USERNAME: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  SEED_ON_EMPTY: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
});

export type EngineConfig =
  | { kind: 'embedded'; dataDir: string | null }
  | { kind: 'neo4j'; uri: string; username: string; password: string; database: string };

export interface AppConfig {
  port: number;
  host: string;
  engine: EngineConfig;
  seedOnEmpty: boolean;
  production: boolean;
}

/** Validates the environment once at start; every problem names its variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = String(issue.path[0] ?? 'environment');
    throw new ConfigError(`${name}=${JSON.stringify(env[name] ?? '')} ${issue.message}`);
  }
  const e = parsed.data;
  let engine: EngineConfig;
  if (e.NEO4J_URI) {
    if (!e.NEO4J_PASSWORD) throw new ConfigError('NEO4J_PASSWORD must be set when NEO4J_URI is set');
    engine = { kind: 'neo4j', uri: e.NEO4J_URI, username: e.NEO4J_USERNAME, password: e.NEO4J_PASSWORD, database: e.NEO4J_DATABASE };
  } else {
    engine = { kind: 'embedded', dataDir: ensureWritableDir(e.GRAPH_DATA_DIR) };
  }
  return { port: e.PORT, host: e.HOST, engine, seedOnEmpty: e.SEED_ON_EMPTY, production: e.NODE_ENV === 'production' };
}

function ensureWritableDir(dir: string): string {
  const abs = path.resolve(repoRoot, dir);
  try {
    fs.mkdirSync(abs, { recursive: true });
    fs.accessSync(abs, fs.constants.W_OK);
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code ?? 'not writable';
    throw new ConfigError(`GRAPH_DATA_DIR=${JSON.stringify(dir)} is not a writable directory (${reason})`);
  }
  return abs;
}
