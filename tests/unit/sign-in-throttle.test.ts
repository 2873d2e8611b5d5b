import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { SignInThrottle, type ThrottleOptions } from '../../api/src/auth/sign-in-throttle.js';
import { clientAddress, clientGroup, IN_PROCESS, parseTrustProxy } from '../../api/src/auth/client-address.js';

const MIN = 60_000;

function throttle(options: Partial<ThrottleOptions> = {}) {
  const clock = { now: Date.UTC(2026, 11, 6, 12) };
  const t = new SignInThrottle({ now: () => clock.now, ...options });
  /** One attempt that fails; returns the wait it met (0: it was let through and failed). */
  const fail = (email: string, client: string) => {
    const { attempt, retryAfterSeconds } = t.admit(email, client);
    attempt?.fail();
    return retryAfterSeconds;
  };
  const succeed = (email: string, client: string) => {
    const { attempt, retryAfterSeconds } = t.admit(email, client);
    attempt?.succeed();
    return retryAfterSeconds;
  };
  return { t, clock, fail, succeed };
}

describe('sign-in throttle', () => {
  it('makes one client wait after five consecutive failures for one account, the wait doubling with each further failure', () => {
    const { t, clock, fail } = throttle();
    for (let i = 0; i < 5; i++) expect(fail('eva@example.dk', '192.0.2.1')).toBe(0);
    const waits: number[] = [];
    for (let i = 0; i < 9; i++) {
      const wait = t.admit('eva@example.dk', '192.0.2.1').retryAfterSeconds;
      waits.push(wait);
      clock.now += wait * 1000;
      expect(fail('eva@example.dk', '192.0.2.1')).toBe(0);
    }
    expect(waits).toEqual([30, 60, 120, 240, 480, 960, 1920, 3600, 3600]);
  });

  it('never refuses a client that has not been guessing: not for the same account, not for any other', () => {
    const { fail, succeed } = throttle();
    for (let i = 0; i < 20; i++) fail('eva@example.dk', '192.0.2.1');
    for (let i = 0; i < 99; i++) fail(`ghost-${i}@example.dk`, '192.0.2.1');
    expect(succeed('eva@example.dk', '198.51.100.7')).toBe(0);
    expect(succeed('admin@example.dk', '198.51.100.7')).toBe(0);
  });

  it('a success starts the count again; failures are forgotten a day after the last', () => {
    const { clock, fail, succeed } = throttle();
    for (let i = 0; i < 4; i++) fail('eva@example.dk', '192.0.2.1');
    expect(succeed('eva@example.dk', '192.0.2.1')).toBe(0);
    for (let i = 0; i < 4; i++) expect(fail('eva@example.dk', '192.0.2.1')).toBe(0);
    clock.now += 24 * 60 * MIN;
    for (let i = 0; i < 4; i++) expect(fail('eva@example.dk', '192.0.2.1')).toBe(0);
  });

  it('gives each client a budget of 100 failures a day over all accounts, then it waits until the oldest has aged out', () => {
    const { t, clock, fail } = throttle();
    for (let i = 0; i < 100; i++) {
      expect(fail(`user-${i}@example.dk`, '192.0.2.1')).toBe(0);
      clock.now += MIN;
    }
    const wait = t.admit('new@example.dk', '192.0.2.1').retryAfterSeconds;
    expect(wait).toBe(24 * 60 * 60 - 100 * 60);
    expect(t.locks().map((l) => [l.kind, l.client, l.failures])).toEqual([['CLIENT', '192.0.2.1', 100]]);
    clock.now += wait * 1000;
    expect(fail('new@example.dk', '192.0.2.1')).toBe(0);
  });

  it('counts attempts in progress: a burst in parallel gets no more tries than a sequence', () => {
    const { t } = throttle();
    const admitted = Array.from({ length: 20 }, () => t.admit('eva@example.dk', '192.0.2.1'));
    expect(admitted.filter((a) => a.attempt).length).toBe(5);
    expect(admitted.filter((a) => !a.attempt).every((a) => a.retryAfterSeconds >= 1)).toBe(true);
    for (const a of admitted) a.attempt?.fail();
    expect(t.admit('eva@example.dk', '192.0.2.1').retryAfterSeconds).toBe(30);
  });

  it('an attempt that breaks off counts as nothing; settling twice counts once', () => {
    const { t } = throttle();
    const { attempt } = t.admit('eva@example.dk', '192.0.2.1');
    attempt!.release();
    attempt!.fail();
    for (let i = 0; i < 5; i++) t.admit('eva@example.dk', '192.0.2.1').attempt!.fail();
    expect(t.locks()[0]!.failures).toBe(5);
  });

  it('counts an IPv6 client by its /64, and IPv4 written as IPv6 as IPv4', () => {
    const { t, fail } = throttle();
    for (let i = 1; i <= 5; i++) fail('eva@example.dk', `2001:db8:1:2::${i.toString(16)}`);
    expect(t.admit('eva@example.dk', '2001:db8:1:2:ffff::1').retryAfterSeconds).toBeGreaterThan(0);
    expect(t.admit('eva@example.dk', '2001:db8:1:3::1').retryAfterSeconds).toBe(0);
    expect(t.locks()[0]!.client).toBe('2001:db8:1:2::/64');
    expect(clientGroup('::ffff:192.0.2.1')).toBe('192.0.2.1');
    expect(clientGroup(IN_PROCESS)).toBe(IN_PROCESS);
  });

  it('lists the locks in force and lifts one, forgetting its failures', () => {
    const { t, fail } = throttle();
    for (let i = 0; i < 5; i++) fail('eva@example.dk', '192.0.2.1');
    const [lock] = t.locks();
    expect(lock).toMatchObject({ kind: 'ACCOUNT_CLIENT', email: 'eva@example.dk', client: '192.0.2.1', failures: 5, retryAfterSeconds: 30 });
    expect(t.lift('sign-in-lock:nonesuch')).toBeNull();
    expect(t.lift(lock!.id)).toEqual(lock);
    expect(t.locks()).toEqual([]);
    expect(t.lift(lock!.id)).toBeNull();
    for (let i = 0; i < 4; i++) expect(fail('eva@example.dk', '192.0.2.1')).toBe(0);
  });

  it('reports each lock as it starts, once', () => {
    const { t } = throttle({ clientLimit: 6 });
    const started = Array.from({ length: 6 }, (_, i) => t.admit(i < 5 ? 'eva@example.dk' : 'ole@example.dk', '192.0.2.1').attempt!.fail());
    expect(started.map((s) => s.map((l) => l.kind))).toEqual([[], [], [], [], ['ACCOUNT_CLIENT'], ['CLIENT']]);
  });
});

describe('client address', () => {
  const req = (remoteAddress: string | undefined, xff?: string) =>
    ({ socket: { remoteAddress }, headers: xff === undefined ? {} : { 'x-forwarded-for': xff } }) as unknown as IncomingMessage;

  it("is the socket's address unless a trusted proxy says otherwise; X-Forwarded-For alone changes nothing", () => {
    expect(clientAddress(req('203.0.113.9', '198.51.100.1'), null)).toBe('203.0.113.9');
    expect(clientAddress(req('::ffff:203.0.113.9'), null)).toBe('203.0.113.9');
    expect(clientAddress(undefined, null)).toBe(IN_PROCESS);
  });

  it('takes the nearest untrusted hop behind trusted proxies, so a client cannot name itself', () => {
    const loopback = parseTrustProxy('loopback')!;
    // The proxy appends the address it saw; what the client wrote stands further left.
    expect(clientAddress(req('127.0.0.1', '10.9.9.9, 203.0.113.9'), loopback)).toBe('203.0.113.9');
    expect(clientAddress(req('203.0.113.50', '198.51.100.1'), loopback)).toBe('203.0.113.50');
    const oneHop = parseTrustProxy('1')!;
    expect(clientAddress(req('192.0.2.2', '10.9.9.9, 203.0.113.9'), oneHop)).toBe('203.0.113.9');
    expect(clientAddress(req('192.0.2.2'), oneHop)).toBe('192.0.2.2');
    const listed = parseTrustProxy('192.0.2.2, 10.0.0.0/8')!;
    expect(clientAddress(req('192.0.2.2', '198.51.100.1, 10.1.1.1'), listed)).toBe('198.51.100.1');
  });

  it('TRUST_PROXY: off by default, and never "trust everyone"', () => {
    expect(parseTrustProxy('false')).toBeNull();
    expect(parseTrustProxy('0')).toBeNull();
    expect(() => parseTrustProxy('true')).toThrow(/would let any client choose its address/);
    expect(() => parseTrustProxy('not-an-address')).toThrow(/hop count or addresses/);
    expect(() => parseTrustProxy('11')).toThrow(/at most 10/);
  });
});
