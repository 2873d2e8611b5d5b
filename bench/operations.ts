import type { GraphqlRequest } from './http-load.js';
import type { Picks } from './picks.js';

/** One benchmarked operation: what it asks, and in which forms. */
export interface Operation {
  key: string;
  /** What the table shows. */
  title: string;
  /** The Query field it needs; when the schema lacks it the operation is "not available". */
  field: string;
  /** Taken in turn by the load tool and the engine replay. */
  requests: GraphqlRequest[];
  /** The same question with a page size of 10 or 100, where the operation has one. */
  page?: (size: 10 | 100) => GraphqlRequest;
}

const CONNECTION = /* GraphQL */ `
  query Connection($fromId: ID!, $toId: ID!) {
    connection(fromId: $fromId, toId: $toId) {
      found explanation
      paths { length sentence hops { from { id label name } to { id label name } relation direction sentence } }
    }
  }`;

const INTERFACES = /* GraphQL */ `
  query Interfaces($id: ID!) {
    interfaces(organisationId: $id) {
      explanation
      units { id name }
      counterparts {
        organisation { id name } kind sentence
        channels { channel { id name kind status address } side sentence }
        contacts { person { id name title } role topics sentence }
        people { person { id name } sentence }
        sharedGroups { group { id name } sentence }
      }
    }
  }`;

const SEARCH = /* GraphQL */ `
  query Search($text: String!, $first: Int) { search(text: $text, first: $first) { id label name kind sector matchedField score } }`;

// The web app's own graph query (web/src/features/graph/api/get-graph.ts), scoped.
const GRAPH = /* GraphQL */ `
  query Graph($filter: GraphFilter) {
    graph(filter: $filter) {
      nodes { id label name kind sector properties }
      edges { id type source target properties }
      totalNodes truncated
    }
  }`;

const PEOPLE = /* GraphQL */ `
  query People($first: Int, $filter: PersonFilter) {
    people(first: $first, filter: $filter) {
      totalCount pageInfo { hasNextPage endCursor }
      nodes { id name title worksIn { organisation { id name } } fixedContactFor { organisation { id name } } }
    }
  }`;

export function operations(p: Picks): Operation[] {
  return [
    // findContact, gaps and statusMatrix are added here as their modules land.
    {
      key: 'connection',
      title: `connection (${p.connectionPairs.map((c) => c.hops).join('/')} hops)`,
      field: 'connection',
      requests: p.connectionPairs.map((c) => ({ query: CONNECTION, variables: { fromId: c.fromId, toId: c.toId } })),
    },
    {
      key: 'interfaces',
      title: `interfaces (${p.municipalityName})`,
      field: 'interfaces',
      requests: [{ query: INTERFACES, variables: { id: p.municipalityId } }],
    },
    {
      key: 'search',
      title: 'search (5 texts, first 20)',
      field: 'search',
      requests: p.searchTexts.map((text) => ({ query: SEARCH, variables: { text, first: 20 } })),
      // search allows at most 50 hits; "an" matches far more than that.
      page: (size) => ({ query: SEARCH, variables: { text: 'an', first: Math.min(size, 50) } }),
    },
    {
      key: 'graph',
      title: `graph (${p.municipalityName}'s neighbourhood)`,
      field: 'graph',
      requests: [{ query: GRAPH, variables: { filter: { municipalityId: p.municipalityId } } }],
      page: (size) => ({ query: GRAPH, variables: { filter: { municipalityId: p.municipalityId, limit: size } } }),
    },
    {
      key: 'people',
      title: 'people (first 100)',
      field: 'people',
      requests: [{ query: PEOPLE, variables: { first: 100 } }],
      page: (size) => ({ query: PEOPLE, variables: { first: size } }),
    },
  ];
}
