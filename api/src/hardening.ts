import { GraphQLError, type ValidationContext } from 'graphql';
import { isAsyncIterable, maskError, type Plugin } from 'graphql-yoga';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { codedDbError, DANISH_BY_CODE, variableError } from './errors.js';
import { queryCostLimit } from './query-cost.js';

export interface HardeningOptions {
  /** Hides the schema and the "did you mean" hints that help an attacker map it. */
  production: boolean;
  maxBodyBytes?: number;
}

/** 1 MB is far above any real operation and its variables, and far below harm. */
export const MAX_BODY_BYTES = 1_000_000;

/**
 * Limits every operation before it runs: size, depth, aliases, directives, tokens and cost
 * (armor's for the shape, query-cost.ts's for the heavy questions);
 * refuses requests a plain HTML form could forge (CSRF); in production also introspection
 * and field suggestions.
 */
export function hardeningPlugins(options: HardeningOptions): Plugin[] {
  return [
    bodyLimit(options.maxBodyBytes ?? MAX_BODY_BYTES),
    malformedRequestIs400(),
    shallowVariables(),
    codedCsrfPrevention(),
    EnvelopArmorPlugin({
      maxDepth: { n: 12, ...reportCoded('Forespørgslen er for dyb: højst 12 niveauer.') },
      maxAliases: { n: 15, ...reportCoded('Forespørgslen har for mange aliasser: højst 15.') },
      maxDirectives: { n: 20, ...reportCoded('Forespørgslen har for mange direktiver: højst 20.') },
      costLimit: { maxCost: 20000, ...reportCoded('Forespørgslen beder om for mange felter på én gang (lister ganges med deres first).') },
      maxTokens: { n: 5000 },
      blockFieldSuggestion: { enabled: options.production },
    }) as Plugin,
    ...(options.production ? [useDisableIntrospection() as Plugin] : []),
    codedRejections(),
    queryCostLimit(),
  ];
}

/**
 * Yoga's CSRF check (a GET, or a POST of a type a form can send, must carry
 * `x-graphql-yoga-csrf`), its refusal given a code and Danish like every other refusal: the
 * plugin's own error said only "Required CSRF header(s) not present".
 */
/** The header a script must send with a GET (a form or a link cannot). */
const CSRF_HEADER = 'x-graphql-yoga-csrf';

function codedCsrfPrevention(): Plugin {
  const check = useCSRFPrevention({ requestHeaders: [CSRF_HEADER] });
  return {
    onRequestParse(payload) {
      try {
        check.onRequestParse?.(payload);
      } catch (err) {
        if (!(err instanceof GraphQLError)) throw err;
        throw new GraphQLError(`${err.message}: send the ${CSRF_HEADER} header with a GET or a form-encoded POST.`, {
          extensions: { ...err.extensions, code: 'CSRF_HEADER_REQUIRED', da: DANISH_BY_CODE.CSRF_HEADER_REQUIRED },
        });
      }
    },
  };
}

/**
 * Parse and validation errors (including the limits above) say what is wrong but carry no
 * code; give them GRAPHQL_PARSE_FAILED / GRAPHQL_VALIDATION_FAILED so clients can tell them apart.
 */
function codedRejections(): Plugin {
  return {
    onParse() {
      return ({ result, replaceParseResult }) => {
        if (result instanceof GraphQLError) replaceParseResult(withCode(result, 'GRAPHQL_PARSE_FAILED'));
      };
    },
    onValidate() {
      return ({ result, setResult }) => {
        if (result.length) setResult(result.map((e) => withCode(e, 'GRAPHQL_VALIDATION_FAILED')));
      };
    },
    // A request that fails before any field runs (variables of the wrong type) has no data: BAD_USER_INPUT.
    // It names the field as the domain rules do (errors.ts, variableError).
    onExecute({ args }) {
      return {
        onExecuteDone({ result, setResult }) {
          if (isAsyncIterable(result) || result.data !== undefined || !result.errors?.length) return;
          setResult({ ...result, errors: result.errors.map((e) => (e.extensions?.code ? e : variableError(e, args.document))) });
        },
      };
    },
  };
}

/**
 * Armor's validation rules throw uncoded errors by default; report them with a code instead,
 * and with Danish that names the limit (the general Danish of the code said only that the
 * query did not fit the schema, which a limit is not).
 */
const reportCoded = (da: string) => ({
  propagateOnRejection: false,
  onReject: [(ctx: ValidationContext | null, error: GraphQLError) => ctx?.reportError(withCode(error, 'GRAPHQL_VALIDATION_FAILED', da))],
});

/** graphql-js words the English `message`; `da` is the general Danish of the code (errors.ts's policy). */
function withCode(error: GraphQLError, code: string, da: string | undefined = DANISH_BY_CODE[code]): GraphQLError {
  return error.extensions?.code
    ? error
    : new GraphQLError(error.message, {
        nodes: error.nodes,
        source: error.source,
        positions: error.positions,
        extensions: { ...error.extensions, code, da },
      });
}

const DIGITS = /^\d+$/;

function bodyLimit(maxBytes: number): Plugin {
  const tooLarge = () =>
    new Response(
      JSON.stringify({
        errors: [{ message: `Request body over ${maxBytes} bytes.`, extensions: { code: 'PAYLOAD_TOO_LARGE', da: DANISH_BY_CODE.PAYLOAD_TOO_LARGE } }],
      }),
      {
        status: 413,
        headers: { 'content-type': 'application/json' },
      },
    );
  // A chunked body declares no length: read it up to the limit, so it cannot slip past.
  const readChunked = async (
    request: Request,
    body: ReadableStream<Uint8Array>,
    setRequest: (r: Request) => void,
    endResponse: (r: Response) => void,
    fetchAPI: { Request: typeof Request },
  ): Promise<void> => {
    const reader = body.getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (let r = await reader.read(); !r.done; r = await reader.read()) {
      size += r.value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        return endResponse(tooLarge());
      }
      chunks.push(r.value);
    }
    setRequest(new fetchAPI.Request(request.url, { method: request.method, headers: request.headers, body: Buffer.concat(chunks), signal: request.signal }));
  };
  return {
    // Synchronous unless there is a chunked body to read: yoga then runs the request's next
    // hooks at once, without a promise and a turn of the microtask queue per request.
    onRequest({ request, setRequest, endResponse, fetchAPI }) {
      const declared = request.headers.get('content-length');
      // Only one non-negative integer is a length; anything else (a smuggling attempt's
      // "10, 20") is read up to the limit as a body without one.
      if (declared !== null && DIGITS.test(declared)) {
        if (Number(declared) > maxBytes) endResponse(tooLarge());
        return;
      }
      if (!request.body) return;
      return readChunked(request, request.body, setRequest, endResponse, fetchAPI);
    },
  };
}

/**
 * yoga's GET parser lets JSON.parse throw on a malformed `variables` or `extensions`
 * parameter, which would answer 500; any parser failure is the client's: 400 BAD_REQUEST.
 */
function malformedRequestIs400(): Plugin {
  return {
    onRequestParse({ requestParser, setRequestParser }) {
      if (!requestParser) return;
      const malformed = (err: unknown): never => {
        if (err instanceof GraphQLError) throw err;
        throw new GraphQLError('Malformed GraphQL request.', { extensions: { code: 'BAD_REQUEST', da: DANISH_BY_CODE.BAD_REQUEST, http: { status: 400 } } });
      };
      // Not an async function: yoga's parsers answer at once when the body is at hand (see
      // server.ts), and a promise here would make every later step of the request wait a turn.
      setRequestParser((request) => {
        try {
          const parsed = requestParser(request);
          return isThenable(parsed) ? parsed.then(undefined, malformed) : parsed;
        } catch (err) {
          return Promise.reject(err).then(undefined, malformed);
        }
      });
    },
  };
}

/** Far deeper than any input type of the schema nests (an edit's properties: three levels). */
export const MAX_VARIABLES_DEPTH = 32;
/** Far more keys than any input type of the schema has fields, or any record of an export holds. */
export const MAX_VARIABLE_KEYS = 256;

/**
 * Variables and extensions nested deeper than any input of the schema are a 400 before
 * anything reads them: an outside probe sent 90,000 nested arrays (180 kB), which overflowed the
 * stack of the response cache's key (JSON.stringify): a 500 with a stack trace logged, ~0.1-0.4 s
 * of the main thread each, and not spent from the client's budget. Walked without recursion.
 */
/**
 * The longest query text taken: the web app's longest is ~1 kB. yoga keeps up to 1,000 parsed
 * documents and 1,000 parse errors by count, not size: an outside probe's 2,200 unique 900 kB
 * queries (the failing half spending no budget) left the process at 4.8 GB for an hour.
 */
export const MAX_QUERY_LENGTH = 16 * 1024;

function shallowVariables(): Plugin {
  return {
    onParams({ params }) {
      if (typeof params.query === 'string' && params.query.length > MAX_QUERY_LENGTH) {
        throw new GraphQLError(`The query text is longer than ${MAX_QUERY_LENGTH} characters.`, {
          extensions: { code: 'BAD_REQUEST', da: DANISH_BY_CODE.BAD_REQUEST, http: { status: 400 } },
        });
      }
      const problem = shapeProblem(params.variables) ?? shapeProblem(params.extensions);
      if (problem) throw new GraphQLError(problem, { extensions: { code: 'BAD_REQUEST', da: DANISH_BY_CODE.BAD_REQUEST, http: { status: 400 } } });
    },
  };
}

/**
 * Why variables (or extensions) are no input of this schema, if they are not: nested deeper than
 * MAX_VARIABLES_DEPTH, or an object with more than MAX_VARIABLE_KEYS keys. The second: an outside
 * probe's input object of 4,000 unknown keys (48 kB, anonymous) held the main thread 42 s, 60,000
 * (770 kB) over 11 minutes: the query cost's coercion of the variables (graphql-js's
 * getVariableValues, called by graphql-query-complexity without a cap on errors) makes an error
 * per unknown key, each printing the whole object. Walked without recursion.
 */
function shapeProblem(value: unknown): string | null {
  const stack: Array<[unknown, number]> = [[value, 0]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [v, depth] = next;
    if (v === null || typeof v !== 'object') continue;
    if (depth >= MAX_VARIABLES_DEPTH) return `Variables nested deeper than ${MAX_VARIABLES_DEPTH} levels.`;
    const children = Array.isArray(v) ? v : Object.values(v);
    if (!Array.isArray(v) && children.length > MAX_VARIABLE_KEYS) return `Variables hold an object with more than ${MAX_VARIABLE_KEYS} keys.`;
    for (const child of children) if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
  }
  return null;
}

function isThenable<T>(value: T | PromiseLike<T>): value is PromiseLike<T> {
  return typeof (value as PromiseLike<T> | null)?.then === 'function';
}

/**
 * Errors carry no internals, in any environment: unexpected ones become "Unexpected error."
 * (yoga's default), and yoga's own `originalError` (e.g. the JSON parser's message for a
 * malformed body) is dropped, since it names the runtime and echoes the body back.
 */
export function maskInternals(error: unknown, message: string): Error {
  const coded = codedDbError(error);
  if (coded) return coded;
  const masked = maskError(error, message, false);
  // In place: yoga logs every error that masking replaced, and a client's bad body is no server error.
  if (masked instanceof GraphQLError && masked.extensions?.originalError !== undefined) {
    const extensions = masked.extensions as Record<string, unknown> & { http?: { spec?: boolean } };
    delete extensions.originalError;
    // yoga answered such errors 200 under application/json once originalError is gone; keep its 400.
    if (extensions.http?.spec) extensions.http = { ...extensions.http, spec: false };
  }
  // yoga's own refusals (a body that is not JSON: BAD_REQUEST) in both languages, like ours.
  if (masked instanceof GraphQLError && masked.extensions?.da === undefined) {
    const da = DANISH_BY_CODE[String(masked.extensions?.code)];
    if (da) (masked.extensions as Record<string, unknown>).da = da;
  }
  return masked;
}
