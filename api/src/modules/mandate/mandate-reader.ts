import type { QueryRunner } from '../../db/graph-db.js';
import type { QueryCatalog } from '../../queries.js';
import { byDanishName } from '../../domain/danish.js';
import { badInput } from '../../errors.js';
import { clean, link, links, taggedLink, type Props } from '../core/links.js';
import { todayInDenmark } from '../core/dates.js';

export interface MandateFilter {
  levels?: string[] | null;
  holderId?: string | null;
  expired?: boolean | null;
  asOf?: string | null;
}

export interface MandateRecord {
  mandate: Props;
  holders: Props[];
  grantedBy: Props[];
  concerns: Props[];
}

/** The day expiry is judged at: `asOf` when given (YYYY-MM-DD), otherwise today in Denmark. */
export function expiryDay(asOf: string | null | undefined): string {
  if (asOf === null || asOf === undefined) return todayInDenmark();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf))
    throw badInput({ en: '"asOf" must be a date as YYYY-MM-DD.', da: '"asOf" skal være en dato som ÅÅÅÅ-MM-DD.' }, [
      { field: 'filter.asOf', message: 'must be a date as YYYY-MM-DD' },
    ]);
  return asOf;
}

export async function listMandates(db: QueryRunner, queries: QueryCatalog, filter: MandateFilter): Promise<Props[]> {
  const rows = await db.run<{ mandate: Props }>(queries.mandateList, {
    levels: filter.levels?.length ? filter.levels : null,
    holderId: filter.holderId ?? null,
    expired: filter.expired ?? null,
    asOf: expiryDay(filter.asOf),
  });
  return rows.map((r) => clean(r.mandate)).sort(byDanishName);
}

export async function mandatesByIds(db: QueryRunner, queries: QueryCatalog, ids: string[]): Promise<Map<string, MandateRecord>> {
  const rows = await db.run<Record<string, unknown> & { mandate: Props }>(queries.mandatesByIds, { ids });
  return new Map(
    rows.map((r) => {
      const mandate = clean(r.mandate);
      return [
        mandate.id,
        {
          mandate,
          holders: links<Props>(r.holders).map((x) => taggedLink(x, 'holder', 'mandate', mandate)),
          grantedBy: links<Props>(r.grantedBy).map((x) => link(x, 'mandate', mandate, ['group'])),
          concerns: links<Props>(r.concerns).map((x) => taggedLink(x, 'subject', 'mandate', mandate)),
        },
      ];
    }),
  );
}
