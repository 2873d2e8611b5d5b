import type { QueryRunner } from '../../db/graph-db.js';
import type { QueryCatalog } from '../../queries.js';
import { foldText } from '../core/text-fold.js';
import { NUL, bucketOf, orderKey, sortKeyOf } from '../core/search-keys.js';
import { decodeKeysetCursor, encodeKeysetCursor, pageSize, type Page } from '../core/paginate.js';
import { clean, contactAssignment, link, links, list, type Props } from '../core/links.js';
import { todayInDenmark } from '../core/dates.js';

export interface PersonFilter {
  organisationId?: string | null;
  text?: string | null;
  isFixedContact?: boolean | null;
}

export interface PersonRecord {
  person: Props;
  worksIn: Props[];
  contactFor: Props[];
  memberships: Props[];
  mandates: Props[];
}

type PageRow = Props & { order: string };

/**
 * One page of people, filtered, ordered and cut in the engine on the people's search keys
 * (cypher/person/list.cypher, or list-in-organisation / list-fixed-contacts when those filters
 * are set: the engine would evaluate such a filter for every person even when it is unset, so
 * the plain list leaves them out): one statement whatever the size of the store. `personal`
 * says whether names and e-mails may be matched by `text` (a signed-in viewer) or only titles
 * and professions.
 */
export async function listPeople(
  db: QueryRunner,
  queries: QueryCatalog,
  filter: PersonFilter,
  first: number | null | undefined,
  after: string | null | undefined,
  personal: boolean,
): Promise<Page<Props>> {
  const limit = pageSize(first);
  const position = decodeKeysetCursor(after);
  const text = filter.text ? foldText(filter.text) : '';
  const isFixedContact = filter.isFixedContact ?? null;
  const afterKey = position ? orderKey(position.key, position.id) : null;
  if (!filter.organisationId && !text && isFixedContact === null)
    return pageOf(await unfilteredPage(db, queries, afterKey, position?.key ?? null, limit), limit, after);
  const statement = filter.organisationId ? queries.personListInOrganisation : isFixedContact !== null ? queries.personListFixedContacts : queries.personList;
  const [row] = await db.run<{ total: number; rows: PageRow[] }>(statement, {
    organisationId: filter.organisationId ?? null,
    text: text || null,
    personal,
    isFixedContact,
    today: todayInDenmark(),
    after: afterKey,
    nul: NUL,
    limit: limit + 1,
  });
  return pageOf({ total: row?.total ?? 0, rows: list<PageRow>(row?.rows) }, limit, after);
}

/**
 * The unfiltered list, read from the buckets that hold the page (person/list-by-buckets). The
 * bucket sizes are kept on write but only steer: when the rows fall short while a bucket was
 * left out (a size too high, as an older store may hold until the start-up recount), person/list, which
 * reads every person, answers instead, so the page is always the one it would give.
 */
async function unfilteredPage(
  db: QueryRunner,
  queries: QueryCatalog,
  after: string | null,
  afterSortKey: string | null,
  limit: number,
): Promise<{ total: number; rows: PageRow[] }> {
  const from = afterSortKey === null ? '' : bucketOf(afterSortKey);
  const [row] = await db.run<{ total: number; rows: PageRow[]; skipped: number }>(queries.personListByBuckets, { from, after, nul: NUL, limit: limit + 1 });
  const rows = list<PageRow>(row?.rows);
  if (rows.length > limit || !row?.skipped) return { total: row?.total ?? 0, rows };
  const [all] = await db.run<{ total: number; rows: PageRow[] }>(queries.personList, { text: null, personal: false, after, nul: NUL, limit: limit + 1 });
  return { total: all?.total ?? 0, rows: list<PageRow>(all?.rows) };
}

function pageOf(found: { total: number; rows: PageRow[] }, limit: number, after: string | null | undefined): Page<Props> {
  // The engine returns the rows in order; sorting again by the same key costs nothing and
  // does not rely on collect() keeping order, which Cypher does not promise.
  const rows = found.rows.filter((r) => typeof r.id === 'string').sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0));
  const nodes = rows.slice(0, limit);
  const last = nodes.at(-1);
  return {
    nodes: nodes.map(({ order: _order, ...p }) => clean(p) as Props),
    totalCount: found.total,
    pageInfo: {
      endCursor: last ? encodeKeysetCursor({ key: sortKeyOf(last.order), id: last.id }) : (after ?? null),
      hasNextPage: rows.length > limit,
    },
  };
}

export async function peopleByIds(db: QueryRunner, queries: QueryCatalog, ids: string[]): Promise<Map<string, PersonRecord>> {
  const rows = await db.run<Record<string, unknown> & { person: Props }>(queries.peopleByIds, { ids });
  return new Map(
    rows.map((r) => {
      const person = clean(r.person);
      return [
        person.id,
        {
          person,
          worksIn: links<Props>(r.worksIn).map((w) => link(w, 'person', person, ['organisation'])),
          contactFor: links<Props>(r.contactFor).map((c) => contactAssignment(c, 'person', person, 'organisation')),
          memberships: links<Props>(r.memberships).map((m) => link(m, 'person', person, ['group'])),
          mandates: links<Props>(r.mandates).map((m) => ({ ...link(m, 'holder', { ...person, __label: 'Person' }, ['mandate']) })),
        },
      ];
    }),
  );
}
