import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { roundTrips } from './helpers.js';
import { signedIn } from '../support/sign-in.js';
import { withStatementLog } from '../support/statement-log.js';

/**
 * No query per row: every relationship field goes through a request-scoped DataLoader that
 * fetches by a list of ids in one statement, so a page of 100 costs as many round trips as a
 * page of 10. The app reports the count in `extensions.roundTrips`.
 */
let t: TestApp;
let viewer: Record<string, string>;
beforeAll(async () => {
  t = await createTestApp();
  viewer = await signedIn(t, 'VIEWER');
});
afterAll(() => t.close());

/** What the tests read of PEOPLE's answer (the query selects more, for the loaders to run). */
interface PeoplePage {
  people: {
    nodes: Array<{
      name: string | null;
      worksIn: unknown[];
      memberships: Array<{ group: { mandates: unknown[] } }>;
      fixedContactFor: Array<{ pathways: unknown[] }>;
    }>;
  };
}
/** What the tests read of ORGANISATIONS' answer. */
interface OrganisationsPage {
  organisations: { nodes: Array<{ people: unknown[] }> };
}

const PEOPLE = `query($n: Int) { people(first: $n) { totalCount nodes { id name title isFixedContact
  worksIn { role current organisation { name parents { organisation { name } } people { person { id } } } }
  fixedContactFor { topics steps pathways { name steps { number pathway { id } } } organisation { name } }
  memberships { role represents group { name missingPerspectives members { person { id } } reportsTo { group { name } }
    mandates { mandate { name grantedBy { group { name } } concerns { subject { __typename } } } } } }
  mandates { mandate { name level } } } } }`;

const ORGANISATIONS = `query($n: Int) { organisations(first: $n) { totalCount nodes { id name
  parents { organisation { name } } children { organisation { name } }
  people { role person { title memberships { group { name } } } }
  contacts { topics person { title } }
  groups { relation group { name members { person { title } } } }
  channels { relation channel { name providers { organisation { name } } serves { organisation { name } } } }
  agreements { agreement { name } }
  statuses { level element { name } } } } }`;

/**
 * Runs the operation and checks the stronger property behind equal counts: no statement runs
 * twice in one operation (each kind is fetched once, for all rows, by a list of ids).
 */
async function run<T>(query: string, n: number, headers?: Record<string, string>) {
  const { result: r, statements } = await withStatementLog(t.db, () => t.gql<T>(query, { n }, headers));
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  const repeated = statements.filter((s, i) => statements.indexOf(s) !== i);
  expect(repeated, `statements run more than once: ${repeated.join(', ')}`).toEqual([]);
  expect(roundTrips(r)).toBe(statements.length);
  return { data: r.data!, roundTrips: roundTrips(r)!, statements };
}

describe('round trips do not grow with the result', () => {
  it('people: a page of 10 and a page of 100 with nested relationships cost the same', async () => {
    const ten = await run<PeoplePage>(PEOPLE, 10);
    const hundred = await run<PeoplePage>(PEOPLE, 100);
    expect(ten.data.people.nodes).toHaveLength(10);
    expect(hundred.data.people.nodes).toHaveLength(100);
    // The nested fields really were filled in, so the loaders really ran.
    const rows = hundred.data.people.nodes;
    expect(rows.some((p) => p.worksIn.length > 0)).toBe(true);
    expect(rows.some((p) => p.memberships.some((m) => m.group.mandates.length > 0))).toBe(true);
    expect(rows.some((p) => p.fixedContactFor.some((c) => c.pathways.length > 0))).toBe(true);
    console.info(`people: page of 10 → ${ten.roundTrips} round trips, page of 100 → ${hundred.roundTrips}`);
    expect(hundred.roundTrips).toBe(ten.roundTrips);
    expect(ten.roundTrips).toBeLessThanOrEqual(12);
  });

  it('people as a signed-in viewer: the session lookup is one more, for both sizes', async () => {
    const ten = await run<PeoplePage>(PEOPLE, 10, viewer);
    const hundred = await run<PeoplePage>(PEOPLE, 100, viewer);
    expect(hundred.data.people.nodes[0]?.name).toEqual(expect.any(String));
    expect(hundred.roundTrips).toBe(ten.roundTrips);
  });

  it('organisations: a page of 10 and a page of 100 with nested relationships cost the same', async () => {
    const ten = await run<OrganisationsPage>(ORGANISATIONS, 10);
    const hundred = await run<OrganisationsPage>(ORGANISATIONS, 100);
    expect(ten.data.organisations.nodes).toHaveLength(10);
    expect(hundred.data.organisations.nodes).toHaveLength(100);
    expect(hundred.data.organisations.nodes.some((o) => o.people.length > 0)).toBe(true);
    console.info(`organisations: page of 10 → ${ten.roundTrips} round trips, page of 100 → ${hundred.roundTrips}`);
    expect(hundred.roundTrips).toBe(ten.roundTrips);
  });

  it('a single list costs one statement, a by-id lookup one more per kind', async () => {
    expect((await run(`query($n: Int) { people(first: $n) { nodes { id title } } }`, 100)).roundTrips).toBe(1);
    expect((await run(`query($n: Int) { groups(first: $n) { nodes { id members { role } anchoredIn { organisation { name } } } } }`, 100)).roundTrips).toBe(2);
  });
});
