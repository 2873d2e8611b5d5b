import type { QueryRunner } from '../../db/graph-db.js';
import type { QueryCatalog, QueryKey } from '../../db/queries.js';
import type { NodeRef } from '../connection/wording.js';

export const SEVERITIES = ['HIGH', 'MEDIUM', 'LOW'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface GapFinding {
  ruleId: string;
  severity: Severity;
  subject: NodeRef;
  /** One Danish sentence a steering group can act on. */
  sentence: string;
  /** The subject first, then the records the finding rests on. */
  evidenceIds: string[];
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
}

export interface GapRuleDefinition {
  id: string;
  severity: Severity;
  /** Danish, for lists and filters. */
  title: string;
  /** Danish: what the rule looks for and why it matters. */
  description: string;
  /** The statements it runs (a fixed number, never one per row). */
  queries: readonly QueryKey[];
  find(ctx: RuleContext): Promise<GapFinding[]>;
}

export function runner(tx: QueryRunner, queries: QueryCatalog): RuleContext['run'] {
  return (key, params) => tx.run(queries[key], params);
}
