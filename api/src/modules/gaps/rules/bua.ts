import type { RuleContext } from '../../core/gap-finder/rule.js';

/**
 * Child and adolescent psychiatry (BUA; BUP in some regions) is the hospital department with
 * one of these short names; its units (Rådgivningsenheden) count as BUA.
 */
export const BUA_SHORT_NAMES = ['BUA', 'BUP'] as const;

/** gaps/bua-contacts' row: a municipality with no fixed contact at BUA, or none for BUA, or both. */
export interface BuaRow {
  municipality: { id: string; name: string; kind?: string; sector?: string };
  buas: Array<{ id: string; name: string; shortName?: string }>;
  /** Nobody working in BUA is a fixed contact for the municipality (municipality-without-bua-contact). */
  noneFromBua: boolean;
  /** Nobody working in the municipality is a fixed contact for BUA (bua-without-municipal-contact). */
  noneForBua: boolean;
}

export function buaName(buas: BuaRow['buas']): string {
  return buas.length === 1 ? (buas[0]!.shortName ?? buas[0]!.name) : 'BUA';
}

/**
 * The rows both BUA rules read, sent once per report (the same key and parameters): for
 * everything gaps/bua-contacts, for a scope gaps/bua-contacts-in-scope (the same rows, read from
 * the scope's municipalities: the Aarhus cluster ~2 -> ~0.8 ms in the engine).
 */
export function buaContacts(ctx: Pick<RuleContext, 'run' | 'scope' | 'asOf'>): Promise<BuaRow[]> {
  const { run, scope, asOf } = ctx;
  const buaShortNames = [...BUA_SHORT_NAMES];
  return scope.all
    ? run<BuaRow>('gapsBuaContacts', { ...scope, asOf, buaShortNames })
    : run<BuaRow>('gapsBuaContactsInScope', { orgIds: scope.orgIds, asOf, buaShortNames });
}
