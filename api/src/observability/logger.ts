import pino, { type DestinationStream, type Logger, type LevelWithSilent } from 'pino';
import { createRequire } from 'node:module';
import type { YogaLogger } from 'graphql-yoga';

export type { Logger };
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const satisfies readonly LevelWithSilent[];
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface LoggerOptions {
  level: LogLevel;
  /** Human-readable lines (development) instead of one JSON object per line. */
  pretty: boolean;
  /** Where lines go; stdout when absent. Tests pass a stream they read. */
  destination?: DestinationStream;
}

/**
 * Keys that would hold personal data or secrets if some code ever logged an object with them:
 * their values are replaced, wherever they sit in the first two levels. The request log itself
 * writes only ids (see request-log.ts); this is the belt to that brace.
 */
const REDACT = ['email', 'name', 'password', 'token', 'authorization', 'cookie', 'phone'].flatMap((k) => [k, `*.${k}`]);

export function createLogger(options: LoggerOptions): Logger {
  const destination = options.pretty
    ? // In process and synchronous: no worker thread, and no line is lost on a crash.
      // pino-pretty is loaded only here: a production server never needs it.
      (createRequire(import.meta.url)('pino-pretty') as typeof import('pino-pretty'))({
        sync: true,
        translateTime: 'SYS:HH:MM:ss.l',
        ignore: 'pid,hostname,service',
        destination: options.destination ?? 1,
      })
    : // Asynchronous: measured against synchronous writes (#17, same process, stdout a pipe),
      // these cost findContact ~8 % less at c=1 and carry ~20 % more requests at c=32, where
      // lines written while one write is under way go out together.
      (options.destination ?? pino.destination({ sync: false }));
  return pino(
    {
      level: options.level,
      base: { service: 'haenderne' },
      redact: { paths: REDACT, censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination,
  );
}

/** A logger that writes nothing, for tests and tools that do not pass one. */
export const silentLogger: Logger = pino({ level: 'silent' });

/**
 * yoga's own messages (chiefly the unexpected errors its masking replaced) through the same
 * logger. An Error is logged as `err` so the stack is kept as a field, not spliced into text.
 */
export function yogaLogger(logger: Logger): YogaLogger {
  const forward =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (...args: unknown[]) => {
      const err = args.find((a): a is Error => a instanceof Error);
      if (err) logger[level]({ err }, 'graphql-yoga');
      else logger[level](args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
    };
  return { debug: forward('debug'), info: forward('info'), warn: forward('warn'), error: forward('error') };
}
