import { randomUUID } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import { clientGroup } from './client-address.js';

/**
 * Slows password guessing without handing anyone a way to lock others out, after OWASP's
 * authentication cheat sheet and rate-limiter-flexible's login protection:
 *
 * - consecutive failures for one account from one client: after `accountLimit` of them that
 *   client waits before its next try for that account, and each further failure doubles the
 *   wait (up to `maxWaitMs`); a success from that client starts the count again;
 * - failures from one client (an IPv4 address or an IPv6 /64) for any accounts: after
 *   `clientLimit` within `clientWindowMs` it waits until the oldest has aged out.
 *
 * So another client's failures never stop a client that has not been guessing, and guessing
 * costs each client its own budget. Attempts still being checked count against the limits too,
 * so a burst of parallel tries gets no more than a sequence would. Kept in memory, bounded:
 * each API process throttles on its own, and a restart forgets (the audit log keeps each lock).
 */
export interface ThrottleOptions {
  accountLimit: number;
  firstWaitMs: number;
  maxWaitMs: number;
  clientLimit: number;
  clientWindowMs: number;
  /** Failures for an account from a client are forgotten this long after the last one. */
  forgetAfterMs: number;
  /** Upper bound on the records of each kind kept (least recently used go first). */
  maxRecords: number;
  now: () => number;
}

export const DEFAULT_THROTTLE: ThrottleOptions = {
  accountLimit: 5,
  firstWaitMs: 30_000,
  maxWaitMs: 60 * 60_000,
  clientLimit: 100,
  clientWindowMs: 24 * 60 * 60_000,
  forgetAfterMs: 24 * 60 * 60_000,
  maxRecords: 100_000,
  now: Date.now,
};

export type LockKind = 'ACCOUNT_CLIENT' | 'CLIENT';

/** A lock as administrators see it and the audit log records it. */
export interface SignInLock {
  /** Stable while its record lives: the audit entries of one lock share it. */
  id: string;
  kind: LockKind;
  /** The account (normalised e-mail) for ACCOUNT_CLIENT; null for a client's whole budget. */
  email: string | null;
  /** The client address (an IPv6 client's /64). */
  client: string;
  failures: number;
  lockedUntil: string;
  retryAfterSeconds: number;
}

interface AccountRecord {
  id: string;
  email: string;
  client: string;
  failures: number;
  lastFailureAt: number;
  inFlight: number;
  lockedUntil: number;
}

interface ClientRecord {
  id: string;
  client: string;
  /** When each failure within the window happened, oldest first. */
  failures: number[];
  inFlight: number;
  lockedUntil: number;
}

/** One sign-in attempt that the throttle let through; settle it exactly once. */
export interface Attempt {
  /** A wrong password or unknown account; returns the locks this failure started. */
  fail(): SignInLock[];
  succeed(): void;
  /** Neither (the attempt broke off): only stops counting it as in progress. */
  release(): void;
}

export type Admission = { attempt: Attempt; retryAfterSeconds: 0 } | { attempt: null; retryAfterSeconds: number };

export class SignInThrottle {
  private readonly o: ThrottleOptions;
  private readonly accounts: LRUCache<string, AccountRecord>;
  private readonly clients: LRUCache<string, ClientRecord>;

  constructor(options: Partial<ThrottleOptions> = {}) {
    this.o = { ...DEFAULT_THROTTLE, ...options };
    // The caches' own expiry (on the wall clock) bounds memory; the rules below read `now`.
    this.accounts = new LRUCache<string, AccountRecord>({ max: this.o.maxRecords, ttl: this.o.forgetAfterMs });
    this.clients = new LRUCache<string, ClientRecord>({ max: this.o.maxRecords, ttl: this.o.clientWindowMs });
  }

  /** Lets an attempt for `email` from `clientAddress` go ahead, or says how long to wait. */
  admit(email: string, clientAddress: string): Admission {
    const now = this.o.now();
    const client = clientGroup(clientAddress);
    const accountKey = `${client}\n${email}`;
    let account = this.accounts.get(accountKey);
    if (account && account.inFlight === 0 && now - account.lastFailureAt >= this.o.forgetAfterMs) {
      this.accounts.delete(accountKey);
      account = undefined;
    }
    const budget = this.clientRecord(client, now, false);
    const wait = Math.max(account?.lockedUntil ?? 0, budget?.lockedUntil ?? 0) - now;
    if (wait > 0) return { attempt: null, retryAfterSeconds: Math.ceil(wait / 1000) };
    // Tries in progress count as failures until they are known: never more at once than the limits leave.
    if (
      (account && account.inFlight >= Math.max(1, this.o.accountLimit - account.failures)) ||
      (budget && budget.inFlight >= Math.max(1, this.o.clientLimit - budget.failures.length))
    ) {
      return { attempt: null, retryAfterSeconds: 1 };
    }
    const a = account ?? { id: `sign-in-lock:${randomUUID()}`, email, client, failures: 0, lastFailureAt: 0, inFlight: 0, lockedUntil: 0 };
    const c = budget ?? this.clientRecord(client, now, true)!;
    a.inFlight++;
    c.inFlight++;
    if (!account) this.accounts.set(accountKey, a);
    let settled = false;
    const settle = (work: () => SignInLock[]): SignInLock[] => {
      if (settled) return [];
      settled = true;
      a.inFlight--;
      c.inFlight--;
      return work();
    };
    return {
      retryAfterSeconds: 0,
      attempt: {
        fail: () => settle(() => this.recordFailure(accountKey, a, c)),
        succeed: () =>
          void settle(() => {
            a.failures = 0;
            a.lockedUntil = 0;
            return this.forgetIdle(accountKey, a, c);
          }),
        release: () => void settle(() => this.forgetIdle(accountKey, a, c)),
      },
    };
  }

  /** The locks in force now, longest first. */
  locks(): SignInLock[] {
    const now = this.o.now();
    const out: SignInLock[] = [];
    for (const a of this.accounts.values()) if (a.lockedUntil > now) out.push(this.view(a, now));
    for (const c of this.clients.values()) if (c.lockedUntil > now) out.push(this.view(c, now));
    return out.sort((x, y) => y.retryAfterSeconds - x.retryAfterSeconds || x.id.localeCompare(y.id));
  }

  /** The lock with this id if it is in force. */
  lock(id: string): SignInLock | null {
    return this.locks().find((l) => l.id === id) ?? null;
  }

  /** Lifts a lock in force and forgets the failures behind it; returns it as it was, or null. */
  lift(id: string): SignInLock | null {
    const now = this.o.now();
    for (const [key, a] of this.accounts.entries()) {
      if (a.id !== id || a.lockedUntil <= now) continue;
      const was = this.view(a, now);
      a.failures = 0;
      a.lockedUntil = 0;
      this.accounts.delete(key);
      return was;
    }
    for (const c of this.clients.values()) {
      if (c.id !== id || c.lockedUntil <= now) continue;
      const was = this.view(c, now);
      c.failures = [];
      c.lockedUntil = 0;
      return was;
    }
    return null;
  }

  /** Drops records that hold nothing any more. */
  private forgetIdle(accountKey: string, a: AccountRecord, c: ClientRecord): SignInLock[] {
    if (a.failures === 0 && a.inFlight === 0 && this.accounts.get(accountKey) === a) this.accounts.delete(accountKey);
    if (c.failures.length === 0 && c.inFlight === 0 && this.clients.get(c.client) === c) this.clients.delete(c.client);
    return [];
  }

  private recordFailure(accountKey: string, a: AccountRecord, c: ClientRecord): SignInLock[] {
    const now = this.o.now();
    const started: SignInLock[] = [];
    a.failures++;
    a.lastFailureAt = now;
    if (a.failures >= this.o.accountLimit) {
      const wait = Math.min(this.o.firstWaitMs * 2 ** (a.failures - this.o.accountLimit), this.o.maxWaitMs);
      a.lockedUntil = now + wait;
      started.push(this.view(a, now));
    }
    // Set again: the record is kept `forgetAfterMs` from its latest failure.
    this.accounts.set(accountKey, a);
    const wasLocked = c.lockedUntil > now;
    c.failures.push(now);
    this.prune(c, now);
    this.clients.set(c.client, c);
    if (c.lockedUntil > now && !wasLocked) started.push(this.view(c, now));
    return started;
  }

  /** The client's record with failures older than the window dropped; created when asked to. */
  private clientRecord(client: string, now: number, create: boolean): ClientRecord | undefined {
    let c = this.clients.get(client);
    if (!c && create) {
      c = { id: `sign-in-lock:${randomUUID()}`, client, failures: [], inFlight: 0, lockedUntil: 0 };
      this.clients.set(client, c);
    }
    if (c) this.prune(c, now);
    return c;
  }

  private prune(c: ClientRecord, now: number): void {
    const cutoff = now - this.o.clientWindowMs;
    while (c.failures.length && c.failures[0]! <= cutoff) c.failures.shift();
    const over = c.failures.length - this.o.clientLimit;
    // At the limit, the client waits until enough of its failures have aged out to be under it.
    c.lockedUntil = over >= 0 ? c.failures[over]! + this.o.clientWindowMs : 0;
  }

  private view(r: AccountRecord | ClientRecord, now: number): SignInLock {
    const isAccount = 'email' in r;
    return {
      id: r.id,
      kind: isAccount ? 'ACCOUNT_CLIENT' : 'CLIENT',
      email: isAccount ? r.email : null,
      client: r.client,
      failures: isAccount ? r.failures : r.failures.length,
      lockedUntil: new Date(r.lockedUntil).toISOString(),
      retryAfterSeconds: Math.max(0, Math.ceil((r.lockedUntil - now) / 1000)),
    };
  }
}
