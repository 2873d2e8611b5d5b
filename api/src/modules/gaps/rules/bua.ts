/**
 * Child and adolescent psychiatry (BUA; BUP in some regions) is the hospital department with
 * one of these short names; its units (Rådgivningsenheden) count as BUA.
 */
export const BUA_SHORT_NAMES = ['BUA', 'BUP'] as const;

export interface BuaRow {
  municipality: { id: string; name: string; kind?: string; sector?: string };
  buas: Array<{ id: string; name: string; shortName?: string }>;
}

export function buaName(buas: BuaRow['buas']): string {
  return buas.length === 1 ? (buas[0]!.shortName ?? buas[0]!.name) : 'BUA';
}
