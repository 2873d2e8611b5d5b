import type { QueryRunner } from '../../../db/graph-db.js';
import type { QueryCatalog, QueryKey } from '../../../queries.js';
import type { Language } from '../language.js';
import type { NodeRef } from '../node-ref.js';

export const SEVERITIES = ['HIGH', 'MEDIUM', 'LOW'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** The rules' ids (each rule is one file in gaps/rules/). */
export const GAP_RULE_IDS = [
  'missing-perspective',
  'member-without-mandate',
  'group-without-mandate',
  'municipality-without-bua-contact',
  'bua-without-municipal-contact',
  'channel-not-established',
  'red-status',
  'stale-status',
  'unconfirmed-entry',
  'expired-mandate',
  'expired-membership',
  'group-without-chair',
  'group-without-secretariat',
  'group-without-reporting-line',
  'only-bridge',
] as const;
export type GapRuleId = (typeof GAP_RULE_IDS)[number];

export interface GapFinding {
  ruleId: string;
  severity: Severity;
  subject: NodeRef;
  /** One sentence a steering group can act on, in the language asked for (RuleContext.lang). */
  sentence: string;
  /** The subject first, then the records the finding rests on. */
  evidenceIds: string[];
  /**
   * What tells several findings of a rule about one subject apart (the missing perspective's
   * code, the element of a status, the organisation a person is the only bridge for), for the
   * finding's key; '' when the subject alone tells. From the data, never from the sentence,
   * so the key is the same in every language.
   */
  topic: string;
}

/**
 * What every rule's statements are filtered by. `all` is the whole store; otherwise the
 * organisations below the scope node and the groups anchored in (or serviced by) one of them,
 * or the one group asked about.
 */
export interface ScopeParams {
  all: boolean;
  orgIds: string[];
  groupIds: string[];
}

export interface RuleContext {
  /** Runs one of the rule's named statements; every call is one round trip. */
  run<T>(key: QueryKey, params: Record<string, unknown>): Promise<T[]>;
  scope: ScopeParams;
  /** The day judged on (YYYY-MM-DD). */
  asOf: string;
  staleAfterDays: number;
  /** Whether people may be named (signed-in viewers); otherwise their title stands in. */
  showNames: boolean;
  /** The language of the sentences; Danish when left out (what-if runs rules without asking). */
  lang?: Language;
}

/**
 * A rule reads (its statements), decides (which rows are findings, and their facts) and hands
 * the facts to the wording of the language asked for; its title and description are in the
 * wording tables too (gaps/gap-wording.ts, gap-wording-en.ts).
 */
export interface GapRuleDefinition {
  id: GapRuleId;
  severity: Severity;
  /** The statements it runs (a fixed number, never one per row). */
  queries: readonly QueryKey[];
  find(ctx: RuleContext): Promise<GapFinding[]>;
}

/**
 * Runs a rule's statement. Every list a gap statement returns is a set gathered with collect()
 * (ids, or records with or without an id), which the engines hand over in the order they walked
 * the graph, and that order differs between the embedded engine and Neo4j; the findings'
 * evidence and sentences are built from these lists, so they are put in a fixed order here:
 * ids, then records by id, then other records by their JSON. Lists of lists are left alone.
 * (inFixedOrder is exported for rows a rule assembles from lists, bridge-ties.ts.)
 */
export function runner(tx: QueryRunner, queries: QueryCatalog): RuleContext['run'] {
  // A statement two rules ask with the same parameters (red-status and stale-status share
  // gaps/status-in-force) is sent once per report; each asker gets its own list of the rows
  // (a rule may sort its list in place), and the rows themselves are only read.
  const sent = new Map<string, Promise<Record<string, unknown>[]>>();
  return <T>(key: QueryKey, params: Record<string, unknown>) => {
    const asked = `${key}|${JSON.stringify(params)}`;
    let rows = sent.get(asked);
    if (!rows) {
      rows = tx.run<Record<string, unknown>>(queries[key], params).then((r) => r.map(inFixedOrder));
      sent.set(asked, rows);
    }
    return rows.then((r) => [...r]) as Promise<T[]>;
  };
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const sortKey = (v: unknown): string | null =>
  typeof v === 'string'
    ? v
    : v && typeof v === 'object' && !Array.isArray(v)
      ? typeof (v as { id?: unknown }).id === 'string'
        ? (v as { id: string }).id
        : JSON.stringify(v)
      : null;

export function inFixedOrder(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) out[k] = Array.isArray(v) && v.length > 1 ? sorted(v) : v;
  return out;
}

/**
 * The list in the fixed order, or the list itself when an item has no key (a list of lists);
 * exported for lists a rule reads from columns (rules/group-facts.ts), which the runner leaves alone.
 */
export function sorted<T>(v: T[]): T[] {
  const keyed: Array<{ item: T; key: string }> = [];
  for (const item of v) {
    const key = sortKey(item);
    if (key === null) return v;
    keyed.push({ item, key });
  }
  return keyed.sort((a, b) => compare(a.key, b.key)).map((x) => x.item);
}

/**
 * A statement's records as columns (one list per field, item i of each list one record), as the
 * heavier gap statements answer them. `collect()` leaves nulls out, so a column of another
 * length would pair the wrong fields: refused with `refusal`, what the domain was expected to hold.
 */
export function alignedColumns<C extends readonly unknown[][]>(columns: C, refusal: string): C {
  if (columns.some((c) => c.length !== columns[0]!.length)) throw new Error(`gaps: ${refusal}`);
  return columns;
}
