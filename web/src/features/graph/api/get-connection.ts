import { graphqlRequest } from '../../../lib/graphql-client';
import { useAsync } from '../../../lib/use-async';
import { apiLanguage } from '../../../i18n';

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
  query GetConnection($fromId: ID!, $toId: ID!, $alternatives: Int, $lang: Language) {
    connection(fromId: $fromId, toId: $toId, maxHops: 6, alternatives: $alternatives, lang: $lang) {
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
  // The sentences come in the app's language (names and roles are Danish content).
  const data = await graphqlRequest<{ connection: Connection }>(GET_CONNECTION, { fromId, toId, alternatives: PATH_ALTERNATIVES, lang: apiLanguage() }, signal);
  return data.connection;
}

/** How the two meet; loads nothing until both ends are chosen. */
export function useConnection(fromId: string | null, toId: string | null) {
  const key = fromId && toId && fromId !== toId ? `${fromId}\n${toId}\n${apiLanguage()}` : null;
  return useAsync(key, (signal) => getConnection(fromId!, toId!, signal));
}
