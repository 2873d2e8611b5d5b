import { graphqlRequest } from '../../../lib/graphql-client';
import { useAsync } from '../../../lib/use-async';

export interface NodeRef {
  id: string;
  label: string;
  name: string;
  kind: string | null;
  sector: string | null;
}

export interface ConnectionHop {
  from: NodeRef;
  to: NodeRef;
  relation: string;
  direction: 'FORWARD' | 'BACKWARD';
  relationshipId: string;
  sentence: string;
}

export interface ConnectionPath {
  length: number;
  hops: ConnectionHop[];
  sentence: string;
}

export interface Connection {
  found: boolean;
  from: NodeRef;
  to: NodeRef;
  explanation: string;
  paths: ConnectionPath[];
}

const NODE_REF = 'id label name kind sector';

export const GET_CONNECTION = /* GraphQL */ `
  query GetConnection($fromId: ID!, $toId: ID!, $alternatives: Int) {
    connection(fromId: $fromId, toId: $toId, maxHops: 6, alternatives: $alternatives) {
      found
      explanation
      from { ${NODE_REF} }
      to { ${NODE_REF} }
      paths {
        length
        sentence
        hops { relation direction relationshipId sentence from { ${NODE_REF} } to { ${NODE_REF} } }
      }
    }
  }
`;

/** Besides the shortest path, this many alternatives are offered. */
export const PATH_ALTERNATIVES = 3;

export async function getConnection(fromId: string, toId: string, signal?: AbortSignal): Promise<Connection> {
  const data = await graphqlRequest<{ connection: Connection }>(GET_CONNECTION, { fromId, toId, alternatives: PATH_ALTERNATIVES }, signal);
  return data.connection;
}

/** How the two meet; loads nothing until both ends are chosen. */
export function useConnection(fromId: string | null, toId: string | null) {
  const key = fromId && toId && fromId !== toId ? `${fromId}\n${toId}` : null;
  return useAsync(key, (signal) => getConnection(fromId!, toId!, signal));
}
