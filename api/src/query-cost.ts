import { BREAK, type DocumentNode, GraphQLError, type GraphQLSchema, getOperationAST, getVariableValues, visit } from 'graphql';
import { type ComplexityEstimator, getComplexity } from 'graphql-query-complexity';
import type { Plugin } from 'graphql-yoga';
import { DANISH_BY_CODE } from './errors.js';

/**
 * What one field of the region's heavy questions costs, in rough milliseconds of the API's one
 * main thread on the national dataset (bench/results.json, API p50 at c=1, rounded up; a
 * question with a scope counted at its largest). Fields not named cost nothing here: by-id
 * lookups and nested fields are batched by the loaders, and graphql-armor's cost limit
 * (hardening.ts) already bounds the shape of a query.
 *
 * Why: graphql-armor allows 15 aliases, and an alias of a report is a second report. An
 * outside probe asked for the whole map fifteen times in one anonymous request (the seed data:
 * 1.05 s of the main thread and a 6 MB answer; nationally several seconds), each with another
 * limit so the response cache never answered; a few such requests at once held every other
 * visitor's question behind them.
 */
const COST_BY_FIELD: Readonly<Record<string, number>> = {
  'Query.gaps': 50,
  'Query.gapsExport': 50,
  'Query.representationMatrix': 10,
  'Query.whatIf': 50,
  'Query.graph': 50,
  'Query.exportGraph': 100,
  'Query.exportCsv': 50,
  'Query.accessLogCsv': 50,
  'Query.interfaces': 10,
  'Query.connection': 10,
  'Query.vejviser': 10,
  'Query.statusMatrix': 5,
  'Query.statusChanges': 5,
  'Query.history': 5,
  'Query.people': 5,
  'Query.organisations': 5,
  'Query.groups': 5,
  'Query.channels': 5,
  'Query.mandates': 5,
  'Query.pathways': 5,
  'Query.agreements': 5,
  'Query.accessLog': 5,
  'Query.findContact': 2,
  'Query.search': 2,
  'Query.findNodes': 2,
  'Query.graphNode': 2,
};

/**
 * The most one operation may cost: two national gap reports and a few lists, or the web app's
 * heaviest screen (the gap report with its representation matrix) with room to spare.
 */
export const MAX_QUERY_COST = 150;

const byField: ComplexityEstimator = ({ type, field, childComplexity }) => (COST_BY_FIELD[`${type.name}.${field.name}`] ?? 0) + childComplexity;

/** The cost of the operation a request runs (exported for the test that checks the web app's queries). */
export function queryCost(args: { schema: GraphQLSchema; document: DocumentNode; variables?: Record<string, unknown>; operationName?: string }): number {
  return getComplexity({
    schema: args.schema,
    query: args.document,
    variables: args.variables ?? {},
    ...(args.operationName ? { operationName: args.operationName } : {}),
    estimators: [byField],
  });
}

/**
 * The cost of a document's operations that no variable can change, by operation name. Working
 * a cost out walks the document with graphql-js's TypeInfo and coerces the variables: ~120 µs
 * for findContact's query, as much as a third of the API's own share of a cheap question
 * (docs/DESIGN.md, The API's fixed cost per request). Yoga hands the same parsed document to
 * every request with the same text, so it is worked out once per document, unless a variable
 * decides what runs (`@include(if: $x)`, `@skip(if: $x)`): then per request.
 */
const costOfDocument = new WeakMap<DocumentNode, Map<string, number>>();

function variablesDecide(document: DocumentNode): boolean {
  let decide = false;
  visit(document, {
    Directive(node) {
      if ((node.name.value === 'include' || node.name.value === 'skip') && node.arguments?.some((a) => a.value.kind === 'Variable')) {
        decide = true;
        return BREAK;
      }
      return undefined;
    },
  });
  return decide;
}

function costOf(args: Parameters<typeof queryCost>[0]): number {
  const name = args.operationName ?? '';
  const known = costOfDocument.get(args.document)?.get(name);
  if (known !== undefined) return known;
  refuseUnfitVariables(args);
  const cost = queryCost(args);
  if (!variablesDecide(args.document)) {
    const byName = costOfDocument.get(args.document) ?? new Map<string, number>();
    byName.set(name, cost);
    costOfDocument.set(args.document, byName);
  }
  return cost;
}

/**
 * Throws the first problem of variables that do not fit the operation. graphql-query-complexity
 * coerces them with no cap on errors, and graphql-js words each error with the value: an outside
 * probe's list of 90,000 wrong enum values (900 kB, anonymous) held the main thread 57 s (an error
 * each, with its suggestions), an object of 4,000 unknown keys 42 s (hardening.ts now refuses
 * those before). Stopping at the first error, the refusal costs as much as the values read up to
 * it; execution's own coercion then answers with at most 50 errors.
 */
function refuseUnfitVariables(args: Parameters<typeof queryCost>[0]): void {
  const definitions = getOperationAST(args.document, args.operationName)?.variableDefinitions;
  if (!definitions?.length) return;
  const { errors } = getVariableValues(args.schema, definitions, args.variables ?? {}, { maxErrors: 1 });
  if (errors?.length) throw errors[0];
}

/** Each request's cost once worked out, for query-budget.ts (keyed by the request's context). */
const costOfRequest = new WeakMap<object, number>();

/** What the request's operation costs (0 before the cost was worked out, or when no field is costed). */
export function requestCost(context: object): number {
  return costOfRequest.get(context) ?? 0;
}

/**
 * Refuses an operation above MAX_QUERY_COST before any field runs, with QUERY_TOO_COSTLY. At
 * execution, not validation: yoga caches validation per document, and the cost depends on the
 * variables (`@include(if: $x)`), so a cached "valid" would let the same document through with
 * other variables.
 */
export function queryCostLimit(max: number = MAX_QUERY_COST): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      let cost: number;
      try {
        cost = costOf({
          schema: args.schema,
          document: args.document,
          variables: (args.variableValues ?? {}) as Record<string, unknown>,
          ...(args.operationName ? { operationName: args.operationName } : {}),
        });
      } catch {
        // Variables that do not fit the operation: graphql-js refuses them itself, before any field runs.
        return;
      }
      costOfRequest.set(args.contextValue as object, cost);
      if (cost <= max) return;
      setResultAndStopExecution({
        errors: [
          new GraphQLError(`The operation costs ${cost}, more than the ${max} one request may: ask for fewer reports or pictures at once.`, {
            extensions: { code: 'QUERY_TOO_COSTLY', cost, maxCost: max, da: DANISH_BY_CODE.QUERY_TOO_COSTLY },
          }),
        ],
      });
    },
  };
}
