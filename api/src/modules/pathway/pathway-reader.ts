import type { QueryRunner } from '../../db/graph-db.js';
import type { QueryCatalog } from '../../queries.js';
import { byDanishName } from '../../domain/danish.js';
import { SEARCH_FOLD, foldParam, foldText } from '../core/text-fold.js';
import { contactAssignment, clean, link, links, tag, type Props } from '../core/links.js';

export interface PathwayFilter {
  text?: string | null;
}

export interface PathwayRecord {
  pathway: Props;
  steps: Props[];
  mandates: Props[];
}

export async function listPathways(db: QueryRunner, queries: QueryCatalog, filter: PathwayFilter): Promise<Props[]> {
  const text = filter.text ? foldText(filter.text) : '';
  const rows = await db.run<{ pathway: Props }>(queries.pathwayList, { text: text || null, fold: foldParam(SEARCH_FOLD) });
  return rows.map((r) => clean(r.pathway)).sort(byDanishName);
}

export async function pathwaysByIds(db: QueryRunner, queries: QueryCatalog, ids: string[]): Promise<Map<string, PathwayRecord>> {
  const rows = await db.run<Record<string, unknown> & { pathway: Props }>(queries.pathwaysByIds, { ids });
  return new Map(
    rows.map((r) => {
      const pathway = clean(r.pathway);
      return [
        pathway.id,
        {
          pathway,
          steps: links<Props>(r.steps)
            .map((s): Props => ({ ...clean(s), pathwayId: pathway.id }))
            .sort((a, b) => Number(a.number ?? 0) - Number(b.number ?? 0)),
          mandates: links<Props>(r.mandates).map((x) => link(x, 'subject', tag('Pathway', pathway), ['mandate'])),
        },
      ];
    }),
  );
}

/** The fixed-contact assignments naming each pathway, for many pathways in one statement. */
export async function contactsByPathways(db: QueryRunner, queries: QueryCatalog, ids: string[]): Promise<Map<string, Props[]>> {
  const rows = await db.run<{ contact: Props & { person: Props } }>(queries.contactsByPathways, { ids });
  const out = new Map<string, Props[]>(ids.map((id) => [id, []]));
  for (const { contact } of rows) {
    const assignment = contactAssignment(contact, 'person', clean(contact.person), 'organisation');
    for (const id of assignment.pathwayIds as string[]) out.get(id)?.push(assignment);
  }
  return out;
}
