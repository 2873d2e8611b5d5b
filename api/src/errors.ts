import { GraphQLError, Kind, visit, type DocumentNode } from 'graphql';
import type { FieldIssue } from './domain/records.js';
import { DbError } from './db/db-error.js';
import { issueInDanish } from './error-danish.js';

/**
 * The language policy of API errors (docs/DESIGN.md, "Errors in two languages"): `message` is a
 * stable English sentence for developers, logs and tests; `extensions.da` is the same in Danish
 * for the people the web app shows it to. Field issues (`extensions.issues`) carry both alike:
 * `{ field, message, da }`. No message mixes the two languages.
 */

/** The codes clients may rely on in `extensions.code`; anything else is masked. */
export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'SERVICE_UNAVAILABLE';

/** One sentence in both languages. */
export interface Words {
  en: string;
  da: string;
}

/** A field issue as clients receive it. */
export interface ApiIssue extends FieldIssue {
  da: string;
}

export function coded(code: ErrorCode, words: Words, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(words.en, { extensions: { code, da: words.da, ...extensions } });
}

/** What NOT_FOUND can be about, in both languages ("No person with id …" / "Der findes ingen person med id …"). */
const THINGS = {
  organisation: 'ingen organisation',
  person: 'ingen person',
  group: 'ingen gruppe',
  mandate: 'intet mandat',
  channel: 'ingen kanal',
  agreement: 'ingen aftale',
  element: 'intet aftaleelement',
  pathway: 'intet forløb',
  step: 'intet trin',
  municipality: 'ingen kommune',
  cluster: 'ingen klynge',
  node: 'intet punkt på kortet',
  relationship: 'ingen forbindelse',
  change: 'ingen ændring',
  user: 'ingen bruger',
  'sign-in lock': 'ingen log-ind-spærring',
  'fixed-contact assignment': 'ingen fast-kontakt-tildeling',
  'group or organisation': 'ingen gruppe eller organisation',
} as const;
export type Thing = keyof typeof THINGS;

export const notFound = (what: Thing, id: string) =>
  coded('NOT_FOUND', { en: `No ${what} with id "${id}".`, da: `Der findes ${THINGS[what]} med id "${id}".` }, { id });

/** Issues as clients receive them: each with its Danish text (given, or from error-danish.ts). */
export function withDanish(issues: ReadonlyArray<FieldIssue & { da?: string }>): ApiIssue[] {
  return issues.map((i) => ({ field: i.field, message: i.message, da: i.da ?? issueInDanish(i.message) }));
}

export const badInput = (words: Words, issues: ReadonlyArray<FieldIssue & { da?: string }> = []) =>
  coded('BAD_USER_INPUT', words, { issues: withDanish(issues) });

/** BAD_USER_INPUT listing every bad field in the message too ("Invalid fields: properties.email …"). */
export function invalidFields(issues: ReadonlyArray<FieldIssue & { da?: string }>): GraphQLError {
  const full = withDanish(issues);
  return coded(
    'BAD_USER_INPUT',
    {
      en: `Invalid fields: ${full.map((i) => `${i.field} ${i.message}`).join('; ')}`,
      da: `Ugyldige felter: ${full.map((i) => `${i.field} ${i.da}`).join('; ')}`,
    },
    { issues: full },
  );
}

/**
 * An engine failure the client can act on, as a coded error: a write that still collided with
 * a concurrent one after the adapter's retries is a CONFLICT (read again, then retry), and so
 * is one a uniqueness constraint refused; an engine that cannot be reached is
 * SERVICE_UNAVAILABLE. Anything else stays masked (null).
 */
export function codedDbError(error: unknown): GraphQLError | null {
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (!(original instanceof DbError)) return null;
  const where = error instanceof GraphQLError ? { nodes: error.nodes, source: error.source, positions: error.positions, path: error.path } : {};
  if (original.kind === 'CONFLICT') {
    return new GraphQLError('A concurrent write got there first; read again and retry.', {
      ...where,
      extensions: { code: 'CONFLICT', da: 'En anden skrev samtidig; læs igen og prøv igen.' },
    });
  }
  // A uniqueness the reader's check could not see yet (a concurrent transaction's) is the same
  // thing stored twice: the second is told so. Where a module knows better words it says them
  // first (a taken id, an e-mail in use); this is the net under the rest, never "Unexpected error".
  if (original.kind === 'CONSTRAINT') {
    return new GraphQLError('The same thing exists already; read again.', {
      ...where,
      extensions: { code: 'CONFLICT', da: 'Det samme findes allerede; læs igen.' },
    });
  }
  if (original.kind === 'UNAVAILABLE') {
    return new GraphQLError('The database is not available.', { ...where, extensions: { code: 'SERVICE_UNAVAILABLE', da: 'Databasen svarer ikke lige nu.' } });
  }
  return null;
}

/** The Danish for the codes GraphQL itself gives (hardening.ts codes them); graphql-js words the English. */
export const DANISH_BY_CODE: Record<string, string> = {
  GRAPHQL_PARSE_FAILED: 'Forespørgslen er ikke gyldig GraphQL.',
  GRAPHQL_VALIDATION_FAILED: 'Forespørgslen passer ikke til skemaet.',
  BAD_REQUEST: 'Forespørgslen er forkert opbygget.',
  PAYLOAD_TOO_LARGE: 'Forespørgslen er for stor.',
  CSRF_HEADER_REQUIRED: 'Forespørgslen mangler headeren x-graphql-yoga-csrf (en GET eller en formular-POST skal have den).',
  BAD_USER_INPUT: 'Et input har en forkert type.',
  // query-cost.ts: too many reports or pictures in one request.
  QUERY_TOO_COSTLY: 'Forespørgslen beder om for meget på én gang; spørg efter færre rapporter eller kort ad gangen.',
  // query-budget.ts: one client asked for too much work within a minute.
  QUERY_BUDGET_SPENT: 'Du har bedt om meget på kort tid; vent lidt, og prøv så igen.',
  // Masked: the server hit something it did not expect (hardening.ts, maskInternals).
  INTERNAL_SERVER_ERROR: 'Uventet fejl.',
};

/**
 * A variable GraphQL refused before any resolver ran (a wrong type, an unknown field of a typed
 * input, an enum value that does not exist), as BAD_USER_INPUT naming the field the way the
 * domain rules do: `$p` bound to `properties` and refused at "p.kind" is `properties.kind`.
 * graphql-js words these errors one stable way ("Variable "$p" got invalid value … at "p.kind"; …").
 */
export function variableError(error: GraphQLError, document: DocumentNode | undefined): GraphQLError {
  const issues: ApiIssue[] = [];
  // graphql-js: `Variable "$p" got invalid value <value>[ at "p.kind"]; <reason>`, the reason being
  // its originalError's message. Read from both ends, never through the value: it is the client's
  // text and may hold quotes, " at " and "; " itself.
  const reason = error.originalError?.message;
  const variable = /^Variable "\$(\w+)" got invalid value /.exec(error.message)?.[1];
  if (reason && variable && error.message.endsWith(`; ${reason}`)) {
    const prefix = error.message.slice(0, error.message.length - reason.length - 2);
    const at = / at "(\w+(?:\.\w+|\[\d+\])*)"$/.exec(prefix)?.[1];
    const argument = document ? argumentOf(document, variable) : variable;
    const path = (at ?? variable).replace(/^\w+/, argument).replace(/\[(\d+)\]/g, '.$1');
    const unknown = /^Field "(\w+)" is not defined by type "(\w+)"/.exec(reason);
    const said = reason.replace(/\.$/, '');
    if (unknown) issues.push({ field: `${path}.${unknown[1]}`, message: `is not a field of ${unknown[2]}`, da: `er ikke et felt i ${unknown[2]}` });
    else issues.push({ field: path, message: said, da: issueInDanish(said) });
  }
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    extensions: { ...error.extensions, code: 'BAD_USER_INPUT', da: DANISH_BY_CODE.BAD_USER_INPUT, ...(issues.length ? { issues } : {}) },
  });
}

/** The argument a variable is passed to (`$p` → `properties`); the variable's name when it is nested deeper. */
function argumentOf(document: DocumentNode, variable: string): string {
  let found = variable;
  visit(document, {
    Argument(node) {
      if (node.value.kind === Kind.VARIABLE && node.value.name.value === variable) found = node.name.value;
    },
  });
  return found;
}
