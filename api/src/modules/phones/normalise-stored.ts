import type { GraphDb } from '../../db/graph-db.js';
import type { QueryCatalog } from '../../queries.js';
import { normalisePhone } from '../../domain/danish-input.js';

/**
 * At start: phone numbers stored before numbers had one form ("70112233", "+4570112233") are
 * brought to it ("+45 70 11 22 33"), so every screen shows one number one way. Idempotent; a
 * value that is no phone number is left as it is (an editor sees the rule when they next save).
 * Returns how many values were rewritten.
 */
export async function normaliseStoredPhones(db: GraphDb, queries: QueryCatalog): Promise<number> {
  const stored = await db.run<{ id: string; field: 'phone' | 'address'; value: string }>(queries.storedPhones, {});
  const rows = stored.flatMap((r) => {
    const value = normalisePhone(r.value);
    return value && value !== r.value ? [{ id: r.id, field: r.field, was: r.value, value }] : [];
  });
  if (!rows.length) return 0;
  const [result] = await db.write((tx) => tx.run<{ written: number }>(queries.normalisePhones, { rows }));
  return result?.written ?? 0;
}
