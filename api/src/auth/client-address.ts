import type { IncomingMessage } from 'node:http';
import ipaddr from 'ipaddr.js';
import proxyaddr from 'proxy-addr';

/**
 * Which proxies in front of this server may say who the client is (in X-Forwarded-For): the
 * nearest `hops` of them, or those at the listed addresses and ranges. Without one, the
 * client is the address of the socket, whatever the request's headers claim.
 */
export interface TrustProxy {
  /** As configured (TRUST_PROXY), for messages. */
  setting: string;
  trust: (address: string, hop: number) => boolean;
}

/** What a call without a socket (a test or another part of this process calling `app.fetch`) counts as. */
export const IN_PROCESS = 'in-process';

/**
 * Parses TRUST_PROXY: `false` (or empty, or 0) for none, a whole number for that many proxies
 * nearest to this server, or a comma-separated list of addresses, CIDR ranges and proxy-addr's
 * names `loopback`, `linklocal`, `uniquelocal`. `true` is refused: trusting every hop lets every
 * client choose its own address. Throws a message for the configuration error.
 */
export function parseTrustProxy(value: string): TrustProxy | null {
  const setting = value.trim();
  if (setting === '' || setting === 'false' || setting === '0') return null;
  if (setting === 'true') throw new Error("must be a hop count or the proxies' addresses; true would let any client choose its address");
  if (/^\d+$/.test(setting)) {
    const hops = Number(setting);
    if (hops > 10) throw new Error('must be at most 10 hops');
    return { setting, trust: (_address, hop) => hop < hops };
  }
  const list = setting
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  try {
    return { setting, trust: proxyaddr.compile(list) };
  } catch (err) {
    throw new Error(`must be a hop count or addresses and ranges (${(err as Error).message})`);
  }
}

/**
 * The client's address: the socket's, or, when the socket is a trusted proxy, the address the
 * trusted proxies recorded in X-Forwarded-For (the nearest untrusted one). IPv4 written as
 * IPv6 (`::ffff:192.0.2.1`) comes back as IPv4.
 */
export function clientAddress(req: IncomingMessage | undefined, trustProxy: TrustProxy | null): string {
  const socket = req?.socket?.remoteAddress;
  if (!req || !socket) return IN_PROCESS;
  const address = trustProxy ? proxyaddr(req, trustProxy.trust) : socket;
  return ipaddr.isValid(address) ? ipaddr.process(address).toString() : address;
}

/**
 * Whether the socket's peer is a proxy TRUST_PROXY names, so the headers it adds (the client's
 * address, the request's id) may be believed. False without a socket.
 */
export function sentByTrustedProxy(req: IncomingMessage | undefined, trustProxy: TrustProxy | null): boolean {
  const socket = req?.socket?.remoteAddress;
  return Boolean(socket && trustProxy?.trust(socket, 0));
}

/**
 * The unit one client controls, for counting its failures: an IPv4 address, or an IPv6
 * address's /64 (one household or host gets a whole /64, so counting single IPv6 addresses
 * would let it pick a fresh one for every attempt).
 */
export function clientGroup(address: string): string {
  if (!ipaddr.isValid(address)) return address;
  const parsed = ipaddr.process(address);
  if (parsed.kind() === 'ipv4') return parsed.toString();
  const parts = (parsed as ipaddr.IPv6).parts.slice(0, 4);
  return `${new ipaddr.IPv6([...parts, 0, 0, 0, 0]).toString()}/64`;
}
