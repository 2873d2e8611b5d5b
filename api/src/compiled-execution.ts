import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { getOperationAST, getVariableValues, GraphQLError, type DocumentNode, type ExecutionArgs, type ExecutionResult, type Source } from 'graphql';
import { isAsyncIterable, makeExecute, type Plugin } from 'graphql-yoga';
import { answerJson } from './answer-bytes.js';

/**
 * Queries a client has sent before run compiled (graphql-jit): a function per document that
 * builds the answer with plain object literals, instead of graphql-js resolving and completing
 * every field of every object in turn (and building the answer from null-prototype objects,
 * which V8 keeps as dictionaries and JSON.stringify reads slowly). Measured in process on the
 * national store, graph() for Aarhus (542 nodes, 565 edges, ~6,000 fields, 245 KB), the
 * execution and serialisation of an answer already read: CPU p50 6.3 -> 2.3 ms.
 *
 * Only where the answer is graphql-js's:
 * - queries (mutations keep graphql-js's executor, field by field in order, as they are written);
 * - whose variables graphql-js coerces without error: a variable error is worded by graphql-js
 *   (errors.ts, variableError, reads its message), so such a request runs as before;
 * - from the second time a document is seen (yoga's parser cache hands the same document object
 *   for the same text): compiling costs more than running once, and a one-off query gains nothing;
 * - an error a resolver throws becomes graphql-js's error (see `asGraphqlJs`);
 * - a document graphql-jit cannot compile runs on graphql-js (envelop's own graphql-jit plugin
 *   would answer its compiler's errors instead, so it is not used).
 * The plugins' hooks (masking, codes, round trips, the response cache, which must come after
 * this plugin to wrap its executor) see the answer as before.
 */
export function compiledExecution(): Plugin {
  const seen = new WeakMap<DocumentNode, number>();
  /** Per document (the response cache runs its own copy of a document: that one's), and per operation. */
  const compiledByDocument = new WeakMap<DocumentNode, Map<string, CompiledQuery | null>>();
  const fromCompiled = new WeakSet<object>();
  const compiledFor = (args: ExecutionArgs): CompiledQuery | null => {
    let byOperation = compiledByDocument.get(args.document);
    if (!byOperation) {
      byOperation = new Map();
      compiledByDocument.set(args.document, byOperation);
    }
    const name = args.operationName ?? '';
    if (!byOperation.has(name)) {
      const compiled = compileQuery(args.schema, args.document, args.operationName ?? undefined);
      // A document graphql-jit cannot compile runs on graphql-js, as it did before.
      byOperation.set(name, isCompiledQuery(compiled) ? compiled : null);
    }
    return byOperation.get(name) ?? null;
  };
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      if (!compilable(args, seen)) return;
      setExecuteFn(
        makeExecute((run: ExecutionArgs) => {
          const compiled = compiledFor(run);
          if (!compiled) return executeFn(run);
          const marked = (result: ExecutionResult) => {
            fromCompiled.add(result);
            // yoga writes the answer with a result's own stringify when it has one (answer-bytes.ts).
            (result as ExecutionResult & { stringify?: unknown }).stringify = answerJson;
            return result;
          };
          const result = compiled.query(run.rootValue, run.contextValue, run.variableValues);
          return result instanceof Promise ? result.then(marked) : marked(result);
        }),
      );
      return {
        onExecuteDone({ result, setResult }) {
          if (isAsyncIterable(result) || !fromCompiled.has(result) || !result.errors?.length) return;
          setResult(asGraphqlJs(result, args.document.loc?.source));
        },
      };
    },
  };
}

/** Whether this execution may run compiled (see above). */
export function compilable(args: ExecutionArgs, seen: WeakMap<DocumentNode, number>): boolean {
  const times = (seen.get(args.document) ?? 0) + 1;
  if (times <= 2) seen.set(args.document, times);
  if (times < 2) return false;
  const operation = getOperationAST(args.document, args.operationName);
  if (operation?.operation !== 'query') return false;
  const definitions = operation.variableDefinitions ?? [];
  if (definitions.length === 0) return true;
  return getVariableValues(args.schema, definitions, args.variableValues ?? {}, { maxErrors: 1 }).errors === undefined;
}

/**
 * graphql-js answers `{ errors, data }` in that order, and each error is graphql-js's
 * GraphQLError located at the fields' places in the document (yoga writes `locations` from
 * those places, not from a `locations` property as graphql-jit's errors carry them), with the
 * thrown error as its originalError (whose extensions it shows: code, da, issues).
 */
export function asGraphqlJs(result: ExecutionResult, source: Source | undefined): ExecutionResult {
  const { errors, data, ...rest } = result;
  const starts = source ? lineStarts(source.body) : [];
  const located = (errors ?? []).map(
    (e) =>
      new GraphQLError(e.message, {
        source,
        positions: source ? (e.locations ?? []).map((l) => (starts[l.line - 1] ?? 0) + l.column - 1) : undefined,
        path: e.path,
        originalError: e.originalError ?? undefined,
        extensions: e.originalError ? undefined : e.extensions,
      }),
  );
  return { errors: located, data, ...rest };
}

/** Where each line of a text starts, as graphql-js counts lines (\r\n, \n or \r). */
function lineStarts(body: string): number[] {
  const starts = [0];
  for (const m of body.matchAll(/\r\n|[\n\r]/g)) starts.push(m.index + m[0].length);
  return starts;
}
