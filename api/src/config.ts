import type { QueryBudgetOptions } from './query-budget.js';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { repoRoot } from './paths.js';
import type { AppSettings } from './context.js';
import type { ResponseCacheOptions } from './response-cache/response-cache.js';
import { LOG_LEVELS, type LogLevel } from './observability/logger.js';
import type { OidcOptions } from './modules/auth/oidc-options.js';
import { parseTrustProxy } from './auth/client-address.js';

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
  SEED_ON_EMPTY: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  ADMIN_EMAIL: z.email('must be an e-mail address').optional(),
  ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),
  SESSION_HOURS: z.coerce
    .number({ error: 'must be a number' })
    .positive('must be positive')
    .max(24 * 30, 'must be at most 720')
    .default(12),
  PERSONAL_DATA_PUBLIC: z
    .enum(['true', 'false'], 'must be true or false')
    .default('false')
    .transform((v) => v === 'true'),
  SECURE_COOKIES: z.enum(['true', 'false'], 'must be true or false').optional(),
  RESPONSE_CACHE: z.enum(['true', 'false'], 'must be true or false').optional(),
  LOG_LEVEL: z.enum(LOG_LEVELS, `must be one of ${LOG_LEVELS.join(', ')}`).default('info'),
  LOG_FORMAT: z.enum(['json', 'pretty'], 'must be json or pretty').optional(),
  METRICS: z
    .enum(['true', 'false'], 'must be true or false')
    .default('false')
    .transform((v) => v === 'true'),
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  OIDC_ISSUER: z.url('must be a URL such as https://login.example.dk/realms/staff').optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_REDIRECT_URI: z
    .url('must be a URL ending in /auth/oidc/callback')
    .refine((v) => new URL(v).pathname === '/auth/oidc/callback', 'must be a URL ending in /auth/oidc/callback')
    .optional(),
  OIDC_ALLOWED_DOMAINS: z
    .string()
    .regex(/^\s*[a-z0-9.-]+\.[a-z]{2,}(\s*,\s*[a-z0-9.-]+\.[a-z]{2,})*\s*$/i, 'must be e-mail domains separated by commas, such as rm.dk,aarhus.dk')
    .optional(),
  OIDC_EMAIL_CLAIM: z.string().min(1).default('email'),
  OIDC_ROLE_CLAIM: z.string().min(1).optional(),
  OIDC_EDITOR_VALUES: z.string().optional(),
  OIDC_ADMIN_VALUES: z.string().optional(),
  OIDC_SCOPES: z
    .string()
    .regex(/(^|\s)openid(\s|$)/, 'must include openid')
    .default('openid email profile'),
  ACCESS_LOG: z
    .enum(['true', 'false'], 'must be true or false')
    .default('true')
    .transform((v) => v === 'true'),
  ACCESS_LOG_RETENTION_DAYS: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(1, 'must be between 1 and 3650')
    .max(3650, 'must be between 1 and 3650')
    .default(180),
  BACKUP_DIR: z.string().min(1).optional(),
  BACKUP_INTERVAL_HOURS: z.coerce
    .number({ error: 'must be a number' })
    .min(0.01, 'must be between 0.01 and 720')
    .max(720, 'must be between 0.01 and 720')
    .default(24),
  BACKUP_KEEP: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(10000, 'must be at most 10000')
    .default(14),
  RESPONSE_CACHE_METADATA: z.enum(['true', 'false'], 'must be true or false').optional(),
  TRUST_PROXY: z
    .string()
    .default('false')
    .transform((v, ctx) => {
      try {
        return parseTrustProxy(v);
      } catch (err) {
        ctx.addIssue({ code: 'custom', message: (err as Error).message });
        return z.NEVER;
      }
    }),
  RESPONSE_CACHE_MB: z.coerce.number({ error: 'must be a number' }).positive('must be positive').max(4096, 'must be at most 4096').default(16),
  // Work one client may ask for in a minute, in query-cost.ts's units (query-budget.ts); 0 turns it off.
  QUERY_BUDGET_PER_MINUTE: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .refine((n) => n === 0 || (n >= 150 && n <= 10_000_000), 'must be 0 (off) or from 150 (the most one request may cost) to 10000000')
    .default(6000),
});

/** Every environment variable the server reads (docker-compose.yml is checked against it). */
export const CONFIG_VARIABLES: readonly string[] = Object.keys(envSchema.shape);

export type EngineConfig = { kind: 'embedded'; dataDir: string | null } | { kind: 'neo4j'; uri: string; username: string; password: string; database: string };

export interface AppConfig {
  port: number;
  host: string;
  engine: EngineConfig;
  seedOnEmpty: boolean;
  production: boolean;
  /** The admin created on first start when no user exists. */
  admin: { email: string; password: string } | null;
  settings: AppSettings;
  /** Anonymous answers served from memory (see api/src/response-cache), or null. */
  responseCache: ResponseCacheOptions | null;
  /** Per-client work per minute (query-budget.ts); null when QUERY_BUDGET_PER_MINUTE=0. */
  queryBudget: QueryBudgetOptions | null;
  /** Level, and JSON lines (default outside development) or readable ones. */
  log: { level: LogLevel; pretty: boolean };
  /** GET /metrics, behind a bearer token when one is set; null when off. */
  metrics: { token: string | null } | null;
  /** Sign-in with the organisation's identity provider; null when OIDC_ISSUER is unset. */
  oidc: OidcOptions | null;
  /** Who was shown whose personal data, kept this many days; null when off. */
  accessLog: { retentionDays: number } | null;
  /** Scheduled online backups of the embedded store; null without BACKUP_DIR or with Neo4j (use Neo4j's tools). */
  backup: { dir: string; intervalMs: number; keep: number } | null;
  /** Set when BACKUP_DIR is ignored because the store is Neo4j; main.ts says so at start. */
  backupIgnored: boolean;
}

/** Long enough to absorb a burst of the same questions, short enough to bound any surprise. */
const RESPONSE_CACHE_TTL_SECONDS = 300;

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
  if (Boolean(e.ADMIN_EMAIL) !== Boolean(e.ADMIN_PASSWORD)) throw new ConfigError('ADMIN_EMAIL and ADMIN_PASSWORD must be set together');
  const production = e.NODE_ENV === 'production';
  // On by default only where this process is the store's one writer: another writer to Neo4j
  // would change answers the cache cannot know about.
  const cacheOn = e.RESPONSE_CACHE ? e.RESPONSE_CACHE === 'true' : engine.kind === 'embedded';
  return {
    port: e.PORT,
    host: e.HOST,
    engine,
    seedOnEmpty: e.SEED_ON_EMPTY,
    production,
    admin: e.ADMIN_EMAIL && e.ADMIN_PASSWORD ? { email: e.ADMIN_EMAIL, password: e.ADMIN_PASSWORD } : null,
    settings: {
      sessionHours: e.SESSION_HOURS,
      personalDataPublic: e.PERSONAL_DATA_PUBLIC,
      secureCookies: e.SECURE_COOKIES ? e.SECURE_COOKIES === 'true' : production,
      organisationSignIn: Boolean(e.OIDC_ISSUER),
      trustProxy: e.TRUST_PROXY,
    },
    responseCache: cacheOn
      ? {
          maxBytes: e.RESPONSE_CACHE_MB * 1024 * 1024,
          ttlSeconds: RESPONSE_CACHE_TTL_SECONDS,
          // The cache's bookkeeping in every answer helps in development and tells outsiders nothing they need.
          metadata: e.RESPONSE_CACHE_METADATA ? e.RESPONSE_CACHE_METADATA === 'true' : !production,
        }
      : null,
    queryBudget: e.QUERY_BUDGET_PER_MINUTE > 0 ? { costPerMinute: e.QUERY_BUDGET_PER_MINUTE } : null,
    log: { level: e.LOG_LEVEL, pretty: (e.LOG_FORMAT ?? (e.NODE_ENV === 'development' ? 'pretty' : 'json')) === 'pretty' },
    metrics: e.METRICS ? { token: e.METRICS_TOKEN ?? null } : null,
    oidc: oidcOptions(e),
    accessLog: e.ACCESS_LOG ? { retentionDays: e.ACCESS_LOG_RETENTION_DAYS } : null,
    backup:
      e.BACKUP_DIR && engine.kind === 'embedded'
        ? { dir: writableDir('BACKUP_DIR', e.BACKUP_DIR), intervalMs: Math.round(e.BACKUP_INTERVAL_HOURS * 3_600_000), keep: e.BACKUP_KEEP }
        : null,
    backupIgnored: Boolean(e.BACKUP_DIR) && engine.kind === 'neo4j',
  };
}

const list = (v: string | undefined) =>
  (v ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

function oidcOptions(e: z.infer<typeof envSchema>): OidcOptions | null {
  if (!e.OIDC_ISSUER) return null;
  for (const name of ['OIDC_CLIENT_ID', 'OIDC_REDIRECT_URI', 'OIDC_ALLOWED_DOMAINS'] as const) {
    if (!e[name]) throw new ConfigError(`${name} must be set when OIDC_ISSUER is set`);
  }
  // Tokens and keys come over this connection: plain HTTP only to a provider on this machine.
  const issuer = new URL(e.OIDC_ISSUER);
  if (issuer.protocol !== 'https:' && !['127.0.0.1', 'localhost', '[::1]'].includes(issuer.hostname)) {
    throw new ConfigError(`OIDC_ISSUER=${JSON.stringify(e.OIDC_ISSUER)} must use https (http only on loopback)`);
  }
  return {
    issuer: e.OIDC_ISSUER,
    clientId: e.OIDC_CLIENT_ID!,
    clientSecret: e.OIDC_CLIENT_SECRET ?? null,
    redirectUri: e.OIDC_REDIRECT_URI!,
    allowedDomains: list(e.OIDC_ALLOWED_DOMAINS).map((d) => d.toLowerCase()),
    emailClaim: e.OIDC_EMAIL_CLAIM,
    roleClaim: e.OIDC_ROLE_CLAIM ?? null,
    editorValues: list(e.OIDC_EDITOR_VALUES),
    adminValues: list(e.OIDC_ADMIN_VALUES),
    scopes: e.OIDC_SCOPES,
  };
}

function writableDir(name: string, dir: string): string {
  const abs = path.resolve(repoRoot, dir);
  try {
    fs.mkdirSync(abs, { recursive: true });
    fs.accessSync(abs, fs.constants.W_OK);
  } catch (err) {
    throw new ConfigError(`${name}=${JSON.stringify(dir)} is not a writable directory (${(err as NodeJS.ErrnoException).code ?? 'not writable'})`);
  }
  return abs;
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
