import type http from 'node:http';
import compression from 'compression';

/**
 * Answers compressed for a client that asks (browsers do): the national gap report is ~410 kB of
 * JSON and a municipality's whole picture ~246 kB, a third of a second each on a 10 Mbit/s line;
 * the web app's first screen is ~250 kB of JavaScript gzipped and several times that without.
 * Brotli at quality 4 or gzip, in zlib's thread pool, not on the main thread; answers under 1 kB
 * as they are. Never an answer that sets a cookie: a sign-in's token is in its body, and a
 * compressed secret beside text a page can choose leaks by its length (BREACH).
 */
const middleware = compression({ filter: (req, res) => !res.hasHeader('set-cookie') && compression.filter(req, res) });

/** Runs `next` with the response compressed as above (compression's types are Express's; it needs only Node's). */
export function compressAnswers(req: http.IncomingMessage, res: http.ServerResponse, next: () => void): void {
  middleware(req as never, res as never, next);
}
