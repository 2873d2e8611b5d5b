import { byDanishName } from '../../domain/danish.js';
import type { Props } from './links.js';

/** Newest first; on the same day, by organisation name. */
const newestFirst = (a: Props, b: Props) =>
  String(b.asOf ?? '').localeCompare(String(a.asOf ?? '')) || byDanishName(a.organisation as Props, b.organisation as Props);

export function selectStatuses(statuses: Props[], options: { latest?: boolean | null; organisationId?: string | null }): Props[] {
  let out = [...statuses].sort(newestFirst);
  if (options.organisationId) out = out.filter((s) => (s.organisation as Props).id === options.organisationId);
  if (options.latest) {
    const seen = new Set<string>();
    out = out.filter((s) => {
      const key = `${(s.organisation as Props).id}|${(s.element as Props).id}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }
  return out;
}
