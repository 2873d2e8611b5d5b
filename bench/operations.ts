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

const FIND_CONTACT = /* GraphQL */ `
  query FindContact($organisationId: ID!, $pathwayId: ID, $step: Int, $first: Int) {
    findContact(organisationId: $organisationId, pathwayId: $pathwayId, step: $step, first: $first) {
      fallbackUsed explanation
      contacts {
        rank role topics steps audience reasons sentence
        person { id displayName title email phone }
        worksIn { id name } contactFor { id name }
        channels { id name kind address schedule rules details }
      }
      routes { rank side sentence organisation { id name } channel { id name kind address details } }
    }
  }`;

const GAPS = /* GraphQL */ `
  query Gaps($scope: GapScopeInput!) {
    gaps(scope: $scope) {
      total explanation
      bySeverity { severity count }
      findings { ruleId severity subject { id label name } sentence evidenceIds }
    }
  }`;

const STATUS_MATRIX = /* GraphQL */ `
  query StatusMatrix($agreementId: ID!) {
    statusMatrix(agreementId: $agreementId) {
      asOf summary
      elements { id number name }
      rows { organisation { id name } cluster { id name } cells { elementNumber level colour asOf ageDays } }
    }
  }`;

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

// The web app's own graph query (web/src/features/graph/api/get-graph.ts), scoped: what the
// map draws by, without the stored properties (the details panel reads a selected node's).
const GRAPH = /* GraphQL */ `
  query Graph($filter: GraphFilter) {
    graph(filter: $filter) {
      nodes { id label name kind sector shortName municipalityCode }
      edges { id type source target level }
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
    {
      key: 'findContact',
      title: `findContact (${p.unitIds.length} units + ${Math.min(2, p.practiceIds.length)} practices)`,
      field: 'findContact',
      // Each of the municipality's units and two of its practices, with a pathway and a step each.
      requests: [...p.unitIds, ...p.practiceIds.slice(0, 2)].map((organisationId, i) => ({
        query: FIND_CONTACT,
        variables: { organisationId, pathwayId: p.pathwayIds[i % p.pathwayIds.length], step: (i % 4) + 1, first: 10 },
      })),
      // At most 50 cards and routes each.
      page: (size) => ({ query: FIND_CONTACT, variables: { organisationId: p.municipalityId, first: Math.min(size, 50) } }),
    },
    {
      key: 'connection',
      title: `connection (${p.connectionPairs.map((c) => c.hops).join('/')} hops)`,
      field: 'connection',
      requests: p.connectionPairs.map((c) => ({ query: CONNECTION, variables: { fromId: c.fromId, toId: c.toId } })),
    },
    {
      key: 'gapsCluster',
      title: `gaps (${p.clusterName})`,
      field: 'gaps',
      requests: [{ query: GAPS, variables: { scope: { kind: 'CLUSTER', id: p.clusterId } } }],
    },
    {
      key: 'gapsEverything',
      title: 'gaps (everything)',
      field: 'gaps',
      requests: [{ query: GAPS, variables: { scope: { kind: 'EVERYTHING' } } }],
    },
    {
      key: 'statusMatrix',
      title: `statusMatrix (${p.agreementId.replace('agreement:', '')})`,
      field: 'statusMatrix',
      requests: [{ query: STATUS_MATRIX, variables: { agreementId: p.agreementId } }],
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
