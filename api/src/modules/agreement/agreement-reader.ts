import type { QueryRunner } from '../../db/graph-db.js';
import type { QueryCatalog } from '../../queries.js';
import { byDanishName } from '../../domain/danish.js';
import { SEARCH_FOLD, foldParam, foldText } from '../core/text-fold.js';
import { clean, link, links, tag, type Props } from '../core/links.js';

export interface AgreementFilter {
  organisationId?: string | null;
  text?: string | null;
}

export interface AgreementRecord {
  agreement: Props;
  elements: Props[];
  parties: Props[];
  implementedBy: Props[];
  mandates: Props[];
}

export interface ElementRecord {
  element: Props;
  agreement: Props | null;
  statuses: Props[];
  implementedBy: Props[];
  mandates: Props[];
}

const byNumber = (a: Props, b: Props) => Number(a.number ?? 0) - Number(b.number ?? 0);

export async function listAgreements(db: QueryRunner, queries: QueryCatalog, filter: AgreementFilter): Promise<Props[]> {
  const text = filter.text ? foldText(filter.text) : '';
  const rows = await db.run<{ agreement: Props }>(queries.agreementList, {
    organisationId: filter.organisationId ?? null,
    text: text || null,
    fold: foldParam(SEARCH_FOLD),
  });
  return rows.map((r) => clean(r.agreement)).sort(byDanishName);
}

export async function agreementsByIds(db: QueryRunner, queries: QueryCatalog, ids: string[]): Promise<Map<string, AgreementRecord>> {
  const rows = await db.run<Record<string, unknown> & { agreement: Props }>(queries.agreementsByIds, { ids });
  return new Map(
    rows.map((r) => {
      const agreement = clean(r.agreement);
      const tagged = tag('Agreement', agreement);
      return [
        agreement.id,
        {
          agreement,
          elements: links<Props>(r.elements).map(clean).sort(byNumber),
          parties: links<Props>(r.parties).map((x) => link(x, 'agreement', agreement, ['organisation'])),
          implementedBy: links<Props>(r.implementedBy).map((x) => link(x, 'target', tagged, ['group'])),
          mandates: links<Props>(r.mandates).map((x) => link(x, 'subject', tagged, ['mandate'])),
        },
      ];
    }),
  );
}

export async function elementsByIds(db: QueryRunner, queries: QueryCatalog, ids: string[]): Promise<Map<string, ElementRecord>> {
  const rows = await db.run<Record<string, unknown> & { element: Props }>(queries.elementsByIds, { ids });
  return new Map(
    rows.map((r) => {
      const element = clean(r.element);
      const tagged = tag('Element', element);
      const [agreement] = links<Props>(r.agreements);
      return [
        element.id,
        {
          element,
          agreement: agreement ? clean(agreement) : null,
          statuses: links<Props>(r.statuses).map((x) => link(x, 'element', element, ['organisation'])),
          implementedBy: links<Props>(r.implementedBy).map((x) => link(x, 'target', tagged, ['group'])),
          mandates: links<Props>(r.mandates).map((x) => link(x, 'subject', tagged, ['mandate'])),
        },
      ];
    }),
  );
}
