import { GraphQLError, type ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';

export interface HardeningOptions {
  /** Hides the schema and the "did you mean" hints that help an attacker map it. */
  production: boolean;
  maxBodyBytes?: number;
}

/** 1 MB is far above any real operation and its variables, and far below harm. */
export const MAX_BODY_BYTES = 1_000_000;

/**
 * Limits every operation before it runs: size, depth, aliases, directives, tokens and cost;
 * refuses requests a plain HTML form could forge (CSRF); in production also introspection
 * and field suggestions.
 */
export function hardeningPlugins(options: HardeningOptions): Plugin[] {
  return [
    bodyLimit(options.maxBodyBytes ?? MAX_BODY_BYTES),
    useCSRFPrevention({ requestHeaders: ['x-graphql-yoga-csrf'] }),
    EnvelopArmorPlugin({
      maxDepth: { n: 12, ...reportCoded },
      maxAliases: { n: 15, ...reportCoded },
      maxDirectives: { n: 20, ...reportCoded },
      costLimit: { maxCost: 20000, ...reportCoded },
      maxTokens: { n: 5000 },
      blockFieldSuggestion: { enabled: options.production },
    }) as Plugin,
    ...(options.production ? [useDisableIntrospection() as Plugin] : []),
    codedRejections(),
  ];
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
  };
}

/** Armor's validation rules throw uncoded errors by default; report them with a code instead. */
const reportCoded = {
  propagateOnRejection: false,
  onReject: [
    (ctx: ValidationContext | null, error: GraphQLError) => ctx?.reportError(withCode(error, 'GRAPHQL_VALIDATION_FAILED')),
  ],
};

function withCode(error: GraphQLError, code: string): GraphQLError {
  return error.extensions?.code
    ? error
    : new GraphQLError(error.message, { nodes: error.nodes, source: error.source, positions: error.positions, extensions: { ...error.extensions, code } });
}

function bodyLimit(maxBytes: number): Plugin {
  return {
    onRequest({ request, endResponse }) {
      const length = Number(request.headers.get('content-length') ?? 0);
      if (length > maxBytes) {
        endResponse(
          new Response(JSON.stringify({ errors: [{ message: `Request body over ${maxBytes} bytes.`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] }), {
            status: 413,
            headers: { 'content-type': 'application/json' },
          }),
        );
      }
    },
  };
}
