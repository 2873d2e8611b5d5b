import type { QueryRunner } from '../../db/graph-db.js';
import type { QueryCatalog } from '../../queries.js';
import { byDanishName } from '../../domain/danish.js';
import { SEARCH_FOLD, foldParam, foldText } from '../core/text-fold.js';
import { clean, link, links, tag, taggedLink, type Props } from '../core/links.js';

export interface GroupFilter {
  kinds?: string[] | null;
  clusterId?: string | null;
  organisationId?: string | null;
  text?: string | null;
}

export interface GroupRecord {
  group: Props;
  members: Props[];
  reportsTo: Props[];
  reportedBy: Props[];
  anchoredIn: Props[];
  secretariat: Props[];
  secretariatFor: Props[];
  mandates: Props[];
  mandatesGranted: Props[];
  implements: Props[];
}

/** Groups number in the hundreds even nationally: filtered in the engine, ordered by the collator here. */
export async function listGroups(db: QueryRunner, queries: QueryCatalog, filter: GroupFilter): Promise<Props[]> {
  const text = filter.text ? foldText(filter.text) : '';
  const rows = await db.run<{ group: Props }>(queries.groupList, {
    kinds: filter.kinds?.length ? filter.kinds : null,
    clusterId: filter.clusterId ?? null,
    organisationId: filter.organisationId ?? null,
    text: text || null,
    fold: foldParam(SEARCH_FOLD),
  });
  return rows.map((r) => clean(r.group)).sort(byDanishName);
}

export async function groupsByIds(db: QueryRunner, queries: QueryCatalog, ids: string[]): Promise<Map<string, GroupRecord>> {
  const rows = await db.run<Record<string, unknown> & { group: Props }>(queries.groupsByIds, { ids });
  return new Map(
    rows.map((r) => {
      const group = clean(r.group);
      const tagged = tag('Group', group);
      return [
        group.id,
        {
          group,
          members: links<Props>(r.members).map((m) => link(m, 'group', group, ['person'])),
          reportsTo: links<Props>(r.reportsTo).map((x) => ({ ...link(x, 'from', group, ['group']), relation: 'REPORTS_TO' })),
          reportedBy: links<Props>(r.reportedBy).map((x) => ({ ...link(x, 'to', group, ['group']), relation: 'REPORTS_TO' })),
          anchoredIn: links<Props>(r.anchoredIn).map((x) => ({ ...link(x, 'group', group, ['organisation']), relation: 'ANCHORED_IN' })),
          secretariat: links<Props>(r.secretariat).map((x) => taggedLink(x, 'provider', 'group', group)),
          secretariatFor: links<Props>(r.secretariatFor).map((x) => ({ ...link(x, 'from', group, ['group']), relation: 'SECRETARIAT_FOR' })),
          mandates: links<Props>(r.mandates).map((x) => link(x, 'holder', tagged, ['mandate'])),
          mandatesGranted: links<Props>(r.mandatesGranted).map((x) => link(x, 'group', group, ['mandate'])),
          implements: links<Props>(r.implements).map((x) => taggedLink(x, 'target', 'group', group)),
        },
      ];
    }),
  );
}
