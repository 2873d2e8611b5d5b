import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import { Kind, type DocumentNode, type ExecutionResult, type OperationDefinitionNode } from 'graphql';
import type { RequestContext } from '../context.js';
import { sentByTrustedProxy, type TrustProxy } from '../auth/client-address.js';

/**
 * What one request did, in ids and codes only: the request log writes it as one line and the
 * metrics count it. Nothing here can hold a name, an e-mail, a token or a variable's value.
 */
/** How much of a client's operation name the log and the metrics keep. */
const MAX_OPERATION_NAME = 100;

export interface RequestFacts {
  requestId: string;
  method: string;
  /** The path alone: a GET's query string carries the operation's variables. */
  path: string;
  /** The operation's name, or `query:field,field` for an anonymous one. */
  operation: string | null;
  /** `query`, `mutation` or `subscription`, once the document is known. */
  operationType: string | null;
  status: number;
  durationMs: number;
  /** The `extensions.code` of every error in the answer, in order, without repeats. */
  errorCodes: string[];
  /** The signed-in user's id (`user:…`), never their name or e-mail. */
  userId: string | null;
  /** true when the response cache answered, false when it computed and could have, null when off. */
  cacheHit: boolean | null;
  /** Root fields whose answer had data (signIn → a sign-in that worked). */
  succeededFields: string[];
  failedFields: string[];
}

const FACTS = Symbol('haenderne.requestFacts');
type Holder = { [FACTS]?: Partial<RequestFacts> & { started: number } };

const FIRST_OPERATION_NAME = /^\s*(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/;

/** A request id from a proxy in front is kept when it is plainly an id; otherwise a new UUID. */
const SAFE_ID = /^[A-Za-z0-9._:-]{8,64}$/;

/**
 * Whether a request's own `x-request-id` may name it in the log: only when a proxy this server
 * trusts (TRUST_PROXY) sent it, or when it came from inside this process (no socket). An outside
 * probe could otherwise give its requests the ids of someone else's, and the log would tie its
 * requests to theirs. The rule is the one X-Forwarded-For follows (auth/client-address.ts).
 */
function takesRequestId(req: IncomingMessage | undefined, trustProxy: TrustProxy | null): boolean {
  return !req?.socket?.remoteAddress || sentByTrustedProxy(req, trustProxy);
}

/**
 * Collects RequestFacts across yoga's hooks (they live on the per-request server context, which
 * a batched operation's context inherits from) and hands them to `done` once the response is
 * ready. The response carries the id in `x-request-id`, so a user's report can be found in the log.
 */
export function useRequestFacts(done: (facts: RequestFacts) => void, trustProxy: TrustProxy | null = null): Plugin<RequestContext> {
  const holder = (ctx: unknown) => (ctx as Holder)[FACTS];
  return {
    onRequest({ request, serverContext, url }) {
      const incoming = takesRequestId((serverContext as { req?: IncomingMessage }).req, trustProxy) ? request.headers.get('x-request-id') : null;
      (serverContext as Holder)[FACTS] = {
        started: performance.now(),
        requestId: incoming && SAFE_ID.test(incoming) ? incoming : randomUUID(),
        method: request.method,
        path: url.pathname,
        operation: null,
        operationType: null,
        errorCodes: [],
        userId: null,
        cacheHit: null,
        succeededFields: [],
        failedFields: [],
      };
    },
    onParams({ params, context }) {
      const f = holder(context);
      if (!f) return;
      // A response-cache hit never reaches onExecute: name it from the text already.
      const named = params.operationName ?? (typeof params.query === 'string' ? FIRST_OPERATION_NAME.exec(params.query)?.[1] : undefined);
      if (named) f.operation = String(named).slice(0, MAX_OPERATION_NAME);
    },
    onExecute({ args }) {
      const f = holder(args.contextValue);
      if (!f) return;
      const op = chosenOperation(args.document, args.operationName ?? undefined);
      if (op) {
        f.operationType = op.operation;
        // Cut as onParams cuts it: a client's operation name is a metrics label and a log field
        // (an outside probe's 400 kB names took the process to 600 MB and /metrics to 25 s).
        if (op.name) f.operation = op.name.value.slice(0, MAX_OPERATION_NAME);
        else f.operation ??= `${op.operation}:${rootFields(op).join(',')}`.slice(0, MAX_OPERATION_NAME);
      }
      f.userId = (args.contextValue as Partial<RequestContext>).viewer?.id ?? null;
    },
    onResultProcess({ result, serverContext }) {
      const f = holder(serverContext);
      if (!f) return;
      for (const r of Array.isArray(result) ? result : [result]) {
        if (isAsyncIterable(r)) continue;
        record(f, r as ExecutionResult);
      }
    },
    onResponse({ response, serverContext }) {
      const f = holder(serverContext);
      if (!f) return;
      response.headers.set('x-request-id', f.requestId!);
      done({
        ...(f as RequestFacts),
        status: response.status,
        durationMs: Math.round((performance.now() - f.started) * 100) / 100,
      });
    },
  };
}

function record(f: Partial<RequestFacts>, r: ExecutionResult): void {
  for (const e of r.errors ?? []) {
    const code = typeof e.extensions?.code === 'string' ? e.extensions.code : 'INTERNAL_SERVER_ERROR';
    if (!f.errorCodes!.includes(code)) f.errorCodes!.push(code);
    const field = e.path?.[0];
    if (typeof field === 'string' && !f.failedFields!.includes(field)) f.failedFields!.push(field);
  }
  const hit = (r.extensions as { responseCache?: { hit?: boolean } } | undefined)?.responseCache?.hit;
  if (typeof hit === 'boolean') f.cacheHit = hit;
  if (r.data) for (const [k, v] of Object.entries(r.data)) if (v !== null && !f.succeededFields!.includes(k)) f.succeededFields!.push(k);
}

function chosenOperation(doc: DocumentNode, name?: string): OperationDefinitionNode | undefined {
  const ops = doc.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  return name ? ops.find((o) => o.name?.value === name) : ops[0];
}

function rootFields(op: OperationDefinitionNode): string[] {
  return op.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : [])).slice(0, 5);
}
