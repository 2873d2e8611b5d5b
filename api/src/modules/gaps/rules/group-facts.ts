import type { RuleContext } from '../../core/gap-finder/rule.js';
import type { Named } from '../words.js';

/**
 * A row of gaps/group-facts: a group in scope active on the day with what missing-perspective,
 * group-without-chair, group-without-mandate, group-without-secretariat and
 * group-without-reporting-line judge it by. The statement is sent once per report for the
 * five (the same key and parameters).
 */
export interface GroupFactsRow {
  group: Named & { name: string; kind?: string | null };
  members: number;
  membershipIds: string[];
  chaired: boolean;
  mandated: boolean;
  expiredMandateIds: string[];
  reportsTo: Array<{ id: string; name: string }>;
  serviced: boolean;
  anchoredIn: Array<{ id: string; name: string }>;
  /** Required perspectives no current membership represents. */
  missing: string[];
}

/** The groups in scope with their facts; every rule asks with the same parameters. */
export function groupFacts({ run, scope, asOf }: Pick<RuleContext, 'run' | 'scope' | 'asOf'>): Promise<GroupFactsRow[]> {
  return run<GroupFactsRow>('gapsGroupFacts', { ...scope, asOf });
}

/** Whether a group's kind is one of these (a group without a kind is of none). */
export const kindIn = (row: GroupFactsRow, kinds: readonly string[]) => typeof row.group.kind === 'string' && kinds.includes(row.group.kind);
