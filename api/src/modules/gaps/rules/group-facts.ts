import { alignedColumns, sorted, type RuleContext } from '../../core/gap-finder/rule.js';
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

type Pair = [id: string, name: string];

/** gaps/group-facts' one row: the groups as columns, item i of each list one group (see the statement). */
export interface GroupFactsColumns {
  columns: [
    ids: string[],
    names: string[],
    kinds: string[],
    members: number[],
    membershipIds: string[][],
    chaired: boolean[],
    mandated: boolean[],
    expiredMandateIds: string[][],
    reportsTo: Pair[][],
    serviced: boolean[],
    anchoredIn: Pair[][],
    missing: string[][],
  ];
}

/** The groups in scope with their facts; every rule asks with the same parameters. */
export async function groupFacts({ run, scope, asOf }: Pick<RuleContext, 'run' | 'scope' | 'asOf'>): Promise<GroupFactsRow[]> {
  const [row] = await run<GroupFactsColumns>('gapsGroupFacts', { ...scope, asOf });
  if (!row) return [];
  // The five rules share the row (the runner sends the statement once): its records are made
  // once, and shared as the rows were (the rules only read them).
  let records = made.get(row);
  if (!records) {
    records = groupFactsOf(row);
    made.set(row, records);
  }
  return [...records];
}

const made = new WeakMap<GroupFactsColumns, GroupFactsRow[]>();

/**
 * A record per group from the columns, each list in the order the runner gives a statement's
 * lists (inFixedOrder: ids, records by id), and what reports to a group once.
 */
export function groupFactsOf(row: GroupFactsColumns | undefined): GroupFactsRow[] {
  if (!row) return [];
  const [ids, names, kinds, members, membershipIds, chaired, mandated, expiredMandateIds, reportsTo, serviced, anchoredIn, missing] = alignedColumns(
    row.columns,
    'a group without an id or name (the domain requires them)',
  );
  const out: GroupFactsRow[] = new Array(ids.length);
  for (let i = 0; i < ids.length; i++) {
    out[i] = {
      group: { id: ids[i]!, name: names[i]!, kind: kinds[i] || null },
      members: members[i]!,
      membershipIds: sorted(membershipIds[i]!),
      chaired: chaired[i]!,
      mandated: mandated[i]!,
      expiredMandateIds: sorted(expiredMandateIds[i]!),
      reportsTo: sorted(once(reportsTo[i]!.map(named))),
      serviced: serviced[i]!,
      anchoredIn: sorted(anchoredIn[i]!.map(named)),
      missing: sorted(missing[i]!),
    };
  }
  return out;
}

const named = ([id, name]: Pair) => ({ id, name });

/** Each group once (the statement dropped repeats with reduce); an id is one node, so one name. */
function once(xs: Array<{ id: string; name: string }>): Array<{ id: string; name: string }> {
  if (xs.length < 2) return xs;
  const seen = new Set<string>();
  return xs.filter((x) => {
    if (seen.has(x.id)) return false;
    seen.add(x.id);
    return true;
  });
}

/** Whether a group's kind is one of these (a group without a kind is of none). */
export const kindIn = (row: GroupFactsRow, kinds: readonly string[]) => typeof row.group.kind === 'string' && kinds.includes(row.group.kind);
