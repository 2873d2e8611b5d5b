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

/** A page of people and, when the list read them, each person's record (for the person loader). */
export type PeoplePage = Page<Props> & { records: PersonRecord[] };

/** A row's relationship columns, as person/by-ids and person/list-by-buckets-with-links give them. */
type LinkColumns = { worksIn?: unknown; contactFor?: unknown; memberships?: unknown; mandates?: unknown };

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
  withLinks = false,
): Promise<PeoplePage> {
  const limit = pageSize(first);
  const position = decodeKeysetCursor(after);
  const text = filter.text ? foldText(filter.text) : '';
  const isFixedContact = filter.isFixedContact ?? null;
  const afterKey = position ? orderKey(position.key, position.id) : null;
  if (!filter.organisationId && !text && isFixedContact === null)
    return pageOf(await unfilteredPage(db, queries, afterKey, position?.key ?? null, limit, withLinks), limit, after);
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
 * `withLinks` (the query asks for people's relationships) reads the people's relationships
 * in the same statement (person/list-by-buckets-with-links), which the person loader would
 * otherwise read in a second one; person/list's rows come without them.
 */
async function unfilteredPage(
  db: QueryRunner,
  queries: QueryCatalog,
  after: string | null,
  afterSortKey: string | null,
  limit: number,
  withLinks: boolean,
): Promise<{ total: number; rows: PageRow[] }> {
  const from = afterSortKey === null ? '' : bucketOf(afterSortKey);
  const params = { from, after, nul: NUL, limit: limit + 1 };
  // With links a row per person (see the statement); a page without people has no row, and
  // person/list-by-buckets answers it (the total, or the fallback below).
  const linked = withLinks ? await db.run<{ total: number; person: PageRow; skipped: number }>(queries.personListByBucketsWithLinks, params) : [];
  const [row] = linked.length
    ? [{ total: linked[0]!.total, skipped: linked[0]!.skipped, rows: linked.map((r) => r.person) }]
    : await db.run<{ total: number; rows: PageRow[]; skipped: number }>(queries.personListByBuckets, params);
  const rows = list<PageRow>(row?.rows);
  if (rows.length > limit || !row?.skipped) return { total: row?.total ?? 0, rows };
  const [all] = await db.run<{ total: number; rows: PageRow[] }>(queries.personList, { text: null, personal: false, after, nul: NUL, limit: limit + 1 });
  return { total: all?.total ?? 0, rows: list<PageRow>(all?.rows) };
}

function pageOf(found: { total: number; rows: PageRow[] }, limit: number, after: string | null | undefined): PeoplePage {
  // The engine returns the rows in order; sorting again by the same key costs nothing and
  // does not rely on collect() keeping order, which Cypher does not promise.
  const rows = found.rows.filter((r) => typeof r.id === 'string').sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0));
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const nodes: Props[] = [];
  const records: PersonRecord[] = [];
  for (const { order: _order, worksIn, contactFor, memberships, mandates, ...p } of page as Array<PageRow & LinkColumns>) {
    nodes.push(clean(p) as Props);
    // A row read with its relationships (all four, or none) is the person's whole record.
    if (worksIn !== undefined) records.push(recordOf({ person: p, worksIn, contactFor, memberships, mandates }));
  }
  return {
    nodes,
    records,
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
      const record = recordOf(r);
      return [record.person.id, record];
    }),
  );
}

/** A person's record from person/by-ids' columns (person/list-by-buckets-with-links gives the same per row). */
function recordOf(r: LinkColumns & { person: Props }): PersonRecord {
  const person = clean(r.person);
  return {
    person,
    worksIn: links<Props>(r.worksIn).map((w) => link(w, 'person', person, ['organisation'])),
    contactFor: links<Props>(r.contactFor).map((c) => contactAssignment(c, 'person', person, 'organisation')),
    memberships: links<Props>(r.memberships).map((m) => link(m, 'person', person, ['group'])),
    mandates: links<Props>(r.mandates).map((m) => ({ ...link(m, 'holder', { ...person, __label: 'Person' }, ['mandate']) })),
  };
}
