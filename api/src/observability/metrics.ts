import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { RequestFacts } from './request-facts.js';

/** Operation names come from clients: beyond this many distinct ones they count as `other`. */
const MAX_OPERATIONS = 200;

/**
 * The process's Prometheus metrics, in a registry of its own (so tests can build several apps
 * in one process). Labels hold operation names, statement names and error codes only.
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly operations = new Set<string>();
  private readonly requests = new Counter({
    name: 'haenderne_graphql_requests_total',
    help: 'API requests by operation and HTTP status.',
    labelNames: ['operation', 'status'] as const,
    registers: [this.registry],
  });
  private readonly durations = new Histogram({
    name: 'haenderne_graphql_request_duration_seconds',
    help: 'Time from request to response, by operation.',
    labelNames: ['operation'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  private readonly errors = new Counter({
    name: 'haenderne_graphql_errors_total',
    help: 'Errors in answers, by extensions.code (INTERNAL_SERVER_ERROR for an unexpected one).',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });
  private readonly cache = new Counter({
    name: 'haenderne_response_cache_requests_total',
    help: 'Anonymous questions the response cache could answer, by whether it did (hit) or computed (miss).',
    labelNames: ['result'] as const,
    registers: [this.registry],
  });
  private readonly signIns = new Counter({
    name: 'haenderne_sign_ins_total',
    help: 'Sign-ins by method (password, oidc) and outcome (success, failure, refused).',
    labelNames: ['method', 'outcome'] as const,
    registers: [this.registry],
  });
  private readonly statements = new Histogram({
    name: 'haenderne_db_statement_duration_seconds',
    help: 'Time the engine took per named Cypher statement (cypher/<name>.cypher).',
    labelNames: ['query', 'outcome'] as const,
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1, 5],
    registers: [this.registry],
  });

  private readonly backups = new Counter({
    name: 'haenderne_backups_total',
    help: 'Scheduled backups by outcome (success: written and verified; failure).',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });
  private readonly lastBackup = new Gauge({
    name: 'haenderne_backup_last_success_timestamp_seconds',
    help: 'When the last backup was written and verified (Unix time); alert when it is too old.',
    registers: [this.registry],
  });
  private readonly backupBytes = new Gauge({
    name: 'haenderne_backup_last_size_bytes',
    help: 'Size of the last verified backup.',
    registers: [this.registry],
  });
  private readonly backupSeconds = new Gauge({
    name: 'haenderne_backup_last_duration_seconds',
    help: 'How long the last verified backup took (export, write, verify).',
    registers: [this.registry],
  });

  constructor(options: { processMetrics?: boolean } = {}) {
    // Memory, CPU, event-loop lag, GC: the process metrics Prometheus users expect.
    if (options.processMetrics ?? true) collectDefaultMetrics({ register: this.registry, prefix: 'haenderne_' });
  }

  request(f: RequestFacts): void {
    const operation = this.operationLabel(f.operation);
    this.requests.inc({ operation, status: String(f.status) });
    this.durations.observe({ operation }, f.durationMs / 1000);
    for (const code of f.errorCodes) this.errors.inc({ code });
    if (f.cacheHit !== null) this.cache.inc({ result: f.cacheHit ? 'hit' : 'miss' });
    if (f.operationType === 'mutation' && (f.succeededFields.includes('signIn') || f.failedFields.includes('signIn'))) {
      this.signIn('password', f.succeededFields.includes('signIn') ? 'success' : 'failure');
    }
  }

  signIn(method: 'password' | 'oidc', outcome: 'success' | 'failure' | 'refused'): void {
    this.signIns.inc({ method, outcome });
  }

  backup(ok: boolean, seconds: number, bytes: number): void {
    this.backups.inc({ outcome: ok ? 'success' : 'failure' });
    if (!ok) return;
    this.lastBackup.set(Date.now() / 1000);
    this.backupBytes.set(bytes);
    this.backupSeconds.set(seconds);
  }

  statement(name: string, seconds: number, ok: boolean): void {
    this.statements.observe({ query: name, outcome: ok ? 'ok' : 'error' }, seconds);
  }

  /** The text Prometheus scrapes. */
  async exposition(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }

  private operationLabel(name: string | null): string {
    if (!name) return '(none)';
    if (this.operations.has(name)) return name;
    if (this.operations.size >= MAX_OPERATIONS) return 'other';
    this.operations.add(name);
    return name;
  }
}
