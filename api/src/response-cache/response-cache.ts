import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import { useResponseCache, type Cache } from '@graphql-yoga/plugin-response-cache';
import { getOperationAST, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { tokenFromRequest } from '../auth/session-token.js';
import type { StoreEpoch } from './store-epoch.js';

export interface ResponseCacheOptions {
  /** Upper bound on the cached answers' JSON, in bytes. */
  maxBytes: number;
  /** How long an answer may be served at most, even when nothing was written. */
  ttlSeconds: number;
  /** Whether answers tell `extensions.responseCache` (hit, didCache, ttl); createApp's default: outside production. */
  metadata?: boolean;
}

type CachedResult = ExecutionResult<Record<string, unknown>>;

/**
 * Whole answers of anonymous readers, shared between them: many people ask the same few
 * questions (a unit's fixed contacts, a cluster's gaps), and a repeated question is then
 * answered without parsing, validating or reaching the engine.
 *
 * Never stale: every key starts with the store's epoch (writes finished, Danish day), and the
 * cache forgets everything once the epoch has moved on and refuses to store or serve an answer
 * of another epoch, also one still being computed when a write finished, also through an ETag.
 * Never personal: a request with a session (cookie or bearer token) is neither served from
 * nor stored in the cache, so what a signed-in user may see never reaches anyone else.
 * Only queries: a mutation (signIn, say) is always executed, and its answer is never stored,
 * so it is never served either (an entry's key, document and operation name, fixes its operation).
 * A client may ask for a fresh answer with `Cache-Control: no-cache` (the benchmark does, to
 * measure the work itself). Answers with errors are not cached.
 */
export function responseCachePlugin(epoch: StoreEpoch, options: ResponseCacheOptions): Plugin {
  const cache = epochCache(epoch, options);
  /** Contexts whose operation, once parsed, is not a query. */
  const notQuery = new WeakSet<object>();
  const responseCache = useResponseCache({
    cache,
    session: () => null,
    enabled: (request, context) => !tokenFromRequest(request) && !wantsFresh(request) && !notQuery.has(context),
    ttl: options.ttlSeconds * 1000,
    // The epoch invalidates; the plugin's own bookkeeping per entity would cost every request.
    // (With `false` the plugin treats mutations like queries: the operation check above keeps them out.)
    invalidateViaMutation: false,
    includeExtensionMetadata: options.metadata ?? false,
    // The default key hashes through WebCrypto, an asynchronous hop per request; node's hash is
    // synchronous. Variables in another order only make another entry. The plugin builds a key
    // for every request; one the cache may not serve (`enabled` is false for it from the start,
    // and stays so) never looks it up nor stores under it, so it is spared the hashing.
    buildResponseCacheKey: ({ documentString, operationName, variableValues, request }) =>
      tokenFromRequest(request) || wantsFresh(request)
        ? `${epoch.current()}:not-cached`
        : `${epoch.current()}:${createHash('sha256')
            .update(`${documentString}|${operationName ?? ''}|${JSON.stringify(variableValues ?? {})}`)
            .digest('base64url')}`,
  });
  return {
    onPluginInit({ addPlugin }) {
      // Ahead of the cache's own hooks: its execute hook asks `enabled` with the parsed operation known.
      addPlugin({
        onExecute({ args }) {
          if (getOperationAST(args.document, args.operationName)?.operation !== 'query') notQuery.add(args.contextValue);
        },
      });
      addPlugin(responseCache);
    },
  };
}

function wantsFresh(request: Request): boolean {
  return /\b(no-cache|no-store)\b/i.test(request.headers.get('cache-control') ?? '');
}

/** A bounded LRU that holds the answers of the current epoch only. */
export function epochCache(epoch: StoreEpoch, options: ResponseCacheOptions): Cache {
  const answers = new LRUCache<string, CachedResult>({
    maxSize: options.maxBytes,
    // Only misses pay this; a string's length is close enough to its bytes for a bound.
    sizeCalculation: (result) => Math.max(1, JSON.stringify(result).length),
    ttl: options.ttlSeconds * 1000,
  });
  let held = epoch.current();
  /** Whether `key` is of the current epoch; what an earlier epoch left is let go first. */
  const ofThisEpoch = (key: string): boolean => {
    const now = epoch.current();
    if (now !== held) {
      answers.clear();
      held = now;
    }
    return key.startsWith(`${now}:`);
  };
  return {
    get: (key) => (ofThisEpoch(key) ? answers.get(key) : undefined),
    set: (key, result) => {
      if (ofThisEpoch(key)) answers.set(key, result as CachedResult);
    },
    invalidate: () => answers.clear(),
  };
}
