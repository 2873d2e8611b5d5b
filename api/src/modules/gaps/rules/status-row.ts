import { alignedColumns, type RuleContext } from '../../core/gap-finder/rule.js';
import type { ElementFacts } from '../gap-wording.js';
import { daysBefore, orgRef } from '../words.js';
import type { NodeRef } from '../../core/node-ref.js';

/**
 * gaps/status-in-force's row: the reports in force (red or old) as columns, item i of each list
 * one report, in the statement's order (organisation id, element number). A missing kind,
 * sector, element number or agreement is '' (see the statement).
 */
export interface StatusColumns {
  columns: [
    orgIds: string[],
    orgNames: string[],
    orgKinds: string[],
    orgSectors: string[],
    elementIds: string[],
    elementNames: string[],
    elementNumbers: Array<number | ''>,
    agreementIds: string[],
    agreementNames: string[],
    statusIds: string[],
    levels: string[],
    asOfs: string[],
  ];
}

/** The reports in force that are red or older than allowed, read once for red-status and stale-status. */
export async function statusesInForce({ run, scope, asOf, staleAfterDays }: Pick<RuleContext, 'run' | 'scope' | 'asOf' | 'staleAfterDays'>) {
  const before = daysBefore(asOf, staleAfterDays);
  const [row] = await run<StatusColumns>('gapsStatusInForce', { ...scope, asOf, before });
  const columns = alignedColumns(row!.columns, 'a status, element or organisation without an id or name, or a status without a level or day');
  return { before, statuses: new StatusesInForce(columns) };
}

/** Reads one report (index i) of the columns as the rules word it. */
export class StatusesInForce {
  constructor(private readonly c: StatusColumns['columns']) {}

  get length(): number {
    return this.c[0].length;
  }

  level(i: number): string {
    return this.c[10][i]!;
  }

  /** The day the report was recorded for. */
  reported(i: number): string {
    return this.c[11][i]!;
  }

  organisationName(i: number): string {
    return this.c[1][i]!;
  }

  organisation(i: number): NodeRef {
    const [ids, names, kinds, sectors] = this.c;
    return orgRef({ id: ids[i]!, name: names[i]!, kind: kinds[i] || undefined, sector: sectors[i] || undefined });
  }

  /** The element a status is about, for the wording: its name, number and agreement. */
  element(i: number): ElementFacts {
    const number = this.c[6][i];
    return { name: this.c[5][i]!, number: typeof number === 'number' ? number : null, agreement: this.c[7][i] ? this.c[8][i]! : null };
  }

  /** The organisation, the element and the status. */
  evidenceIds(i: number): string[] {
    return [this.c[0][i]!, this.c[4][i]!, this.c[9][i]!];
  }

  elementId(i: number): string {
    return this.c[4][i]!;
  }
}
